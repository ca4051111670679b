// Dossier files live in a blob store behind this interface: a local directory by default (S3 by configuration later).
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
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

export interface BlobStore {
  /** Stores a stream; rejects with `BlobTooLargeError` past `maxBytes` and keeps nothing. */
  put(stream: Readable, maxBytes: number): Promise<StoredBlob>;
  get(key: string): Readable;
  remove(key: string): Promise<void>;
}

export class BlobTooLargeError extends Error {}

export function localBlobStore(root: string): BlobStore {
  const fileOf = (key: string) => path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  return {
    async put(stream, maxBytes) {
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
        await fs.mkdir(path.dirname(dest), { recursive: true });
        await fs.rename(tmp, dest);
        return { key: sha256, sha256, size, head: Buffer.concat(heads) };
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
    },
    get: (key) => createReadStream(fileOf(key)),
    async remove(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
