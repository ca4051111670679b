// 判决主文 from the elements: each claim the schema drafts is drafted again from the values the court found; what the
// found values still ask for is ordered, and where they ask for less than the complaint (or for nothing) the rest is
// dismissed. The amounts so compared apportion the fee (FEE art 29).
import type { ElementSchema, ElementValues } from '../elements/elementSchema';
import { chineseNumeral } from '../citations/chineseNumerals';

export interface DecreeItem {
  claim: string;
  text: string;
}

const FIRST_AMOUNT = /(\d{1,3}(?:,\d{3})*\.\d{2})元/;

/** The first amount of a drafted claim in fen (a claim without one counts 0) [U: interest running on is not counted]. */
export function amountOfClaim(text: string | null): bigint {
  const m = text ? FIRST_AMOUNT.exec(text) : null;
  if (!m) return 0n;
  const [whole, cents] = m[1]!.replace(/,/g, '').split('.');
  return BigInt(whole!) * 100n + BigInt(cents!);
}

/** A drafted claim ("判令被告偿还…") as an order to the named parties ("被告李四于本判决生效之日起十日内向原告张三偿还…"). */
function asOrder(claim: string, plaintiffs: string, defendants: string): string {
  const rest = claim.replace(/^判令/, '');
  if (rest.startsWith('被告')) return `被告${defendants}于本判决生效之日起十日内向原告${plaintiffs}${rest.slice(2)}`;
  if (rest.startsWith('原告')) return `原告${plaintiffs}${rest.slice(2)}`;
  return rest;
}

export function decreeItems(o: { schema: ElementSchema; complaint: ElementValues; found: ElementValues; plaintiffs: string; defendants: string }): { items: DecreeItem[]; partial: boolean; claimedFen: bigint; awardedFen: bigint } {
  const items: DecreeItem[] = [];
  let partial = false;
  let claimedFen = 0n;
  let awardedFen = 0n;
  for (const c of o.schema.claims) {
    // The fee is decided in its own paragraph, not ordered as a claim.
    if (c.key === 'costs') continue;
    const asked = c.draft(o.complaint);
    const granted = c.draft(o.found);
    claimedFen += amountOfClaim(asked);
    awardedFen += amountOfClaim(granted);
    if (asked !== granted) partial = true;
    if (granted) items.push({ claim: c.key, text: asOrder(granted, o.plaintiffs, o.defendants) });
  }
  return { items, partial, claimedFen, awardedFen };
}

/** 一、…；二、…；三、驳回原告张三的其他诉讼请求。 */
export function numberedDecree(items: readonly DecreeItem[], dismissRestOf: string | null): string[] {
  const lines = items.map((i) => i.text);
  if (dismissRestOf !== null) lines.push(items.length ? `驳回原告${dismissRestOf}的其他诉讼请求` : `驳回原告${dismissRestOf}的诉讼请求`);
  return lines.map((l, i) => `${chineseNumeral(i + 1)}、${l}${i === lines.length - 1 ? '。' : '；'}`);
}
