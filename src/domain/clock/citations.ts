// Citation keys of domain/rules.md §0 ('CPL-2023 art 85 para 3') rendered in Chinese ('民事诉讼法第85条第3款'),
// and Chinese citations read back into keys, so a trace carries the same source in both languages.
import type { BilingualMessage } from '../errors/domainError';

export type Bilingual = BilingualMessage;

const NAMES: Readonly<Record<string, string>> = {
  'CPL-2023': '民事诉讼法',
  'CPL-2021': '民事诉讼法（2021年修正）',
  'CPL-2017': '民事诉讼法（2017年修正）',
  'CPL-Interp': '民诉法解释',
  CIVILCODE: '民法典',
  FEE: '诉讼费用交纳办法',
  'TL-2000': '审限规定',
  'EXT-2018': '延长审限和延期开庭规定',
  'EXEC-TL': '执行期限规定',
  'EXEC-Interp': '执行程序解释',
  ALL: '行政诉讼法',
  'ALL-Interp': '行诉法解释',
  CrPL: '刑事诉讼法',
  'CrPL-Interp': '刑诉法解释',
  FILING: '登记立案规定',
  'ONLINE-MED': '在线调解规则',
  'ONLINE-LIT': '在线诉讼规则',
  HOLIDAY: '全国年节及纪念日放假办法',
};

const KEY_BY_NAME = new Map(Object.entries(NAMES).map(([k, v]) => [v, k] as const));
// Longest first, so '民事诉讼法（2021年修正）' wins over '民事诉讼法'.
const NAMES_BY_LENGTH = [...KEY_BY_NAME.keys()].sort((a, b) => b.length - a.length);

/** 'art 85' → 第85条; 'art 85 para 3' → 第85条第3款; 'art 9(6)' → 第9条第6项; 'arts 128, 285' → 第128条、第285条; 'arts 201–202' → 第201—202条. */
function articlesZh(spec: string): string | null {
  let m = /^art (\d+)(?: para (\d+))?(?:\((\d+)\))?$/.exec(spec);
  if (m) return `第${m[1]}条${m[2] ? `第${m[2]}款` : ''}${m[3] ? `第${m[3]}项` : ''}`;
  m = /^arts (\d+)[–-](\d+)$/.exec(spec);
  if (m) return `第${m[1]}—${m[2]}条`;
  m = /^arts (\d+(?:, \d+)+)$/.exec(spec);
  if (m) return m[1]!.split(', ').map((n) => `第${n}条`).join('、');
  return null;
}

function oneZh(citation: string): string {
  const m = /^(\S+)(?: (.+))?$/.exec(citation.trim());
  const name = m ? NAMES[m[1]!] : undefined;
  if (!m || name === undefined) return citation;
  if (m[2] === undefined) return name;
  const arts = articlesZh(m[2]);
  return arts === null ? `${name} ${m[2]}` : `${name}${arts}`;
}

/** A Chinese citation such as '民诉法解释第135条' or '民事诉讼法第85条第3款' as its key, or null if not recognised. */
export function citationKeyFromZh(zh: string): string | null {
  const name = NAMES_BY_LENGTH.find((n) => zh.startsWith(n));
  if (name === undefined) return null;
  const m = /^第(\d+)条(?:第(\d+)款)?$/.exec(zh.slice(name.length));
  if (!m) return null;
  return `${KEY_BY_NAME.get(name)} art ${m[1]}${m[2] ? ` para ${m[2]}` : ''}`;
}

/** The key form of a citation given either as a key ('CPL-Interp art 135') or in Chinese ('民诉法解释第135条'). */
export function normalizeCitation(source: string): string {
  return citationKeyFromZh(source.trim()) ?? source.trim();
}

// Traces are built by the million (recomputations, benchmarks) from a few dozen citations.
const labels = new Map<string, BilingualMessage>();

/** A citation (or several, separated by '; ') in both languages. Unknown citations are shown as given. */
export function citationLabel(source: string): BilingualMessage {
  const hit = labels.get(source);
  if (hit) return { ...hit };
  const keys = source.split(/;\s*/).map(normalizeCitation).filter(Boolean);
  const label = { 'zh-CN': keys.map(oneZh).join('；'), en: keys.join('; ') };
  if (labels.size < 1000) labels.set(source, label);
  return { ...label };
}
