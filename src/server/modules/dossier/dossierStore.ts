// Reading a case's dossier: its files (attachments, generated documents among them) with their arrangement, and the
// catalogue tree as the reader may see it — the 副卷 only for the court's own staff.
import { sql } from 'drizzle-orm';
import type { Dossier, DossierItem } from '../../../contracts/dossier';
import { arrangeDossier, volumeOf, type DossierItemFacts } from '../../../domain/dossier/arrangement';
import { kindForSection, sourceOf, type DossierSection } from '../../../domain/dossier/catalogue';
import { loadCatalogue } from './catalogueStore';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase, type CaseRelation } from '../../access/casePolicy';
import type { Queryable, Tx } from '../../db/database';
import { lockCase, type CaseRow } from '../cases/caseRecord';
import { AppError } from '../../http/appError';

export interface DossierRow extends DossierItemFacts {
  title: string;
  source: string;
  date: string;
  fileName: string;
  mimeType: string;
  sha256: string;
  reading: DossierItem['reading'];
}

/** Every file of the case is an item (the one place files are attached to a case is the attachments table), but a message's. */
export async function loadDossierItems(db: Queryable, caseId: number): Promise<DossierRow[]> {
  const r = await db.execute<{
    id: string; category: string; created_at: string; on: string; file_name: string; mime_type: string; sha256: string;
    generated_title: string | null; title: string | null; page_count: number | null; section_key: string | null; position: number | null;
    reading_status: 'queued' | 'splitting' | 'done' | 'failed' | null; pages_read: number | null; pages_failed: number | null;
    error_code: string | null; error_messages: { 'zh-CN': string; en: string } | null;
  }>(sql`
    select a.id, a.category, to_char(a.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at,
           to_char(a.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as on, a.file_name, a.mime_type, a.sha256,
           g.title as generated_title, e.title, coalesce(e.page_count, s.page_count) as page_count, e.section_key, e.position,
           s.status as reading_status, s.error_code, s.error_messages, p.pages_read, p.pages_failed
      from attachments a
      left join generated_documents g on g.attachment_id = a.id
      left join dossier_entries e on e.attachment_id = a.id
      -- the page count is known once the reading job has split the file (attachment_page_sets)
      left join attachment_page_sets s on s.attachment_id = a.id
      left join lateral (select count(*) filter (where status <> 'pending')::int as pages_read, count(*) filter (where status = 'failed')::int as pages_failed
                           from attachment_pages where attachment_id = a.id) p on s.attachment_id is not null
     where a.case_id = ${caseId}
       -- a batch scan split into items leaves the dossier (its parts take its place; the file stays downloadable)
       and e.split_at is null
       -- a file carried by a message stays with its thread's readers (as on the case's material list)
       and not exists (select 1 from case_message_attachments l where l.attachment_id = a.id)`);
  return r.rows.map((x) => ({
    id: Number(x.id),
    kind: x.category,
    createdAt: x.created_at,
    pageCount: x.page_count === null ? null : Number(x.page_count),
    placement: x.section_key === null ? null : { sectionKey: x.section_key, position: Number(x.position) },
    title: x.title ?? x.generated_title ?? x.file_name,
    source: sourceOf(x.category, x.generated_title !== null),
    date: x.on,
    fileName: x.file_name,
    mimeType: x.mime_type,
    sha256: x.sha256,
    reading:
      x.reading_status === null
        ? null
        : { status: x.reading_status, pagesRead: Number(x.pages_read ?? 0), pagesFailed: Number(x.pages_failed ?? 0), error: x.error_code && x.error_messages ? { code: x.error_code, messages: x.error_messages } : null },
  }));
}

/** The court's own staff see the 副卷; parties, lawyers, mediators, procurators, agencies and other courts never do. */
export const seesSecondaryVolume = (relation: CaseRelation) => relation.isStaffOfCourt;

const VOLUME_TITLES = { main: '正卷', secondary: '副卷' } as const;

/** The dossier in the case type's catalogue (loadCatalogue). */
export function presentDossier(caseId: number, catalogue: readonly DossierSection[], items: DossierRow[], relation: CaseRelation): Dossier {
  const volumes = arrangeDossier(catalogue, items).filter((v) => v.volume === 'main' || seesSecondaryVolume(relation));
  return {
    caseId,
    canEdit: canArrange(relation),
    volumes: volumes.map((v) => ({
      volume: v.volume,
      title: VOLUME_TITLES[v.volume],
      pageCount: v.pageCount,
      sections: v.sections.map((s) => ({
        key: s.section.key,
        title: s.section.title,
        acceptsFiles: kindForSection(catalogue, s.section) !== null,
        items: s.items.map((i) => presentItem(i.item, s.section, i.pages)),
      })),
    })),
  };
}

function presentItem(i: DossierRow, section: DossierSection, pages: { firstPage: number; lastPage: number } | null): DossierItem {
  return {
    id: i.id,
    title: i.title,
    kind: i.kind,
    source: i.source,
    date: i.date,
    fileName: i.fileName,
    mimeType: i.mimeType,
    sha256: i.sha256,
    pageCount: i.pageCount,
    firstPage: pages?.firstPage ?? null,
    lastPage: pages?.lastPage ?? null,
    sectionKey: section.key,
    volume: section.volume,
    downloadUrl: `/api/v1/attachments/${i.id}/content`,
    viewUrl: `/api/v1/attachments/${i.id}/view`,
    reading: i.reading,
  };
}

/** One item as the reader may see it: a 副卷 item is "not found" to whoever may not see the 副卷. */
export function findItem(dossier: Dossier, itemId: number): DossierItem {
  for (const v of dossier.volumes) for (const s of v.sections) for (const i of s.items) if (i.id === itemId) return i;
  throw dossierItemNotFound();
}

/** Whether a case file sits in the 副卷 (checked before any download by a reader who may not see it). */
export async function isInSecondaryVolume(db: Queryable, caseId: number, caseType: string, attachmentId: number): Promise<boolean> {
  const r = await db.execute<{ category: string; section_key: string | null }>(sql`
    select a.category, e.section_key from attachments a left join dossier_entries e on e.attachment_id = a.id where a.id = ${attachmentId} and a.case_id = ${caseId}`);
  const row = r.rows[0];
  return row !== undefined && volumeOf(await loadCatalogue(db, caseType), row.category, row.section_key) === 'secondary';
}

/** Court staff acting on the case (filing clerk, the judge's team, chiefs) arrange its dossier. */
export const canArrange = (relation: CaseRelation) => relation.isStaffOfCourt && relation.roles.some((r) => r !== 'finance');

/** The case locked for arranging its dossier, with the actor's relation: 404 to whoever may not see it, 403 to whoever may not arrange it. */
export async function caseToArrange(tx: Tx, actor: Actor, caseId: number): Promise<{ c: CaseRow; relation: CaseRelation }> {
  const c = await lockCase(tx, caseId);
  if (!c) throw caseNotFound();
  const relation = await relationToCase(tx, actor, c);
  if (!relation.canView) throw caseNotFound();
  if (!canArrange(relation)) throw dossierEditForbidden();
  return { c, relation };
}

export const dossierEditForbidden = () =>
  new AppError(403, 'DOSSIER_EDIT_FORBIDDEN', '只有本院办理本案的工作人员可以整理卷宗。', 'Only staff of the court handling the case may arrange its dossier.');

export const dossierItemNotFound = () =>
  new AppError(404, 'DOSSIER_ITEM_NOT_FOUND', '卷宗材料不存在或您无权查看。', 'The dossier item does not exist or you may not see it.');
