// UI strings of the case page's 电子卷宗 tab: the catalogue tree, page ranges and staff arrangement (kept beside the tab,
// read with `useDossierText`, so the shared messages table stays within its size).
import { useI18n } from '../i18n/i18n';

export const dossierMessages = {
  'dossier.tab': { 'zh-CN': '电子卷宗', en: 'Dossier' },
  'dossier.pages': { 'zh-CN': '第{first}–{last}页', en: 'pp. {first}–{last}' },
  'dossier.pagesUnknown': { 'zh-CN': '页码待定', en: 'pages not yet known' },
  'dossier.volumePages': { 'zh-CN': '共{n}页', en: '{n} pages' },
  'dossier.volumePagesUnknown': { 'zh-CN': '页数待定', en: 'page count not yet known' },
  'dossier.empty': { 'zh-CN': '（无材料）', en: '(no items)' },
  'dossier.up': { 'zh-CN': '上移', en: 'Up' },
  'dossier.down': { 'zh-CN': '下移', en: 'Down' },
  'dossier.rename': { 'zh-CN': '重命名', en: 'Rename' },
  'dossier.renameTitle': { 'zh-CN': '修改材料名称', en: 'Rename the item' },
  'dossier.moveTo': { 'zh-CN': '移至类目', en: 'Move to section' },
  'dossier.saved': { 'zh-CN': '卷宗已调整，已记入时间轴', en: 'Dossier arranged; recorded on the timeline' },
  'dossier.openViewer': { 'zh-CN': '阅卷（目录、翻页、查找、批注）', en: 'Read the dossier (catalogue, pages, find, notes)' },
  'dossier.viewItem': { 'zh-CN': '阅览', en: 'View' },
  'dossier.secondaryNote': { 'zh-CN': '副卷仅本院工作人员可见，当事人及其代理人不可查阅。', en: 'The secondary volume is seen by court staff only, never by parties or their agents.' },
} as const;

export type DossierMessage = keyof typeof dossierMessages;

/** `t` for the dossier's own strings, with {name} placeholders filled. */
export function useDossierText(): (key: DossierMessage, vars?: Record<string, string | number>) => string {
  const { pick } = useI18n();
  return (key, vars) => pick(dossierMessages[key]).replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? String(vars[k]) : m));
}
