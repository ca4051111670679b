// The job `exportDossier`: one volume as one PDF, stored as a blob; progress is items read of the volume's items.
// The PDF is built in memory and stored in one final step; a process that dies before that step starts over.
import { Readable } from 'node:stream';
import type { JobDefinition } from '../../jobs/jobDefinition';
import { loadCase } from '../cases/caseRecord';
import { findPdfFont, pdfFontMissing } from '../documents/renderPdf';
import { exportNotFound, finishExport, loadExport } from './exportStore';
import { buildVolumePdf } from './volumePdf';
import { itemReader, loadCaseDossier, volumeInput } from './volumeSource';

type Input = { exportId: number };
type Result = { exportId: number; pages: number; items: number; placeholders: number };

export const exportDossierJob = (): JobDefinition<Input, Result> => ({
  // The requester follows it (a party exporting the 正卷 among them); the court's staff on the case may too.
  followers: ['filingClerk', 'judge', 'judgeAssistant', 'courtClerk', 'divisionChief', 'president'],
  async run(ctx) {
    const { deps } = ctx;
    const x = await loadExport(deps.db, ctx.job.input.exportId);
    const c = x && (await loadCase(deps.db, x.caseId));
    if (!x || !c || x.kind !== 'export' || !x.volume) throw exportNotFound();
    const font = findPdfFont({ path: deps.config.pdfFontPath, name: deps.config.pdfFontName });
    if (!font) throw pdfFontMissing();
    const dossier = await loadCaseDossier(deps.db, c);
    const input = volumeInput(c, dossier, x.volume);
    const total = input.sections.reduce((n, s) => n + s.items.length, 0);
    const reader = itemReader(deps, c, font, dossier);
    await ctx.progress(0, total);
    const built = await buildVolumePdf(input, (i) => reader.original(i), font, (done) => ctx.progress(done, total));
    const staged = await deps.blobs.stage(Readable.from([Buffer.from(built.pdf)]), Number.MAX_SAFE_INTEGER);
    await staged.keep();
    const summary = { pages: built.pageCount, cataloguePages: built.cataloguePages, items: built.items, placeholders: built.items.filter((i) => i.placeholder).length };
    await ctx.step(async (tx) => {
      await finishExport(tx, x.id, { key: staged.key, sha256: staged.sha256, size: staged.size, summary });
      return { done: total, total, result: null };
    });
    return { exportId: x.id, pages: built.pageCount, items: built.items.length, placeholders: summary.placeholders };
  },
});
