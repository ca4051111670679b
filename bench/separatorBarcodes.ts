// The separator-sheet barcode search that the page-reading job runs on every rendered page: ms per A4 page at 300 dpi
// (the OCR rendering), shrunk to 100 dpi and read by ZXing (QR and Code 128). Two pages: a printed separator sheet and
// a page of text with no code (the common case, where the reader searches the whole page and finds nothing).
//
// Usage: node --import tsx bench/separatorBarcodes.ts [rounds=10]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePgm } from '../src/domain/filePages/pgm';
import { findPdfFont } from '../src/server/modules/documents/renderPdf';
import { separatorSheetsPdf } from '../src/server/modules/dossier/separatorSheets';
import { readSeparator } from '../src/server/modules/filePages/separatorBarcodes';
import { textPdf } from '../test/support/scannedPages';

const rounds = Number(process.argv[2] ?? 10);
const font = findPdfFont({ path: undefined, name: undefined });
if (!font) throw new Error('bench:separators needs a CJK font (fonts-noto-cjk)');
const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-bench-'));
try {
  const render = (pdf: Buffer, name: string) => {
    writeFileSync(path.join(dir, `${name}.pdf`), pdf);
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-singlefile', path.join(dir, `${name}.pdf`), path.join(dir, name)]);
    return parsePgm(readFileSync(path.join(dir, `${name}.pgm`)))!;
  };
  const sheet = render(await separatorSheetsPdf([{ kind: 'evidence', sectionTitle: '证据材料' }], '（2026）吉0102民初1001号', font), 'sheet');
  const text = render(await textPdf([Array.from({ length: 30 }, (_, i) => `第${i + 1}行 原告张三诉被告李四民间借贷纠纷一案，本院依法适用简易程序公开开庭进行了审理。`).join('\n')], { fontSize: 10.5 }), 'text');
  await readSeparator(sheet, 300); // loads the WebAssembly module once
  for (const [name, page, expected] of [['separator sheet', sheet, 'evidence'], ['text page, no code', text, null]] as const) {
    const times: number[] = [];
    const cpu = process.cpuUsage();
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      const found = await readSeparator(page, 300);
      times.push(performance.now() - t);
      if (found !== expected) throw new Error(`${name}: found ${String(found)}`);
    }
    const used = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    // CPU time as well as wall time: on a shared machine the wall time includes waiting for a core.
    const cpuMs = (used.user + used.system) / 1000 / rounds;
    console.log(`${name}: CPU ${cpuMs.toFixed(0)} ms; wall median ${times[Math.floor(rounds / 2)]!.toFixed(0)} ms, max ${times[rounds - 1]!.toFixed(0)} ms per A4 page (${page.width}×${page.height} px at 300 dpi)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
