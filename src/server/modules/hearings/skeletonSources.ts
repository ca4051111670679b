// Extension points of the record's skeleton: capabilities that know more about a case (its evidence items, the
// disputed elements of its claims) contribute lines to sections of the first draft. The composition root
// (src/server/transcriptSkeletonSources.ts) lists them; this module imports none of them.
import type { TranscriptSectionKey } from '../../../domain/hearings/transcript';
import type { Queryable } from '../../db/database';

export interface TranscriptSkeletonSource {
  /** For the log when a source fails: the draft is written without its lines rather than not at all. */
  name: string;
  contribute(q: Queryable, o: { caseId: number; hearingId: number }): Promise<Partial<Record<TranscriptSectionKey, string[]>>>;
}

/** The lines of every source, merged by section in the sources' order. */
export async function contributionsOf(q: Queryable, sources: readonly TranscriptSkeletonSource[], o: { caseId: number; hearingId: number }, onError: (name: string, e: unknown) => void) {
  const out: Partial<Record<TranscriptSectionKey, string[]>> = {};
  for (const s of sources) {
    let lines: Partial<Record<TranscriptSectionKey, string[]>>;
    try {
      lines = await s.contribute(q, o);
    } catch (e) {
      onError(s.name, e);
      continue;
    }
    for (const [key, more] of Object.entries(lines) as [TranscriptSectionKey, string[]][]) out[key] = [...(out[key] ?? []), ...more];
  }
  return out;
}
