// The element trial's lines for a hearing record's first draft: the undisputed facts to confirm and the issues in
// dispute with each party's position (a TranscriptSkeletonSource, listed by the composition root).
import type { Queryable } from '../../db/database';
import { elementDisputes, hearingOutline } from '../../../domain/elements/elementDisputes';
import { loadAnswers, loadComplaintElements } from './caseElements';

export async function elementTranscriptLines(q: Queryable, o: { caseId: number }): Promise<{ disputes?: string[] }> {
  const stored = await loadComplaintElements(q, o.caseId);
  if (!stored) return {};
  const outline = hearingOutline(stored.schema, elementDisputes(stored.schema, stored.values, await loadAnswers(q, o.caseId)));
  const lines: string[] = [];
  if (outline.undisputed.length) {
    lines.push('审判员：以下要素双方无争议，当庭予以确认：');
    outline.undisputed.forEach((u, i) => lines.push(`${i + 1}. ${u.label['zh-CN']}：${u.value['zh-CN']}`));
  }
  for (const issue of outline.issues) {
    lines.push(issue.title['zh-CN']);
    for (const e of issue.elements) lines.push(`  ${e.label['zh-CN']}：${e.text['zh-CN']}`);
  }
  return lines.length ? { disputes: lines } : {};
}
