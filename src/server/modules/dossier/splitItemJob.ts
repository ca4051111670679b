// The job that splits a batch scan: each part's pages cut from the PDF (poppler), stored, made a case file with its
// receipt leaf and the already-read text of its pages (no second OCR), one step per part (a resumed job goes on from
// the next part); the last step takes the batch file out of the dossier and records the split on the timeline.
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { loadCatalogue } from './catalogueStore';
import { fileEntry } from '../../../domain/transparency/logEntries';
import type { Tx } from '../../db/database';
import type { JobDefinition } from '../../jobs/jobDefinition';
import { appendCaseEvent, lockCase } from '../cases/caseRecord';
import { pageTools } from '../filePages/pageTools';
import { queueEntry } from '../transparency/transparencyLog';
import type { SplitInput } from './splitItem';

type Result = { created: number[] };

export const splitDossierItemJob = (): JobDefinition<SplitInput, Result> => ({
  followers: ['filingClerk', 'judge', 'judgeAssistant', 'courtClerk', 'divisionChief', 'president'],
  async run(ctx) {
    const { caseId, itemId, parts } = ctx.job.input;
    const by = ctx.job.createdBy!;
    const r = await ctx.deps.db.execute<{ storage_key: string; file_name: string }>(sql`select storage_key, file_name from attachments where id = ${itemId} and case_id = ${caseId}`);
    const original = r.rows[0];
    if (!original) return { created: [] };
    const created = [...(ctx.resumeFrom.result?.created ?? [])];
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'courtflow-split-'));
    try {
      const local = path.join(dir, 'batch.pdf');
      await pipeline(await ctx.deps.blobs.open(original.storage_key), createWriteStream(local, { mode: 0o600 }));
      const tools = pageTools(ctx.deps.config, ctx.signal);
      for (let i = created.length; i < parts.length; i++) {
        const part = parts[i]!;
        const out = path.join(dir, `part-${i + 1}.pdf`);
        await tools.extractPages(local, part.fromPage, part.toPage, dir, out);
        const staged = await ctx.deps.blobs.stage(createReadStream(out), Number.MAX_SAFE_INTEGER);
        await staged.keep();
        await ctx.step(async (tx) => {
          created.push(await filePart(tx, { caseId, itemId, by, part, blob: staged }));
          return { done: created.length, total: parts.length, result: { created } };
        });
      }
      await ctx.step(async (tx, at) => {
        await finishSplit(tx, ctx.job.input, created, by, original.file_name, ctx.deps.clock.now());
        return at;
      });
      return { created };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
});

async function filePart(tx: Tx, o: { caseId: number; itemId: number; by: number; part: SplitInput['parts'][number]; blob: { key: string; sha256: string; size: number } }): Promise<number> {
  const { part } = o;
  const fileName = `${part.title.replace(/[\\/:*?"<>|]/gu, '_')}.pdf`;
  const a = await tx.execute<{ id: string; created_at: Date }>(sql`
    insert into attachments (case_id, uploaded_by, file_name, mime_type, size_bytes, sha256, storage_key, category)
    values (${o.caseId}, ${o.by}, ${fileName}, 'application/pdf', ${o.blob.size}, ${o.blob.sha256}, ${o.blob.key}, ${part.kind})
    returning id, created_at`);
  const id = Number(a.rows[0]!.id);
  await queueEntry(tx, 'caseFile', id, fileEntry({ id, caseId: o.caseId, sha256: o.blob.sha256, sizeBytes: o.blob.size, createdAt: new Date(a.rows[0]!.created_at) }));
  const pages = part.toPage - part.fromPage + 1;
  await tx.execute(sql`insert into dossier_entries (attachment_id, case_id, title, page_count, updated_by) values (${id}, ${o.caseId}, ${part.title}, ${pages}, ${o.by})`);
  // The pages were read in the batch: their text, boxes, search text and bigrams go with them, renumbered from 1.
  await tx.execute(sql`insert into attachment_page_sets (attachment_id, status, page_count) values (${id}, 'done', ${pages})`);
  await tx.execute(sql`
    insert into attachment_pages (attachment_id, page_no, status, source, text, search_text, bigrams, words, image_width, image_height, dpi, confidence, ink, separator, error_code, error_messages, attempts)
    select ${id}, page_no - ${part.fromPage - 1}, status, source, text, search_text, bigrams, words, image_width, image_height, dpi, confidence, ink, separator, error_code, error_messages, attempts
      from attachment_pages where attachment_id = ${o.itemId} and page_no between ${part.fromPage} and ${part.toPage}`);
  return id;
}

async function finishSplit(tx: Tx, input: SplitInput, created: number[], by: number, fileName: string, now: Date): Promise<void> {
  const c = await lockCase(tx, input.caseId);
  if (!c) return;
  await tx.execute(sql`update dossier_entries set split_at = ${now}, updated_by = ${by}, updated_at = ${now} where attachment_id = ${input.itemId}`);
  const catalogue = await loadCatalogue(tx, c.caseType);
  const volumeOfSection = (key: string) => catalogue.find((s) => s.key === key)?.volume ?? 'main';
  // An entry that names a 副卷 part tells of the 副卷: the court's staff only (isSecondaryVolumeEntry).
  const secondary = input.parts.some((p) => volumeOfSection(p.sectionKey) === 'secondary');
  await appendCaseEvent(tx, {
    caseId: c.id,
    event: 'dossierItemSplit',
    actorId: by,
    actorRole: input.actorRole,
    nodeBefore: c.node,
    nodeAfter: c.node,
    payload: {
      itemId: input.itemId,
      fileName,
      volume: secondary ? 'secondary' : 'main',
      parts: input.parts.map((p, i) => ({ itemId: created[i], title: p.title, fromPage: p.fromPage, toPage: p.toPage, sectionKey: p.sectionKey })),
    },
    at: now,
  });
}
