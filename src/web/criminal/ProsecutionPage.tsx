// 提起公诉: the procurator uploads the 起诉书, lists the evidence and the defendants (detention, custody, charges from the
// catalogue, the 认罪认罚 recommendation) and files at the court the procuratorate prosecutes before.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Attachment, CaseDetail } from '../../contracts/cases';
import { DETENTION_STATUSES, DETENTION_STATUS_LABELS } from '../../domain/criminal/defendants';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { DocumentUpload } from '../caseDetail/eventForms/closeForm';
import { useI18n } from '../i18n/i18n';
import { prosecutionBody, type ProsecutionValues } from './prosecutionBody';

function ChargeSelect({ name }: { name: (string | number)[] }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const charges = useApiGet<{ id: number; name: string; article: string }[]>(`/criminal-charges?q=${encodeURIComponent(q)}`);
  return (
    <Form.Item name={name} label={t('criminal.charges')} rules={[{ required: true }]}>
      <Select mode="multiple" showSearch filterOption={false} onSearch={setQ} style={{ minWidth: 240 }} loading={charges.loading} options={(charges.data ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.article}）` }))} />
    </Form.Item>
  );
}

function DefendantFields({ index }: { index: number }) {
  const { t, pick } = useI18n();
  return (
    <Space align="start" wrap>
      <Form.Item name={[index, 'name']} label={t('prosecution.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name={[index, 'idNumber']} label={t('prosecution.idNumber')} rules={[{ required: true, len: 18 }]}>
        <Input maxLength={18} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name={[index, 'birthOn']} label={t('criminal.birthOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name={[index, 'detentionStatus']} label={t('criminal.detention')} rules={[{ required: true }]}>
        <Select style={{ width: 130 }} options={DETENTION_STATUSES.map((s) => ({ value: s, label: pick(DETENTION_STATUS_LABELS[s]) }))} />
      </Form.Item>
      <Form.Item name={[index, 'custodyPlace']} label={t('criminal.custodyPlace')}>
        <Input maxLength={200} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name={[index, 'custodyFrom']} label={t('criminal.custodyFrom')}>
        <DatePicker />
      </Form.Item>
      <ChargeSelect name={[index, 'chargeIds']} />
      <Form.Item label={t('prosecution.pleaMonths')}>
        <Space>
          <Form.Item name={[index, 'pleaMin']} noStyle>
            <InputNumber min={0} max={300} />
          </Form.Item>
          <Form.Item name={[index, 'pleaMax']} noStyle>
            <InputNumber min={0} max={300} />
          </Form.Item>
        </Space>
      </Form.Item>
    </Space>
  );
}

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
        <Typography.Title level={5}>{t('prosecution.evidence')}</Typography.Title>
        <Form.List name="evidence">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={200} placeholder={t('prosecution.name')} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'description']}>
                    <Input maxLength={1000} style={{ width: 320 }} />
                  </Form.Item>
                  {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t('prosecution.addEvidence')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={5}>{t('criminal.panel')}</Typography.Title>
        <Form.List name="defendants">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} data-testid="defendant-fields">
                  <DefendantFields index={f.name} />
                  {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} />}
                </div>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ detentionStatus: 'detained' })} style={{ marginBottom: 16 }}>
                {t('prosecution.addDefendant')}
              </Button>
            </>
          )}
        </Form.List>
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {t('common.submit')}
        </Button>
      </Form>
    </Card>
  );
}
