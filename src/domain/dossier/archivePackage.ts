// The archive package (归档) of a case: what it holds and how anyone checks it offline, years later, without the
// server — every file's SHA-256 against the manifest, every item's file against its transparency-log receipt, and
// every receipt's proof and signature (verifyReceipt). The server builds it (src/server/modules/dossierExport), the
// CLI reads the ZIP and judges it here (`courtflow verify <archive.zip>`); see docs/dossier.md.
import { toHex, type Bytes } from '../transparency/bytes';
import { verifyReceipt, type CheckResult, type Outcome, type TrustPolicy, type VerifyCrypto } from '../transparency/receipt';

export const ARCHIVE_FORMAT = 'courtflow-archive/1';

/** A dossier is packed for the archive once the case is closed (and again on request after 归档): its file is complete. */
export const isArchivableNode = (node: string): boolean => node === 'closed' || node === 'archived';
export const MANIFEST_PATH = 'manifest.json';
export const CATALOGUE_PATH = 'catalogue.json';

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

/** Every file of the package but the manifest itself, with its SHA-256. */
export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  caseId: number;
  caseNumber: string | null;
  createdAt: string;
  files: ManifestFile[];
}

export interface ArchivedItem {
  id: number;
  title: string;
  kind: string;
  source: string;
  date: string;
  fileName: string;
  mimeType: string;
  sha256: string;
  /** Pages in the volume's PDF (as exported: an item without a PDF form is one placeholder page). */
  firstPage: number;
  lastPage: number;
  /** The original file inside the package. */
  file: string;
  /** Its receipt inside the package; null when the file is not in the log (then the check fails). */
  receipt: string | null;
}

export interface ArchivedEvent {
  seq: number;
  event: string;
  at: string;
  receipt: string | null;
}

/** catalogue.json: the volumes' catalogue trees as archived, and the case's timeline entries. */
export interface ArchiveCatalogue {
  format: typeof ARCHIVE_FORMAT;
  caseId: number;
  caseNumber: string | null;
  caseType: string;
  courtName: string;
  volumes: { volume: 'main' | 'secondary'; title: string; pdf: string; pageCount: number; sections: { key: string; title: string; items: ArchivedItem[] }[] }[];
  events: ArchivedEvent[];
}

export interface ArchiveCheck {
  /** The package path checked. */
  path: string;
  what: 'manifest' | 'hash' | 'item' | 'receipt';
  result: CheckResult;
  detail: string;
}

export interface ArchiveVerdict {
  outcome: Outcome;
  checks: ArchiveCheck[];
  /** Files whose hash matched the manifest; receipts checked. */
  counts: { files: number; items: number; receipts: number };
}

/** A path that stays inside the package whatever unpacks it (no absolute path, no `..`, no backslash). */
export function safeArchivePath(p: string): boolean {
  return p.length > 0 && p.length < 400 && !p.startsWith('/') && !p.includes('\\') && p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** A file name for inside the package: the item's id first (unique), then its name without path separators. */
export function archiveFileName(id: number, fileName: string): string {
  const clean = [...fileName].map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('').replace(/^\.+/, '_').slice(-120);
  return `files/${id}-${clean || 'file'}`;
}

const parseJson = (b: Bytes | undefined): unknown => {
  if (!b) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(b)) as unknown;
  } catch {
    return undefined;
  }
};

function isManifest(m: unknown): m is ArchiveManifest {
  const x = m as ArchiveManifest;
  return !!x && x.format === ARCHIVE_FORMAT && Array.isArray(x.files) && x.files.every((f) => typeof f?.path === 'string' && typeof f.sha256 === 'string' && Number.isSafeInteger(f.size));
}

function isCatalogue(c: unknown): c is ArchiveCatalogue {
  const x = c as ArchiveCatalogue;
  return !!x && x.format === ARCHIVE_FORMAT && Number.isSafeInteger(x.caseId) && Array.isArray(x.volumes) && Array.isArray(x.events);
}

/**
 * Judges a package given as its files (path → bytes). failed: a file is missing, changed or unlisted, or a receipt
 * does not verify; unauthenticated: nothing failed but no key the caller trusts vouches for the checkpoints (as
 * `courtflow verify` without --key); verified: everything holds under the trusted key.
 */
export async function verifyArchive(files: ReadonlyMap<string, Bytes>, trust: TrustPolicy, c: VerifyCrypto): Promise<ArchiveVerdict> {
  const checks: ArchiveCheck[] = [];
  const counts = { files: 0, items: 0, receipts: 0 };
  const add = (path: string, what: ArchiveCheck['what'], result: CheckResult | boolean, detail: string) =>
    checks.push({ path, what, result: result === true ? 'ok' : result === false ? 'fail' : result, detail });
  const done = (): ArchiveVerdict => {
    const outcome: Outcome = !checks.length || checks.some((x) => x.result === 'fail') ? 'failed' : checks.some((x) => x.result === 'unproven') ? 'unauthenticated' : 'verified';
    return { outcome, checks, counts };
  };

  const manifest = parseJson(files.get(MANIFEST_PATH));
  if (!isManifest(manifest)) {
    add(MANIFEST_PATH, 'manifest', false, `missing or not a ${ARCHIVE_FORMAT} manifest`);
    return done();
  }
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.path);
    const bytes = files.get(f.path);
    if (!bytes) {
      add(f.path, 'hash', false, 'listed in the manifest but missing from the package');
      continue;
    }
    const got = toHex(await c.sha256(bytes));
    const same = got === f.sha256.toLowerCase() && bytes.length === f.size;
    add(f.path, 'hash', same, same ? `SHA-256 ${got}` : `SHA-256 ${got} (${bytes.length} bytes) ≠ manifest ${f.sha256} (${f.size} bytes)`);
    if (same) counts.files++;
  }
  for (const path of files.keys()) if (path !== MANIFEST_PATH && !listed.has(path)) add(path, 'manifest', false, 'in the package but not listed in the manifest');

  const catalogue = parseJson(files.get(CATALOGUE_PATH));
  if (!isCatalogue(catalogue) || catalogue.caseId !== manifest.caseId) {
    add(CATALOGUE_PATH, 'manifest', false, `missing, unreadable or not of case ${manifest.caseId}`);
    return done();
  }
  const receipt = async (path: string | null, owner: string, expect: Record<string, unknown>, file?: Bytes) => {
    const r = path === null ? undefined : parseJson(files.get(path));
    if (r === undefined) {
      add(path ?? owner, 'receipt', false, `${owner}: no receipt in the package`);
      return;
    }
    const v = await verifyReceipt(r, { ...trust, ...(file ? { file } : {}) }, c);
    counts.receipts++;
    const wrong = Object.entries(expect).filter(([k, want]) => v.entry?.[k] !== want);
    if (wrong.length) add(path!, 'receipt', false, `${owner}: the receipt is for another entry (${wrong.map(([k, want]) => `${k} ${JSON.stringify(v.entry?.[k])} ≠ ${JSON.stringify(want)}`).join(', ')})`);
    const failed = v.checks.filter((x) => x.result === 'fail');
    if (failed.length) add(path!, 'receipt', false, `${owner}: ${failed.map((x) => `${x.id}: ${x.detail}`).join('; ')}`);
    else if (v.outcome !== 'verified') add(path!, 'receipt', 'unproven', `${owner}: consistent, but ${v.unproven.map((u) => u.detail).join('; ')}`);
    else add(path!, 'receipt', true, `${owner}: leaf ${(r as { leafIndex: number }).leafIndex} included and signed`);
  };

  for (const volume of catalogue.volumes)
    for (const section of volume.sections)
      for (const item of section.items) {
        const owner = `item ${item.id} 《${item.title}》`;
        const bytes = safeArchivePath(item.file) ? files.get(item.file) : undefined;
        if (!bytes) {
          add(item.file, 'item', false, `${owner}: its file is missing from the package`);
          continue;
        }
        const got = toHex(await c.sha256(bytes));
        add(item.file, 'item', got === item.sha256, got === item.sha256 ? `${owner}: SHA-256 as catalogued` : `${owner}: SHA-256 ${got} ≠ catalogue ${item.sha256}`);
        counts.items++;
        await receipt(item.receipt, owner, { kind: 'caseFile', attachmentId: item.id, caseId: catalogue.caseId }, bytes);
      }
  for (const e of catalogue.events) await receipt(e.receipt, `timeline entry ${e.seq} (${e.event})`, { kind: 'caseEvent', seq: e.seq, caseId: catalogue.caseId });
  return done();
}
