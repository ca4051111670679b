// What an export or an archive package is made of: the case's dossier as arranged (both volumes), each item's stored
// bytes, and each item's PDF form — the PDF rendition kept by page reading (a DOCX's, a generated document's printable
// PDF), else a PDF or an image as it is, a generated notice or judgment drawn again from its text (as
// GET /api/v1/attachments/:id/pdf does), anything else none (a placeholder page says so).
import { sql } from 'drizzle-orm';
import { BlobMissingError } from '../../blobs/blobStore';
import { arrangeDossier } from '../../../domain/dossier/arrangement';
import { loadCatalogue } from '../dossier/catalogueStore';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { sealOf } from '../documents/courtSeal';
import { renderPdf, type PdfFont } from '../documents/renderPdf';
import type { CaseRow } from '../cases/caseRecord';
import { loadDossierItems, type DossierRow } from '../dossier/dossierStore';
import type { Original, VolumeInput, VolumeItem } from './volumePdf';

export type Volume = 'main' | 'secondary';

export const VOLUME_TITLES: Record<Volume, string> = { main: '正卷', secondary: '副卷' };

export interface SourceItem extends DossierRow {
  storageKey: string;
  sizeBytes: number;
  /** The PDF the file is read as (DOCX, generated documents), when page reading made one. */
  renditionKey: string | null;
  generated: { courtName: string; title: string; paragraphs: string[] } | null;
}

export interface CaseDossier {
  courtName: string;
  volumes: { volume: Volume; title: string; sections: { key: string; title: string; items: SourceItem[] }[] }[];
}

/** The whole dossier as arranged (副卷 included: callers decide who gets which volume). */
export async function loadCaseDossier(db: Queryable, c: CaseRow): Promise<CaseDossier> {
  const items = await loadDossierItems(db, c.id);
  const r = await db.execute<{ id: string; storage_key: string; size_bytes: string; rendition_key: string | null; court_name: string | null; title: string | null; paragraphs: string[] | null }>(sql`
    select a.id, a.storage_key, a.size_bytes, s.rendition_key, g.court_name, g.title, g.paragraphs
      from attachments a left join generated_documents g on g.attachment_id = a.id
      left join attachment_page_sets s on s.attachment_id = a.id
     where a.case_id = ${c.id}`);
  const extra = new Map(r.rows.map((x) => [Number(x.id), x]));
  const court = await db.execute<{ name: string }>(sql`select name from courts where id = ${c.courtId}`);
  const full: SourceItem[] = items.map((i) => {
    const x = extra.get(i.id)!;
    return { ...i, storageKey: x.storage_key, sizeBytes: Number(x.size_bytes), renditionKey: x.rendition_key, generated: x.title === null ? null : { courtName: x.court_name!, title: x.title, paragraphs: x.paragraphs ?? [] } };
  });
  return {
    courtName: court.rows[0]?.name ?? '',
    volumes: arrangeDossier(await loadCatalogue(db, c.caseType), full).map((v) => ({
      volume: v.volume,
      title: VOLUME_TITLES[v.volume],
      sections: v.sections.map((s) => ({ key: s.section.key, title: s.section.title, items: s.items.map((i) => i.item) })),
    })),
  };
}

export async function readBlob(deps: Deps, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await deps.blobs.open(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function volumeInput(c: CaseRow, dossier: CaseDossier, volume: Volume): VolumeInput {
  const v = dossier.volumes.find((x) => x.volume === volume)!;
  return { courtName: dossier.courtName, caseNumber: c.caseNumber, volumeTitle: v.title, sections: v.sections };
}

/** The PDF form of an item (given its stored bytes), or why it has none. */
export async function originalOf(deps: Deps, c: CaseRow, item: SourceItem, bytes: Buffer, font: PdfFont): Promise<Original> {
  // The same PDF the pages were read (and numbered) from.
  if (item.renditionKey) return { kind: 'pdf', bytes: await readBlob(deps, item.renditionKey) };
  if (item.generated) {
    const seal = await sealOf(deps.db, deps, c.courtId);
    return { kind: 'pdf', bytes: await renderPdf({ ...item.generated, seal }, font) };
  }
  if (item.mimeType === 'application/pdf') return { kind: 'pdf', bytes };
  if (item.mimeType === 'image/png') return { kind: 'image', bytes, type: 'png' };
  if (item.mimeType === 'image/jpeg') return { kind: 'image', bytes, type: 'jpg' };
  return { kind: 'none', reason: `该格式（${item.mimeType}）没有可收入卷宗 PDF 的版本。This format (${item.mimeType}) has no form that can go into the volume's PDF.` };
}

/** Reads each item's bytes once (an archive needs them for the PDF and as originals: pass `keep`). */
export function itemReader(deps: Deps, c: CaseRow, font: PdfFont, dossier: CaseDossier, keep?: Map<number, Buffer>) {
  const byId = new Map<number, SourceItem>();
  for (const v of dossier.volumes) for (const s of v.sections) for (const i of s.items) byId.set(i.id, i);
  return {
    async bytes(id: number): Promise<Buffer> {
      let bytes = keep?.get(id);
      if (!bytes) {
        bytes = await readBlob(deps, byId.get(id)!.storageKey);
        keep?.set(id, bytes);
      }
      return bytes;
    },
    async original(item: VolumeItem): Promise<Original> {
      let bytes: Buffer;
      try {
        bytes = await this.bytes(item.id);
      } catch (e) {
        // A stored file gone missing is the operator's problem: the volume is still exported, the page says so.
        if (!(e instanceof BlobMissingError)) throw e;
        return { kind: 'none', reason: '服务器上该材料的文件内容缺失，请联系管理员。The content of this file is missing on the server; contact the administrator.' };
      }
      return originalOf(deps, c, byId.get(item.id)!, bytes, font);
    },
  };
}
