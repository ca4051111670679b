// 期间计算器 (public, no login): trigger date + days, months or a period kind → due date with every step and its source.
import { Button, Checkbox, DatePicker, Descriptions, Form, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { PERIOD_KINDS, type PeriodKind } from '../../domain/clock/periodKinds';
import { usePostResult } from '../api/usePostResult';
import type { CalcResponse } from '../api/types';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { CalculatorColumns, PublicToolLayout } from '../layout/PublicToolLayout';
import { TraceSteps } from './periodDisplay';

type Mode = 'days' | 'months' | 'kind';
interface CalcValues {
  trigger: Dayjs;
  mode: Mode;
  count?: number;
  kind?: PeriodKind;
  foreignDomicile?: boolean;
}

const KINDS = Object.keys(PERIOD_KINDS) as PeriodKind[];

export function PeriodCalculatorPage() {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<CalcValues>();
  const mode = Form.useWatch('mode', form) ?? 'days';
  const kind = Form.useWatch('kind', form);
  const settable = mode === 'kind' && kind ? !!PERIOD_KINDS[kind].settable : false;
  const { result, error, busy, run } = usePostResult<CalcResponse>('/calc/period');

  const onFinish = async (v: CalcValues) => {
    const body: Record<string, unknown> = { trigger: v.trigger.format('YYYY-MM-DD') };
    if (v.mode === 'days' || (v.mode === 'kind' && settable)) body.days = v.count;
    if (v.mode === 'months') body.months = v.count;
    if (v.mode === 'kind') body.kind = v.kind;
    if (v.foreignDomicile) body.foreignDomicile = true;
    await run(body);
  };

  return (
    <PublicToolLayout path="/tools/period" intro={t('calc.intro')}>
      <CalculatorColumns
        testId="calc-result"
        error={error}
        form={
          <Form<CalcValues> form={form} layout="vertical" initialValues={{ trigger: courtToday(), mode: 'days', count: 15 }} onFinish={onFinish} data-testid="period-calculator">
            <Form.Item name="trigger" label={t('calc.trigger')} rules={[{ required: true, message: t('calc.triggerRequired') }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="mode" label={t('calc.mode')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'days', label: t('calc.byDays') },
                  { value: 'months', label: t('calc.byMonths') },
                  { value: 'kind', label: t('calc.byKind') },
                ]}
              />
            </Form.Item>
            {mode === 'kind' && (
              <Form.Item name="kind" label={t('calc.kind')} rules={[{ required: true, message: t('calc.kindRequired') }]}>
                <Select showSearch optionFilterProp="label" options={KINDS.map((k) => ({ value: k, label: pick(PERIOD_KINDS[k].label) }))} />
              </Form.Item>
            )}
            {(mode !== 'kind' || settable) && (
              <Form.Item name="count" label={mode === 'months' ? t('calc.months') : settable ? t('calc.settableDays') : t('calc.days')} rules={[{ required: true, message: t('calc.numberRequired') }]}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            )}
            <Form.Item name="foreignDomicile" valuePropName="checked">
              <Checkbox>{t('calc.foreignDomicile')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block>
              {t('calc.submit')}
            </Button>
          </Form>
        }
        result={
          result && (
            <>
              <Descriptions
                column={1}
                items={[
                  {
                    key: 'due',
                    label: t('calc.due'),
                    children: (
                      <span>
                        <Typography.Text strong style={{ fontSize: 20 }} data-testid="calc-due">
                          {result.due}
                        </Typography.Text>
                        {result.unrolled !== result.due && (
                          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                            {t('calc.unrolled', { date: result.unrolled })}
                          </Typography.Text>
                        )}
                      </span>
                    ),
                  },
                ]}
              />
              <Typography.Title level={5}>{t('clock.trace')}</Typography.Title>
              <TraceSteps trace={result.trace} uncoveredYear={result.uncoveredYear} />
            </>
          )
        }
      />
    </PublicToolLayout>
  );
}
