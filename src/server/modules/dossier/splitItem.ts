// 拆分批量扫描件: the filing counter scans many documents into one PDF; staff see the proposed parts (runs of pages
// between blank pages or printed separator sheets, with the section a sheet names), adjust them, and split — the work
// (cutting the PDF, storing the parts, copying the read pages) runs as a job; the batch file leaves the dossier when its
// parts take its place, and stays downloadable.
import { sql } from 'drizzle-orm';
import { kindForSection, sectionForKind } from '../../../domain/dossier/catalogue';
import { loadCatalogue } from './catalogueStore';
import { proposeParts, splitPlanProblem, type PagePart } from '../../../domain/filePages/batchSplit';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { enqueueJob } from '../../jobs/jobStore';
import { loadCase, lockCase } from '../cases/caseRecord';
import { canArrange, dossierEditForbidden, dossierItemNotFound, loadDossierItems, type DossierRow } from './dossierStore';

export const SPLIT_DOSSIER_ITEM = 'splitDossierItem';

export interface SplitPart extends PagePart {
  sectionKey: string;
  title: string;
}

export interface SplitInput {
  caseId: number;
  itemId: number;
  parts: (SplitPart & { kind: string })[];
  /** The role the split was asked in, for its timeline entry. */
  actorRole: string | null;
  [key: string]: unknown;
}

const REASONS = {
  empty: ['拆分方案中没有任何部分', 'the plan has no part'],
  outOfRange: ['页码超出文件范围或起止颠倒', 'a page range is outside the file or reversed'],
  overlap: ['各部分页码须按顺序排列且互不重叠', 'parts must be in page order and must not overlap'],
  whole: ['只有一个部分且包含全部页面，无需拆分', 'a single part holding every page is no split'],
} as const;

/** The item, checked: the actor arranges the case's dossier, and the item is a read PDF not yet split. */
async function splittable(tx: Queryable, actor: Actor, caseId: number, itemId: number, caseType: string, relation: Awaited<ReturnType<typeof relationToCase>>): Promise<{ item: DossierRow; pageCount: number }> {
  if (!relation.canView) throw caseNotFound();
  if (!canArrange(relation)) throw dossierEditForbidden();
  const item = (await loadDossierItems(tx, caseId)).find((i) => i.id === itemId);
  if (!item) throw dossierItemNotFound();
  if (item.mimeType !== 'application/pdf')
    throw new AppError(422, 'DOSSIER_SPLIT_NOT_PDF', '只有 PDF 扫描件可以拆分。', 'Only a scanned PDF can be split.', { itemId, caseType });
  const state = await tx.execute<{ split_job_id: string | null }>(sql`select split_job_id from dossier_entries where attachment_id = ${itemId}`);
  if (state.rows[0]?.split_job_id) throw new AppError(409, 'DOSSIER_ITEM_ALREADY_SPLIT', '该材料已在拆分或已拆分。', 'This item is being split or has been split already.', { itemId });
  if (item.reading?.status !== 'done' || item.pageCount === null)
    throw new AppError(409, 'DOSSIER_SPLIT_NOT_READY', '该文件的页面尚未识别完成，请稍后再拆分。', 'The pages of this file have not been read yet; split it once they are.', { itemId });
  return { item, pageCount: item.pageCount };
}

/** The proposed parts of a batch scan and each page's first words, for staff to check before splitting. */
export async function splitProposal(tx: Queryable, actor: Actor, caseId: number, itemId: number) {
  const c = await loadCase(tx, caseId);
  if (!c) throw caseNotFound();
  const { pageCount } = await splittable(tx, actor, caseId, itemId, c.caseType, await relationToCase(tx, actor, c));
  const r = await tx.execute<{ page_no: number; text: string | null; ink: number | null; separator: string | null }>(
    sql`select page_no, text, ink, separator from attachment_pages where attachment_id = ${itemId} order by page_no`,
  );
  const pages = r.rows.map((p) => ({ pageNo: Number(p.page_no), text: p.text, ink: p.ink === null ? null : Number(p.ink), separator: p.separator }));
  const { separators, marks, parts } = proposeParts(pages);
  const markOf = new Map(marks.map((m) => [m.pageNo, m]));
  // A sheet's kind is placed by the case's catalogue; a kind no section lists is shown but leaves the section to staff.
  const catalogue = await loadCatalogue(tx, c.caseType);
  const sectionOf = (kind: string | null) => (kind ? (catalogue.find((s) => s.kinds.includes(kind)) ? sectionForKind(catalogue, kind).key : null) : null);
  return {
    pageCount,
    separators,
    parts: parts.map((p) => ({ ...p, sectionKey: sectionOf(p.kind) })),
    pages: pages.map((p) => {
      const mark = markOf.get(p.pageNo);
      return {
        pageNo: p.pageNo,
        blank: mark?.by === 'blank',
        separator: mark?.by ?? null,
        separatorKind: mark?.kind ?? null,
        excerpt: [...(p.text ?? '').replace(/\s+/gu, ' ').trim()].slice(0, 40).join(''),
      };
    }),
  };
}

/** Checks the plan and queues the split (one job per file); returns the job. */
export async function requestSplit(tx: Tx, actor: Actor, caseId: number, itemId: number, parts: readonly SplitPart[]): Promise<number> {
  const c = await lockCase(tx, caseId);
  if (!c) throw caseNotFound();
  const relation = await relationToCase(tx, actor, c);
  const { pageCount } = await splittable(tx, actor, caseId, itemId, c.caseType, relation);
  const problem = splitPlanProblem(parts, pageCount);
  if (problem)
    throw new AppError(422, 'DOSSIER_SPLIT_PLAN_INVALID', `拆分方案不成立：${REASONS[problem][0]}（共 ${pageCount} 页）。`, `The split plan is not valid: ${REASONS[problem][1]} (the file has ${pageCount} pages).`, { reason: problem, pageCount });
  const catalogue = await loadCatalogue(tx, c.caseType);
  const planned = parts.map((p) => {
    const section = catalogue.find((s) => s.key === p.sectionKey);
    const kind = section && kindForSection(catalogue, section);
    if (!kind) throw new AppError(422, 'DOSSIER_SECTION_UNKNOWN', '卷宗目录中没有该类目或该类目不放材料，请从目录中选择。', 'The catalogue has no such section for files; choose one from the catalogue.', { sectionKey: p.sectionKey });
    return { fromPage: p.fromPage, toPage: p.toPage, sectionKey: p.sectionKey, title: p.title.trim(), kind };
  });
  const input: SplitInput = { caseId, itemId, parts: planned, actorRole: relation.roles[0] ?? null };
  const job = await enqueueJob(tx, { kind: SPLIT_DOSSIER_ITEM, courtId: c.courtId, createdBy: actor.userId, input, total: planned.length });
  await tx.execute(sql`
    insert into dossier_entries (attachment_id, case_id, split_job_id, updated_by) values (${itemId}, ${caseId}, ${job.id}, ${actor.userId})
    on conflict (attachment_id) do update set split_job_id = excluded.split_job_id, updated_by = excluded.updated_by, updated_at = now()`);
  return job.id;
}
