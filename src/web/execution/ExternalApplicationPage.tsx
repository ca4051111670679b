// 申请执行 on an external title (CPL-2023 arts 235, 248, 249): an arbitral award, a notarised debt instrument with its
// 执行证书, another court's judgment or 调解书 — uploaded with its data. A party or lawyer applies online; the filing clerk
// records a paper application at their own court. The items and the doubled interest are those of any application.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import type { Attachment } from '../../contracts/cases';
import type { ExecutionRecord } from '../../contracts/execution';
import type { Court } from '../../contracts/reference';
import { EXTERNAL_TITLE_KINDS, EXTERNAL_TITLE_RULES, type ExternalTitleKind } from '../../domain/execution/externalTitle';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { DocumentUpload } from '../caseDetail/eventForms/closeForm';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { AMOUNT, day, ExecutionItemsFields, itemsBody, type ItemValues } from './ExecutionItemsFields';

export interface PartyValues {
  kind: 'person' | 'organization';
  name?: string;
  idNumber?: string;
  creditCode?: string;
  address?: string;
}

const fileId = (list: UploadFile<Attachment>[] | undefined) => list?.find((f) => f.status === 'done' && f.response)?.response?.id;

export const partyBody = (p: PartyValues) => ({
  kind: p.kind,
  name: p.name!.trim(),
  ...(p.kind === 'person' && p.idNumber?.trim() ? { idType: 'residentId', idNumber: p.idNumber.trim() } : {}),
  ...(p.kind === 'organization' && p.creditCode?.trim() ? { creditCode: p.creditCode.trim() } : {}),
  ...(p.address?.trim() ? { address: p.address.trim() } : {}),
});

export function PartyFields({ prefix }: { prefix: (string | number)[] }) {
  const { t } = useI18n();
  const kind = Form.useWatch([...prefix, 'kind']) as PartyValues['kind'] | undefined;
  return (
    <Space align="start" wrap>
      <Form.Item name={[...prefix.slice(-1), 'kind']} label={t('externalExecution.partyKind')} rules={[{ required: true }]}>
        <Select style={{ width: 110 }} options={[{ value: 'person', label: t('externalExecution.person') }, { value: 'organization', label: t('externalExecution.organization') }]} />
      </Form.Item>
      <Form.Item name={[...prefix.slice(-1), 'name']} label={t('externalExecution.partyName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} style={{ width: 180 }} />
      </Form.Item>
      {kind === 'organization' ? (
        <Form.Item name={[...prefix.slice(-1), 'creditCode']} label={t('externalExecution.creditCode')}>
          <Input maxLength={18} style={{ width: 200 }} />
        </Form.Item>
      ) : (
        <Form.Item name={[...prefix.slice(-1), 'idNumber']} label={t('externalExecution.idNumber')}>
          <Input maxLength={18} style={{ width: 200 }} />
        </Form.Item>
      )}
      <Form.Item name={[...prefix.slice(-1), 'address']} label={t('externalExecution.address')}>
        <Input maxLength={300} style={{ width: 220 }} />
      </Form.Item>
    </Space>
  );
}

export function ExternalApplicationPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { user } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  const courts = useApiGet<Court[]>('/courts');
  const kind = (Form.useWatch('kind', form) as ExternalTitleKind | undefined) ?? 'arbitralAward';
  const isClerk = !!user?.roles.includes('filingClerk');
  const isLawyer = !!user?.roles.includes('lawyer');

  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const applicant = { ...partyBody(v.applicant as PartyValues), ...(isClerk ? {} : isLawyer ? { isClient: true } : { isSelf: true }) };
      const body = {
        courtId: v.courtId,
        title: {
          kind: v.kind,
          issuer: v.issuer.trim(),
          documentNumber: v.documentNumber.trim(),
          effectiveOn: day(v.effectiveOn as Dayjs),
          performanceDeadlines: ((v.deadlines ?? []) as (Dayjs | null)[]).flatMap((d) => (d ? [day(d)!] : [])),
          ...(v.titleAmount ? { amount: v.titleAmount } : {}),
          documentId: fileId(v.document),
          ...(v.kind === 'notarisedDebt' ? { certificateNumber: v.certificateNumber?.trim(), certificateId: fileId(v.certificate) } : {}),
        },
        applicants: [applicant],
        debtors: (v.debtors as PartyValues[]).map(partyBody),
        items: itemsBody(v.items as ItemValues[]),
        ...(v.interestTo ? { interestTo: day(v.interestTo) } : {}),
        assetClues: (v.assetClues ?? '').trim(),
        attachmentIds: [],
      };
      const r = await api.post<ExecutionRecord>('/execution/external-applications', body);
      message.success(t('execution.submitted', { caseNumber: r.caseNumber ?? String(r.caseId) }));
      void navigate(`/cases/${r.caseId}`);
    });
  };

  const rule = EXTERNAL_TITLE_RULES[kind];
  const self: PartyValues = { kind: 'person', ...(isClerk || isLawyer ? {} : { name: user?.displayName, idNumber: user?.idNumber ?? undefined }) };
  return (
    <Card title={t('externalExecution.title')}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('externalExecution.hint')} description={`${pick(rule.jurisdiction.note)}（${rule.jurisdiction.basis}）`} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'arbitralAward', courtId: user?.courtId ?? undefined, deadlines: [], applicant: self, debtors: [{ kind: 'person' }], items: [{ kind: 'principal' }], interestTo: courtToday() }}
        data-testid="external-execution-form"
      >
        <Form.Item name="courtId" label={t('externalExecution.court')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" disabled={isClerk} options={(courts.data ?? []).filter((c) => c.isActive).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Typography.Title level={5}>{t('externalExecution.titleData')}</Typography.Title>
        <Form.Item name="kind" label={t('externalExecution.kind')} rules={[{ required: true }]}>
          <Select options={EXTERNAL_TITLE_KINDS.map((k) => ({ value: k, label: pick(EXTERNAL_TITLE_RULES[k].label) }))} />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item name="issuer" label={pick(rule.issuerLabel)} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="documentNumber" label={t(kind.startsWith('court') ? 'externalExecution.caseNumber' : 'externalExecution.documentNumber')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('externalExecution.effectiveOn')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(courtToday())} />
          </Form.Item>
          <Form.Item name="titleAmount" label={t('externalExecution.titleAmount')} rules={[{ pattern: AMOUNT }]}>
            <Input inputMode="decimal" style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.List name="deadlines">
          {(fields, { add, remove }) => (
            <Form.Item label={t('externalExecution.deadlines')} tooltip={t('externalExecution.deadlinesHint')}>
              <Space wrap>
                {fields.map((f) => (
                  <Space key={f.key}>
                    <Form.Item name={f.name} noStyle rules={[{ required: true }]}>
                      <DatePicker />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove" />
                  </Space>
                ))}
                {fields.length < 20 && <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} />}
              </Space>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="document" label={t('externalExecution.document')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList} rules={[{ required: true, type: 'array', min: 1, message: t('externalExecution.documentRequired') }]}>
          <DocumentUpload text="externalExecution.upload" />
        </Form.Item>
        {rule.needsCertificate && (
          <Space align="start" wrap>
            <Form.Item name="certificateNumber" label={t('externalExecution.certificateNumber')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={100} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="certificate" label={t('externalExecution.certificate')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList} rules={[{ required: true, type: 'array', min: 1, message: t('externalExecution.documentRequired') }]}>
              <DocumentUpload text="externalExecution.upload" />
            </Form.Item>
          </Space>
        )}
        <Typography.Title level={5}>{t(isClerk ? 'externalExecution.applicant' : isLawyer ? 'externalExecution.client' : 'externalExecution.self')}</Typography.Title>
        <PartyFields prefix={['applicant']} />
        <Typography.Title level={5}>{t('execution.debtors')}</Typography.Title>
        <Form.List name="debtors">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start">
                  <PartyFields prefix={['debtors', f.name]} />
                  {fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove" style={{ marginTop: 30 }} />}
                </Space>
              ))}
              {fields.length < 20 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })} style={{ marginBottom: 16 }}>
                  {t('externalExecution.addDebtor')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <ExecutionItemsFields form={form} />
        <Form.Item name="assetClues" label={t('execution.assetClues')}>
          <Input.TextArea rows={3} maxLength={5000} showCount placeholder={t('execution.assetCluesPlaceholder')} />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="external-execution-submit">
          {t('common.submit')}
        </Button>
      </Form>
    </Card>
  );
}
