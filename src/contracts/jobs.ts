// Background jobs over HTTP: long work answers 202 with a job, and the page follows it at GET /api/v1/jobs/:id.
import Type, { type Static } from 'typebox';
import { Bilingual } from './common';

/** Every kind of background job; the server has one handler per kind (a missing one is a compile error). */
export const JOB_KINDS = ['postStatement', 'nationalBatch', 'readFilePages', 'renderDocumentPdf', 'splitDossierItem', 'exportDossier', 'archiveDossier'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JobStatus = Type.Enum(['queued', 'running', 'succeeded', 'failed']);

export const Job = Type.Object({
  id: Type.Integer(),
  kind: Type.String({ description: `one of ${JOB_KINDS.join(', ')}` }),
  status: JobStatus,
  progress: Type.Object({
    done: Type.Integer(),
    total: Type.Union([Type.Integer(), Type.Null()], { description: 'null until the job knows how much there is' }),
  }),
  result: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: 'while running, what is done so far; when succeeded, the result (postStatement: StatementPostResult; nationalBatch: { sent } or { attached, invalid }; readFilePages: { pages, failed, problem? }; exportDossier: { exportId, pages, items, placeholders }; archiveDossier: { exportId, files, receipts })',
  }),
  error: Type.Union([Type.Object({ code: Type.String(), message: Type.String(), messages: Bilingual }), Type.Null()]),
  attempts: Type.Integer({ description: 'how many times a server process took it up (more than 1: resumed after a process stopped)' }),
  createdAt: Type.String({ description: 'ISO 8601 instant' }),
  startedAt: Type.Union([Type.String({ description: 'ISO 8601 instant' }), Type.Null()]),
  finishedAt: Type.Union([Type.String({ description: 'ISO 8601 instant' }), Type.Null()]),
});
export type Job = Static<typeof Job>;
