// The dossier_exports rows: an export of one volume or an archive package, queued with its job in the caller's
// transaction, finished by the job's last step, and shown with the job's progress.
import { sql } from 'drizzle-orm';
import type { DossierExport } from '../../../contracts/dossierExport';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import type { Lang } from '../../http/language';
import { enqueueJob, loadJob } from '../../jobs/jobStore';
import { presentJob } from '../jobs/present';
import type { Volume } from './volumeSource';

export const EXPORT_DOSSIER = 'exportDossier';
export const ARCHIVE_DOSSIER = 'archiveDossier';

export interface ExportRow {
  id: number;
  caseId: number;
  kind: 'export' | 'archive';
  volume: Volume | null;
  jobId: number;
  status: 'queued' | 'done' | 'failed';
  storageKey: string | null;
  sha256: string | null;
  sizeBytes: number | null;
  summary: Record<string, unknown> | null;
  requestedBy: number | null;
  caseNumber: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

function rowOf(r: Record<string, any>): ExportRow {
  return {
    id: Number(r.id),
    caseId: Number(r.case_id),
    kind: r.kind,
    volume: r.volume,
    jobId: Number(r.job_id),
    status: r.status,
    storageKey: r.storage_key,
    sha256: r.sha256,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    summary: r.summary,
    requestedBy: r.requested_by === null ? null : Number(r.requested_by),
    caseNumber: r.case_number,
    createdAt: new Date(r.created_at),
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
  };
}

const SELECT = sql`select x.*, c.case_number from dossier_exports x join cases c on c.id = x.case_id`;

export async function loadExport(q: Queryable, id: number): Promise<ExportRow | null> {
  const r = await q.execute<Record<string, any>>(sql`${SELECT} where x.id = ${id}`);
  return r.rows[0] ? rowOf(r.rows[0]) : null;
}

export async function latestArchive(q: Queryable, caseId: number): Promise<ExportRow | null> {
  const r = await q.execute<Record<string, any>>(sql`${SELECT} where x.case_id = ${caseId} and x.kind = 'archive' order by x.id desc limit 1`);
  return r.rows[0] ? rowOf(r.rows[0]) : null;
}

/** Queues the row and its job in the caller's transaction. */
export async function queueExport(tx: Tx, o: { caseId: number; courtId: number; kind: 'export' | 'archive'; volume: Volume | null; by: number | null }): Promise<{ exportId: number; jobId: number }> {
  const id = Number((await tx.execute<{ id: string }>(sql`select nextval(pg_get_serial_sequence('dossier_exports', 'id')) as id`)).rows[0]!.id);
  const job = await enqueueJob(tx, { kind: o.kind === 'export' ? EXPORT_DOSSIER : ARCHIVE_DOSSIER, courtId: o.courtId, createdBy: o.by, input: { exportId: id } });
  await tx.execute(sql`
    insert into dossier_exports (id, case_id, kind, volume, job_id, requested_by)
    values (${id}, ${o.caseId}, ${o.kind}, ${o.volume}, ${job.id}, ${o.by})`);
  return { exportId: id, jobId: job.id };
}

export async function finishExport(tx: Tx, id: number, f: { key: string; sha256: string; size: number; summary: Record<string, unknown> }): Promise<void> {
  await tx.execute(sql`
    update dossier_exports set status = 'done', storage_key = ${f.key}, sha256 = ${f.sha256}, size_bytes = ${f.size},
           summary = ${JSON.stringify(f.summary)}::jsonb, finished_at = now()
     where id = ${id}`);
}

const API_VOLUME = { main: 'primary', secondary: 'secondary' } as const;

export function exportFileName(x: ExportRow): string {
  const base = x.caseNumber ?? `case-${x.caseId}`;
  return x.kind === 'archive' ? `${base}-归档.zip` : `${base}-${x.volume === 'secondary' ? '副卷' : '正卷'}.pdf`;
}

export async function presentExport(q: Queryable, x: ExportRow, lang: Lang): Promise<DossierExport> {
  const job = (await loadJob(q, x.jobId))!;
  const status = x.status !== 'queued' ? x.status : job.status === 'failed' ? 'failed' : job.status === 'running' ? 'running' : job.status === 'succeeded' ? 'done' : 'queued';
  return {
    id: x.id,
    caseId: x.caseId,
    kind: x.kind,
    volume: x.volume === null ? null : API_VOLUME[x.volume],
    status,
    job: presentJob(job, lang),
    fileName: exportFileName(x),
    sha256: x.sha256,
    sizeBytes: x.sizeBytes,
    summary: x.summary,
    contentUrl: x.status === 'done' ? `/api/v1/dossier-exports/${x.id}/content` : null,
    createdAt: x.createdAt.toISOString(),
    finishedAt: x.finishedAt?.toISOString() ?? null,
  };
}

export const exportNotFound = () => new AppError(404, 'DOSSIER_EXPORT_NOT_FOUND', '卷宗导出不存在或您无权查看。', 'The dossier export does not exist or you may not see it.');
