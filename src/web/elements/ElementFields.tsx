// The element form of a dispute kind: one field per element, grouped by part, each with its plain-words help, shown
// only when its condition holds; values kept as the API takes them (dates as YYYY-MM-DD, amounts as yuan strings).
import { Card, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { applies, type ElementDef, type ElementSchema, type ElementValues } from '../../domain/elements/elementSchema';
import { valueProblem } from '../../domain/elements/validateElements';
import { useI18n } from '../i18n/i18n';
import { useElementText } from './elementMessages';

type NamePath = (string | number)[];

const BASIS = { year: 'elements.ratePerYear', month: 'elements.ratePerMonth', day: 'elements.ratePerDay' } as const;

/** The input for one element's value, by its type. */
export function ElementInput({ def, value, onChange, id }: { def: ElementDef; value?: unknown; onChange?: (v: unknown) => void; id?: string }): ReactNode {
  const { pick } = useI18n();
  const te = useElementText();
  switch (def.type) {
    case 'amount':
      return <Input id={id} value={value as string | undefined} onChange={(e) => onChange?.(e.target.value.trim() || undefined)} suffix="元" inputMode="decimal" style={{ maxWidth: 280 }} />;
    case 'rate':
      return <Input id={id} value={value as string | undefined} onChange={(e) => onChange?.(e.target.value.trim() || undefined)} prefix={te(BASIS[def.rateBasis ?? 'year'])} suffix="%" inputMode="decimal" style={{ maxWidth: 240 }} />;
    case 'date':
      return <DatePicker id={id} value={typeof value === 'string' ? dayjs(value) : null} onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : undefined)} />;
    case 'boolean':
      return (
        <Radio.Group id={id} value={value} onChange={(e) => onChange?.(e.target.value)} optionType="button">
          <Radio value={true}>{te('elements.yes')}</Radio>
          <Radio value={false}>{te('elements.no')}</Radio>
        </Radio.Group>
      );
    case 'choice':
      return (def.options?.length ?? 0) <= 5 ? (
        <Radio.Group id={id} value={value} onChange={(e) => onChange?.(e.target.value)} options={(def.options ?? []).map((o) => ({ value: o.key, label: pick(o.label) }))} />
      ) : (
        <Select id={id} value={value as string | undefined} onChange={(v) => onChange?.(v)} allowClear options={(def.options ?? []).map((o) => ({ value: o.key, label: pick(o.label) }))} style={{ maxWidth: 280 }} />
      );
    case 'integer':
      return <InputNumber id={id} value={value as number | undefined} onChange={(v) => onChange?.(v ?? undefined)} precision={0} min={def.min} max={def.max} />;
    case 'text':
      return (def.maxLength ?? 500) > 100 ? (
        <Input.TextArea id={id} value={value as string | undefined} onChange={(e) => onChange?.(e.target.value || undefined)} maxLength={def.maxLength ?? 500} autoSize={{ minRows: 2, maxRows: 6 }} />
      ) : (
        <Input id={id} value={value as string | undefined} onChange={(e) => onChange?.(e.target.value || undefined)} maxLength={def.maxLength ?? 500} style={{ maxWidth: 360 }} />
      );
  }
}

/** Checks a value as the server will (the domain's own rule), in the form's language. */
export function elementRule(def: ElementDef, pick: (b: { 'zh-CN': string; en: string }) => string) {
  return {
    validator: async (_: unknown, v: unknown) => {
      if (v === undefined || v === null || v === '') return;
      const p = valueProblem(def, v as string | number | boolean);
      if (p) throw new Error(pick(p.message));
    },
  };
}

/** The fields of a schema under `prefix` (e.g. ['elements', 'values']). */
export function ElementFields({ schema, prefix }: { schema: ElementSchema; prefix: NamePath }) {
  const { pick } = useI18n();
  const te = useElementText();
  const values = (Form.useWatch(prefix, { preserve: true }) ?? {}) as ElementValues;
  return (
    <>
      {schema.sections.map((section) => (
        <Card key={section.key} size="small" title={pick(section.label)} style={{ marginBottom: 12 }} data-testid={`element-section-${section.key}`}>
          {section.elements.map((def) =>
            applies(def, values) ? (
              <Form.Item
                key={def.key}
                name={[...prefix, def.key]}
                label={pick(def.label)}
                extra={pick(def.help)}
                required={def.required}
                rules={[...(def.required ? [{ required: true, message: te('elements.required', { label: pick(def.label) }) }] : []), elementRule(def, pick)]}
                data-testid={`element-${def.key}`}
              >
                <ElementInput def={def} />
              </Form.Item>
            ) : null,
          )}
        </Card>
      ))}
    </>
  );
}
