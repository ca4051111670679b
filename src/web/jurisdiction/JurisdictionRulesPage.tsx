// 管辖规则: every version of every jurisdiction rule, with the days it is in force; the administrator ends a version or
// adds the next one. A filed case keeps the proposal it was filed with, so nothing here reaches a past case.
import { Alert, App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { JurisdictionRuleRow } from '../../contracts/jurisdiction';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { JURISDICTION_RULE_KINDS } from '../../domain/jurisdiction/rules';

const KINDS = JURISDICTION_RULE_KINDS;
const day = (d: Dayjs | null | undefined) => d?.format('YYYY-MM-DD');

interface NewRule {
  key: string;
  kind: (typeof KINDS)[number];
  labelZh: string;
  labelEn: string;
  source: string;
  params: string;
  effectiveFrom: Dayjs;
}

export function JurisdictionRulesPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const rules = useApiGet<JurisdictionRuleRow[]>('/admin/jurisdiction-rules');
  const [endOn, setEndOn] = useState<Dayjs | null>(null);
  const [form] = Form.useForm<NewRule>();
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.message : String(e));
  const end = async (id: number) => {
    try {
      await api.post(`/admin/jurisdiction-rules/${id}/end`, { effectiveTo: day(endOn) });
      rules.reload();
    } catch (e) {
      fail(e);
    }
  };
  const add = async (v: NewRule) => {
    let params: unknown;
    try {
      params = JSON.parse(v.params);
    } catch {
      form.setFields([{ name: 'params', errors: [t('jurisdiction.paramsInvalid')] }]);
      return;
    }
    try {
      await api.post('/admin/jurisdiction-rules', { key: v.key, kind: v.kind, label: { 'zh-CN': v.labelZh, en: v.labelEn }, source: v.source, params, effectiveFrom: day(v.effectiveFrom) });
      form.resetFields();
      rules.reload();
      message.success(t('common.saved'));
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Card title={t('jurisdiction.rulesTitle')}>
      <Alert type="info" showIcon title={t('jurisdiction.rulesHint')} style={{ marginBottom: 16 }} />
      <Table<JurisdictionRuleRow>
        rowKey="id"
        size="small"
        loading={rules.loading}
        dataSource={rules.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: 'key', dataIndex: 'key', render: (k: string, r) => `${k} v${r.version}` },
          { title: t('jurisdiction.kind'), dataIndex: 'kind', render: (k: string) => <Tag>{t(`jurisdiction.kind.${k}` as MessageKey)}</Tag> },
          { title: t('jurisdiction.rulesTitle'), render: (_, r) => r.label[lang] },
          { title: t('jurisdiction.source'), dataIndex: 'source' },
          { title: t('jurisdiction.effective'), render: (_, r) => `${r.effectiveFrom} – ${r.effectiveTo ?? ''}` },
          {
            title: t('jurisdiction.end'),
            render: (_, r) =>
              r.effectiveTo ? null : (
                <Popconfirm title={<DatePicker placeholder={t('jurisdiction.endOn')} onChange={setEndOn} />} onConfirm={() => end(r.id)}>
                  <Button size="small">{t('jurisdiction.end')}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Card type="inner" title={t('jurisdiction.addVersion')} style={{ marginTop: 16, maxWidth: 760 }}>
        <Form<NewRule> form={form} layout="vertical" onFinish={add} initialValues={{ kind: 'designated', params: '{}' }}>
          <Form.Item name="key" label="key" rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="kind" label={t('jurisdiction.kind')}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`jurisdiction.kind.${k}` as MessageKey) }))} />
          </Form.Item>
          <Form.Item name="labelZh" label="名称" rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="labelEn" label="Name" rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="source" label={t('jurisdiction.source')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="params" label={t('jurisdiction.params')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('jurisdiction.effective')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Card>
  );
}
