// A defendant's own appeal recorded by the court (written or oral, through the 看守所 if in custody), and the defender's
// appeal from the lawyer portal with the defendant's consent (CrPL arts 227, 230).
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CaseDetail } from '../../../contracts/cases';
import { APPEAL_FORMS, APPEAL_FORM_LABELS } from '../../../domain/criminal/defendantAppeal';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import { criminalAppealForm } from './criminalForms';
import { compact, type EventFieldsProps, type EventForm } from './types';

const date = (v: unknown) => (v as Dayjs | undefined)?.format('YYYY-MM-DD');
const defendants = (detail: CaseDetail) => detail.parties.filter((p) => p.standing === 'defendant').map((p) => ({ value: p.id, label: p.name }));

function RecordDefendantAppealFields({ detail, form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const viaCustody = Form.useWatch('viaDetentionCentre', form) as boolean | undefined;
  return (
    <>
      <Form.Item name="partyIds" label={t('criminal.appellants')} rules={[{ required: true }]}>
        <Select mode="multiple" options={defendants(detail)} />
      </Form.Item>
      <Form.Item name="form" label={t('criminal.appealForm')} rules={[{ required: true }]}>
        <Radio.Group options={APPEAL_FORMS.map((f) => ({ value: f, label: pick(APPEAL_FORM_LABELS[f]) }))} />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('criminal.appealReceivedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="viaDetentionCentre" valuePropName="checked">
        <Checkbox>{t('criminal.viaDetentionCentre')}</Checkbox>
      </Form.Item>
      {viaCustody && (
        <>
          <Form.Item name="detentionCentreName" label={t('criminal.detentionCentreName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="detentionCentreReceivedOn" label={t('criminal.detentionCentreReceivedOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </>
      )}
      <Form.Item name="reasons" label={t('criminal.appealReasons')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={8000} showCount />
      </Form.Item>
    </>
  );
}

export const recordDefendantAppealForm: EventForm = {
  Fields: RecordDefendantAppealFields,
  initialValues: (detail) => ({ partyIds: defendants(detail).map((d) => d.value), form: 'written', receivedOn: courtToday(), viaDetentionCentre: false }),
  toInput: (v) =>
    compact({
      partyIds: v.partyIds,
      form: v.form,
      receivedOn: date(v.receivedOn),
      detentionCentre: v.viaDetentionCentre === true ? compact({ name: v.detentionCentreName, receivedOn: date(v.detentionCentreReceivedOn) }) : undefined,
      reasons: v.reasons,
    }),
};

/** The 刑初 appeal form with, for a defender, the defendant's consent (CrPL art 227 para 1). */
export const defenderAppealForm: EventForm = {
  ...criminalAppealForm,
  Fields: (props: EventFieldsProps) => {
    const { t } = useI18n();
    const Base = criminalAppealForm.Fields;
    return (
      <>
        <Base {...props} />
        <Form.Item name="hasDefendantConsent" valuePropName="checked">
          <Checkbox>{t('criminal.defendantConsent')}</Checkbox>
        </Form.Item>
      </>
    );
  },
  toInput: (v, detail) => compact({ ...criminalAppealForm.toInput(v, detail), hasDefendantConsent: v.hasDefendantConsent === true ? true : undefined }),
};
