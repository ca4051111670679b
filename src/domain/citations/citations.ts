// Citation keys of domain/rules.md §0 ('CPL-2023 art 85 para 3') rendered as a court writes them
// ('《民事诉讼法》第八十五条第三款') and in English ('Civil Procedure Law, art. 85, para. 3'), and Chinese citations read back
// into keys, so a trace carries the same source in both languages.
import type { BilingualMessage } from '../errors/domainError';
import { chineseNumeral, parseChineseNumeral } from './chineseNumerals';

export type Bilingual = BilingualMessage;

/** Every source key of rules.md §0 that the domain cites: the short title a judgment uses, and its English name. */
export const CITATION_SOURCES: Readonly<Record<string, BilingualMessage>> = {
  'CPL-2023': { 'zh-CN': '民事诉讼法', en: 'Civil Procedure Law' },
  'CPL-2021': { 'zh-CN': '民事诉讼法（2021年修正）', en: 'Civil Procedure Law (2021)' },
  'CPL-2017': { 'zh-CN': '民事诉讼法（2017年修正）', en: 'Civil Procedure Law (2017)' },
  'CPL-Interp': { 'zh-CN': '民诉法解释', en: 'SPC Interpretation of the Civil Procedure Law' },
  CIVILCODE: { 'zh-CN': '民法典', en: 'Civil Code' },
  FEE: { 'zh-CN': '诉讼费用交纳办法', en: 'Measures on the Payment of Litigation Costs' },
  'TL-2000': { 'zh-CN': '审限规定', en: 'SPC Provisions on Trial Time Limits' },
  'EXT-2018': { 'zh-CN': '延长审限和延期开庭规定', en: 'SPC Provisions on Extending Trial Limits and Postponing Hearings' },
  'EXEC-TL': { 'zh-CN': '执行期限规定', en: 'SPC Provisions on Time Limits in Execution' },
  'EXEC-Interp': { 'zh-CN': '执行程序解释', en: 'SPC Interpretation on Execution Procedure' },
  'EXEC-OBJ': { 'zh-CN': '执行异议和复议规定', en: 'SPC Provisions on Execution Objections and Reviews' },
  'EXEC-SETTLE': { 'zh-CN': '执行和解规定', en: 'SPC Provisions on Execution Settlements' },
  'EXEC-CASES': { 'zh-CN': '执行案件立案、结案若干问题的意见', en: 'SPC Opinions on Registering and Closing Execution Cases' },
  'DELAY-2014': { 'zh-CN': '迟延履行期间债务利息解释', en: 'SPC Interpretation on Interest on Debts during Delayed Performance' },
  FUNDS: { 'zh-CN': '执行款物管理规定', en: 'SPC Provisions on the Management of Execution Funds and Property' },
  DISHONEST: { 'zh-CN': '失信被执行人名单规定', en: 'SPC Provisions on the List of Dishonest Judgment Debtors' },
  CONSUME: { 'zh-CN': '限制被执行人高消费及有关消费规定', en: 'SPC Provisions on Restricting High and Related Consumption by Judgment Debtors' },
  'CONSUME-2010': { 'zh-CN': '限制被执行人高消费规定', en: 'SPC Provisions on Restricting High Consumption by Judgment Debtors (2010)' },
  ZHONGBEN: { 'zh-CN': '终结本次执行程序规定', en: 'SPC Provisions on Ending the Current Round of Execution' },
  ALL: { 'zh-CN': '行政诉讼法', en: 'Administrative Litigation Law' },
  'ALL-Interp': { 'zh-CN': '行诉法解释', en: 'SPC Interpretation of the Administrative Litigation Law' },
  CrPL: { 'zh-CN': '刑事诉讼法', en: 'Criminal Procedure Law' },
  CrL: { 'zh-CN': '刑法', en: 'Criminal Law' },
  'CrPL-Interp': { 'zh-CN': '刑诉法解释', en: 'SPC Interpretation of the Criminal Procedure Law' },
  FILING: { 'zh-CN': '登记立案规定', en: 'SPC Provisions on Case Registration' },
  'ONLINE-MED': { 'zh-CN': '人民法院在线调解规则', en: 'Online Mediation Rules of the People’s Courts' },
  'ONLINE-LIT': { 'zh-CN': '人民法院在线诉讼规则', en: 'Online Litigation Rules of the People’s Courts' },
  POST: { 'zh-CN': '法院专递送达规定', en: 'SPC Provisions on Service by Court Express Mail' },
  'CONFIRM-2011': { 'zh-CN': '人民调解协议司法确认程序规定', en: 'SPC Provisions on Judicial Confirmation of Mediation Agreements' },
  RECUSAL: { 'zh-CN': '回避规定', en: 'SPC Provisions on Recusal' },
  'ASSET-INV': { 'zh-CN': '财产调查规定', en: 'SPC Provisions on Property Investigation in Execution' },
  'NET-FREEZE': { 'zh-CN': '网络查询冻结存款规定', en: 'SPC Provisions on Online Inquiry and Freezing of Deposits' },
  ORG: { 'zh-CN': '人民法院组织法', en: 'Organic Law of the People’s Courts' },
  HOLIDAY: { 'zh-CN': '全国年节及纪念日放假办法', en: 'Measures on National Holidays' },
  CASENO: { 'zh-CN': '关于人民法院案件案号的若干规定', en: 'SPC Provisions on Case Numbers' },
  'SERVICE-2017': { 'zh-CN': '关于进一步加强民事送达工作的若干意见', en: 'SPC Opinions on Civil Service of Documents' },
};

const KEY_BY_NAME = new Map(Object.entries(CITATION_SOURCES).map(([k, v]) => [v['zh-CN'], k] as const));
// Longest first, so '民事诉讼法（2021年修正）' wins over '民事诉讼法'.
const NAMES_BY_LENGTH = [...KEY_BY_NAME.keys()].sort((a, b) => b.length - a.length);

interface Article {
  article: number;
  paragraph?: number;
  item?: number;
  /** A numbered point inside an item: 'FEE art 13(2)1' (第十三条第二项第一目). */
  point?: number;
}

/** The article part of a key: 'art 85', 'art 85 para 3', 'art 9(6)', 'arts 128, 285', 'arts 201–202'; null if not one. */
function parseArticles(spec: string): { articles: Article[]; range: boolean } | null {
  const one = /^(\d+)(?: para (\d+))?(?:\((\d+)\)(\d+)?)?$/;
  const art = (s: string): Article | null => {
    const m = one.exec(s.trim());
    return m ? { article: Number(m[1]), ...(m[2] ? { paragraph: Number(m[2]) } : {}), ...(m[3] ? { item: Number(m[3]) } : {}), ...(m[4] ? { point: Number(m[4]) } : {}) } : null;
  };
  let m = /^art (.+)$/.exec(spec);
  if (m) {
    const a = art(m[1]!);
    return a ? { articles: [a], range: false } : null;
  }
  m = /^arts (\d+)[–-](\d+)$/.exec(spec);
  if (m) return { articles: [{ article: Number(m[1]) }, { article: Number(m[2]) }], range: true };
  m = /^arts (.+)$/.exec(spec);
  if (!m) return null;
  const list = m[1]!.split(',').map(art);
  return list.every((a) => a !== null) ? { articles: list as Article[], range: false } : null;
}

function articleZh(a: Article): string {
  return `第${chineseNumeral(a.article)}条${a.paragraph ? `第${chineseNumeral(a.paragraph)}款` : ''}${a.item ? `第${chineseNumeral(a.item)}项` : ''}${a.point ? `第${chineseNumeral(a.point)}目` : ''}`;
}

// A paragraph is spelled out ('art. 85, para. 3') so that it never reads like an item ('art. 9(6)').
function articleEn(a: Article): string {
  return `${a.article}${a.paragraph ? `, para. ${a.paragraph}` : ''}${a.item ? `(${a.item})` : ''}${a.point ?? ''}`;
}

/** One key ('CPL-2023 art 85 para 3') in both languages, or null when its source or article part is not known. */
export function formatCitationKey(key: string): BilingualMessage | null {
  const m = /^(\S+)(?: (.+))?$/.exec(key.trim());
  const source = m ? CITATION_SOURCES[m[1]!] : undefined;
  if (!m || source === undefined) return null;
  const zhName = `《${source['zh-CN']}》`;
  if (m[2] === undefined) return { 'zh-CN': zhName, en: source.en };
  const parsed = parseArticles(m[2]);
  if (parsed === null) return null;
  const { articles, range } = parsed;
  if (range) {
    return { 'zh-CN': `${zhName}第${chineseNumeral(articles[0]!.article)}条至第${chineseNumeral(articles[1]!.article)}条`, en: `${source.en}, arts. ${articles[0]!.article}–${articles[1]!.article}` };
  }
  return {
    'zh-CN': zhName + articles.map(articleZh).join('、'),
    en: `${source.en}, ${articles.length > 1 ? 'arts.' : 'art.'} ${articles.map(articleEn).join(', ')}`,
  };
}

/** A Chinese citation such as '《民诉法解释》第一百三十五条' or '民事诉讼法第85条第3款' as its key, or null if not recognised. */
export function citationKeyFromZh(zh: string): string | null {
  const bare = zh.replace(/^《([^》]+)》/, '$1');
  const name = NAMES_BY_LENGTH.find((n) => bare.startsWith(n));
  if (name === undefined) return null;
  const m = /^第([0-9一二三四五六七八九十百千零〇]+)条(?:第([0-9一二三四五六七八九十百千零〇]+)款)?$/.exec(bare.slice(name.length));
  if (!m) return null;
  const n = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s));
  const article = n(m[1]!);
  const paragraph = m[2] ? n(m[2]) : null;
  if (article === null || (m[2] && paragraph === null)) return null;
  return `${KEY_BY_NAME.get(name)} art ${article}${paragraph ? ` para ${paragraph}` : ''}`;
}

/** The key form of a citation given either as a key ('CPL-Interp art 135') or in Chinese ('《民诉法解释》第一百三十五条'). */
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
  const parts = keys.map((k) => formatCitationKey(k) ?? { 'zh-CN': k, en: k });
  const label = { 'zh-CN': parts.map((p) => p['zh-CN']).join('；'), en: parts.map((p) => p.en).join('; ') };
  if (labels.size < 1000) labels.set(source, label);
  return { ...label };
}

/** A citation in one language, for the UI: `formatCitation('CPL-2023 art 85 para 3', 'zh-CN')` = 《民事诉讼法》第八十五条第三款. */
export function formatCitation(source: string, lang: keyof BilingualMessage): string {
  return citationLabel(source)[lang];
}

/** A citation as a Chinese message writes it: `citeZh('CPL-2023 art 122')` = 《民事诉讼法》第一百二十二条. */
export function citeZh(source: string): string {
  return citationLabel(source)['zh-CN'];
}

/**
 * A citation as an English message writes it: `citeEn('CPL-2023 art 122')` = Civil Procedure Law, art. 122. English
 * messages cite through this, never by the key ('CPL-2023 art 122'), which is an identifier, not a citation.
 */
export function citeEn(source: string): string {
  return citationLabel(source).en;
}
