// Element values as words: for the forms, the dispute list, the hearing outline and the drafts of claims and facts.
import { chineseDate } from '../documents/templates';
import { applies, elementsOf, type ElementDef, type ElementSchema, type ElementValue, type ElementValues } from './elementSchema';

export type Lang = 'zh-CN' | 'en';

/** 2024-03-01 → 2024年3月1日 (as the court's documents write dates). */
export { chineseDate };

/** Groups the integer part by thousands: 1234567.5 → 1,234,567.50 (the amount as a complaint writes it). */
export function groupedYuan(yuan: string): string {
  const [whole, cents = ''] = yuan.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents.padEnd(2, '0')}`;
}

const RATE_BASIS = { year: { 'zh-CN': '年利率', en: 'per year' }, month: { 'zh-CN': '月利率', en: 'per month' }, day: { 'zh-CN': '日利率', en: 'per day' } } as const;

export function formatElementValue(def: ElementDef, value: ElementValue, lang: Lang = 'zh-CN'): string {
  const zh = lang === 'zh-CN';
  switch (def.type) {
    case 'amount':
      return zh ? `${groupedYuan(String(value))}元` : `${groupedYuan(String(value))} yuan`;
    case 'rate': {
      const basis = RATE_BASIS[def.rateBasis ?? 'year'];
      return zh ? `${basis['zh-CN']}${String(value)}%` : `${String(value)}% ${basis.en}`;
    }
    case 'date':
      return zh ? chineseDate(String(value)) : String(value);
    case 'boolean':
      return value ? (zh ? '是' : 'yes') : zh ? '否' : 'no';
    case 'choice':
      return def.options?.find((o) => o.key === value)?.label[lang] ?? String(value);
    default:
      return String(value);
  }
}

/** The claims the elements ask for, as sentences of the complaint (the filer may edit them). */
export function draftClaims(schema: ElementSchema, values: ElementValues): string[] {
  return schema.claims.flatMap((c) => c.draft(values) ?? []);
}

/** The facts as the elements state them, one line per section, for the complaint's 事实与理由. */
export function draftFacts(schema: ElementSchema, values: ElementValues, lang: Lang = 'zh-CN'): string {
  const lines: string[] = [];
  for (const section of schema.sections) {
    const stated = section.elements.filter((e) => applies(e, values) && values[e.key] !== undefined);
    if (!stated.length) continue;
    const parts = stated.map((e) => `${e.label[lang]}${lang === 'zh-CN' ? '：' : ': '}${formatElementValue(e, values[e.key]!, lang)}`);
    lines.push(`${section.label[lang]}${lang === 'zh-CN' ? '——' : ' — '}${parts.join(lang === 'zh-CN' ? '；' : '; ')}${lang === 'zh-CN' ? '。' : '.'}`);
  }
  return lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
}

/** The value of an element in a claim sentence, or null when the element was not stated. */
export function stated(schema: ElementSchema, values: ElementValues, key: string): string | null {
  const def = elementsOf(schema).find((e) => e.key === key);
  const v = values[key];
  return def && v !== undefined && applies(def, values) ? formatElementValue(def, v) : null;
}
