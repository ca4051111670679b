// 卷宗检索: full-text search over the dossier pages a user may see (across cases, or inside one case's dossier).
import Type, { type Static } from 'typebox';
import { Page, PageQuery, SortParam } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const DOSSIER_SEARCH_SORT_COLUMNS = ['added', 'relevance', 'case'] as const;

const SearchText = Type.String({
  minLength: 1,
  maxLength: 100,
  description: 'terms separated by spaces must all be on the page; a "quoted phrase" must appear as written (spaces next to Chinese characters do not count)',
});
const Kind = Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'document kind (the attachment category, e.g. complaint, evidence, judgment)' }));

export const DossierSearchQuery = Type.Object(
  {
    q: SearchText,
    courtId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 })),
    caseType: Type.Optional(Type.String({ minLength: 1, maxLength: 4 })),
    /** The case's year: its number's year, else the year it was received. */
    year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2200 })),
    kind: Kind,
    /** '-added' (default): newest item first, its pages in order; relevance (ts_rank of the page); case (case, item, page). */
    sort: SortParam(DOSSIER_SEARCH_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type DossierSearchQuery = Static<typeof DossierSearchQuery>;

export const CaseDossierSearchQuery = Type.Object({ q: SearchText, kind: Kind, sort: SortParam(DOSSIER_SEARCH_SORT_COLUMNS), ...PageQuery }, { additionalProperties: false });
export type CaseDossierSearchQuery = Static<typeof CaseDossierSearchQuery>;

const Range = Type.Object({ start: Type.Integer(), end: Type.Integer() });

/** A search counts at most this many hits (then `totalAtLeast`): a phrase of the documents' standard wording is on most pages. */
export const SEARCH_COUNT_CAP = 1000;

export const DossierSearchHit = Type.Object({
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  caseType: Type.String(),
  courtId: Type.Integer(),
  courtName: Type.String(),
  item: Type.Object({
    /** The attachment id (the dossier item's id). */
    id: Type.Integer(),
    title: Type.String(),
    kind: Type.String(),
    volume: Type.Union([Type.Literal('main'), Type.Literal('secondary')]),
    sectionKey: Type.String(),
    sectionTitle: Type.String(),
  }),
  /** The page of the item's file (1-based). */
  pageNo: Type.Integer(),
  source: Nullable(Type.Union([Type.Literal('textLayer'), Type.Literal('ocr')])),
  snippet: Type.Object({
    text: Type.String({ description: 'about 80 characters of the page around the first match, whitespace runs as one space' }),
    /** [start, end) offsets into `text` (UTF-16 code units) of every match in the snippet. */
    highlights: Type.Array(Range),
    cutBefore: Type.Boolean(),
    cutAfter: Type.Boolean(),
  }),
  /** An OCR'd page: the words the matches cover, boxes [x0, y0, x1, y1] in pixels of an imageWidth × imageHeight image. */
  ocr: Nullable(
    Type.Object({
      imageWidth: Type.Integer(),
      imageHeight: Type.Integer(),
      boxes: Type.Array(Type.Object({ text: Type.String(), box: Type.Array(Type.Number(), { minItems: 4, maxItems: 4 }) })),
    }),
  ),
  rank: Type.Number(),
  /** The reading pane at this page with the query highlighted. */
  viewerUrl: Type.String(),
});
export type DossierSearchHit = Static<typeof DossierSearchHit>;

export const DossierSearchPage = Page(DossierSearchHit);
