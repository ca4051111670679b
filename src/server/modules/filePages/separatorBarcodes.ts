// Separator sheets' barcodes, read and written with ZXing (zxing-wasm: WebAssembly, no native build). The .wasm file is
// read from node_modules and handed to the module, so nothing is fetched at run time (the library's default would
// download it). The module is loaded on first use only: a server that never reads a page never loads it.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as ZxingModule from 'zxing-wasm/full';
import { shrinkGrey, type GreyImage } from '../../../domain/filePages/pgm';
import { separatorOf } from '../../../domain/filePages/separatorSheets';

type Zxing = typeof ZxingModule;

/** Separator codes are large (≈ 45 mm): a page is searched at about this resolution, a ninth of the pixels at 300 dpi. */
export const BARCODE_DPI = 100;

let loading: Promise<Zxing> | null = null;

function zxing(): Promise<Zxing> {
  loading ??= (async () => {
    const z = await import('zxing-wasm/full');
    const file = await fs.readFile(createRequire(import.meta.url).resolve('zxing-wasm/full/zxing_full.wasm'));
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    await z.prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
    return z;
  })().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** The separator named by a QR or Code 128 barcode on a page rendered at `dpi` ('' bare, else the kind), or null. */
export async function readSeparator(page: GreyImage, dpi: number): Promise<string | null> {
  const z = await zxing();
  const small = shrinkGrey(page, Math.round(dpi / BARCODE_DPI));
  // The reader takes RGBA pixels (it turns them back to grey itself).
  const data = new Uint8ClampedArray(small.width * small.height * 4);
  for (let i = 0, j = 0; i < small.pixels.length; i++, j += 4) {
    const v = small.pixels[i]!;
    data[j] = v;
    data[j + 1] = v;
    data[j + 2] = v;
    data[j + 3] = 255;
  }
  const found = await z.readBarcodes({ data, width: small.width, height: small.height, colorSpace: 'srgb' } as ImageData, { formats: ['QRCode', 'Code128'], maxNumberOfSymbols: 4, tryHarder: true });
  return separatorOf(found.filter((b) => b.isValid).map((b) => b.text));
}

/** A QR code as its modules (true: dark), to be drawn as vector squares on a printed sheet. */
export async function qrModules(payload: string): Promise<boolean[][]> {
  const z = await zxing();
  const out = await z.writeBarcode(payload, { format: 'QRCode', ecLevel: 'M', scale: 1, addQuietZones: false });
  if (out.error) throw new Error(`QR code not written: ${out.error}`);
  const { data, width, height } = out.symbol;
  return Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => data[y * width + x]! < 128));
}
