// One uploaded file staged in the blob store, refused with the caller's own "too large" answer when it passes the
// limit (the stream is cut there, never read on): the upload routes share this.
import type { FastifyRequest } from 'fastify';
import type { AppError } from '../http/appError';
import { receiveOneFile, type OneFile } from '../http/multipart';
import { BlobTooLargeError, type BlobStore, type StagedBlob } from './blobStore';

export async function receiveStagedFile(req: FastifyRequest, blobs: BlobStore, maxBytes: number, tooLarge: (max: number) => AppError, limitParts = false): Promise<OneFile<StagedBlob>> {
  return receiveOneFile(
    req,
    async (part) => {
      const staged = await blobs.stage(part.file, maxBytes).catch((e: unknown) => {
        throw e instanceof BlobTooLargeError || part.file.truncated ? tooLarge(maxBytes) : e;
      });
      if (part.file.truncated) {
        await staged.discard();
        throw tooLarge(maxBytes);
      }
      return staged;
    },
    (staged) => staged.discard(),
    limitParts ? maxBytes : undefined,
  );
}
