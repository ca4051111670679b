// The job `archiveDossier`: the case's archive package (归档) as one ZIP — each volume's PDF, every original file,
// catalogue.json, the transparency-log receipts of every item and every timeline entry, the checkpoint and the log's
// verifier key, and manifest.json with every file's SHA-256 — stored as a blob, then recorded on the timeline.
// Anyone checks it offline with `courtflow verify <archive.zip> --key <court key>` (src/domain/dossier/archivePackage.ts).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { BlobMissingError } from '../../blobs/blobStore';
import { AppError } from '../../http/appError';
import { ARCHIVE_FORMAT, archiveFileName, CATALOGUE_PATH, MANIFEST_PATH, type ArchiveCatalogue, type ArchiveManifest, type ArchivedItem } from '../../../domain/dossier/archivePackage';
import type { JobDefinition } from '../../jobs/jobDefinition';
import { appendCaseEvent, loadCase, lockCase } from '../cases/caseRecord';
import { findPdfFont, pdfFontMissing } from '../documents/renderPdf';
import { receiptOf } from '../transparency/receipts';
import { currentCheckpoint, integrateAll } from '../transparency/transparencyLog';
import { exportNotFound, finishExport, loadExport } from './exportStore';
import { buildVolumePdf } from './volumePdf';
import { itemReader, loadCaseDossier, volumeInput } from './volumeSource';

type Input = { exportId: number };
type Result = { exportId: number; files: number; receipts: number };

export const ARCHIVE_EVENT = 'dossierArchivePackaged';

const README = `CourtFlow 归档包 / archive package (${ARCHIVE_FORMAT})

dossier-primary.pdf / dossier-secondary.pdf  正卷、副卷（卷内目录、书签、页号）the volumes as PDF
files/                                       每份材料的原件 every original file
catalogue.json                               卷内目录与时间轴 the catalogue and the timeline
receipts/                                    透明日志存证回执 transparency-log receipts (file-<id>, event-<seq>)
checkpoint.txt, verifier-key.txt             日志检查点与公钥 the log's checkpoint and verifier key
manifest.json                                以上每个文件的 SHA-256 every file's SHA-256

离线核验 Verify offline, with the court's published key (not only the one in this package):
  courtflow verify <this.zip> --key <court verifier key>
`;

const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, 'utf8');

export const archiveDossierJob = (): JobDefinition<Input, Result> => ({
  followers: ['courtClerk', 'judge', 'judgeAssistant', 'filingClerk', 'divisionChief', 'president'],
  async run(ctx) {
    const { deps } = ctx;
    const x = await loadExport(deps.db, ctx.job.input.exportId);
    const c = x && (await loadCase(deps.db, x.caseId));
    if (!x || !c || x.kind !== 'archive') throw exportNotFound();
    const font = findPdfFont({ path: deps.config.pdfFontPath, name: deps.config.pdfFontName });
    if (!font) throw pdfFontMissing();
    // Every entry queued so far (the case's files and timeline entries among them) gets its leaf before receipts are taken.
    await integrateAll(deps.db, deps.transparency);
    const dossier = await loadCaseDossier(deps.db, c);
    const volumes = dossier.volumes.filter((v) => v.volume === 'main' || v.sections.some((s) => s.items.length));
    const events = (
      await deps.db.execute<{ id: string; seq: number; event: string; at: Date }>(sql`select id, seq, event, at from case_events where case_id = ${c.id} order by seq`)
    ).rows.map((e) => ({ id: Number(e.id), seq: Number(e.seq), event: e.event, at: new Date(e.at).toISOString() }));
    const itemCount = volumes.reduce((n, v) => n + v.sections.reduce((m, s) => m + s.items.length, 0), 0);
    const total = 2 * itemCount + events.length;
    let done = 0;
    const tick = async () => ctx.progress(++done, total);
    await ctx.progress(0, total);

    const files = new Map<string, Buffer>();
    const reader = itemReader(deps, c, font, dossier, new Map());
    const catalogue: ArchiveCatalogue = { format: ARCHIVE_FORMAT, caseId: c.id, caseNumber: c.caseNumber, caseType: c.caseType, courtName: dossier.courtName, volumes: [], events: [] };
    for (const v of volumes) {
      const pdf = `dossier-${v.volume === 'main' ? 'primary' : 'secondary'}.pdf`;
      const built = await buildVolumePdf(volumeInput(c, dossier, v.volume), (i) => reader.original(i), font, tick);
      files.set(pdf, Buffer.from(built.pdf));
      const pages = new Map(built.items.map((i) => [i.id, i]));
      const sections = [];
      for (const s of v.sections) {
        const items: ArchivedItem[] = [];
        for (const i of s.items) {
          const file = archiveFileName(i.id, i.fileName);
          files.set(file, await reader.bytes(i.id).catch((e: unknown) => {
            if (!(e instanceof BlobMissingError)) throw e;
            // An archive without one of its originals would not be the case's archive: the job fails and says which.
            throw new AppError(500, 'FILE_CONTENT_MISSING', `材料 ${i.id}（${i.fileName}）的文件内容缺失，无法归档；请联系管理员。`, `The content of item ${i.id} (${i.fileName}) is missing, so the case cannot be archived; contact the administrator.`);
          }));
          const receipt = await receiptOf(deps.db, deps.transparency, 'caseFile', i.id);
          if (receipt) files.set(`receipts/file-${i.id}.json`, json(receipt));
          const { firstPage, lastPage } = pages.get(i.id)!;
          items.push({ id: i.id, title: i.title, kind: i.kind, source: i.source, date: i.date, fileName: i.fileName, mimeType: i.mimeType, sha256: i.sha256, firstPage, lastPage, file, receipt: receipt ? `receipts/file-${i.id}.json` : null });
          await tick();
        }
        sections.push({ key: s.key, title: s.title, items });
      }
      catalogue.volumes.push({ volume: v.volume, title: v.title, pdf, pageCount: built.pageCount, sections });
    }
    for (const e of events) {
      const receipt = await receiptOf(deps.db, deps.transparency, 'caseEvent', e.id);
      if (receipt) files.set(`receipts/event-${e.seq}.json`, json(receipt));
      catalogue.events.push({ seq: e.seq, event: e.event, at: e.at, receipt: receipt ? `receipts/event-${e.seq}.json` : null });
      await tick();
    }
    const cp = await currentCheckpoint(deps.db, deps.transparency);
    files.set('checkpoint.txt', Buffer.from(cp.note, 'utf8'));
    files.set('verifier-key.txt', Buffer.from(`${cp.verifierKey}\n`, 'utf8'));
    files.set('README.txt', Buffer.from(README, 'utf8'));
    files.set(CATALOGUE_PATH, json(catalogue));
    const manifest: ArchiveManifest = {
      format: ARCHIVE_FORMAT,
      caseId: c.id,
      caseNumber: c.caseNumber,
      createdAt: deps.clock.now().toISOString(),
      files: [...files].map(([path, b]) => ({ path, sha256: createHash('sha256').update(b).digest('hex'), size: b.length })),
    };
    const zip = new JSZip();
    for (const [path, b] of files) zip.file(path, b);
    zip.file(MANIFEST_PATH, json(manifest));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    const staged = await deps.blobs.stage(Readable.from([bytes]), Number.MAX_SAFE_INTEGER);
    await staged.keep();
    const receipts = [...files.keys()].filter((p) => p.startsWith('receipts/')).length;
    const summary = { items: itemCount, events: events.length, files: files.size + 1, receipts, volumes: catalogue.volumes.map((v) => ({ volume: v.volume, pages: v.pageCount })), treeSize: cp.treeSize };
    await ctx.step(async (tx) => {
      await finishExport(tx, x.id, { key: staged.key, sha256: staged.sha256, size: staged.size, summary });
      const locked = (await lockCase(tx, c.id))!;
      await appendCaseEvent(tx, {
        caseId: c.id,
        event: ARCHIVE_EVENT,
        actorId: ctx.job.createdBy,
        actorRole: null,
        nodeBefore: locked.node,
        nodeAfter: locked.node,
        payload: { archiveId: x.id, sha256: staged.sha256, sizeBytes: staged.size, items: itemCount, events: events.length, receipts },
        at: deps.clock.now(),
      });
      return { done: total, total, result: null };
    });
    return { exportId: x.id, files: files.size + 1, receipts };
  },
});
