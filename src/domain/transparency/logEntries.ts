// What goes into the log: each entry is the RFC 8785 canonical JSON of a timeline event or of a case file's
// identity and SHA-256 — the exact bytes whose leaf hash the tree holds (see docs/transparency.md).
import canonicalize from 'canonicalize';

export const ENTRY_VERSION = 1;

export interface EventEntry {
  v: typeof ENTRY_VERSION;
  kind: 'caseEvent';
  eventId: number;
  caseId: number;
  seq: number;
  event: string;
  at: string;
  actorId: number | null;
  actorRole: string | null;
  nodeBefore: string | null;
  nodeAfter: string;
  payload: unknown;
}

export interface FileEntry {
  v: typeof ENTRY_VERSION;
  kind: 'caseFile';
  attachmentId: number;
  caseId: number;
  sha256: string;
  sizeBytes: number;
  uploadedAt: string;
}

export type LogEntry = EventEntry | FileEntry;

export function canonicalEntry(e: LogEntry): string {
  const s = canonicalize(e);
  if (s === undefined) throw new Error('entry cannot be serialised');
  return s;
}

export function eventEntry(r: { id: number; caseId: number; seq: number; event: string; at: Date; actorId: number | null; actorRole: string | null; nodeBefore: string | null; nodeAfter: string; payload: unknown }): EventEntry {
  return { v: ENTRY_VERSION, kind: 'caseEvent', eventId: r.id, caseId: r.caseId, seq: r.seq, event: r.event, at: r.at.toISOString(), actorId: r.actorId, actorRole: r.actorRole, nodeBefore: r.nodeBefore, nodeAfter: r.nodeAfter, payload: r.payload };
}

export function fileEntry(r: { id: number; caseId: number; sha256: string; sizeBytes: number; createdAt: Date }): FileEntry {
  return { v: ENTRY_VERSION, kind: 'caseFile', attachmentId: r.id, caseId: r.caseId, sha256: r.sha256, sizeBytes: r.sizeBytes, uploadedAt: r.createdAt.toISOString() };
}
