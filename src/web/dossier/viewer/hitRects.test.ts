import { describe, expect, test } from 'vitest';
import type { ItemPage } from '../../../contracts/dossierViewer';
import { ocrHitRects } from './hitRects';

// A 300 dpi A4 scan (2480 px wide) whose OCR gave a run of characters and single characters.
const page = (over: Partial<ItemPage> = {}): ItemPage => ({
  pageNo: 1,
  status: 'done',
  source: 'ocr',
  text: '今收到李四 归 还 借款',
  words: [
    { text: '今收到李四', box: [200, 400, 700, 460] },
    { text: '归', box: [720, 400, 780, 460] },
    { text: '还', box: [790, 400, 850, 460] },
    { text: '借款', box: [860, 400, 980, 460] },
  ],
  imageWidth: 2480,
  imageHeight: 3508,
  dpi: 300,
  ...over,
});

describe('OCR hits on the shown page', () => {
  test('word boxes are scaled from image pixels to the shown width; part of a run gets its share', () => {
    // Shown at 1240 px: half the image's pixels.
    expect(ocrHitRects(page(), '李四归还借', 1240)).toEqual([
      [250, 200, 350, 230],
      [360, 200, 390, 230],
      [395, 200, 425, 230],
      [430, 200, 460, 230],
    ]);
  });

  test('no OCR words (a text-layer page, or words not asked for): the text layer decides', () => {
    expect(ocrHitRects(page({ source: 'textLayer', words: null }), '借款', 1000)).toBeNull();
    expect(ocrHitRects(page({ imageWidth: null }), '借款', 1000)).toBeNull();
    expect(ocrHitRects(undefined, '借款', 1000)).toBeNull();
    expect(ocrHitRects(page(), '担保', 1000)).toEqual([]);
  });
});
