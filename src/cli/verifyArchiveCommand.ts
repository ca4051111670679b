// `courtflow verify <archive.zip> [--key <court verifier key>]`: checks a case's archive package (归档) offline —
// every file against manifest.json, every item's file against its receipt, every receipt's proof and signature —
// and says what failed. Exit codes are those of `courtflow verify` (VERIFY_EXIT). The rule is verifyArchive's
// (src/domain/dossier/archivePackage.ts); this only reads the ZIP.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { safeArchivePath, verifyArchive } from '../domain/dossier/archivePackage';
import { webEd25519Verify, webSha256 } from '../domain/transparency/webCrypto';
import { VERIFY_EXIT } from './verifyExit';

const MARK = { ok: 'ok  ', fail: 'FAIL', unproven: '??  ' } as const;

/** Unzips the package into path → bytes; a path that would leave the package, or a duplicate, is refused. */
export async function readArchive(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    if (!safeArchivePath(entry.name)) throw new Error(`unsafe path in the package: ${JSON.stringify(entry.name)}`);
    if (files.has(entry.name)) throw new Error(`the package holds ${entry.name} twice`);
    files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}

export async function verifyArchiveCommand(path: string, key: string | undefined, out: (line: string) => void = console.log): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    console.error(`cannot read the archive package: ${(e as Error).message}`);
    return VERIFY_EXIT.usage;
  }
  let files: Map<string, Uint8Array>;
  try {
    files = await readArchive(bytes);
  } catch (e) {
    // A damaged ZIP (a changed byte its CRC-32 catches, a truncated file) is a failed package, not a usage error.
    out(`FAIL zip      ${path}: ${(e as Error).message}`);
    out('NOT VERIFIED: the package cannot be unpacked');
    return VERIFY_EXIT.failed;
  }
  const v = await verifyArchive(files, key ? { verifierKey: key } : {}, { sha256: webSha256, ed25519Verify: webEd25519Verify });
  // Every failure line by line; receipts that only lack a trusted key, counted once.
  for (const c of v.checks) if (c.result === 'fail') out(`${MARK[c.result]} ${c.what.padEnd(8)} ${c.path}: ${c.detail}`);
  const unproven = v.checks.filter((c) => c.result === 'unproven');
  if (unproven.length) out(`${MARK.unproven} receipt  ${unproven.length} receipts are consistent, but ${unproven[0]!.detail.replace(/^.*?: consistent, but /, '')}`);
  out(`checked: ${v.counts.files} files against manifest.json, ${v.counts.items} items against the catalogue, ${v.counts.receipts} receipts`);
  const packaged = files.get('verifier-key.txt');
  if (v.outcome === 'verified') out('VERIFIED');
  else if (v.outcome === 'failed') out(`NOT VERIFIED: ${v.checks.filter((c) => c.result === 'fail').length} check(s) failed (see FAIL above)`);
  else {
    if (packaged) out(`the package names the log key ${new TextDecoder().decode(packaged).trim()} — anyone can make such a key`);
    out("UNAUTHENTICATED: nothing failed, but who signed the receipts is not established; pass --key with the court's published key");
  }
  return VERIFY_EXIT[v.outcome];
}
