import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { imageSize, isWithinPixelLimit, MAX_PAGE_PIXELS, MIN_OCR_DPI, OCR_DPI, renderDpi } from './pageImages';

const png = (w: number, h: number) => {
  const b = Buffer.alloc(24);
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(b);
  b.writeUInt32BE(w, 16);
  b.writeUInt32BE(h, 20);
  return b;
};
const jpeg = (w: number, h: number) => {
  const app0 = Buffer.from('ffe000104a46494600010100000100010000', 'hex');
  const sof = Buffer.alloc(19);
  Buffer.from('ffc00011080000000003', 'hex').copy(sof);
  sof.writeUInt16BE(h, 5);
  sof.writeUInt16BE(w, 7);
  return Buffer.concat([Buffer.from('ffd8', 'hex'), app0, sof]);
};
const tiff = (w: number, h: number, le: boolean) => {
  const b = Buffer.alloc(8 + 2 + 24);
  const w16 = (v: number, i: number) => (le ? b.writeUInt16LE(v, i) : b.writeUInt16BE(v, i));
  const w32 = (v: number, i: number) => (le ? b.writeUInt32LE(v, i) : b.writeUInt32BE(v, i));
  b.write(le ? 'II' : 'MM', 0, 'latin1');
  w16(42, 2);
  w32(8, 4);
  w16(2, 8);
  for (const [i, v] of [[10, 256], [12, 4], [22, 257], [24, 3]] as const) w16(v, i);
  w32(1, 14);
  w32(w, 18);
  w32(1, 26);
  w16(h, 30);
  return b;
};

describe('page images', () => {
  test.each([
    ['PNG', png(2480, 3508)],
    ['JPEG', jpeg(2480, 3508)],
    ['TIFF little-endian', tiff(2480, 3508, true)],
    ['TIFF big-endian', tiff(2480, 3508, false)],
  ])('%s header gives the size', (_, b) => {
    expect(imageSize(b)).toEqual({ width: 2480, height: 3508 });
  });

  test('an unreadable header has no size', () => {
    expect(imageSize(Buffer.from('%PDF-1.4'))).toBeNull();
    expect(imageSize(Buffer.from('ffd8ff00', 'hex'))).toBeNull();
  });

  test('an image bomb is over the limit, an A4 scan at 300 dpi is not', () => {
    expect(isWithinPixelLimit({ width: 2480, height: 3508 })).toBe(true);
    expect(isWithinPixelLimit({ width: 100_000, height: 100_000 })).toBe(false);
    expect(isWithinPixelLimit({ width: 0, height: 10 })).toBe(false);
  });

  test('A4 renders at 300 dpi; a huge page lower; a giant one not at all', () => {
    expect(renderDpi(595, 842)).toBe(OCR_DPI);
    const a0 = renderDpi(2384, 3370)!;
    expect(a0).toBeLessThan(OCR_DPI);
    expect(a0).toBeGreaterThanOrEqual(MIN_OCR_DPI);
    expect(renderDpi(14400, 14400)).toBeNull();
    expect(renderDpi(0, 842)).toBeNull();
  });

  test('the chosen resolution never exceeds the pixel limit and is the highest that fits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 14400 }), fc.integer({ min: 50, max: 14400 }), (w, h) => {
        const dpi = renderDpi(w, h);
        const px = (d: number) => Math.ceil((w * d) / 72) * Math.ceil((h * d) / 72);
        if (dpi === null) expect(px(MIN_OCR_DPI)).toBeGreaterThan(MAX_PAGE_PIXELS);
        else {
          expect(px(dpi)).toBeLessThanOrEqual(MAX_PAGE_PIXELS);
          if (dpi < OCR_DPI) expect(px(dpi + 1)).toBeGreaterThan(MAX_PAGE_PIXELS);
        }
      }),
    );
  });
});
