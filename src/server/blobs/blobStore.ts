// Dossier files live in a blob store behind this interface: a local directory by default (S3 by configuration later).
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredBlob {
  key: string;
  sha256: string;
  size: number;
  /** The first bytes of the content, for type detection. */
  head: Buffer;
}

/** Content received but not yet stored: checks run on it before anything is visible under its key. */
export interface StagedBlob extends StoredBlob {
  /** Stores the content under its key (identical content may already be there: keys are content hashes). */
  keep(): Promise<void>;
  /** Drops the staged copy only; content already stored under the same key is another upload's and stays. */
  discard(): Promise<void>;
}

// Nothing here deletes stored content: keys are shared by every upload of the same bytes, so only a retention job
// that knows every reference may ever remove one (there is none yet; see docs/security.md).
export interface BlobStore {
  /** Receives a stream into a staging area; rejects with `BlobTooLargeError` past `maxBytes` and keeps nothing. */
  stage(stream: Readable, maxBytes: number): Promise<StagedBlob>;
  /** Opens stored content; rejects with `BlobMissingError` when nothing is stored under the key. */
  open(key: string): Promise<Readable>;
  /** Resolves when a file can be written to and removed from the store now; rejects with the reason otherwise. */
  check(): Promise<void>;
}

export class BlobTooLargeError extends Error {}

export class BlobMissingError extends Error {
  constructor(readonly key: string) {
    super(`no stored content under ${key}`);
  }
}

export function localBlobStore(root: string): BlobStore {
  const fileOf = (key: string) => path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  return {
    async stage(stream, maxBytes) {
      await fs.mkdir(path.join(root, 'tmp'), { recursive: true });
      const tmp = path.join(root, 'tmp', randomBytes(12).toString('hex'));
      const hash = createHash('sha256');
      let size = 0;
      const heads: Buffer[] = [];
      let headLen = 0;
      try {
        await pipeline(
          stream,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              size += chunk.length;
              if (size > maxBytes) throw new BlobTooLargeError();
              if (headLen < 64) {
                heads.push(chunk.subarray(0, 64 - headLen));
                headLen += Math.min(chunk.length, 64 - headLen);
              }
              hash.update(chunk);
              yield chunk;
            }
          },
          createWriteStream(tmp, { mode: 0o600 }),
        );
        const sha256 = hash.digest('hex');
        const dest = fileOf(sha256);
        return {
          key: sha256,
          sha256,
          size,
          head: Buffer.concat(heads),
          async keep() {
            await fs.mkdir(path.dirname(dest), { recursive: true });
            await fs.rename(tmp, dest);
          },
          discard: () => fs.rm(tmp, { force: true }),
        };
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
    },
    async open(key) {
      try {
        return (await fs.open(fileOf(key))).createReadStream();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobMissingError(key);
        throw e;
      }
    },
    async check() {
      // A real write: a read-only or full volume, or a directory the server may not write, fails here as an upload would.
      await fs.mkdir(path.join(root, 'tmp'), { recursive: true });
      const probe = path.join(root, 'tmp', `health-${randomBytes(6).toString('hex')}`);
      await fs.writeFile(probe, 'ok', { mode: 0o600 });
      await fs.rm(probe, { force: true });
    },
  };
}
