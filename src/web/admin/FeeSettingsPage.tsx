// 诉讼费标准: the amounts the province sets within the ranges of the Measures, and the rounding rule; the server
// refuses anything outside the ranges (FEE arts 13–14).
import { Alert, App, Button, Card, Form, InputNumber, Select } from 'antd';
import type { Static } from 'typebox';
import type { FeeScheduleSettings } from '../../contracts/payments';
import { FEE_RANGES } from '../../domain/courtFees/feeSettings';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

type Settings = Static<typeof FeeScheduleSettings>;
const KEYS = Object.keys(FEE_RANGES) as (keyof typeof FEE_RANGES)[];

export function FeeSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useApiGet<Settings>('/admin/settings/fees');
  const [form] = Form.useForm<Settings>();
  if (!settings.data) return <Card loading title={t('menu.adminFeeSettings')} />;
  const save = async (v: Settings) => {
    try {
      settings.setData(await api.put<Settings>('/admin/settings/fees', { ...settings.data, ...v, maritime: settings.data!.maritime }));
      message.success(t('common.saved'));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Card title={t('menu.adminFeeSettings')}>
      <Alert type="warning" showIcon title={t('feeSettings.unverified')} style={{ marginBottom: 16, maxWidth: 760 }} />
      <Form<Settings> form={form} layout="vertical" initialValues={settings.data} onFinish={save} style={{ maxWidth: 480 }} data-testid="fee-settings">
        {KEYS.map((k) => (
          <Form.Item key={k} name={k} label={`${t(`feeSettings.${k}` as MessageKey)}（${FEE_RANGES[k][0]}–${FEE_RANGES[k][1]} ${t('common.yuan')}）`} rules={[{ required: true }]}>
            <InputNumber min={FEE_RANGES[k][0]} max={FEE_RANGES[k][1]} precision={0} suffix={t('common.yuan')} style={{ width: 200 }} />
          </Form.Item>
        ))}
        <Form.Item name={['rounding', 'unit']} label={t('feeSettings.roundingUnit')}>
          <Select style={{ width: 200 }} options={(['fen', 'jiao', 'yuan'] as const).map((u) => ({ value: u, label: t(`feeSettings.unit.${u}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name={['rounding', 'mode']} label={t('feeSettings.roundingMode')}>
          <Select style={{ width: 200 }} options={(['halfUp', 'down'] as const).map((m) => ({ value: m, label: t(`feeSettings.mode.${m}` as MessageKey) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
