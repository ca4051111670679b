// The grey page image pdftoppm -gray writes (binary PGM, P5, 8-bit): its header read without a decoder, and a smaller
// copy for the barcode reader (a separator's code is large; reading it at a third of the OCR resolution is enough).

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row (0 black … 255 white). */
  pixels: Uint8Array;
}

/** The pixels of a binary 8-bit PGM (P5) as pdftoppm -gray writes it; null when not such a PGM. */
export function parsePgm(pgm: Uint8Array): GreyImage | null {
  // Header: "P5", width, height, maxval, separated by whitespace (comments start with #), then one byte per pixel.
  let at = 0;
  const tokens: string[] = [];
  const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0b || b === 0x0c;
  while (tokens.length < 4 && at < pgm.length && at < 1024) {
    while (at < pgm.length && isSpace(pgm[at])) at++;
    if (pgm[at] === 0x23) {
      while (at < pgm.length && pgm[at] !== 0x0a) at++;
      continue;
    }
    let token = '';
    while (at < pgm.length && !isSpace(pgm[at])) token += String.fromCharCode(pgm[at++]!);
    tokens.push(token);
  }
  at++; // the single whitespace after maxval
  const [magic, w, h, max] = tokens;
  const width = Number(w);
  const height = Number(h);
  if (magic !== 'P5' || Number(max) !== 255 || !Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) return null;
  if (pgm.length - at < width * height) return null;
  return { width, height, pixels: pgm.subarray(at, at + width * height) };
}

/** The image shrunk by an integer factor (each output pixel the mean of a factor × factor block). */
export function shrinkGrey(img: GreyImage, factor: number): GreyImage {
  const f = Math.max(1, Math.floor(factor));
  if (f === 1) return img;
  const width = Math.floor(img.width / f);
  const height = Math.floor(img.height / f);
  const pixels = new Uint8Array(width * height);
  const area = f * f;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < f; dy++) {
        const row = (y * f + dy) * img.width + x * f;
        for (let dx = 0; dx < f; dx++) sum += img.pixels[row + dx]!;
      }
      pixels[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, pixels };
}
