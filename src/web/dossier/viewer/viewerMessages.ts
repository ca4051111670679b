// UI strings of the dossier's reading pane (阅卷): catalogue, pages, find, notes and bookmarks.
import { useI18n } from '../../i18n/i18n';

export const viewerMessages = {
  'viewer.title': { 'zh-CN': '阅卷', en: 'Read the dossier' },
  'viewer.open': { 'zh-CN': '阅卷', en: 'Read' },
  'viewer.openItem': { 'zh-CN': '阅览', en: 'View' },
  'viewer.backToCase': { 'zh-CN': '返回案件', en: 'Back to the case' },
  'viewer.catalogue': { 'zh-CN': '卷宗目录', en: 'Catalogue' },
  'viewer.noItems': { 'zh-CN': '卷宗中尚无材料。', en: 'The dossier has no items yet.' },
  'viewer.pageOf': { 'zh-CN': '第{page}页 / 共{count}页', en: 'Page {page} of {count}' },
  'viewer.pageOfUnknown': { 'zh-CN': '第{page}页', en: 'Page {page}' },
  'viewer.prevPage': { 'zh-CN': '上一页', en: 'Previous page' },
  'viewer.nextPage': { 'zh-CN': '下一页', en: 'Next page' },
  'viewer.prevItem': { 'zh-CN': '上一份材料', en: 'Previous item' },
  'viewer.nextItem': { 'zh-CN': '下一份材料', en: 'Next item' },
  'viewer.zoomIn': { 'zh-CN': '放大', en: 'Zoom in' },
  'viewer.zoomOut': { 'zh-CN': '缩小', en: 'Zoom out' },
  'viewer.fitWidth': { 'zh-CN': '适合宽度', en: 'Fit width' },
  'viewer.download': { 'zh-CN': '下载本材料', en: 'Download this item' },
  'viewer.thumbnails': { 'zh-CN': '缩略图', en: 'Thumbnails' },
  'viewer.loading': { 'zh-CN': '正在加载…', en: 'Loading…' },
  'viewer.renderFailed': { 'zh-CN': '无法显示此文件，请下载后查看。', en: 'This file cannot be shown here; download it to read it.' },
  'viewer.notShowable': { 'zh-CN': '浏览器无法直接显示此类文件（{type}），请下载后查看；下方为识别出的文字。', en: 'The browser cannot show this kind of file ({type}); download it. The recognised text is below.' },
  'viewer.pagesPending': { 'zh-CN': '页面文字识别中（{done}/{total}），完成后可查找。', en: 'Reading the pages ({done}/{total}); find works once done.' },
  'viewer.find': { 'zh-CN': '查找', en: 'Find' },
  'viewer.findPlaceholder': { 'zh-CN': '在本材料中查找文字', en: 'Find text in this item' },
  'viewer.findAll': { 'zh-CN': '在全部材料中查找', en: 'Find in all items' },
  'viewer.hits': { 'zh-CN': '共{n}处', en: '{n} hits' },
  'viewer.noHits': { 'zh-CN': '未找到', en: 'Not found' },
  'viewer.hitOnPage': { 'zh-CN': '第{page}页（{n}处）', en: 'p. {page} ({n})' },
  'viewer.notes': { 'zh-CN': '我的批注与书签', en: 'My notes and bookmarks' },
  'viewer.notesPrivate': { 'zh-CN': '仅您本人可见，不属于卷宗，不随卷宗导出。', en: 'Seen by you alone; not part of the dossier, never exported.' },
  'viewer.noNotes': { 'zh-CN': '暂无批注或书签。', en: 'No notes or bookmarks yet.' },
  'viewer.addBookmark': { 'zh-CN': '加书签', en: 'Bookmark' },
  'viewer.removeBookmark': { 'zh-CN': '取消书签', en: 'Remove bookmark' },
  'viewer.addNote': { 'zh-CN': '加批注', en: 'Add a note' },
  'viewer.noteTitle': { 'zh-CN': '第{page}页批注', en: 'Note on page {page}' },
  'viewer.notePlaceholder': { 'zh-CN': '批注内容（仅您本人可见）', en: 'Your note (seen by you alone)' },
  'viewer.edit': { 'zh-CN': '修改', en: 'Edit' },
  'viewer.delete': { 'zh-CN': '删除', en: 'Delete' },
  'viewer.bookmark': { 'zh-CN': '书签', en: 'Bookmark' },
  'viewer.note': { 'zh-CN': '批注', en: 'Note' },
  'viewer.notePage': { 'zh-CN': '{title} · 第{page}页', en: '{title} · p. {page}' },
  'viewer.saved': { 'zh-CN': '已保存', en: 'Saved' },
  'viewer.bookmarked': { 'zh-CN': '已加书签', en: 'Bookmarked' },
  'viewer.deleted': { 'zh-CN': '已删除', en: 'Deleted' },
} as const;

export type ViewerMessage = keyof typeof viewerMessages;
export type ViewerText = (key: ViewerMessage, vars?: Record<string, string | number>) => string;

export function useViewerText(): ViewerText {
  const { pick } = useI18n();
  return (key, vars) => pick(viewerMessages[key]).replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? String(vars[k]) : m));
}
