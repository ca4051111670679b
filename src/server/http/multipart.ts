// Multipart requests carry exactly one file: a second one is refused, never silently dropped.
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from './appError';
import { withoutBidiControls } from './textInput';

export interface OneFile<T> {
  /** What `receive` made of the file's content. */
  content: T;
  /** The client's file name, made safe to store and show. */
  fileName: string;
  /** The text fields sent with the file. */
  fields: Record<string, string>;
}

// Path separators, control and bidirectional-override characters never reach a stored name.
export function safeFileName(name: string, fallback = 'file'): string {
  // eslint-disable-next-line no-control-regex
  return withoutBidiControls(name.normalize('NFC')).replace(/[\\/\u0000-\u001f\u007f]/g, '_').slice(0, 200) || fallback;
}

/**
 * Reads the whole request: `receive` consumes the one file part (its stream must be read to the end), text fields
 * are collected. On any refusal after `receive` ran — a second file, a broken request — `undo` gets what it made.
 */
export async function receiveOneFile<T>(
  req: FastifyRequest,
  receive: (part: MultipartFile) => Promise<T>,
  undo: (content: T) => Promise<void> = async () => {},
  maxFileBytes?: number,
): Promise<OneFile<T>> {
  let received: { content: T; fileName: string } | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts(maxFileBytes ? { limits: { fileSize: maxFileBytes } } : undefined)) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (received) throw new AppError(400, 'UPLOAD_ONE_FILE', '每次只能上传一个文件。', 'Upload one file at a time.');
      received = { content: await receive(part), fileName: part.filename };
    }
  } catch (e) {
    if (received) await undo(received.content);
    throw e;
  }
  if (!received) throw new AppError(400, 'UPLOAD_MISSING_FILE', '请选择要上传的文件。', 'Choose a file to upload.');
  return { content: received.content, fileName: received.fileName, fields };
}
