// Separator sheets (分隔页) the court prints and puts between the documents of a batch scan: each carries a QR code
// whose payload names it a CourtFlow separator and, optionally, the kind of the item that follows (the kinds of the
// dossier catalogue, src/domain/dossier/catalogue.ts). The payload is printed beside the code too, so a separator
// page that reached the file as a PDF page (with a text layer) is recognised without decoding an image.

/** The payload's prefix: `CFSEP` alone is a bare separator, `CFSEP:evidence` one followed by evidence. */
export const SEPARATOR_PREFIX = 'CFSEP';

/** An item kind as the catalogue spells them (camelCase identifiers). */
const KIND = /^[A-Za-z][A-Za-z0-9]{0,39}$/u;

export function separatorPayload(kind?: string | null): string {
  if (kind === undefined || kind === null || kind === '') return SEPARATOR_PREFIX;
  if (!KIND.test(kind)) throw new Error(`not an item kind: ${kind}`);
  return `${SEPARATOR_PREFIX}:${kind}`;
}

/** The separator a decoded barcode names: '' for a bare separator, the kind after it, or null when it is not ours. */
export function parseSeparatorPayload(payload: string): string | null {
  const text = payload.trim();
  if (text === SEPARATOR_PREFIX) return '';
  if (!text.startsWith(`${SEPARATOR_PREFIX}:`)) return null;
  const kind = text.slice(SEPARATOR_PREFIX.length + 1);
  return KIND.test(kind) ? kind : null;
}

/** The first separator payload among decoded barcodes; null when none is ours. */
export function separatorOf(payloads: readonly string[]): string | null {
  for (const p of payloads) {
    const s = parseSeparatorPayload(p);
    if (s !== null) return s;
  }
  return null;
}

/** A separator sheet's payload in a page's text layer (the sheet prints it under the code), or null. */
export function separatorInText(text: string): string | null {
  const m = /(?<![A-Za-z0-9])CFSEP(?::([A-Za-z][A-Za-z0-9]{0,39}))?(?![A-Za-z0-9:])/u.exec(text);
  if (!m) return null;
  return m[1] ?? '';
}
