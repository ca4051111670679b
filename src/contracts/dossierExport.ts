// 电子卷宗 export and archive (issue 20, item 5): one volume as one PDF, and the case's archive package (归档), each
// built by a background job (followed here or at GET /api/v1/jobs/:id) and then downloaded.
import Type, { type Static } from 'typebox';
import { Job } from './jobs';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ExportRequest = Type.Object(
  { volume: Type.Union([Type.Literal('primary'), Type.Literal('secondary')], { description: 'primary: 正卷; secondary: 副卷 (the court’s staff only)' }) },
  { additionalProperties: false },
);
export type ExportRequest = Static<typeof ExportRequest>;

export const ExportStarted = Type.Object({ exportId: Type.Integer(), jobId: Type.Integer() });
export type ExportStarted = Static<typeof ExportStarted>;

export const DossierExport = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  kind: Type.Union([Type.Literal('export'), Type.Literal('archive')]),
  volume: Nullable(Type.Union([Type.Literal('primary'), Type.Literal('secondary')])),
  /** queued/running while the job works; done when the file can be downloaded. */
  status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  job: Job,
  fileName: Type.String(),
  sha256: Nullable(Type.String()),
  sizeBytes: Nullable(Type.Integer()),
  /** What it holds: pages, items, placeholders (export); files, receipts (archive). */
  summary: Nullable(Type.Record(Type.String(), Type.Unknown())),
  contentUrl: Nullable(Type.String()),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});
export type DossierExport = Static<typeof DossierExport>;

export const ArchiveStatus = Type.Object({
  caseId: Type.Integer(),
  /** The case's 归档 date (the archive event), null while not archived. */
  archivedOn: Nullable(Type.String()),
  /** Whether the reader may (re)build the package: the court's staff on a closed or archived case. */
  canBuild: Type.Boolean(),
  /** The latest package, null when none was built. */
  latest: Nullable(DossierExport),
});
export type ArchiveStatus = Static<typeof ArchiveStatus>;
