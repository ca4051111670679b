// The timeline entries of staff arranging the dossier, and which of them only the court's staff may read.
import type { BilingualMessage } from '../errors/domainError';

export const DOSSIER_EVENT_LABELS: Record<string, BilingualMessage> = {
  dossierItemMoved: { 'zh-CN': '调整卷宗材料类目', en: 'Dossier item moved' },
  dossierItemReordered: { 'zh-CN': '调整卷宗材料顺序', en: 'Dossier item reordered' },
  dossierItemRenamed: { 'zh-CN': '修改卷宗材料名称', en: 'Dossier item renamed' },
  dossierItemsFiled: { 'zh-CN': '材料扫描入卷', en: 'Materials filed into the dossier' },
  dossierItemSplit: { 'zh-CN': '拆分批量扫描件', en: 'Batch scan split into items' },
  dossierArchivePackaged: { 'zh-CN': '归档包已生成', en: 'Archive package built' },
};

/** An entry about a 副卷 item (moved into or out of it, reordered or renamed there) tells of the 副卷: staff only. */
export function isSecondaryVolumeEntry(event: string, payload: unknown): boolean {
  if (!Object.hasOwn(DOSSIER_EVENT_LABELS, event) || typeof payload !== 'object' || payload === null) return false;
  const p = payload as { fromVolume?: string; toVolume?: string; volume?: string };
  return p.fromVolume === 'secondary' || p.toVolume === 'secondary' || p.volume === 'secondary';
}
