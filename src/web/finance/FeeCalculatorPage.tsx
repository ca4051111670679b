// 诉讼费计算器 (public, no login): the kind of case or application and its amounts → the fee with each bracket and its article.
import { Button, Form, Input, Radio, Select, Table, Typography } from 'antd';
import { usePostResult } from '../api/usePostResult';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { CalculatorColumns, PublicToolLayout } from '../layout/PublicToolLayout';
import type { FeeCalcResult, FeeComponent } from './feeCalc';
import { YUAN_PATTERN } from '../filing/filingForm';
import { formatCitation } from '../../domain/citations/citations';
import { percentText } from '../format/percent';

/** The kinds the calculator offers, with the amount fields each takes. */
const KINDS: { kind: string; fields: ('amount' | 'propertyAmount' | 'damages')[] }[] = [
  { kind: 'property', fields: ['amount'] },
  { kind: 'divorce', fields: ['propertyAmount'] },
  { kind: 'personality', fields: ['damages'] },
  { kind: 'labor', fields: [] },
  { kind: 'execution', fields: ['amount'] },
  { kind: 'preservation', fields: ['amount'] },
  { kind: 'payment_order', fields: ['amount'] },
];
const REDUCTIONS = ['none', 'simple', 'mediation', 'withdrawal'] as const;

interface Values {
  kind: string;
  amount?: string;
  propertyAmount?: string;
  damages?: string;
  reduction: (typeof REDUCTIONS)[number];
}

export function FeeCalculatorPage() {
  const { t, pick, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'property';
  const fields = KINDS.find((k) => k.kind === kind)?.fields ?? [];
  const { result, error, busy, run } = usePostResult<FeeCalcResult>('/calc/fee');

  const onFinish = async (v: Values) => {
    const body: Record<string, unknown> = { kind: v.kind };
    for (const f of fields) if (v[f]?.trim()) body[f] = v[f]!.trim();
    if (v.reduction !== 'none') body.reduction = v.reduction;
    await run(body);
  };

  return (
    <PublicToolLayout path="/tools/fee" intro={t('feeCalc.intro')}>
      <CalculatorColumns
        testId="fee-result"
        error={error}
        form={
          <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'property', reduction: 'none' }} onFinish={onFinish} data-testid="fee-calculator">
            <Form.Item name="kind" label={t('feeCalc.kind')}>
              <Select options={KINDS.map((k) => ({ value: k.kind, label: t(`feeKind.${k.kind}` as MessageKey) }))} />
            </Form.Item>
            {fields.map((f) => (
              <Form.Item key={f} name={f} label={t(`feeCalc.${f}` as MessageKey)} rules={[{ required: f === 'amount', pattern: YUAN_PATTERN, message: t('aid.amountRequired') }]}>
                <Input suffix={t('common.yuan')} inputMode="decimal" />
              </Form.Item>
            ))}
            <Form.Item name="reduction" label={t('feeCalc.reduction')}>
              <Radio.Group options={REDUCTIONS.map((r) => ({ value: r, label: t(`feeReduction.${r}` as MessageKey) }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block>
              {t('calc.submit')}
            </Button>
          </Form>
        }
        result={
          result && (
            <>
              <Typography.Paragraph>
                {t('feeCalc.total')}
                {t('common.labelSep')}
                <Typography.Text strong style={{ fontSize: 20 }} data-testid="fee-total">
                  {result.total}
                </Typography.Text>{' '}
                {t('common.yuan')}
              </Typography.Paragraph>
              <Table<FeeComponent>
                rowKey={(c) => `${c.component ?? ''}${pick(c.label)}${c.amount}`}
                size="small"
                pagination={false}
                dataSource={result.breakdown}
                columns={[
                  { title: t('feeCalc.component'), key: 'label', render: (_, c) => pick(c.label) },
                  { title: t('feeCalc.base'), dataIndex: 'base', width: 130, render: (v?: string) => v ?? '' },
                  { title: t('feeCalc.rate'), dataIndex: 'rate', width: 90, render: (v?: string) => (v ? percentText(v) : '') },
                  { title: t('fees.amount'), dataIndex: 'amount', width: 120, align: 'right' },
                  { title: t('clock.source'), dataIndex: 'source', width: 240, render: (v: string) => formatCitation(v, lang) },
                ]}
              />
            </>
          )
        }
      />
    </PublicToolLayout>
  );
}
