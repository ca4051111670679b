// Checks element values against their declaration: type, bounds, options, required elements, conditions and the
// cross-element checks. A refusal names the element and says, in both languages, what to put there.
import { isPlainDate } from '../calendar/plainDate';
import { DomainError } from '../errors/domainError';
import { applies, bi, elementOf, elementsOf, type Bi, type ElementDef, type ElementSchema, type ElementValue, type ElementValues } from './elementSchema';

const YUAN = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;
const RATE = /^(0|[1-9]\d{0,3})(\.\d{1,4})?$/;
const DEFAULT_TEXT_LENGTH = 500;

export interface ElementProblem {
  element: string;
  code: string;
  message: Bi;
}

const problem = (def: ElementDef, code: string, zh: string, en: string): ElementProblem => ({ element: def.key, code, message: bi(`“${def.label['zh-CN']}”${zh}`, `"${def.label.en}" ${en}`) });

/** The problem with one value of an element, or null when the value fits its type and bounds. */
export function valueProblem(def: ElementDef, value: ElementValue): ElementProblem | null {
  switch (def.type) {
    case 'amount':
      if (typeof value !== 'string' || !YUAN.test(value)) return problem(def, 'ELEMENT_AMOUNT_INVALID', '应为金额（元），最多两位小数，如 50000 或 1234.56。', 'must be an amount in yuan with at most two decimals, e.g. 50000 or 1234.56.');
      return boundsProblem(def, Number(value), '元', 'yuan');
    case 'rate':
      if (typeof value !== 'string' || !RATE.test(value)) return problem(def, 'ELEMENT_RATE_INVALID', '应为百分比数值，最多四位小数，如 3.85（表示3.85%）。', 'must be a percentage with at most four decimals, e.g. 3.85 (for 3.85%).');
      return boundsProblem(def, Number(value), '%', '%');
    case 'date':
      if (typeof value !== 'string' || !isPlainDate(value)) return problem(def, 'ELEMENT_DATE_INVALID', '应为日期，格式为 年-月-日，如 2024-03-01。', 'must be a date as year-month-day, e.g. 2024-03-01.');
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : problem(def, 'ELEMENT_BOOLEAN_INVALID', '应选择“是”或“否”。', 'must be yes or no.');
    case 'choice':
      if (typeof value === 'string' && (def.options ?? []).some((o) => o.key === value)) return null;
      return problem(def, 'ELEMENT_CHOICE_INVALID', `应为以下选项之一：${(def.options ?? []).map((o) => o.label['zh-CN']).join('、')}。`, `must be one of: ${(def.options ?? []).map((o) => o.label.en).join(', ')}.`);
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return problem(def, 'ELEMENT_INTEGER_INVALID', '应为整数。', 'must be a whole number.');
      return boundsProblem(def, value, '', '');
    case 'text': {
      const max = def.maxLength ?? DEFAULT_TEXT_LENGTH;
      if (typeof value !== 'string' || value.trim() === '') return problem(def, 'ELEMENT_TEXT_INVALID', '应填写文字说明。', 'must be a text.');
      return value.length > max ? problem(def, 'ELEMENT_TEXT_TOO_LONG', `最多${max}字。`, `may have at most ${max} characters.`) : null;
    }
  }
}

function boundsProblem(def: ElementDef, n: number, unitZh: string, unitEn: string): ElementProblem | null {
  if (def.min !== undefined && n < def.min) return problem(def, 'ELEMENT_BELOW_MINIMUM', `不能小于${def.min}${unitZh}。`, `must be at least ${def.min}${unitEn ? ` ${unitEn}` : ''}.`);
  if (def.max !== undefined && n > def.max) return problem(def, 'ELEMENT_ABOVE_MAXIMUM', `不能大于${def.max}${unitZh}。`, `must be at most ${def.max}${unitEn ? ` ${unitEn}` : ''}.`);
  return null;
}

/** Every problem of a set of values: unknown elements, values of elements that do not apply, missing required ones. */
export function elementProblems(schema: ElementSchema, values: ElementValues): ElementProblem[] {
  const problems: ElementProblem[] = [];
  for (const key of Object.keys(values)) {
    const def = elementOf(schema, key);
    if (!def) problems.push({ element: key, code: 'ELEMENT_UNKNOWN', message: bi(`“${schema.label['zh-CN']}”没有要素“${key}”。`, `"${schema.label.en}" has no element "${key}".`) });
    else if (!applies(def, values)) problems.push(problem(def, 'ELEMENT_NOT_APPLICABLE', `仅在“${elementOf(schema, def.when!.element)?.label['zh-CN'] ?? def.when!.element}”为相应选项时填写，请删除。`, `applies only when "${elementOf(schema, def.when!.element)?.label.en ?? def.when!.element}" has the matching answer; remove it.`));
    else {
      const p = valueProblem(def, values[key]!);
      if (p) problems.push(p);
    }
  }
  for (const def of elementsOf(schema)) {
    if (def.required && applies(def, values) && values[def.key] === undefined) problems.push(problem(def, 'ELEMENT_REQUIRED', '为必填要素，请填写。', 'is required; fill it in.'));
  }
  if (problems.length) return problems;
  return schema.checks.flatMap((c) => checkProblem(schema, c, values) ?? []);
}

function checkProblem(schema: ElementSchema, c: ElementSchema['checks'][number], values: ElementValues): ElementProblem | null {
  if (c.kind === 'dateNotBefore') {
    const later = values[c.later];
    const earlier = values[c.earlier];
    if (typeof later !== 'string' || typeof earlier !== 'string' || later >= earlier) return null;
    const e = elementOf(schema, c.earlier)!;
    return problem(elementOf(schema, c.later)!, 'ELEMENT_DATE_ORDER', `不能早于“${e.label['zh-CN']}”（${earlier}）。`, `cannot be before "${e.label.en}" (${earlier}).`);
  }
  const part = values[c.part];
  const whole = values[c.whole];
  if (typeof part !== 'string' || typeof whole !== 'string' || fen(part) <= fen(whole)) return null;
  const w = elementOf(schema, c.whole)!;
  return problem(elementOf(schema, c.part)!, 'ELEMENT_AMOUNT_EXCEEDS', `不能超过“${w.label['zh-CN']}”（${whole}元）。`, `cannot exceed "${w.label.en}" (${whole} yuan).`);
}

function fen(yuan: string): bigint {
  const [whole, cents = ''] = yuan.split('.');
  return BigInt(whole!) * 100n + BigInt(cents.padEnd(2, '0'));
}

/** Refuses values with problems (422 ELEMENT_INVALID, the first problem's element as the field, all problems listed). */
export function assertElements(schema: ElementSchema, values: ElementValues, fieldPrefix = '/elements/values'): void {
  const problems = elementProblems(schema, values);
  const first = problems[0];
  if (!first) return;
  throw new DomainError('ELEMENT_INVALID', 'invalid', first.message, { field: `${fieldPrefix}/${first.element}`, element: first.element, problems });
}
