import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toHex } from '../transparency/bytes';
import { webEd25519Verify, webSha256 } from '../transparency/webCrypto';
import { ARCHIVE_FORMAT, archiveFileName, CATALOGUE_PATH, MANIFEST_PATH, safeArchivePath, verifyArchive, type ArchiveCatalogue, isArchivableNode } from './archivePackage';

const crypto = { sha256: webSha256, ed25519Verify: webEd25519Verify };
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A package of the given files with its catalogue (no items, no events) and manifest. */
async function pack(files: Map<string, Uint8Array>): Promise<Map<string, Uint8Array>> {
  const catalogue: ArchiveCatalogue = { format: ARCHIVE_FORMAT, caseId: 7, caseNumber: null, caseType: '民初', courtName: '法院', volumes: [], events: [] };
  const all = new Map(files).set(CATALOGUE_PATH, utf8(JSON.stringify(catalogue)));
  const manifest = { format: ARCHIVE_FORMAT, caseId: 7, caseNumber: null, createdAt: '2026-12-07T00:00:00Z', files: await Promise.all([...all].map(async ([path, b]) => ({ path, sha256: toHex(await webSha256(b)), size: b.length }))) };
  return all.set(MANIFEST_PATH, utf8(JSON.stringify(manifest)));
}

const fileMap = fc.uniqueArray(fc.tuple(fc.stringMatching(/^files\/[a-z0-9]{1,8}\.bin$/), fc.uint8Array({ minLength: 1, maxLength: 64 })), { minLength: 1, maxLength: 5, selector: ([p]) => p });

describe('archive package', () => {
  test('a package whose files match its manifest verifies; one changed byte in any file fails, naming that file', async () => {
    await fc.assert(
      fc.asyncProperty(fileMap, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (entries, which, at, flip) => {
        const files = await pack(new Map(entries));
        expect((await verifyArchive(files, {}, crypto)).outcome).toBe('verified');
        const [path, bytes] = entries[which % entries.length]!;
        const changed = Uint8Array.from(bytes);
        changed[at % changed.length] = changed[at % changed.length]! ^ flip;
        const v = await verifyArchive(new Map(files).set(path, changed), {}, crypto);
        expect(v.outcome).toBe('failed');
        expect(v.checks.filter((c) => c.result === 'fail').map((c) => c.path)).toEqual([path]);
      }),
      { numRuns: 50 },
    );
  });

  test('a file missing, a file not listed, or no manifest fails', async () => {
    const files = await pack(new Map([['files/a.bin', utf8('a')]]));
    const without = new Map(files);
    without.delete('files/a.bin');
    expect((await verifyArchive(without, {}, crypto)).checks.find((c) => c.result === 'fail')!.detail).toContain('missing');
    expect((await verifyArchive(new Map(files).set('files/extra.bin', utf8('x')), {}, crypto)).checks.find((c) => c.result === 'fail')!.path).toBe('files/extra.bin');
    const noManifest = new Map(files);
    noManifest.delete(MANIFEST_PATH);
    expect((await verifyArchive(noManifest, {}, crypto)).outcome).toBe('failed');
  });

  test('paths stay inside the package', () => {
    expect(['files/1-a.pdf', 'receipts/file-1.json'].every(safeArchivePath)).toBe(true);
    expect(['/etc/passwd', '../x', 'a/../../x', 'a\\b', '', 'a//b'].some(safeArchivePath)).toBe(false);
    fc.assert(fc.property(fc.integer({ min: 1 }), fc.string(), (id, name) => safeArchivePath(archiveFileName(id, name))));
    expect(archiveFileName(3, '../起诉状.pdf')).toBe('files/3-__起诉状.pdf');
  });
});

test('a dossier is packed once its case is closed or archived, not before', () => {
  expect(['closed', 'archived'].map(isArchivableNode)).toEqual([true, true]);
  expect(['submitted', 'assigned', 'heard', 'ruled'].map(isArchivableNode)).toEqual([false, false, false, false]);
});
