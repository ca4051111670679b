// Texts of the administrator's dossier-catalogue page (卷宗目录, per case type).
export const catalogueMessages = {
  'menu.adminDossierCatalogues': { 'zh-CN': '卷宗目录', en: 'Dossier catalogues' },
  'catalogue.caseType': { 'zh-CN': '案件类型', en: 'Case type' },
  'catalogue.configured': { 'zh-CN': '已配置', en: 'Configured' },
  'catalogue.default': { 'zh-CN': '默认目录', en: 'Default' },
  'catalogue.main': { 'zh-CN': '正卷', en: 'Main volume (正卷)' },
  'catalogue.secondary': { 'zh-CN': '副卷（固定）', en: 'Internal volume (副卷, fixed)' },
  'catalogue.secondaryNote': {
    'zh-CN': '副卷类目固定不变：合议庭评议笔录、审理报告等内部材料不得移入正卷，当事人查阅卷宗和检索时据此排除副卷。',
    en: 'The 副卷 is fixed: internal papers (deliberations, trial reports…) never move into the 正卷, which is what parties read and search.',
  },
  'catalogue.order': { 'zh-CN': '序号', en: 'No.' },
  'catalogue.title': { 'zh-CN': '类目名称', en: 'Section title' },
  'catalogue.kinds': { 'zh-CN': '自动归入的材料', en: 'Kinds placed here' },
  'catalogue.kindsPlaceholder': { 'zh-CN': '选择材料种类（从其他类目移入）', en: 'Choose kinds (moved from other sections)' },
  'catalogue.generated': { 'zh-CN': '系统生成，不放材料', en: 'Generated; takes no files' },
  'catalogue.up': { 'zh-CN': '上移', en: 'Up' },
  'catalogue.down': { 'zh-CN': '下移', en: 'Down' },
  'catalogue.remove': { 'zh-CN': '删除', en: 'Remove' },
  'catalogue.removeHint': { 'zh-CN': '先把该类目的材料种类移到其他类目，才能删除', en: 'Move its kinds to other sections before removing it' },
  'catalogue.addTitle': { 'zh-CN': '新类目名称', en: 'New section title' },
  'catalogue.add': { 'zh-CN': '添加类目', en: 'Add a section' },
  'catalogue.save': { 'zh-CN': '保存目录', en: 'Save the catalogue' },
  'catalogue.reset': { 'zh-CN': '恢复默认目录', en: 'Back to the default' },
  'catalogue.resetConfirm': { 'zh-CN': '恢复该案件类型的默认卷宗目录？已整理放入自定义类目的材料须先移出。', en: "Return this case type to its default catalogue? Items staff placed in added sections must be moved out first." },
  'catalogue.missing': { 'zh-CN': '以下材料种类尚未归入任何正卷类目：', en: 'These kinds are in no 正卷 section yet:' },
  'catalogue.hint': {
    'zh-CN': '新立案件及未整理的卷宗按此目录自动归档；已整理过的卷宗，材料保留在整理时所在的类目。',
    en: 'New cases and dossiers not yet arranged follow this catalogue; in an arranged dossier, items stay where staff left them.',
  },
  // Kinds of dossier items that are neither an uploaded category nor a generated document (labels for the catalogue and search).
  'kind.hearingRecord': { 'zh-CN': '庭审笔录', en: 'Hearing record' },
  'kind.mediationMaterial': { 'zh-CN': '调解材料', en: 'Mediation material' },
  'kind.signedAgreement': { 'zh-CN': '签署的调解协议', en: 'Signed mediation agreement' },
  'kind.settlementAgreement': { 'zh-CN': '和解协议', en: 'Settlement agreement' },
  'kind.judgment': { 'zh-CN': '判决书', en: 'Judgment' },
  'kind.ruling': { 'zh-CN': '裁定书', en: 'Ruling' },
  'kind.agencyReceipt': { 'zh-CN': '协助执行回执', en: 'Assisting agency receipt' },
  'kind.deliberationRecord': { 'zh-CN': '合议庭评议笔录', en: 'Panel deliberation record' },
  'kind.trialReport': { 'zh-CN': '审理报告', en: 'Trial report' },
  'kind.committeeRecord': { 'zh-CN': '审判委员会讨论记录', en: 'Adjudication committee record' },
  'kind.internalApproval': { 'zh-CN': '内部审批材料', en: 'Internal approval' },
  'kind.internalNote': { 'zh-CN': '其他内部材料', en: 'Internal note' },
} as const;

/** The label keys of those kinds, by kind. */
export const DOSSIER_KIND_KEYS: Readonly<Record<string, keyof typeof catalogueMessages>> = Object.fromEntries(
  Object.keys(catalogueMessages)
    .filter((k) => k.startsWith('kind.'))
    .map((k) => [k.slice('kind.'.length), k as keyof typeof catalogueMessages]),
);
