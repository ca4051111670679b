// Texts of the administrator's document-template page, and of the dossier-catalogue page (catalogueMessages.ts).
import { catalogueMessages } from './catalogueMessages';

export const documentMessages = {
  ...catalogueMessages,
  'menu.adminDocumentTemplates': { 'zh-CN': '文书模板与院印', en: 'Document templates and seal' },
  'documents.court': { 'zh-CN': '法院', en: 'Court' },
  'documents.caseType': { 'zh-CN': '案件类型', en: 'Case type' },
  'documents.document': { 'zh-CN': '文书', en: 'Document' },
  'documents.title': { 'zh-CN': '标题', en: 'Title' },
  'documents.body': { 'zh-CN': '正文', en: 'Body' },
  'documents.source': { 'zh-CN': '来源', en: 'Source' },
  'documents.source.court': { 'zh-CN': '本院模板', en: "This court's" },
  'documents.source.default': { 'zh-CN': '默认模板', en: 'Default' },
  'documents.source.builtIn': { 'zh-CN': '内置模板', en: 'Built in' },
  'documents.edit': { 'zh-CN': '编辑', en: 'Edit' },
  'documents.fieldsHint': {
    'zh-CN': '正文中以空行分段；{{字段名}} 处填入本案数据，案件尚无的数据显示为 ____。可用字段：',
    en: 'Separate paragraphs by a blank line; {{field}} is filled from the case (____ where the case has no value yet). Fields:',
  },
  'documents.seal': { 'zh-CN': '院印图片', en: 'Seal image' },
  'documents.sealHint': { 'zh-CN': 'PNG 或 JPEG，不超过 1 MB；生成的文书（Word 与 PDF）加盖此印。', en: 'PNG or JPEG, at most 1 MB; put on the generated documents (Word and PDF).' },
  'documents.uploadSeal': { 'zh-CN': '上传院印', en: 'Upload the seal' },
} as const;
