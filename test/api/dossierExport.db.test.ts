// 电子卷宗 export and archive (issue 20, item 5): a volume as one PDF — 卷内目录 first, every item's pages, a placeholder
// page for an original that has none (a damaged PDF), an outline entry per section and item, the volume's page number
// printed on every item page — built by a job; the 副卷 is the court's own; the archive package of a case verifies
// offline with the CLI and fails once one byte of one file inside it is changed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { verifyCommand } from '../../src/cli/verifyCommand';
import { ApiClient } from '../support/apiClient';
import { acceptCase, decidedCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-export-'));

async function pdfOf(pages: number): Promise<Uint8Array> {
  const d = await PDFDocument.create();
  for (let i = 0; i < pages; i++) d.addPage([400, 500]);
  return d.save();
}

/** Downloads binary content. */
async function download(api: ApiClient, url: string): Promise<{ status: number; bytes: Buffer; type: string | null }> {
  const r = await api.bytes(url);
  return { status: r.status, bytes: r.bytes, type: r.headers.get('content-type') };
}

interface Outline {
  title: string;
  children: Outline[];
}

/** The document outline read back with pdf-lib's object model. */
function outlineOf(doc: PDFDocument): Outline[] {
  const text = (d: PDFDict) => {
    const t = d.lookup(PDFName.of('Title'));
    return t instanceof PDFHexString || t instanceof PDFString ? t.decodeText() : '';
  };
  const level = (first: PDFDict | undefined): Outline[] => {
    const out: Outline[] = [];
    for (let d = first; d; d = d.lookupMaybe(PDFName.of('Next'), PDFDict)) out.push({ title: text(d), children: level(d.lookupMaybe(PDFName.of('First'), PDFDict)) });
    return out;
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return level(root?.lookupMaybe(PDFName.of('First'), PDFDict));
}

function pdfPages(file: string): string[] {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout.split('\f');
}

/** Follows an export until its job ends (this process's runner may already be working on it). */
async function followExport(api: ApiClient, exportId: number) {
  await world.server.jobs.drain();
  for (let i = 0; i < 300; i++) {
    const r = await api.get(`/api/v1/dossier-exports/${exportId}`);
    expect(r.status).toBe(200);
    if (r.body.status === 'done' || r.body.status === 'failed') return r.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`export ${exportId} did not finish`);
}

describe('dossier export', () => {
  test('the 正卷 as one PDF: catalogue, every item, placeholders, outline and page numbers; the 副卷 is staff-only', async () => {
    const zhang = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    const three = await zhang.upload('借条.pdf', await pdfOf(3), 'application/pdf', 'evidence');
    const damaged = await zhang.upload('转账记录.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\nxref broken'), 'application/pdf', 'evidence');
    expect([three.status, damaged.status]).toEqual([201, 201]);
    const { id, party } = await fileLoanCase(world.server.baseUrl, { attachmentIds: [three.body.id, damaged.body.id] });
    await acceptCase(world.server.baseUrl, id);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');

    // The party: the 副卷 is refused, the 正卷 is queued as a job and never built inside the request.
    const refused = await party.post(`/api/v1/cases/${id}/dossier/exports`, { volume: 'secondary' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('DOSSIER_SECONDARY_FORBIDDEN');
    expect((await party.post(`/api/v1/cases/${id}/dossier/exports`, { volume: 'both' })).status).toBe(400);
    const started = await party.post(`/api/v1/cases/${id}/dossier/exports`, { volume: 'primary' });
    expect(started.status).toBe(202);
    const queued = await party.get(`/api/v1/dossier-exports/${started.body.exportId}`);
    expect(queued.body).toMatchObject({ status: 'queued', contentUrl: null, volume: 'primary', job: { id: started.body.jobId, kind: 'exportDossier' } });
    expect((await download(party, `/api/v1/dossier-exports/${started.body.exportId}/content`)).status).toBe(409);

    const done = await followExport(party, started.body.exportId);
    expect(done.status).toBe('done');
    const tree = (await party.get(`/api/v1/cases/${id}/dossier`)).body as { volumes: { sections: { title: string; items: { id: number; title: string }[] }[] }[] };
    const sections = tree.volumes[0]!.sections.filter((s) => s.items.length);
    const itemIds = sections.flatMap((s) => s.items.map((i) => i.id));
    expect(done.job.progress).toEqual({ done: itemIds.length, total: itemIds.length });
    const items = done.summary.items as { id: number; firstPage: number; lastPage: number; placeholder: string | null }[];
    expect(items.map((i) => i.id)).toEqual(itemIds);
    const ofThree = items.find((i) => i.id === three.body.id)!;
    expect(ofThree.lastPage - ofThree.firstPage).toBe(2);
    expect(ofThree.placeholder).toBeNull();
    expect(items.find((i) => i.id === damaged.body.id)!.placeholder).toContain('已损坏');

    const pdf = await download(party, done.contentUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const file = path.join(dir, 'primary.pdf');
    writeFileSync(file, pdf.bytes);
    const doc = await PDFDocument.load(pdf.bytes);
    const { pages, cataloguePages } = done.summary as { pages: number; cataloguePages: number };
    expect(pages).toBe(items[items.length - 1]!.lastPage);
    expect(doc.getPageCount()).toBe(cataloguePages + pages);

    // Outline: 卷内目录, then each section with its items (title and page range).
    const outline = outlineOf(doc);
    expect(outline.map((o) => o.title)).toEqual(['卷内目录', ...sections.map((s) => s.title)]);
    outline.slice(1).forEach((o, k) => expect(o.children.map((c) => c.title.replace(/（[\d–]+）$/, ''))).toEqual(sections[k]!.items.map((i) => i.title)));
    const threeEntry = outline.flatMap((o) => o.children).find((c) => c.title.startsWith('借条'))!;
    expect(threeEntry.title).toBe(`借条.pdf（${ofThree.firstPage}–${ofThree.lastPage}）`);

    // The catalogue page lists every item with its range; every item page carries its number at the top.
    const texts = pdfPages(file);
    expect(texts[0]).toContain('卷内目录');
    expect(texts[0]).toContain(`${ofThree.firstPage}–${ofThree.lastPage}`);
    for (let n = 1; n <= pages; n++) expect(texts[cataloguePages + n - 1]!.split('\n').find((l) => l.trim())!.trim()).toMatch(new RegExp(`(^|\\s)${n}$`));
    const placeholderPage = texts[cataloguePages + items.find((i) => i.id === damaged.body.id)!.firstPage - 1]!;
    expect(placeholderPage).toContain('材料占位页');
    expect(placeholderPage).toContain('转账记录.pdf');

    // Staff export the 副卷; the party finds neither that export nor its content.
    const secondary = await clerk.post(`/api/v1/cases/${id}/dossier/exports`, { volume: 'secondary' });
    expect(secondary.status).toBe(202);
    expect((await followExport(clerk, secondary.body.exportId)).status).toBe('done');
    expect((await party.get(`/api/v1/dossier-exports/${secondary.body.exportId}`)).status).toBe(404);
    expect((await download(party, `/api/v1/dossier-exports/${secondary.body.exportId}/content`)).status).toBe(404);
    expect((await clerk.get(`/api/v1/dossier-exports/${started.body.exportId}`)).status).toBe(200);
  });
});

describe('archive package', () => {
  test('archiving a closed case builds the package; it verifies offline and fails after one changed byte', async () => {
    const { id, party, judge } = await decidedCase(world.server.baseUrl, clock);
    expect((await party.post(`/api/v1/cases/${id}/archive`, {})).status).toBe(403);
    expect((await party.get(`/api/v1/cases/${id}/archive`)).body).toMatchObject({ canBuild: false, latest: null, archivedOn: null });

    const archived = await judge.fire(id, 'archive', {});
    expect(archived.status).toBe(200);
    const archiveId = archived.body.timeline?.at?.(-1)?.payload?.archivePackage?.exportId ?? (await judge.get(`/api/v1/cases/${id}/archive`)).body.latest.id;
    await followExport(judge, archiveId);
    const status = (await judge.get(`/api/v1/cases/${id}/archive`)).body;
    expect(status).toMatchObject({ archivedOn: '2026-03-31', canBuild: true, latest: { kind: 'archive', status: 'done' } });
    const timeline = (await judge.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; payload: any; eventLabel: { 'zh-CN': string } }[];
    expect(timeline.find((e) => e.event === 'archive')!.payload.archivePackage).toEqual({ exportId: status.latest.id, jobId: status.latest.job.id });
    const packaged = timeline.find((e) => e.event === 'dossierArchivePackaged')!;
    expect(packaged.eventLabel['zh-CN']).toBe('归档包已生成');
    expect(packaged.payload).toMatchObject({ archiveId: status.latest.id, sha256: status.latest.sha256 });

    // The party finds neither the package nor its content.
    expect((await party.get(`/api/v1/dossier-exports/${status.latest.id}`)).status).toBe(404);
    expect((await download(party, status.latest.contentUrl)).status).toBe(404);

    const zipBytes = (await download(judge, status.latest.contentUrl)).bytes;
    const zipFile = path.join(dir, 'archive.zip');
    writeFileSync(zipFile, zipBytes);
    const zip = await JSZip.loadAsync(zipBytes);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'catalogue.json', 'dossier-primary.pdf', 'verifier-key.txt', 'checkpoint.txt']));
    const catalogue = JSON.parse(await zip.file('catalogue.json')!.async('string'));
    const archivedItems = catalogue.volumes.flatMap((v: any) => v.sections.flatMap((s: any) => s.items));
    expect(archivedItems.length).toBeGreaterThan(2);
    expect(archivedItems.every((i: any) => names.includes(i.file) && i.receipt && names.includes(i.receipt))).toBe(true);
    // Every timeline entry before the package's own (the archive event among them) has its receipt.
    expect(catalogue.events.map((e: any) => e.event)).toEqual(timeline.filter((e) => e.event !== 'dossierArchivePackaged').map((e) => e.event));
    expect(catalogue.events.every((e: any) => names.includes(e.receipt))).toBe(true);

    // The court's published key, obtained apart from the package.
    const key = (await judge.get('/api/v1/transparency/keys')).body.current as string;
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', ...args], { encoding: 'utf8' });
    const ok = cli(zipFile, '--key', key);
    expect(ok.stdout).toMatch(/^VERIFIED$/m);
    expect(ok.status).toBe(0);
    // Without the court's key nothing fails, but who signed is not established.
    expect(await verifyCommand([zipFile])).toBe(3);

    // One byte of one original changed inside an otherwise valid ZIP: its manifest hash, its catalogue hash and its receipt fail.
    const target = archivedItems[0].file as string;
    const original = await zip.file(target)!.async('uint8array');
    const changed = Uint8Array.from(original);
    const at = changed.length >> 1;
    changed[at] = changed[at]! ^ 0x01;
    zip.file(target, changed);
    const tamperedFile = path.join(dir, 'tampered.zip');
    writeFileSync(tamperedFile, await zip.generateAsync({ type: 'nodebuffer' }));
    const bad = cli(tamperedFile, '--key', key);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('NOT VERIFIED');
    const failed = bad.stdout.split('\n').filter((l) => l.startsWith('FAIL'));
    expect(failed.some((l) => /^FAIL hash +/.test(l) && l.includes(target))).toBe(true);
    expect(failed.some((l) => /^FAIL item +/.test(l) && l.includes(target))).toBe(true);
    expect(failed.some((l) => /^FAIL receipt +/.test(l) && l.includes(`receipts/file-${archivedItems[0].id}.json`) && l.includes('file: SHA-256'))).toBe(true);
    expect(failed).toHaveLength(3);

    // A raw byte flipped in the ZIP itself: the package cannot be unpacked (CRC), which fails too.
    const raw = Buffer.from(zipBytes);
    raw[raw.length >> 1] = raw[raw.length >> 1]! ^ 0xff;
    writeFileSync(tamperedFile, raw);
    expect(await verifyCommand([tamperedFile, '--key', key])).toBe(1);

    // A rebuild on demand, by the court's staff only.
    const rebuilt = await judge.post(`/api/v1/cases/${id}/archive`, {});
    expect(rebuilt.status).toBe(202);
    expect(rebuilt.body.exportId).toBeGreaterThan(status.latest.id);
  });

  test('a case still open cannot be archived', async () => {
    const { id } = await fileLoanCase(world.server.baseUrl);
    await acceptCase(world.server.baseUrl, id);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    const r = await clerk.post(`/api/v1/cases/${id}/archive`, {});
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('ARCHIVE_CASE_NOT_CLOSED');
  });
});
