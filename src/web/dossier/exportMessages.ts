// UI strings of the dossier's export (导出整卷) and archive (归档包) controls, kept beside them.
import { useI18n } from '../i18n/i18n';

export const exportMessages = {
  'export.primary': { 'zh-CN': '导出整卷', en: 'Export volume' },
  'export.secondary': { 'zh-CN': '导出副卷', en: 'Export secondary volume' },
  'export.items': { 'zh-CN': '件材料', en: 'items' },
  'export.download': { 'zh-CN': '下载 PDF', en: 'Download PDF' },
  'export.ready': { 'zh-CN': '已生成：共{pages}页，其中{placeholders}件材料以占位页代替', en: 'Ready: {pages} pages; {placeholders} items stand as placeholder pages' },
  'archive.title': { 'zh-CN': '归档', en: 'Archive' },
  'archive.archivedOn': { 'zh-CN': '已于{date}归档', en: 'Archived on {date}' },
  'archive.notArchived': { 'zh-CN': '尚未归档', en: 'Not archived' },
  'archive.build': { 'zh-CN': '生成归档包', en: 'Build archive package' },
  'archive.rebuild': { 'zh-CN': '重新生成归档包', en: 'Build the archive package again' },
  'archive.download': { 'zh-CN': '下载归档包', en: 'Download archive package' },
  'archive.steps': { 'zh-CN': '项', en: 'steps' },
  'archive.hint': {
    'zh-CN': '归档包含正卷、副卷 PDF、全部原件、卷内目录和透明日志存证回执，可离线核验：courtflow verify <归档包.zip> --key <本院公钥>',
    en: 'The package holds the volumes as PDF, every original, the catalogue and the transparency-log receipts; verify it offline: courtflow verify <archive.zip> --key <court key>',
  },
} as const;

export type ExportMessage = keyof typeof exportMessages;

export function useExportText(): (key: ExportMessage, vars?: Record<string, string | number>) => string {
  const { pick } = useI18n();
  return (key, vars) => pick(exportMessages[key]).replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? String(vars[k]) : m));
}
