// Upload of a batch scan (issue 20): a 200-page scanned PDF (300 dpi grey pages with speckle, as a counter scanner
// makes them) posted to /api/v1/uploads. The request stores the file and queues its reading; the pages appear as the
// background job reads them. Measured: the request's time (goal < 2 s), the time until the page count is known (the
// split), and until the first pages' text is there. Baseline in the same run: writing the same bytes to a local file.
//
// Usage: node --import tsx bench/scanUpload.ts [pages=200] [runs=3]   (a fresh embedded PostgreSQL with the demo seed)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import pino from 'pino';
import { loadConfig } from '../src/server/config';
import { startEmbeddedPostgres } from '../src/server/db/embeddedPostgres';
import { startServer } from '../src/server/start';
import { ApiClient } from '../test/support/apiClient';
import { ocrMissing, scannedPng } from '../test/support/scannedPages';

const pages = Number(process.argv[2] ?? 200);
const runs = Number(process.argv[3] ?? 3);
const missing = ocrMissing();
if (missing) {
  console.error(`bench:scan-upload cannot run: ${missing}`);
  process.exit(1);
}

const LINES = ['民事起诉状', '原告张三，男，汉族，住长春市南关区。', '被告李四有限公司，住所地长春市朝阳区。', '诉讼请求：判令被告偿还借款本金人民币十五万元及利息。', '事实和理由：被告因经营需要向原告借款，到期后未还。'];

/** A scanned PDF of `n` pages: 8 distinct page scans (JPEG-free grey PNGs at 300 dpi) repeated, each its own image. */
async function scannedPdf(n: number): Promise<Buffer> {
  const scans = await Promise.all(Array.from({ length: 8 }, (_, i) => scannedPng(`${LINES.join('\n')}\n第${i + 1}页`, { fontSize: 11, noise: 0.003, seed: i + 1 })));
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let i = 0; i < n; i++) {
    doc.addPage();
    doc.image(scans[i % scans.length]!, 0, 0, { width: 595.28, height: 841.89 });
  }
  doc.end();
  return done;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const pdf = await scannedPdf(pages);
const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-scan-bench-'));
const log = pino({ level: 'warn' });
const pgServer = await startEmbeddedPostgres(dir, 0, log);
const config = loadConfig({}, { databaseUrl: pgServer.url, dataDir: dir, port: 0, host: '127.0.0.1', jobsIntervalSeconds: 0, seedDemo: true, logLevel: 'warn', uploadMaxBytes: Math.max(pdf.length * 2, 20 * 1024 * 1024) });
const server = await startServer(config, { log });
try {
  const clerk = await ApiClient.loggedIn(server.url, 'ng-filing');
  const request: number[] = [];
  const baseline: number[] = [];
  const split: number[] = [];
  const firstPages: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    writeFileSync(path.join(dir, `copy-${r}.pdf`), pdf);
    baseline.push(performance.now() - t);
    t = performance.now();
    const up = await clerk.upload(`批量扫描-${r}.pdf`, pdf, 'application/pdf');
    request.push(performance.now() - t);
    if (up.status !== 201) throw new Error(`upload ${up.status} ${JSON.stringify(up.body)}`);
    // Follow the pages as the page does; stop this file's job once its first pages are read (the next run starts).
    let counted: number | null = null;
    for (;;) {
      const p = await clerk.get(`/api/v1/attachments/${up.body.id}/pages`);
      if (counted === null && p.body.pageCount !== null) counted = performance.now() - t;
      if (p.body.pages.filter((x: { status: string }) => x.status !== 'pending').length >= 2) break;
      await sleep(100);
    }
    split.push(counted!);
    firstPages.push(performance.now() - t);
    await server.database.pool.query(`update background_jobs set status = 'failed' where kind = 'readFilePages' and status in ('queued', 'running')`);
  }
  const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;
  console.log(`scanned PDF: ${pages} pages, ${(pdf.length / 1024 / 1024).toFixed(1)} MB; ${runs} runs on ${os.cpus().length} cores`);
  console.log(`  upload request (store + queue the reading):   ${fmt(request)}   goal < 2000 ms`);
  console.log(`  baseline: write the same bytes to a file:     ${fmt(baseline)}`);
  console.log(`  page count known (split by pdfinfo):          ${fmt(split)} after the request started`);
  console.log(`  first 2 pages read (OCR):                     ${fmt(firstPages)} after the request started`);
} finally {
  await server.stop();
  await pgServer.stop();
  rmSync(dir, { recursive: true, force: true });
}
