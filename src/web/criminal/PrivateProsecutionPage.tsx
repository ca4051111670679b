// 提起刑事自诉: the victim (or, for one who died or cannot act, a legal representative or near relative — CrPL art 114),
// or their lawyer, uploads the 自诉状, chooses the ground of CrPL art 210 and the basic court, and lists the evidence and
// the defendants with the prosecution page's fields (no 认罪认罚 recommendation). The server checks the rest.
import { Alert, App, Button, Card, Checkbox, Form, Input, Radio, Select, Space, type UploadFile } from 'antd';
import { useNavigate } from 'react-router';
import type { Attachment, CaseDetail } from '../../contracts/cases';
import { COMPLAINANT_CAPACITIES, COMPLAINANT_CAPACITY_LABELS, PRIVATE_PROSECUTION_GROUNDS, PRIVATE_PROSECUTION_GROUND_LABELS, VICTIM_CONDITIONS } from '../../domain/criminal/privateProsecution';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useSession } from '../auth/session';
import { DocumentUpload } from '../caseDetail/eventForms/closeForm';
import { useI18n } from '../i18n/i18n';
import { CourtField } from '../specialProcedures/ApplicationPages';
import { privateProsecutionBody, type PrivateProsecutionValues } from './privateProsecutionBody';
import { EvidenceAndDefendants } from './prosecutionFields';

function ComplainantFields() {
  const { t, pick } = useI18n();
  const capacity = Form.useWatch<string | undefined>('capacity', Form.useFormInstance());
  return (
    <>
      <Space align="start" wrap>
        <Form.Item name="complainantName" label={t('private.complainant')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="complainantIdNumber" label={t('prosecution.idNumber')} rules={[{ required: true, len: 18 }]}>
          <Input maxLength={18} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="complainantPhone" label={t('private.phone')}>
          <Input maxLength={30} style={{ width: 150 }} />
        </Form.Item>
      </Space>
      <Form.Item name="capacity" label={t('private.capacity')} rules={[{ required: true }]}>
        <Select options={COMPLAINANT_CAPACITIES.map((c) => ({ value: c, label: pick(COMPLAINANT_CAPACITY_LABELS[c]) }))} />
      </Form.Item>
      {capacity && capacity !== 'victim' && (
        <Space align="start" wrap>
          <Form.Item name="victimName" label={t('private.victimName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="victimCondition" label={t('private.victimCondition')} rules={[{ required: true }]}>
            <Select style={{ width: 150 }} options={VICTIM_CONDITIONS.map((c) => ({ value: c, label: t(`private.victim.${c}`) }))} />
          </Form.Item>
        </Space>
      )}
    </>
  );
}

export function PrivateProsecutionPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { user } = useSession();
  const isLawyer = !!user?.roles.includes('lawyer');
  const [form] = Form.useForm();
  const ground = Form.useWatch<string | undefined>('ground', form);
  const { busy, run } = useAction(form);
  const submit = async () => {
    const v = await form.validateFields();
    const complaintId = (v.complaint as UploadFile<Attachment>[] | undefined)?.find((f) => f.status === 'done')?.response?.id;
    await run(async () => {
      const r = await api.post<CaseDetail>('/private-prosecutions', privateProsecutionBody({ ...(v as PrivateProsecutionValues), complaintId }));
      message.success(t('private.filed'));
      void navigate(`/cases/${r.id}`);
    });
  };
  const self = isLawyer ? {} : { complainantName: user?.displayName, complainantIdNumber: user?.idNumber ?? undefined };
  return (
    <Card title={t('private.title')}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('private.hint')} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ground: 'complaintOnly', capacity: 'victim', evidence: [{}], defendants: [{ detentionStatus: 'notDetained' }], ...self }}
        data-testid="private-prosecution-form"
      >
        <CourtField basicOnly />
        <Form.Item name="complaint" label={t('private.complaint')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList} rules={[{ required: true }]}>
          <DocumentUpload id="complaint-upload" text="private.uploadComplaint" />
        </Form.Item>
        <Form.Item name="ground" label={t('private.ground')} rules={[{ required: true }]}>
          {/* Radios wrap at 390 px where a select would cut the long ground of art 210(3). */}
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} options={PRIVATE_PROSECUTION_GROUNDS.map((g) => ({ value: g, label: `${pick(PRIVATE_PROSECUTION_GROUND_LABELS[g])}（${PRIVATE_PROSECUTION_GROUND_LABELS[g].source}）` }))} />
        </Form.Item>
        {ground === 'authoritiesDeclined' && (
          <Form.Item name="authoritiesDecision" label={t('private.authoritiesDecision')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={500} />
          </Form.Item>
        )}
        <ComplainantFields />
        <Form.Item name="facts" label={t('private.facts')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={8000} showCount />
        </Form.Item>
        <EvidenceAndDefendants withPlea={false} initialDetention="notDetained" />
        <Form.Item name="willingToMediate" valuePropName="checked">
          <Checkbox>{t('private.willingToMediate')}</Checkbox>
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {t('common.submit')}
        </Button>
      </Form>
    </Card>
  );
}
