// Tesseract's hOCR (one page) read into words with their boxes, kept so that a search hit can be shown on its page,
// and into the page's text: lines in reading order, words joined without a space unless both sides are Latin.

/** A recognised word: its text, its box [x0, y0, x1, y1] in the page image's pixels, Tesseract's confidence 0–100. */
export interface OcrWord {
  text: string;
  box: [number, number, number, number];
  confidence: number | null;
}

export interface OcrPage {
  /** The size of the recognised image in pixels (the boxes' coordinate space). */
  width: number;
  height: number;
  words: OcrWord[];
  text: string;
  /** The mean word confidence, or null when no word was found. */
  confidence: number | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function bboxOf(title: string): [number, number, number, number] | null {
  const m = /bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)/u.exec(title);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : null;
}

const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Words of one line joined: a space between them unless one side is Chinese (Chinese has no spaces between words). */
export function joinWords(words: readonly string[]): string {
  let line = '';
  for (const w of words) {
    if (line && !CJK_END.test(line) && !CJK_START.test(w)) line += ' ';
    line += w;
  }
  return line;
}

/** Parses the hOCR of one page; elements other than pages, lines and words are ignored. */
export function parseHocr(hocr: string): OcrPage {
  const page = /class=['"]ocr_page['"][^>]*title=(['"])(.*?)\1/u.exec(hocr);
  const pageBox = page ? bboxOf(page[2]!) : null;
  const words: OcrWord[] = [];
  const lines: string[] = [];
  // A line ends where the next line (or any non-word element's closing after it) begins; words belong to the last line seen.
  const token = /<span class=['"](ocr_line|ocrx_word|ocr_textfloat|ocr_header|ocr_caption)['"][^>]*title=(['"])(.*?)\2[^>]*>([^<]*)/gu;
  let current: string[] | null = null;
  for (const m of hocr.matchAll(token)) {
    if (m[1] !== 'ocrx_word') {
      if (current?.length) lines.push(joinWords(current));
      current = [];
      continue;
    }
    const text = decodeEntities(m[4]!).trim();
    const box = bboxOf(m[3]!);
    if (!text || !box) continue;
    const conf = /x_wconf (\d+(?:\.\d+)?)/u.exec(m[3]!);
    words.push({ text, box, confidence: conf ? Number(conf[1]) : null });
    (current ??= []).push(text);
  }
  if (current?.length) lines.push(joinWords(current));
  const confidences = words.map((w) => w.confidence).filter((c): c is number => c !== null);
  return {
    width: pageBox ? pageBox[2] - pageBox[0] : 0,
    height: pageBox ? pageBox[3] - pageBox[1] : 0,
    words,
    text: lines.join('\n'),
    confidence: confidences.length ? Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 10) / 10 : null,
  };
}
