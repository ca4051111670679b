// The items applied for, the day the doubled interest runs to, and its preview computed by the domain's delayInterest:
// the part every application for execution shares (from a case of ours, or on an external title).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Select, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { delayInterest } from '../../domain/execution/delayInterest';
import { fenToYuan, yuanToFen } from '../../domain/money/yuan';
import { TraceSteps } from '../clock/periodDisplay';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';

export const KINDS = ['principal', 'ordinaryInterest', 'costs'] as const;
export const AMOUNT = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;

export interface ItemValues {
  kind?: (typeof KINDS)[number];
  label?: string;
  amount?: string;
  dueOn?: Dayjs | null;
}

export const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** The doubled interest the domain computes from the items with a due date, or null while the form cannot say. */
function previewInterest(items: ItemValues[] | undefined, interestTo: Dayjs | undefined) {
  const list = (items ?? []).filter((i) => i?.amount && AMOUNT.test(i.amount) && i.label);
  if (!list.length || !interestTo || list.some((i) => !i.dueOn)) return null;
  try {
    return delayInterest({
      debts: list.map((i, n) => ({ id: `item${n + 1}`, label: i.label!, amountFen: yuanToFen(i.amount!), dueOn: day(i.dueOn)!, isOrdinaryInterest: i.kind === 'ordinaryInterest' })),
      payments: [],
      asOf: day(interestTo)!,
    });
  } catch {
    return null;
  }
}

/** Items as the API takes them. */
export const itemsBody = (items: ItemValues[]) => items.map((i) => ({ kind: i.kind, label: i.label!.trim(), amount: i.amount, ...(i.dueOn ? { dueOn: day(i.dueOn) } : {}) }));

export function ExecutionItemsFields({ form }: { form: FormInstance }) {
  const { t } = useI18n();
  const items = Form.useWatch('items', form) as ItemValues[] | undefined;
  const interestTo = Form.useWatch('interestTo', form) as Dayjs | undefined;
  const preview = previewInterest(items, interestTo);
  return (
    <>
        <Typography.Title level={5}>{t('execution.items')}</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'kind']} label={t('execution.itemKind')} rules={[{ required: true }]}>
                    <Select style={{ width: 130 }} options={KINDS.map((k) => ({ value: k, label: t(`execution.kind.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label']} label={t('execution.itemLabel')} rules={[{ required: true, whitespace: true, message: t('execution.itemLabelRequired') }]}>
                    <Input maxLength={100} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amount']} label={t('execution.itemAmount')} rules={[{ required: true, pattern: AMOUNT, message: t('execution.itemAmountRequired') }]}>
                    <Input inputMode="decimal" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} label={t('execution.itemDueOn')} tooltip={t('execution.itemDueOnHint')}>
                    <DatePicker />
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove" style={{ marginTop: 30 }} />}
                </Space>
              ))}
              {fields.length < 20 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'principal' })} style={{ marginBottom: 16 }}>
                  {t('execution.addItem')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item name="interestTo" label={t('execution.interestTo')}>
          <DatePicker disabledDate={(d) => d.isAfter(courtToday())} />
        </Form.Item>
        <Alert
          type={preview ? 'success' : 'info'}
          style={{ marginBottom: 16 }}
          title={preview ? `${t('execution.delayInterest')}：${fenToYuan(preview.interestOwedFen)} 元` : t('execution.delayInterestNeedsDates')}
          description={
            preview ? (
              <>
                <Typography.Paragraph type="secondary">{t('execution.delayInterestHint')}</Typography.Paragraph>
                <TraceSteps trace={preview.trace} />
              </>
            ) : undefined
          }
          data-testid="execution-interest-preview"
        />
    </>
  );
}
