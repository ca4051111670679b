// The pages of an uploaded file as the reading job left them: each page's text and where it came from, or why it failed.
import Type, { type Static } from 'typebox';
import { Bilingual } from './common';
import { Job } from './jobs';

const Problem = Type.Union([Type.Object({ code: Type.String(), message: Type.String(), messages: Bilingual }), Type.Null()]);

export const FilePage = Type.Object({
  pageNo: Type.Integer({ minimum: 1 }),
  status: Type.Enum(['pending', 'done', 'failed']),
  source: Type.Union([Type.Enum(['textLayer', 'ocr']), Type.Null()], { description: "textLayer: the PDF's own text; ocr: Tesseract chi_sim at `dpi`" }),
  text: Type.Union([Type.String(), Type.Null()]),
  dpi: Type.Union([Type.Integer(), Type.Null()]),
  confidence: Type.Union([Type.Number(), Type.Null()], { description: 'mean OCR word confidence, 0–100' }),
  error: Problem,
});

export const FilePages = Type.Object({
  attachmentId: Type.Integer(),
  status: Type.Enum(['notQueued', 'queued', 'splitting', 'done', 'failed'], { description: 'notQueued: uploaded before page reading existed' }),
  pageCount: Type.Union([Type.Integer(), Type.Null()]),
  error: Problem,
  job: Type.Union([Job, Type.Null()], { description: 'the latest reading job and its progress (pages done of total)' }),
  pages: Type.Array(FilePage),
});
export type FilePages = Static<typeof FilePages>;
