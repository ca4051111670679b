// The parties' own filings on a case: the 答辩状, a 证据清单, supplementary materials and a counterclaim. Files are
// uploaded first (size- and type-checked by the server) and sent as their ids.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import type { UploadFile } from 'antd';
import type { Attachment, CaseDetail } from '../../../contracts/cases';
import { MaterialField } from '../../filing/MaterialsUpload';
import { uploadedIds, YUAN_PATTERN } from '../../filing/filingForm';
import { useI18n } from '../../i18n/i18n';
import { TextListField } from './TextListField';
import { compact, trimmedList, type EventFieldsProps, type EventForm, type FormValues } from './types';

type Files = UploadFile<Attachment>[] | undefined;

/** The parties the user is or represents, of the given standings (all when none given). */
export function PartyField({ detail, standings }: { detail: CaseDetail; standings?: readonly string[] }) {
  const { t, pick } = useI18n();
  const mine = new Set(detail.myPartyIds);
  const options = detail.parties.filter((p) => mine.has(p.id) && (!standings || standings.includes(p.standing))).map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }));
  return (
    <Form.Item name="partyId" label={t('pleading.party')} rules={[{ required: true, message: t('pleading.partyRequired') }]}>
      <Select options={options} />
    </Form.Item>
  );
}

export const onlyParty = (detail: CaseDetail, standings?: readonly string[]): FormValues => {
  const mine = detail.parties.filter((p) => detail.myPartyIds.includes(p.id) && (!standings || standings.includes(p.standing)));
  return mine.length === 1 ? { partyId: mine[0]!.id } : {};
};

const DEFENDING = ['defendant', 'thirdParty'] as const;

function DefenceFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('pleading.defenceHint')} />
      <PartyField detail={detail} standings={DEFENDING} />
      <MaterialField name="defenceFiles" category="defence" required />
      <Form.Item name="summary" label={t('pleading.defenceSummary')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

export const fileDefenceForm: EventForm = {
  Fields: DefenceFields,
  width: 640,
  initialValues: (detail) => onlyParty(detail, DEFENDING),
  toInput: (v) => compact({ partyId: v.partyId, attachmentIds: uploadedIds(v.defenceFiles as Files), summary: v.summary }),
};

/** A 证据清单's lines: name, source, purpose, pages and the files of each (CPL-2023 art 67; ALL art 67 for an organ). */
export function EvidenceItemsField({ name }: { name: string }) {
  const { t } = useI18n();
  const required = [{ required: true, whitespace: true, message: t('pleading.fieldRequired') }];
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div data-testid="evidence-items">
          {fields.map((f, i) => (
            <Card key={f.key} size="small" style={{ marginBottom: 12 }} title={`${t('pleading.evidenceItems')} ${i + 1}`} extra={fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove" />}>
              <Form.Item name={[f.name, 'name']} label={t('pleading.evidenceName')} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={[f.name, 'source']} label={t('pleading.evidenceSource')} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={[f.name, 'purpose']} label={t('pleading.evidencePurpose')} rules={required}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Form.Item name={[f.name, 'pages']} label={t('pleading.evidencePages')} rules={[{ required: true, message: t('pleading.fieldRequired') }]}>
                <InputNumber min={1} max={100000} precision={0} />
              </Form.Item>
              <MaterialField name={[f.name, 'files']} category="evidence" label={t('pleading.evidenceFiles')} />
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 100}>
            {t('pleading.addEvidence')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** The evidence lines as the event inputs take them. */
export function evidenceItemsInput(items: unknown) {
  return ((items as EvidenceValue[] | undefined) ?? []).map((i) => {
    const ids = uploadedIds(i.files);
    return { name: i.name?.trim() ?? '', source: i.source?.trim() ?? '', purpose: i.purpose?.trim() ?? '', pages: i.pages ?? 0, ...(ids.length ? { attachmentIds: ids } : {}) };
  });
}

function EvidenceFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <PartyField detail={detail} />
      <EvidenceItemsField name="items" />
      <Form.Item name="lateReason" label={t('pleading.lateReason')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

interface EvidenceValue {
  name?: string;
  source?: string;
  purpose?: string;
  pages?: number;
  files?: Files;
}

export const submitEvidenceForm: EventForm = {
  Fields: EvidenceFields,
  width: 720,
  initialValues: (detail) => ({ ...onlyParty(detail), items: [{}] }),
  toInput: (v) =>
    compact({
      partyId: v.partyId,
      items: evidenceItemsInput(v.items),
      lateReason: v.lateReason,
    }),
};

function MaterialsFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <PartyField detail={detail} />
      <Form.Item name="description" label={t('pleading.materialsDescription')} rules={[{ required: true, whitespace: true, message: t('pleading.fieldRequired') }]}>
        <Input maxLength={1000} />
      </Form.Item>
      <MaterialField name="files" category="supplementary" label={t('pleading.materialsFiles')} required />
    </>
  );
}

export const submitMaterialsForm: EventForm = {
  Fields: MaterialsFields,
  width: 640,
  initialValues: (detail) => onlyParty(detail),
  toInput: (v) => compact({ partyId: v.partyId, description: v.description, attachmentIds: uploadedIds(v.files as Files) }),
};

function CounterclaimFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('pleading.counterclaimFeeHint')} />
      <PartyField detail={detail} standings={['defendant']} />
      <TextListField name="claims" label={t('pleading.counterclaimClaims')} addText={t('pleading.addClaim')} required requiredMessage={t('pleading.fieldRequired')} maxLength={1000} maxItems={30} />
      <Form.Item name="amount" label={t('pleading.counterclaimAmount')} rules={[{ pattern: YUAN_PATTERN, message: t('appeal.appealedAmountRequired') }]}>
        <Input suffix={t('common.yuan')} />
      </Form.Item>
      <Form.Item name="facts" label={t('pleading.counterclaimFacts')} rules={[{ required: true, whitespace: true, message: t('pleading.fieldRequired') }]}>
        <Input.TextArea rows={4} maxLength={8000} showCount />
      </Form.Item>
      <MaterialField name="counterclaimFiles" category="counterclaim" required />
    </>
  );
}

export const fileCounterclaimForm: EventForm = {
  Fields: CounterclaimFields,
  width: 640,
  initialValues: (detail) => ({ ...onlyParty(detail, ['defendant']), claims: [''] }),
  toInput: (v) => compact({ partyId: v.partyId, claims: trimmedList(v.claims), amount: v.amount, facts: v.facts, attachmentIds: uploadedIds(v.counterclaimFiles as Files) }),
};
