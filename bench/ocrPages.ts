// OCR of scanned pages: throughput per core and character accuracy on synthetic Chinese legal text (a judgment's
// sentences with names, case numbers and amounts) rendered to A4 at 300 dpi with light speckle noise, read by the
// same programs and hOCR parser as the page-reading job. Baseline in the same run: the same pages' text layer
// (pdftotext), the path a born-digital PDF takes.
//
// Usage: node --import tsx bench/ocrPages.ts [pages=6] [noise=0.003]
// (Tesseract runs one thread per page (OMP_THREAD_LIMIT=1), pages one after another: pages per second is per core)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHocr } from '../src/domain/filePages/hocr';
import { OCR_DPI } from '../src/domain/filePages/pageImages';
import { splitTextPages } from '../src/domain/filePages/pageText';
import { pageTools } from '../src/server/modules/filePages/pageTools';
import { ocrMissing, scannedPng, textPdf } from '../test/support/scannedPages';

const pages = Number(process.argv[2] ?? 6);
const noise = Number(process.argv[3] ?? 0.003);
const missing = ocrMissing();
if (missing) {
  console.error(`bench:ocr cannot run: ${missing}`);
  process.exit(1);
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['静宇', '建国', '海燕', '志强', '丽华', '明', '秀英', '伟', '晓东', '玉兰', '国庆', '春梅'];
const COMPANIES = ['长春市宏远建材有限公司', '济南鲁信商贸有限公司', '吉林省恒通物流有限公司', '青岛海润置业有限公司'];
const SENTENCES = [
  (a: Names) => `原告${a.p}与被告${a.c}民间借贷纠纷一案，本院于${a.date}立案后，依法适用简易程序，公开开庭进行了审理。`,
  (a: Names) => `原告${a.p}向本院提出诉讼请求：判令被告偿还借款本金${a.amount}元及利息，并承担本案诉讼费用。`,
  (_: Names) => `事实和理由：被告因经营需要向原告借款，约定月利率百分之一，到期后经原告多次催要，被告至今未还。`,
  (a: Names) => `被告${a.c}辩称，借款属实，但已偿还部分款项，原告主张的利息计算标准过高，请求法院依法调整。`,
  (_: Names) => `本院认为，合法的借贷关系受法律保护。被告未按约定期限返还借款，应当承担相应的民事责任。`,
  (_: Names) => `依照《中华人民共和国民法典》第六百七十五条、第六百七十六条之规定，判决如下：`,
  (a: Names) => `被告${a.c}于本判决生效之日起十日内偿还原告${a.p}借款本金${a.amount}元。`,
  (_: Names) => `如果未按本判决指定的期间履行给付金钱义务，应当依照法律规定加倍支付迟延履行期间的债务利息。`,
  (a: Names) => `案件受理费${a.fee}元，减半收取，由被告负担。证人${a.w}出庭作证，证言与书证相互印证。`,
  (a: Names) => `如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于${a.court}。`,
];
type Names = { p: string; c: string; w: string; date: string; amount: string; fee: string; court: string };

/** A deterministic page of legal text (seeded), ~20 lines of A4 at 10.5 pt. */
function legalPage(seed: number): string {
  let s = seed * 7919 + 17;
  const pick = <T>(xs: readonly T[]) => xs[(s = (s * 1103515245 + 12345) % 2147483648) % xs.length]!;
  const a: Names = {
    p: pick(SURNAMES) + pick(GIVEN),
    c: pick(COMPANIES),
    w: pick(SURNAMES) + pick(GIVEN),
    date: `2026年${(seed % 12) + 1}月${(seed % 27) + 1}日`,
    amount: String(10_000 + ((seed * 3571) % 890_000)),
    fee: String(50 + ((seed * 37) % 5000)),
    court: pick(['吉林省长春市中级人民法院', '山东省济南市中级人民法院']),
  };
  const caseNo = `（2026）吉0102民初${1000 + seed}号`;
  return [`吉林省长春市南关区人民法院`, `民事判决书`, caseNo, ...SENTENCES.map((f) => f(a))].join('\n');
}

/** Levenshtein distance over code points (two rows). */
function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
// Compared without whitespace and with full-width forms folded (（ and ( are the same character to a reader and to search).
const chars = (t: string) => [...t.normalize('NFKC').replace(/\s+/gu, '')];

const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-ocr-bench-'));
const tools = pageTools({ tesseractPath: 'tesseract', popplerDir: undefined, sofficePath: null });
try {
  const texts = Array.from({ length: pages }, (_, i) => legalPage(i + 1));
  const scans = await Promise.all(texts.map((t, i) => scannedPng(t, { fontSize: 10.5, noise, seed: i + 1 })));

  // Baseline: the born-digital PDF's text layer for every page, one pdftotext run.
  const pdfFile = path.join(dir, 'digital.pdf');
  writeFileSync(pdfFile, await textPdf(texts, { fontSize: 10.5 }));
  const t0 = performance.now();
  const layer = splitTextPages(await tools.pdfText(pdfFile, pages), pages);
  const layerMs = performance.now() - t0;
  const layerErrors = layer.reduce((n, t, i) => n + editDistance(chars(t), chars(texts[i]!)), 0);

  let errors = 0;
  let total = 0;
  const perPage: number[] = [];
  const t1 = performance.now();
  for (const [i, png] of scans.entries()) {
    const s = performance.now();
    const page = parseHocr(await tools.ocr(png, OCR_DPI));
    perPage.push(performance.now() - s);
    const expected = chars(texts[i]!);
    errors += editDistance(chars(page.text), expected);
    total += expected.length;
  }
  const ocrMs = performance.now() - t1;
  const accuracy = 1 - errors / total;
  perPage.sort((a, b) => a - b);
  console.log(`pages: ${pages} A4 at ${OCR_DPI} dpi, 10.5 pt, noise ${noise}; ${total} characters`);
  console.log(`OCR (tesseract chi_sim, 1 thread): ${(pages / (ocrMs / 1000)).toFixed(2)} pages/s per core; median ${(perPage[Math.floor(pages / 2)]! / 1000).toFixed(2)} s/page, max ${(perPage[pages - 1]! / 1000).toFixed(2)} s`);
  console.log(`OCR character accuracy: ${(accuracy * 100).toFixed(2)}% (${errors} edits in ${total} characters) — target ≥ 98%: ${accuracy >= 0.98 ? 'met' : 'NOT met'}`);
  console.log(`baseline, text layer (pdftotext): ${(pages / (layerMs / 1000)).toFixed(1)} pages/s, accuracy ${((1 - layerErrors / total) * 100).toFixed(2)}%`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
