// Step 3 of filing: 诉讼请求 (one or more), 标的额 in yuan, and 事实与理由.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { FeeEstimate } from '../finance/FeeEstimate';
import { useI18n } from '../i18n/i18n';
import { YUAN_PATTERN } from './filingForm';

const MAX_CLAIMS = 30;

export function ClaimsFields() {
  const { t } = useI18n();
  const amount = Form.useWatch('amount') as string | undefined;
  const caseType = Form.useWatch('caseType', { preserve: true }) as string | undefined;
  return (
    <>
      <Form.List
        name="claims"
        rules={[
          {
            validator: async (_, claims: string[] | undefined) => {
              if (!claims?.some((c) => c?.trim())) throw new Error(t('filing.claimsRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('filing.claims')} required>
            {fields.map((f, i) => (
              <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <span style={{ paddingTop: 5, minWidth: 20 }}>{i + 1}.</span>
                <Form.Item name={f.name} style={{ flex: 1, marginBottom: 12 }} rules={[{ required: true, whitespace: true, message: t('filing.claimRequired') }, { max: 1000 }]}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} />
                </Form.Item>
                {fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('filing.removeClaim')} />}
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} disabled={fields.length >= MAX_CLAIMS} data-testid="add-claim">
              {t('filing.addClaim')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="amount" label={t('filing.amount')} rules={[{ pattern: YUAN_PATTERN, message: t('filing.amountInvalid') }]} extra={t('filing.amountHint')}>
        <Input suffix={t('common.yuan')} style={{ maxWidth: 320 }} inputMode="decimal" />
      </Form.Item>
      <FeeEstimate amount={amount} caseType={caseType} />
      <Form.Item name="facts" label={t('filing.facts')} rules={[{ required: true, whitespace: true, message: t('filing.factsRequired') }, { max: 20000 }]}>
        <Input.TextArea rows={8} maxLength={20000} showCount />
      </Form.Item>
    </>
  );
}
