// The rows of the 证据 tab: one per item of each evidence list a party filed (submitEvidence on the timeline).
import type { TimelineEntry } from '../../contracts/cases';

export interface EvidenceRow {
  key: string;
  party: string;
  at: string;
  isLate: boolean;
  name: string;
  source: string;
  purpose: string;
  pages: number;
  attachmentIds: number[];
}

interface EvidencePayload {
  name?: string;
  isLate?: boolean;
  items?: { name: string; source: string; purpose: string; pages: number; attachmentIds?: number[] }[];
}

export function evidenceRows(entries: readonly TimelineEntry[]): EvidenceRow[] {
  return entries
    .filter((e) => e.event === 'submitEvidence')
    .flatMap((e) => {
      const p = e.payload as EvidencePayload;
      return (p.items ?? []).map((item, i) => ({ key: `${e.seq}-${i}`, party: p.name ?? '', at: e.at, isLate: p.isLate === true, ...item, attachmentIds: item.attachmentIds ?? [] }));
    });
}
