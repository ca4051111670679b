// The 刑初 / 刑终 event forms: registration with procedure and possible sentence, change of procedure, defence counsel,
// the judgment with each defendant's verdict and sentence, appeal, protest and the second-instance decision.
import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Attachment, CaseDetail } from '../../../contracts/cases';
import type { CriminalFacts } from '../../../contracts/criminal';
import { CRIMINAL_APPEAL_OUTCOMES } from '../../../domain/casetypes/criminalInputs';
import { LEGAL_AID_GROUNDS, LEGAL_AID_GROUND_LABELS } from '../../../domain/criminal/legalAid';
import { DEPARTURE_GROUNDS, DEPARTURE_GROUND_LABELS } from '../../../domain/criminal/plea';
import { CRIMINAL_PROCEDURES, CRIMINAL_PROCEDURE_LABELS, POSSIBLE_SENTENCES } from '../../../domain/criminal/procedure';
import { MAIN_PUNISHMENTS, MAIN_PUNISHMENT_LABELS, hasTerm, type MainPunishment } from '../../../domain/criminal/sentence';
import { yuanToFen } from '../../../domain/money/yuan';
import type { Division } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import { DocumentUpload } from './closeForm';
import { compact, type EventFieldsProps, type EventForm, type FormValues } from './types';

const date = (v: unknown) => (v as Dayjs | undefined)?.format('YYYY-MM-DD');
const uploaded = (v: unknown) => (v as UploadFile<Attachment>[] | undefined)?.find((f) => f.status === 'done')?.response?.id;
const defendantsOf = (detail: CaseDetail) => detail.parties.filter((p) => p.standing === 'defendant' || p.standing === 'appellant' || p.standing === 'originalDefendant');

function CriminalDivision({ courtId }: { courtId: number }) {
  const { t } = useI18n();
  const divisions = useApiGet<Division[]>(`/courts/${courtId}/divisions`);
  return (
    <Form.Item name="divisionId" label={t('event.division')} rules={[{ required: true, message: t('event.divisionRequired') }]}>
      <Select loading={divisions.loading} options={(divisions.data ?? []).filter((d) => d.kind === 'criminal').map((d) => ({ value: d.id, label: d.name }))} />
    </Form.Item>
  );
}

function ProcedureFields() {
  const { t, pick } = useI18n();
  return (
    <>
      <Form.Item name="procedure" label={t('criminal.procedure')} rules={[{ required: true }]}>
        <Radio.Group options={CRIMINAL_PROCEDURES.map((p) => ({ value: p, label: pick(CRIMINAL_PROCEDURE_LABELS[p]) }))} />
      </Form.Item>
      <Form.Item name="possibleSentence" label={t('criminal.possibleSentence')} rules={[{ required: true }]}>
        <Select options={POSSIBLE_SENTENCES.map((s) => ({ value: s, label: t(`criminal.sentence.${s}`) }))} />
      </Form.Item>
    </>
  );
}

export const acceptCriminalForm: EventForm = {
  Fields: ({ detail }: EventFieldsProps) => (
    <>
      <ProcedureFields />
      <CriminalDivision courtId={detail.courtId} />
    </>
  ),
  initialValues: () => ({ procedure: 'ordinary', possibleSentence: 'upTo3Years' }),
  toInput: (v) => ({ divisionId: v.divisionId, procedure: v.procedure, possibleSentence: v.possibleSentence }),
};

export const acceptCriminalAppealForm: EventForm = { Fields: ({ detail }: EventFieldsProps) => <CriminalDivision courtId={detail.courtId} />, toInput: (v) => ({ divisionId: v.divisionId }) };

function ReasonField({ name = 'reason', label = 'criminal.reason' as const }: { name?: string; label?: 'criminal.reason' | 'criminal.appealReasons' | 'criminal.protestReasons' }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={t(label)} rules={[{ required: true, whitespace: true }]}>
      <Input.TextArea rows={3} maxLength={name === 'reason' ? 1000 : 8000} showCount />
    </Form.Item>
  );
}

export const changeCriminalProcedureForm: EventForm = {
  Fields: () => (
    <>
      <ProcedureFields />
      <ReasonField />
    </>
  ),
  initialValues: () => ({ procedure: 'ordinary', possibleSentence: 'upTo3Years' }),
  toInput: (v) => compact({ procedure: v.procedure, possibleSentence: v.possibleSentence, reason: v.reason }),
};

function DefendantSelect({ detail, name = 'partyId', multiple = false, ownOnly = false }: EventFieldsProps & { name?: string; multiple?: boolean; ownOnly?: boolean }) {
  const { t } = useI18n();
  const options = defendantsOf(detail).filter((p) => !ownOnly || detail.myPartyIds.includes(p.id)).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Form.Item name={name} label={t('criminal.defendant')} rules={[{ required: true }]}>
      <Select mode={multiple ? 'multiple' : undefined} options={options} />
    </Form.Item>
  );
}

function CounselFields(props: EventFieldsProps) {
  const { t, pick } = useI18n();
  const legalAid = Form.useWatch('isLegalAid', props.form) as boolean | undefined;
  return (
    <>
      <DefendantSelect {...props} />
      <Form.Item name="name" label={t('criminal.counselName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="lawFirm" label={t('criminal.lawFirm')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="licenseNumber" label={t('criminal.licenseNumber')} extra={t('criminal.licenseNumberHint')} rules={[{ pattern: /^\d{17}$/, message: t('criminal.licenseNumberInvalid') }]}>
        <Input maxLength={17} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="isLegalAid" valuePropName="checked">
        <Checkbox>{t('criminal.isLegalAid')}</Checkbox>
      </Form.Item>
      {legalAid && (
        <Form.Item name="ground" label={t('criminal.legalAidGround')} rules={[{ required: true }]}>
          <Select options={LEGAL_AID_GROUNDS.map((g) => ({ value: g, label: pick(LEGAL_AID_GROUND_LABELS[g]) }))} />
        </Form.Item>
      )}
    </>
  );
}

export const recordDefenceCounselForm: EventForm = {
  Fields: CounselFields,
  initialValues: () => ({ isLegalAid: false }),
  toInput: (v) => compact({ partyId: v.partyId, name: v.name, lawFirm: v.lawFirm, isLegalAid: v.isLegalAid === true, ground: v.isLegalAid === true ? v.ground : undefined, licenseNumber: v.licenseNumber }),
};

/** One defendant's row of the judgment form, as the form holds it. */
export interface VerdictValues {
  partyId: number;
  outcome: 'convicted' | 'acquitted';
  chargeIds?: number[];
  main?: MainPunishment;
  termMonths?: number | null;
  fineYuan?: string | null;
  probationMonths?: number | null;
  departureGround?: string | null;
}

/** The verdict as the event takes it: an acquittal carries no charge or sentence, a term only where the punishment has one. */
export function verdictInput(v: VerdictValues): Record<string, unknown> {
  if (v.outcome === 'acquitted') return { partyId: v.partyId, outcome: 'acquitted', chargeIds: [] };
  const main = v.main ?? 'fixedTerm';
  const fine = v.fineYuan?.trim() ? Number(yuanToFen(v.fineYuan.trim())) : undefined;
  const sentence = compact({
    main,
    term: hasTerm(main) && v.termMonths ? { months: v.termMonths } : undefined,
    fineFen: fine,
    probation: v.probationMonths ? { testMonths: v.probationMonths } : undefined,
  });
  return compact({ partyId: v.partyId, outcome: 'convicted', chargeIds: v.chargeIds ?? [], sentence, departureGround: v.departureGround ?? undefined });
}

function VerdictRows({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const facts = useApiGet<CriminalFacts>(`/cases/${detail.id}/criminal`);
  return (
    <Form.List name="verdicts">
      {(fields) =>
        fields.map((f) => {
          const d = facts.data?.defendants[f.name];
          return (
            <div key={f.key} style={{ borderTop: '1px solid #eee', paddingTop: 8 }}>
              <strong>{d?.name}</strong>
              <Form.Item name={[f.name, 'outcome']} rules={[{ required: true }]}>
                <Radio.Group options={[{ value: 'convicted', label: t('criminal.convicted') }, { value: 'acquitted', label: t('criminal.acquitted') }]} />
              </Form.Item>
              <Form.Item name={[f.name, 'chargeIds']} label={t('criminal.charges')}>
                <Select mode="multiple" options={(d?.charges ?? []).map((c) => ({ value: c.id, label: c.name }))} />
              </Form.Item>
              <Space wrap>
                <Form.Item name={[f.name, 'main']} label={t('criminal.main')}>
                  <Select style={{ width: 180 }} options={MAIN_PUNISHMENTS.map((m) => ({ value: m, label: pick(MAIN_PUNISHMENT_LABELS[m]) }))} />
                </Form.Item>
                <Form.Item name={[f.name, 'termMonths']} label={t('criminal.termMonths')}>
                  <InputNumber min={1} max={300} />
                </Form.Item>
                <Form.Item name={[f.name, 'fineYuan']} label={t('criminal.fine')}>
                  <Input style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'probationMonths']} label={t('criminal.probationMonths')}>
                  <InputNumber min={1} max={60} />
                </Form.Item>
              </Space>
              {d?.plea && (
                <Form.Item name={[f.name, 'departureGround']} label={t('criminal.departureGround')}>
                  <Select allowClear options={DEPARTURE_GROUNDS.map((g) => ({ value: g, label: pick(DEPARTURE_GROUND_LABELS[g]) }))} />
                </Form.Item>
              )}
            </div>
          );
        })
      }
    </Form.List>
  );
}

function DocumentField() {
  const { t } = useI18n();
  return (
    <Form.Item name="document" label={t('criminal.judgmentDocument')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}>
      <DocumentUpload />
    </Form.Item>
  );
}

function JudgmentFields(props: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="closedOn" label={t('close.closedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <VerdictRows {...props} />
      <Form.Item name="oralPronouncement" valuePropName="checked">
        <Checkbox>{t('close.oralPronouncement')}</Checkbox>
      </Form.Item>
      <DocumentField />
      <Form.Item name="summary" label={t('close.summary')}>
        <Input.TextArea rows={3} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

export const pronounceJudgmentForm: EventForm = {
  Fields: JudgmentFields,
  width: 760,
  initialValues: (detail) => ({ closedOn: courtToday(), verdicts: defendantsOf(detail).map((p) => ({ partyId: p.id, outcome: 'convicted', main: 'fixedTerm' })) }),
  toInput: (v: FormValues) =>
    compact({
      closedOn: date(v.closedOn),
      verdicts: ((v.verdicts as VerdictValues[] | undefined) ?? []).map(verdictInput),
      summary: v.summary,
      oralPronouncement: v.oralPronouncement === true ? true : undefined,
      documentId: uploaded(v.document),
    }),
};

export const criminalAppealForm: EventForm = {
  Fields: (props: EventFieldsProps) => (
    <>
      <DefendantSelect {...props} name="partyIds" multiple ownOnly />
      <ReasonField name="reasons" label="criminal.appealReasons" />
    </>
  ),
  initialValues: (detail) => ({ partyIds: detail.myPartyIds }),
  toInput: (v) => compact({ partyIds: v.partyIds, reasons: v.reasons }),
};

function ProtestFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="judgmentReceivedOn" label={t('criminal.judgmentReceivedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <ReasonField name="reasons" label="criminal.protestReasons" />
    </>
  );
}

// CrPL art 230: the protest states when the procuratorate received the judgment; its 10 days run from the next day.
export const protestForm: EventForm = {
  Fields: ProtestFields,
  initialValues: () => ({ judgmentReceivedOn: courtToday() }),
  toInput: (v) => compact({ judgmentReceivedOn: date(v.judgmentReceivedOn), reasons: v.reasons }),
};

function DecideAppealFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="outcome" label={t('criminal.outcome')} rules={[{ required: true }]}>
        <Radio.Group options={CRIMINAL_APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`criminal.outcome.${o}`) }))} />
      </Form.Item>
      <Form.Item name="closedOn" label={t('close.closedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <DocumentField />
      <Form.Item name="summary" label={t('close.summary')}>
        <Input.TextArea rows={3} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

/** The second-instance decision; an amended judgment's verdicts are entered with the judgment form's rows [not yet]. */
export const decideAppealForm: EventForm = {
  Fields: DecideAppealFields,
  initialValues: () => ({ outcome: 'upheld', closedOn: courtToday() }),
  toInput: (v) => compact({ outcome: v.outcome, closedOn: date(v.closedOn), summary: v.summary, documentId: uploaded(v.document) }),
};
