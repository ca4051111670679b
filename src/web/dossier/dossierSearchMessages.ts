// UI strings of 卷宗检索 (the search page and the search box of the case's 电子卷宗 tab), read with `useSearchText`.
import { useI18n } from '../i18n/i18n';

export const dossierSearchMessages = {
  'search.title': { 'zh-CN': '卷宗检索', en: 'Dossier search' },
  'search.placeholder': { 'zh-CN': '输入检索词，多个词用空格分隔；"加引号"按整句检索', en: 'Words separated by spaces; "quote" an exact phrase' },
  'search.inCase': { 'zh-CN': '在本案卷宗中检索', en: 'Search this dossier' },
  'search.hint': { 'zh-CN': '检索范围：您有权查看的案件卷宗（副卷仅本院工作人员可检索）。', en: 'Searches the dossiers you may see (the secondary volume for the court’s own staff only).' },
  'search.court': { 'zh-CN': '法院', en: 'Court' },
  'search.caseType': { 'zh-CN': '案件类型', en: 'Case type' },
  'search.year': { 'zh-CN': '年度', en: 'Year' },
  'search.kind': { 'zh-CN': '材料类型', en: 'Document kind' },
  'search.sort': { 'zh-CN': '排序', en: 'Sort' },
  'search.sortAdded': { 'zh-CN': '最新材料在前', en: 'Newest items first' },
  'search.sortRelevance': { 'zh-CN': '按相关度', en: 'By relevance' },
  'search.sortCase': { 'zh-CN': '按案件、材料、页码', en: 'By case, item, page' },
  'search.total': { 'zh-CN': '共 {n} 处命中', en: '{n} hits' },
  'search.totalAtLeast': { 'zh-CN': '超过 {n} 处命中，请缩小范围', en: 'More than {n} hits: narrow the search' },
  'search.none': { 'zh-CN': '没有找到包含这些文字的卷宗页面', en: 'No dossier page holds these words' },
  'search.page': { 'zh-CN': '第{n}页', en: 'p. {n}' },
  'search.secondary': { 'zh-CN': '副卷', en: 'Secondary' },
  'search.main': { 'zh-CN': '正卷', en: 'Main' },
  'search.ocr': { 'zh-CN': 'OCR识别', en: 'OCR' },
  'search.open': { 'zh-CN': '在阅卷中打开', en: 'Open in the viewer' },
  'search.unnumbered': { 'zh-CN': '待编号', en: 'not yet numbered' },
  'search.clear': { 'zh-CN': '清除', en: 'Clear' },
} as const;

export type SearchMessage = keyof typeof dossierSearchMessages;

export function useSearchText(): (key: SearchMessage, vars?: Record<string, string | number>) => string {
  const { pick } = useI18n();
  return (key, vars) => pick(dossierSearchMessages[key]).replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? String(vars[k]) : m));
}
