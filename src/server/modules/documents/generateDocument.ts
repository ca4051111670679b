// Generates one court document from the template in force and the case's data, and files it with the case's
// materials the way an upload is filed: stored by SHA-256 in the blob store, with its integrity-log leaf (the
// receipt). It is made inside the event's transaction: a notice takes a few milliseconds (docs/documents.md).
import { Readable } from 'node:stream';
import { DOCUMENT_TITLES, fillTemplate, type DocumentKind, type TemplateFacts } from '../../../domain/documents/templates';
import { fileEntry } from '../../../domain/transparency/logEntries';
import type { Tx } from '../../db/database';
import { attachments, generatedDocuments } from '../../db/schema';
import type { Deps } from '../../deps';
import type { CaseRow } from '../cases/caseRecord';
import { queuePageReading } from '../filePages/pageStore';
import { queueDocumentPdf } from './renderDocumentPdf';
import { queueEntry } from '../transparency/transparencyLog';
import { DOCX_MIME, renderDocx } from './renderDocx';
import { sealOf } from './courtSeal';
import { templateFor } from './templateStore';

export interface GeneratedDocument {
  attachmentId: number;
  kind: DocumentKind;
  fileName: string;
  partyId: number | null;
}

/** Stores bytes the court produced as a material of the case, with its receipt; returns the attachment's id. */
export async function fileCourtDocument(tx: Tx, deps: Deps, o: { caseId: number; by: number; fileName: string; mimeType: string; content: Buffer; category: string }): Promise<number> {
  const staged = await deps.blobs.stage(Readable.from([o.content]), Number.MAX_SAFE_INTEGER);
  await staged.keep();
  const row = (
    await tx
      .insert(attachments)
      .values({ caseId: o.caseId, uploadedBy: o.by, fileName: o.fileName, mimeType: o.mimeType, sizeBytes: staged.size, sha256: staged.sha256, storageKey: staged.key, category: o.category })
      .returning()
  )[0]!;
  await queueEntry(tx, 'caseFile', row.id, fileEntry({ ...row, caseId: o.caseId }));
  // Its pages are read like an upload's (page numbers in the dossier, search): a generated DOCX as its printable PDF.
  if (deps.config.readGeneratedDocuments) await (o.mimeType === DOCX_MIME ? queueDocumentPdf(tx, row.id, o.by) : queuePageReading(tx, row.id, o.by));
  return row.id;
}

export async function generateDocument(
  tx: Tx,
  deps: Deps,
  o: { case: CaseRow; kind: DocumentKind; facts: TemplateFacts; partyId: number | null; recipientName?: string | undefined; by: number },
): Promise<GeneratedDocument> {
  const c = o.case;
  const template = await templateFor(tx, c.courtId, c.caseType, o.kind);
  const filled = fillTemplate(template, o.facts);
  const courtName = o.facts.courtName ?? '';
  const content = await renderDocx({ courtName, title: filled.title, paragraphs: filled.paragraphs, seal: await sealOf(tx, deps, c.courtId) });
  const label = DOCUMENT_TITLES[o.kind]['zh-CN'];
  const fileName = `${label}${o.recipientName ? `（${o.recipientName}）` : ''}${c.caseNumber ? `-${c.caseNumber}` : ''}.docx`;
  const attachmentId = await fileCourtDocument(tx, deps, { caseId: c.id, by: o.by, fileName, mimeType: DOCX_MIME, content, category: o.kind });
  await tx.insert(generatedDocuments).values({ attachmentId, caseId: c.id, kind: o.kind, partyId: o.partyId, courtName, title: filled.title, paragraphs: filled.paragraphs });
  return { attachmentId, kind: o.kind, fileName, partyId: o.partyId };
}
