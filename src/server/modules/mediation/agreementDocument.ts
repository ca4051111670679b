// The 调解协议 drafted from the court's template with the parties, the dispute and the agreed terms; the mediation
// organisation signs it, not the court, so it carries no court seal.
import { sql } from 'drizzle-orm';
import { fillTemplate } from '../../../domain/documents/templates';
import type { Tx } from '../../db/database';
import { generatedDocuments } from '../../db/schema';
import type { Deps } from '../../deps';
import type { CaseRow } from '../cases/caseRecord';
import { caseFacts } from '../documents/caseFacts';
import { fileCourtDocument } from '../documents/generateDocument';
import { DOCX_MIME, renderDocx } from '../documents/renderDocx';
import { templateFor } from '../documents/templateStore';

export async function draftAgreementDocument(tx: Tx, deps: Deps, c: CaseRow, o: { terms: string[]; performance: string | undefined; by: number; today: string }) {
  const who = await tx.execute<{ organisation: string; mediator: string | null; parties: string }>(sql`
    select o.name as organisation, u.display_name as mediator,
           (select string_agg(p.name, '、' order by p.ordinal) from case_parties p where p.case_id = e.case_id) as parties
      from mediation_entrustments e join mediation_organisations o on o.id = e.organisation_id
      left join users u on u.id = e.mediator_id where e.case_id = ${c.id}`);
  const w = who.rows[0]!;
  const facts = {
    ...(await caseFacts(tx, c, o.today)),
    partiesList: w.parties,
    organisationName: w.organisation,
    mediatorName: w.mediator ?? '____',
    agreementTerms: o.terms.map((t, i) => `${i + 1}. ${t}`).join('\n'),
    performance: o.performance?.trim() || '按上述协议内容履行。',
  };
  const template = await templateFor(tx, c.courtId, c.caseType, 'mediationAgreement');
  const filled = fillTemplate(template, facts);
  const content = await renderDocx({ courtName: w.organisation, title: filled.title, paragraphs: filled.paragraphs });
  const fileName = `调解协议书-${c.caseNumber ?? c.id}.docx`;
  const attachmentId = await fileCourtDocument(tx, deps, { caseId: c.id, by: o.by, fileName, mimeType: DOCX_MIME, content, category: 'mediationAgreement' });
  await tx.insert(generatedDocuments).values({ attachmentId, caseId: c.id, kind: 'mediationAgreement', partyId: null, courtName: w.organisation, title: filled.title, paragraphs: filled.paragraphs });
  const sha = await tx.execute<{ sha256: string }>(sql`select sha256 from attachments where id = ${attachmentId}`);
  return { attachmentId, fileName, sha256: sha.rows[0]!.sha256 };
}
