// Pre-2016 numbers: "（2015）朝民初字第12345号" = year, court abbreviation, type, "字第", serial (CJO; CASENO
// ended 字第 from 2016-01-01). Courts chose their own abbreviations, so the split is a heuristic.

// The case categories a pre-2016 type began with: 民事, 刑事, 行政, 执行, 赔偿 (incl. 法赔/委赔 via step 1).
const CATEGORY_CHARS = new Set(['民', '刑', '行', '执', '赔']);

export interface LegacyHead {
  prefix: string;
  typeCode: string;
}

/**
 * Splits the text between the year and 字第 into court abbreviation and type:
 * 1. the longest known 类型代字 that ends the text (朝民初 → 朝 + 民初; 民申 → '' + 民申, the SPC used no prefix);
 * 2. else the type starts at the first category character 民/刑/行/执/赔, which the court's own numbering
 *    put after the abbreviation (长民一初 → 长 + 民一初; 沪一中民四（商）终 → 沪一中 + 民四（商）终; 民提 → '' + 民提);
 * 3. else the first character is the abbreviation (most were one character) and the rest is the type.
 * Known misses: an abbreviation containing a category character with an unknown type (行唐民一初 → '' + 行唐民一初)
 * and types without one (浙杭商终 → 浙 + 杭商终). The whole number text is kept anyway, so search is unaffected.
 */
export function splitLegacyHead(head: string, typeCodes: ReadonlySet<string>): LegacyHead {
  const chars = [...head];
  for (let i = 0; i < chars.length; i++) {
    const tail = chars.slice(i).join('');
    if (typeCodes.has(tail)) return { prefix: chars.slice(0, i).join(''), typeCode: tail };
  }
  const category = chars.findIndex((c) => CATEGORY_CHARS.has(c));
  if (category >= 0) return { prefix: chars.slice(0, category).join(''), typeCode: chars.slice(category).join('') };
  if (chars.length === 1) return { prefix: '', typeCode: head };
  return { prefix: chars[0]!, typeCode: chars.slice(1).join('') };
}
