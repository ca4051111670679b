import { describe, expect, test } from 'vitest';
import { joinWords, parseHocr } from './hocr';

// The shape Tesseract 5 prints for `-l chi_sim hocr` (trimmed).
const HOCR = `<?xml version="1.0" encoding="UTF-8"?>
<html><body>
  <div class='ocr_page' id='page_1' title='image "-"; bbox 0 0 1750 500; ppageno 0; scan_res 300 300'>
   <div class='ocr_carea' id='block_1_1' title="bbox 85 104 1252 166">
    <p class='ocr_par' id='par_1_1' lang='chi_sim' title="bbox 85 104 1252 166">
     <span class='ocr_line' id='line_1_1' title="bbox 85 104 1252 166; baseline 0 -1; x_size 79.8">
      <span class='ocrx_word' id='word_1_1' title='bbox 85 104 174 165; x_wconf 96'>被</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 185 104 323 166; x_wconf 90'>执行</span>
      <span class='ocrx_word' id='word_1_3' title='bbox 323 100 373 188; x_wconf 93'>人</span>
      <span class='ocrx_word' id='word_1_4' title='bbox 928 110 1022 161; x_wconf 93'>A&amp;B</span>
      <span class='ocrx_word' id='word_1_5' title='bbox 1043 104 1252 165; x_wconf 88'>Co.</span>
     </span>
     <span class='ocr_line' id='line_1_2' title="bbox 85 204 400 266; baseline 0 -1">
      <span class='ocrx_word' id='word_1_6' title='bbox 85 204 174 265; x_wconf 80'>2026</span>
      <span class='ocrx_word' id='word_1_7' title='bbox 185 204 260 266; x_wconf 81'>年</span>
      <span class='ocrx_word' id='word_1_8' title='bbox 265 204 270 266; x_wconf 10'> </span>
     </span>
    </p>
   </div>
  </div>
</body></html>`;

describe('hOCR', () => {
  test('words keep their boxes and confidences; the page keeps its pixel size', () => {
    const page = parseHocr(HOCR);
    expect(page.width).toBe(1750);
    expect(page.height).toBe(500);
    expect(page.words).toHaveLength(7);
    expect(page.words[1]).toEqual({ text: '执行', box: [185, 104, 323, 166], confidence: 90 });
    expect(page.words[3]!.text).toBe('A&B');
  });

  test('lines in order, Chinese without spaces, Latin words spaced', () => {
    expect(parseHocr(HOCR).text).toBe('被执行人A&B Co.\n2026年');
  });

  test('the mean confidence of the words found', () => {
    expect(parseHocr(HOCR).confidence).toBeCloseTo((96 + 90 + 93 + 93 + 88 + 80 + 81) / 7, 1);
  });

  test('an empty page has no words, no text and no confidence', () => {
    const page = parseHocr(`<div class='ocr_page' id='page_1' title='bbox 0 0 100 200'></div>`);
    expect(page).toEqual({ width: 100, height: 200, words: [], text: '', confidence: null });
  });

  test.each([
    [['原告', '张三'], '原告张三'],
    [['No.', '12'], 'No. 12'],
    [['被告', 'A公司'], '被告A公司'],
    [['案号', '(2026)', '鲁02民初1号'], '案号(2026)鲁02民初1号'],
    [['ABC', '公司', 'Ltd'], 'ABC公司Ltd'],
    [['Co.', 'Ltd.'], 'Co. Ltd.'],
  ])('words %j join as %s', (words, line) => {
    expect(joinWords(words)).toBe(line);
  });
});
