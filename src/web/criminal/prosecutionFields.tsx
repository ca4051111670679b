// The parts of a criminal filing shared by the procuratorate's 提起公诉 and a party's 自诉: the evidence list and the
// defendants (detention, custody, charges from the catalogue; the 认罪认罚 recommendation in a public prosecution only).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { DETENTION_STATUSES, DETENTION_STATUS_LABELS } from '../../domain/criminal/defendants';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';

export function ChargeSelect({ name }: { name: (string | number)[] }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const charges = useApiGet<{ id: number; name: string; article: string }[]>(`/criminal-charges?q=${encodeURIComponent(q)}`);
  return (
    <Form.Item name={name} label={t('criminal.charges')} rules={[{ required: true }]}>
      <Select mode="multiple" showSearch filterOption={false} onSearch={setQ} style={{ minWidth: 240 }} loading={charges.loading} options={(charges.data ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.article}）` }))} />
    </Form.Item>
  );
}

/** One defendant's facts; `withPlea` shows the 认罪认罚 recommendation (a public prosecution only). */
function DefendantFields({ index, withPlea }: { index: number; withPlea: boolean }) {
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
      {withPlea && (
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
      )}
    </Space>
  );
}

/** The evidence list (证据目录) and the defendants, as Form.Lists named `evidence` and `defendants`. */
export function EvidenceAndDefendants({ withPlea, initialDetention }: { withPlea: boolean; initialDetention: string }) {
  const { t } = useI18n();
  return (
    <>
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
              <DefendantFields index={f.name} withPlea={withPlea} />
              {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} />}
            </div>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ detentionStatus: initialDetention })} style={{ marginBottom: 16 }}>
            {t('prosecution.addDefendant')}
          </Button>
        </>
      )}
    </Form.List>
    </>
  );
}
