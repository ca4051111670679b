// What an event form is: its fields, its starting values, and how its values become the event's input.
import type { FormInstance } from 'antd';
import type { ComponentType } from 'react';
import type { CaseDetail } from '../../../contracts/cases';
import type { MessageKey } from '../../i18n/messages';

export type FormValues = Record<string, unknown>;

export interface EventFieldsProps {
  detail: CaseDetail;
  form: FormInstance<FormValues>;
}

export interface EventForm {
  Fields: ComponentType<EventFieldsProps>;
  initialValues?: (detail: CaseDetail) => FormValues;
  toInput: (values: FormValues, detail: CaseDetail) => Record<string, unknown>;
  width?: number;
  /** The confirming button's text, where 确定 says too little (签署). */
  okText?: MessageKey;
  /**
   * Asked before sending (e.g. 排期检查): a refusal to show instead of sending, or warnings the user confirms first.
   * A failure of the check itself is ignored: the event's own answer follows.
   */
  preflight?: (input: Record<string, unknown>, detail: CaseDetail) => Promise<{ refusal?: string; warnings: string[] }>;
}

/** Drops empty optional values: the event inputs reject unknown keys but accept missing optional ones. */
export function compact(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') {
      const s = v.trim();
      if (s) out[k] = s;
      continue;
    }
    out[k] = v;
  }
  return out;
}

export const trimmedList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter(Boolean) : []);
