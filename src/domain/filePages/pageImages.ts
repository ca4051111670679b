// Limits on page images: an image bomb (a small file that decodes to billions of pixels) is refused before any
// decoder sees it, and PDF pages are rendered for OCR at 300 dpi, lower for very large pages, never below 150.

/** Tesseract reads Chinese well at ~22 px glyphs, poorly at ~11 px (STACK-NOTES): 300 dpi for normal print. */
export const OCR_DPI = 300;
export const MIN_OCR_DPI = 150;
/** 60 million pixels: an A2 page at 300 dpi; larger images are refused ([U] setting default). */
export const MAX_PAGE_PIXELS = 60_000_000;

export interface ImageSize {
  width: number;
  height: number;
}

/** True when an image of this size may be decoded and OCR'd. */
export function isWithinPixelLimit(size: ImageSize, maxPixels = MAX_PAGE_PIXELS): boolean {
  return size.width > 0 && size.height > 0 && size.width * size.height <= maxPixels;
}

/** The resolution to render a PDF page of `widthPt` × `heightPt` points at, or null when even MIN_OCR_DPI is too many pixels. */
export function renderDpi(widthPt: number, heightPt: number, maxPixels = MAX_PAGE_PIXELS): number | null {
  if (!(widthPt > 0 && heightPt > 0)) return null;
  const pixelsAt = (dpi: number) => Math.ceil((widthPt * dpi) / 72) * Math.ceil((heightPt * dpi) / 72);
  if (pixelsAt(OCR_DPI) <= maxPixels) return OCR_DPI;
  let dpi = Math.floor(72 * Math.sqrt(maxPixels / (widthPt * heightPt)));
  while (dpi >= MIN_OCR_DPI && pixelsAt(dpi) > maxPixels) dpi--;
  return dpi >= MIN_OCR_DPI ? dpi : null;
}

const u16 = (b: Uint8Array, i: number, le: boolean) => (le ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
const u32 = (b: Uint8Array, i: number, le: boolean) => (le ? u16(b, i, true) + u16(b, i + 2, true) * 65536 : u16(b, i, false) * 65536 + u16(b, i + 2, false));

/** Width and height from a PNG, JPEG or TIFF header (the first IFD); null when the header cannot be read. */
export function imageSize(b: Uint8Array): ImageSize | null {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50) return { width: u32(b, 16, false), height: u32(b, 20, false) };
  if (b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  if ((b[0] === 0x49 && b[1] === 0x49) || (b[0] === 0x4d && b[1] === 0x4d)) return tiffSize(b);
  return null;
}

function jpegSize(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = u16(b, i + 2, false);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame's size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: u16(b, i + 5, false), width: u16(b, i + 7, false) };
    i += 2 + len;
  }
  return null;
}

function tiffSize(b: Uint8Array): ImageSize | null {
  const le = b[0] === 0x49;
  if (b.length < 8 || u16(b, 2, le) !== 42) return null;
  const ifd = u32(b, 4, le);
  if (ifd + 2 > b.length) return null;
  const entries = u16(b, ifd, le);
  let width = 0;
  let height = 0;
  for (let k = 0; k < entries; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > b.length) return null;
    const tag = u16(b, e, le);
    const type = u16(b, e + 2, le);
    const value = type === 3 ? u16(b, e + 8, le) : u32(b, e + 8, le);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width && height ? { width, height } : null;
}
