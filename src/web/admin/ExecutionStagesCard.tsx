// A court's 分段集约 settings: its stages in order (code, Chinese and English name, internal limit in days) and its
// 繁简分流 rules. Saved as a whole; a change by someone else meanwhile is refused (the version is sent).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Space, Spin } from 'antd';
import type { ExecutionSettings, ExecutionSettingsInput } from '../../contracts/executionTeams';
import { api } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { useModalSave } from '../api/useModalSave';

type StageRow = { code: string; zh: string; en: string; limitDays?: number | null };
type SettingsForm = { stages: StageRow[]; simpleMaxAmount?: string | null; preservedCoverPercent?: number | null; inquiryWindowDays?: number };

export function ExecutionStagesCard({ courtId }: { courtId: number }) {
  const { t } = useI18n();
  const [form] = Form.useForm<SettingsForm>();
  const settings = useApiGet<ExecutionSettings>(`/admin/execution/courts/${courtId}/settings`);
  const s = settings.data;
  const { save, saving } = useModalSave(
    form,
    (v: SettingsForm) =>
      api.put<ExecutionSettings>(`/admin/execution/courts/${courtId}/settings`, {
        stages: v.stages.map((x) => ({ code: x.code.trim(), label: { 'zh-CN': x.zh.trim(), en: x.en.trim() }, limitDays: x.limitDays ?? null })),
        triage: { simpleMaxAmount: v.simpleMaxAmount?.trim() || null, preservedCoverPercent: v.preservedCoverPercent ?? null },
        ...(v.inquiryWindowDays ? { inquiryWindowDays: v.inquiryWindowDays } : {}),
        expectedVersion: s?.version ?? 0,
      } satisfies ExecutionSettingsInput),
    settings.reload,
  );
  if (!s) return <Card title={t('executionAdmin.settings')}>{settings.error ? <Alert type="error" showIcon title={settings.error.message} /> : <Spin />}</Card>;
  const initial: SettingsForm = {
    stages: s.stages.map((x) => ({ code: x.code, zh: x.label['zh-CN'], en: x.label.en, limitDays: x.limitDays })),
    simpleMaxAmount: s.triage.simpleMaxAmount,
    preservedCoverPercent: s.triage.preservedCoverPercent,
    inquiryWindowDays: s.inquiryWindowDays,
  };
  return (
    <Card
      title={t('executionAdmin.settings')}
      extra={
        <Button type="primary" loading={saving} onClick={() => void save()} data-testid="execution-settings-save">
          {t('common.save')}
        </Button>
      }
    >
      {s.isDefault && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('executionAdmin.defaults')} />}
      <Form<SettingsForm> key={`${courtId}:${s.version}`} form={form} layout="vertical" initialValues={initial}>
        <Form.List name="stages">
          {(fields, { add, remove }) => (
            <>
              <div style={{ marginBottom: 8, fontWeight: 500 }}>{t('executionAdmin.stages')}</div>
              {fields.map((f) => (
                <Space key={f.key} wrap align="start" style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[f.name, 'code']} rules={[{ required: true, whitespace: true, max: 40 }]}>
                    <Input placeholder={t('executionAdmin.stageCode')} aria-label={t('executionAdmin.stageCode')} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'zh']} rules={[{ required: true, whitespace: true, max: 40 }]}>
                    <Input placeholder={t('executionAdmin.stageZh')} aria-label={t('executionAdmin.stageZh')} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'en']} rules={[{ required: true, whitespace: true, max: 80 }]}>
                    <Input placeholder={t('executionAdmin.stageEn')} aria-label={t('executionAdmin.stageEn')} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'limitDays']} tooltip={t('executionAdmin.limitDaysHint')}>
                    <InputNumber min={1} max={365} precision={0} placeholder={t('executionAdmin.limitDays')} aria-label={t('executionAdmin.limitDays')} style={{ width: 140 }} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label={t('executionAdmin.removeStage')} onClick={() => remove(f.name)} disabled={fields.length <= 1} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ code: '', zh: '', en: '', limitDays: null })} style={{ marginBottom: 16 }}>
                {t('executionAdmin.addStage')}
              </Button>
            </>
          )}
        </Form.List>
        <div style={{ marginBottom: 8, fontWeight: 500 }}>{t('executionAdmin.triage')}</div>
        <Space wrap>
          <Form.Item name="simpleMaxAmount" label={t('executionAdmin.simpleMaxAmount')} tooltip={t('executionAdmin.ruleOff')} rules={[{ pattern: /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/, message: t('execution.itemAmountRequired') }]}>
            <Input style={{ width: 200 }} placeholder="100000.00" />
          </Form.Item>
          <Form.Item name="preservedCoverPercent" label={t('executionAdmin.preservedCoverPercent')} tooltip={t('executionAdmin.ruleOff')}>
            <InputNumber min={1} max={100} precision={0} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <div style={{ marginBottom: 8, fontWeight: 500 }}>{t('executionAdmin.endOfRound')}</div>
        <Form.Item name="inquiryWindowDays" label={t('executionAdmin.inquiryWindowDays')} tooltip={t('executionAdmin.inquiryWindowHint')}>
          <InputNumber min={1} max={365} precision={0} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Card>
  );
}
