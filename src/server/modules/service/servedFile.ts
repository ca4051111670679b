// The file a service carries: a material of the case. Asked for by id, or the case's latest material of the
// document's kind; the complaint copy of a complaint filed online without an uploaded 起诉状 is generated from what
// the filer entered (its claims, facts and parties). Nothing is served without a file.
import { sql } from 'drizzle-orm';
import { documentLabel } from '../../../domain/service/serviceLabels';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { CaseRow } from '../cases/caseRecord';
import { caseFacts } from '../documents/caseFacts';
import { generateDocument } from '../documents/generateDocument';

/** The material categories that hold each served document, most specific first. */
const CATEGORIES: Record<string, string[]> = {
  complaintCopy: ['complaint', 'complaintCopy'],
  judgment: ['judgment'],
  ruling: ['ruling', 'dismissalRuling', 'jurisdictionRuling', 'confirmationRuling', 'confirmationDismissal'],
  mediationAgreement: ['mediationAgreement'],
  appealCopy: ['appeal', 'appealPetition'],
};

export async function servedFile(tx: Tx, deps: Deps, c: CaseRow, document: string, o: { attachmentId?: number | undefined; by: number; today: string }): Promise<number> {
  if (o.attachmentId !== undefined) {
    const r = await tx.execute<{ id: string }>(sql`select id from attachments where id = ${o.attachmentId} and case_id = ${c.id}`);
    if (!r.rows[0]) throw new AppError(422, 'SERVICE_FILE_INVALID', '所选文件不是本案的材料。', 'The chosen file is not a material of this case.');
    return o.attachmentId;
  }
  const categories = CATEGORIES[document] ?? [document];
  const found = await tx.execute<{ id: string }>(
    sql`select id from attachments where case_id = ${c.id} and category in (${sql.join(categories.map((k) => sql`${k}`), sql`, `)}) order by array_position(${`{${categories.join(',')}}`}::text[], category), id desc limit 1`,
  );
  if (found.rows[0]) return Number(found.rows[0].id);
  if (document === 'complaintCopy') {
    const { parties: _parties, ...facts } = await caseFacts(tx, c, o.today);
    return (await generateDocument(tx, deps, { case: c, kind: 'complaintCopy', facts, partyId: null, by: o.by })).attachmentId;
  }
  const label = documentLabel(document);
  throw new AppError(422, 'SERVICE_FILE_MISSING', `本案还没有${label['zh-CN']}的文件，请先上传或生成后再送达。`, `The case has no file of the ${label.en.toLowerCase()} yet: upload or generate it before serving.`);
}
