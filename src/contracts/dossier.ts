// 电子卷宗: the case's dossier as a catalogue tree (正卷, and 副卷 for the court's staff) and staff edits to it.
import Type, { type Static } from 'typebox';
import { Bilingual, Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const DossierItem = Type.Object({
  /** The item is the case's file: its id is the attachment id, downloaded at /api/v1/attachments/:id/content. */
  id: Type.Integer(),
  title: Type.String(),
  kind: Type.String(),
  source: Type.String({ description: 'filed | evidence | generated | serviceProof | hearingRecord | mediation | execution | internal | other' }),
  /** The date the file came into the case (Asia/Shanghai). */
  date: Type.String({ description: 'YYYY-MM-DD' }),
  fileName: Type.String(),
  mimeType: Type.String(),
  sha256: Type.String(),
  pageCount: Nullable(Type.Integer()),
  firstPage: Nullable(Type.Integer()),
  lastPage: Nullable(Type.Integer()),
  sectionKey: Type.String(),
  volume: Type.Union([Type.Literal('main'), Type.Literal('secondary')]),
  downloadUrl: Type.String(),
  /** The file as it is read in the viewer (a DOCX as its PDF rendition, once converted). */
  viewUrl: Type.String(),
  /** How the reading of the item's pages stands (split and OCR in a background job); null for a file never queued. */
  reading: Nullable(
    Type.Object({
      status: Type.Enum(['queued', 'splitting', 'done', 'failed']),
      pagesRead: Type.Integer({ description: 'pages read or failed so far' }),
      pagesFailed: Type.Integer(),
      error: Nullable(Type.Object({ code: Type.String(), messages: Bilingual })),
    }),
  ),
});
export type DossierItem = Static<typeof DossierItem>;

export const DossierSection = Type.Object({
  key: Type.String(),
  title: Type.String(),
  /** Whether staff may file materials into it (卷内目录 is generated, not filed). */
  acceptsFiles: Type.Boolean(),
  items: Type.Array(DossierItem),
});

export const DossierVolume = Type.Object({
  volume: Type.Union([Type.Literal('main'), Type.Literal('secondary')]),
  title: Type.String(),
  /** Null while some item's page count is unknown. */
  pageCount: Nullable(Type.Integer()),
  sections: Type.Array(DossierSection),
});

export const Dossier = Type.Object({
  caseId: Type.Integer(),
  /** Whether the reader may arrange it (court staff of the case's court). */
  canEdit: Type.Boolean(),
  /** 正卷 always; 副卷 only for the court's staff. */
  volumes: Type.Array(DossierVolume),
});
export type Dossier = Static<typeof Dossier>;

export const DossierItemParams = Type.Object({ id: Id, itemId: Id }, { additionalProperties: false });

export const DossierItemEdit = Type.Object(
  {
    /** Rename. */
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    /** Move to a section of the catalogue (in either volume). */
    sectionKey: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    /** Index in the (target) section, 0 first; past the end means last. */
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type DossierItemEdit = Static<typeof DossierItemEdit>;

export const DossierFileItems = Type.Object(
  {
    /** Uploads by the same user (POST /api/v1/uploads), not yet part of any case. */
    attachmentIds: Type.Array(Id, { minItems: 1, maxItems: 50 }),
    /** The catalogue section they go into (正卷 or 副卷). */
    sectionKey: Type.String({ minLength: 1, maxLength: 60 }),
  },
  { additionalProperties: false },
);
export type DossierFileItems = Static<typeof DossierFileItems>;

export const DossierSplitProposal = Type.Object({
  pageCount: Type.Integer(),
  /** Separator pages between the documents of a batch scan: blank pages and printed separator sheets (分隔页). */
  separators: Type.Array(Type.Integer()),
  /** Runs of pages between separators: the proposed items, with the kind a separator sheet names and the section it goes to. */
  parts: Type.Array(
    Type.Object({
      fromPage: Type.Integer(),
      toPage: Type.Integer(),
      kind: Nullable(Type.String({ description: 'the item kind named by the separator sheet before the part' })),
      sectionKey: Nullable(Type.String({ description: 'the catalogue section of that kind; null: staff choose' })),
    }),
  ),
  pages: Type.Array(
    Type.Object({
      pageNo: Type.Integer(),
      blank: Type.Boolean(),
      separator: Nullable(Type.Enum(['blank', 'barcode'], { description: 'why the page is a separator; null: a page of a document' })),
      separatorKind: Nullable(Type.String({ description: 'the item kind a separator sheet names; null: a bare sheet or none' })),
      excerpt: Type.String({ description: 'the first words of the page' }),
    }),
  ),
});

export const DossierSeparatorSheetsQuery = Type.Object(
  { sectionKey: Type.Optional(Type.String({ minLength: 1, maxLength: 60, description: 'only the sheet for this catalogue section; all sections (and a bare sheet) when absent' })) },
  { additionalProperties: false },
);

export const DossierSplitPlan = Type.Object(
  {
    parts: Type.Array(
      Type.Object(
        {
          fromPage: Type.Integer({ minimum: 1 }),
          toPage: Type.Integer({ minimum: 1 }),
          sectionKey: Type.String({ minLength: 1, maxLength: 60 }),
          title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);
export type DossierSplitPlan = Static<typeof DossierSplitPlan>;
export type DossierSplitProposal = Static<typeof DossierSplitProposal>;
