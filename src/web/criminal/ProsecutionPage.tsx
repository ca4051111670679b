// 提起公诉: the procurator uploads the 起诉书, lists the evidence and the defendants (detention, custody, charges from the
// catalogue, the 认罪认罚 recommendation) and files at the court the procuratorate prosecutes before.
import { Alert, App, Button, Card, Form, Input, type UploadFile } from 'antd';
import { useNavigate } from 'react-router';
import type { Attachment, CaseDetail } from '../../contracts/cases';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { DocumentUpload } from '../caseDetail/eventForms/closeForm';
import { useI18n } from '../i18n/i18n';
import { prosecutionBody, type ProsecutionValues } from './prosecutionBody';
import { EvidenceAndDefendants } from './prosecutionFields';

export function ProsecutionPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  const submit = async () => {
    const v = await form.validateFields();
    const indictmentId = (v.indictment as UploadFile<Attachment>[] | undefined)?.find((f) => f.status === 'done')?.response?.id;
    await run(async () => {
      const r = await api.post<CaseDetail>('/prosecutions', prosecutionBody({ ...(v as ProsecutionValues), indictmentId }));
      message.success(t('prosecution.filed'));
      void navigate(`/cases/${r.id}`);
    });
  };
  return (
    <Card title={t('prosecution.title')}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('prosecution.hint')} />
      <Form form={form} layout="vertical" initialValues={{ evidence: [{}], defendants: [{ detentionStatus: 'detained' }] }} data-testid="prosecution-form">
        <Form.Item name="indictment" label={t('prosecution.indictment')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList} rules={[{ required: true }]}>
          <DocumentUpload id="indictment-upload" text="prosecution.uploadIndictment" />
        </Form.Item>
        <Form.Item name="facts" label={t('prosecution.facts')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={8000} showCount />
        </Form.Item>
        <EvidenceAndDefendants withPlea initialDetention="detained" />
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {t('common.submit')}
        </Button>
      </Form>
    </Card>
  );
}
