// 期限设置: the [U] switches of rules.md §2.1, the extension lead time and the alert thresholds; saving recomputes.
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { ClockSettings } from '../../contracts/clock';
import { api, ApiError } from '../api/client';
import type { CalendarChangeResult } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { MovedPeriodsTable } from './MovedPeriodsTable';

const GROUPS: { key: keyof ClockSettings['thresholds']; label: MessageKey }[] = [
  { key: 'trialLimit', label: 'settings.thresholdTrialLimit' },
  { key: 'party', label: 'settings.thresholdParty' },
  { key: 'court', label: 'settings.thresholdCourt' },
];

export function ClockSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useApiGet<ClockSettings>('/admin/settings/clock');
  const [form] = Form.useForm<ClockSettings>();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<CalendarChangeResult | null>(null);

  const save = async (v: ClockSettings) => {
    setSaving(true);
    try {
      const r = await api.put<CalendarChangeResult>('/admin/settings/clock', v);
      message.success(t('calendar.changed', { recomputed: r.recomputed, moved: r.moved.length }));
      setResult(r);
      settings.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  if (!settings.data) return <Card loading title={t('menu.adminClockSettings')} />;
  return (
    <Card title={t('menu.adminClockSettings')}>
      <Form<ClockSettings> form={form} layout="vertical" initialValues={settings.data} onFinish={save} style={{ maxWidth: 760 }} data-testid="clock-settings">
        <Alert type="warning" showIcon title={t('settings.unverified')} style={{ marginBottom: 16 }} />
        <Form.Item name="weekendsAreRestDays" label={t('settings.weekendsAreRestDays')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="trialLimitRollsForward" label={t('settings.trialLimitRollsForward')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="extensionLeadDays" label={t('settings.extensionLeadDays')} extra={t('settings.extensionLeadDaysHint')} rules={[{ required: true }]}>
          <InputNumber min={0} max={60} precision={0} />
        </Form.Item>
        <Form.Item name="adminExtensionLeadDays" label={t('settings.adminExtensionLeadDays')} extra={t('settings.adminExtensionLeadDaysHint')}>
          <InputNumber min={0} max={60} precision={0} />
        </Form.Item>
        <Typography.Title level={5}>{t('settings.thresholds')}</Typography.Title>
        {GROUPS.map((g) => (
          <Row key={g.key} gutter={16} align="middle">
            <Col span={6}>{t(g.label)}</Col>
            <Col span={9}>
              <Form.Item name={['thresholds', g.key, 'yellowDays']} label={t('settings.yellowDays')} rules={[{ required: true }]}>
                <InputNumber min={0} max={365} precision={0} suffix={t('common.days')} />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item
                name={['thresholds', g.key, 'redDays']}
                label={t('settings.redDays')}
                dependencies={[['thresholds', g.key, 'yellowDays']]}
                rules={[
                  { required: true },
                  ({ getFieldValue }) => ({
                    validator: (_, v: number) => (v <= (getFieldValue(['thresholds', g.key, 'yellowDays']) as number) ? Promise.resolve() : Promise.reject(new Error(t('settings.redNotAboveYellow')))),
                  }),
                ]}
              >
                <InputNumber min={0} max={365} precision={0} suffix={t('common.days')} />
              </Form.Item>
            </Col>
          </Row>
        ))}
        <Row gutter={16} align="middle">
          <Col span={6}>{t('settings.thresholdHours')}</Col>
          <Col span={9}>
            <Form.Item name={['hourThresholds', 'yellowHours']} label={t('settings.yellowHours')}>
              <InputNumber min={0} max={240} precision={0} suffix={t('settings.hours')} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item
              name={['hourThresholds', 'redHours']}
              label={t('settings.redHours')}
              dependencies={[['hourThresholds', 'yellowHours']]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v: number | undefined) => (v === undefined || v <= (getFieldValue(['hourThresholds', 'yellowHours']) as number) ? Promise.resolve() : Promise.reject(new Error(t('settings.redNotAboveYellow')))),
                }),
              ]}
            >
              <InputNumber min={0} max={240} precision={0} suffix={t('settings.hours')} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">{t('settings.recomputeNote')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
      {result && (
        <div style={{ marginTop: 24 }}>
          <MovedPeriodsTable moved={result.moved} />
        </div>
      )}
    </Card>
  );
}
