// The dossier's reading pane (issue 20 item 4): an item's pages with their text and OCR word boxes, and the reader's
// own notes and bookmarks on pages — private to their author, never part of the dossier.
import Type, { type Static } from 'typebox';
import { Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const DOSSIER_NOTE_MAX_LENGTH = 2000;
export const DOSSIER_PAGE_MAX = 100_000;

export const PageWord = Type.Object({
  text: Type.String(),
  /** [x0, y0, x1, y1] in the pixels of the page image (`imageWidth` × `imageHeight`). */
  box: Type.Array(Type.Number(), { minItems: 4, maxItems: 4 }),
});

export const ItemPage = Type.Object({
  pageNo: Type.Integer({ minimum: 1 }),
  status: Type.Enum(['pending', 'done', 'failed']),
  source: Nullable(Type.Enum(['textLayer', 'ocr'])),
  text: Nullable(Type.String()),
  /** OCR pages: the words with their boxes (null for text-layer pages, or when `words=false` was asked). */
  words: Nullable(Type.Array(PageWord)),
  imageWidth: Nullable(Type.Integer()),
  imageHeight: Nullable(Type.Integer()),
  dpi: Nullable(Type.Integer()),
});
export type ItemPage = Static<typeof ItemPage>;

export const ItemPages = Type.Object({
  attachmentId: Type.Integer(),
  status: Type.Enum(['notQueued', 'queued', 'splitting', 'done', 'failed']),
  pageCount: Nullable(Type.Integer()),
  pages: Type.Array(ItemPage),
});
export type ItemPages = Static<typeof ItemPages>;

export const ItemPagesQuery = Type.Object(
  { words: Type.Optional(Type.Boolean({ description: 'include OCR word boxes (default true)' })) },
  { additionalProperties: false },
);

const NoteKind = Type.Enum(['note', 'bookmark']);

export const DossierNote = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  attachmentId: Type.Integer(),
  page: Type.Integer(),
  kind: NoteKind,
  /** A note's text; a bookmark's optional label. */
  text: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type DossierNote = Static<typeof DossierNote>;

export const DossierNotes = Type.Array(DossierNote);

export const NewDossierNote = Type.Object(
  {
    attachmentId: Id,
    page: Type.Integer({ minimum: 1, maximum: DOSSIER_PAGE_MAX }),
    kind: NoteKind,
    text: Type.Optional(Type.String({ maxLength: DOSSIER_NOTE_MAX_LENGTH })),
  },
  { additionalProperties: false },
);
export type NewDossierNote = Static<typeof NewDossierNote>;

export const DossierNoteEdit = Type.Object(
  { text: Type.String({ maxLength: DOSSIER_NOTE_MAX_LENGTH }) },
  { additionalProperties: false },
);
export type DossierNoteEdit = Static<typeof DossierNoteEdit>;
