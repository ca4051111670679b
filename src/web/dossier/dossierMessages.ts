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
  'dossier.fileTitle': { 'zh-CN': '材料入卷（扫描件、笔录等）', en: 'File materials (scans, records…)' },
  'dossier.fileSection': { 'zh-CN': '放入卷宗类目', en: 'Dossier section' },
  'dossier.fileDrop': { 'zh-CN': '点击或拖拽扫描件到此处上传', en: 'Click or drag scans here to upload' },
  'dossier.fileHint': { 'zh-CN': '支持 PDF、JPG、PNG、TIFF 和 Word（DOCX），可多选；上传后在后台拆页并识别文字。', en: 'PDF, JPG, PNG, TIFF and Word (DOCX), several at once; pages are split and read in the background.' },
  'dossier.fileSubmit': { 'zh-CN': '入卷（{n} 份）', en: 'File ({n})' },
  'dossier.filed': { 'zh-CN': '{n} 份材料已入卷，已记入时间轴；正在后台识别页面', en: '{n} file(s) filed and recorded on the timeline; their pages are being read' },
  'dossier.readingQueued': { 'zh-CN': '等待拆页识别', en: 'Waiting to be read' },
  'dossier.readingProgress': { 'zh-CN': '识别中 {read}/{total} 页', en: 'Reading {read}/{total} pages' },
  'dossier.readingDone': { 'zh-CN': '已识别', en: 'Read' },
  'dossier.readingFailed': { 'zh-CN': '识别失败', en: 'Could not be read' },
  'dossier.pagesFailed': { 'zh-CN': '{n} 页识别失败', en: '{n} page(s) failed' },
  'dossier.retry': { 'zh-CN': '重新识别', en: 'Read again' },
  'dossier.split': { 'zh-CN': '拆分', en: 'Split' },
  'dossier.splitTitle': { 'zh-CN': '拆分批量扫描件：{title}', en: 'Split the batch scan: {title}' },
  'dossier.splitExplain': {
    'zh-CN': '共 {pages} 页，识别出 {blanks} 张空白页、{sheets} 张分隔页；以下为建议的拆分，可调整页码、类目和名称，或在某页处“从此页拆开”。未列入任何部分的页（如分隔页）不入卷。',
    en: '{pages} pages; {blanks} blank page(s) and {sheets} separator sheet(s) found. The proposed parts below can be changed, or cut at a page with “Split here”. Pages in no part (such as separators) are left out.',
  },
  'dossier.splitSheet': { 'zh-CN': '分隔页', en: 'separator sheet' },
  'dossier.splitSheetKind': { 'zh-CN': '分隔页：{section}', en: 'separator sheet: {section}' },
  'dossier.splitHere': { 'zh-CN': '从此页拆开', en: 'Split here' },
  'dossier.splitUnordered': { 'zh-CN': '各部分页码须按顺序排列且互不重叠，请调整后再拆分。', en: 'Parts must be in page order and must not overlap; adjust them first.' },
  'dossier.splitWhole': { 'zh-CN': '只有一个部分且包含全部页面：请在某页点“从此页拆开”，或修改页码。', en: 'One part holds every page: use “Split here” on a page, or change the ranges.' },
  'dossier.splitOutOfRange': { 'zh-CN': '页码须在 1 至 {pages} 之间，且起始页不大于结束页。', en: 'Pages must be between 1 and {pages}, each part starting no later than it ends.' },
  'dossier.separatorSheets': { 'zh-CN': '打印分隔页', en: 'Print separator sheets' },
  'dossier.splitPage': { 'zh-CN': '第{n}页', en: 'p. {n}' },
  'dossier.splitBlank': { 'zh-CN': '空白页', en: 'blank' },
  'dossier.splitFrom': { 'zh-CN': '起始页', en: 'From page' },
  'dossier.splitTo': { 'zh-CN': '结束页', en: 'To page' },
  'dossier.splitPartTitle': { 'zh-CN': '材料名称', en: 'Title' },
  'dossier.splitRemove': { 'zh-CN': '删除此部分', en: 'Remove this part' },
  'dossier.splitAdd': { 'zh-CN': '增加一部分', en: 'Add a part' },
  'dossier.splitSubmit': { 'zh-CN': '拆分为 {n} 份材料', en: 'Split into {n} items' },
  'dossier.splitUnit': { 'zh-CN': '份', en: 'parts' },
  'dossier.splitClose': { 'zh-CN': '完成', en: 'Done' },
} as const;

export type DossierMessage = keyof typeof dossierMessages;

/** `t` for the dossier's own strings, with {name} placeholders filled. */
export function useDossierText(): (key: DossierMessage, vars?: Record<string, string | number>) => string {
  const { pick } = useI18n();
  return (key, vars) => pick(dossierMessages[key]).replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? String(vars[k]) : m));
}
