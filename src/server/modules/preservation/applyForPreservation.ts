// 财保: a party (or its lawyer) applies online for property preservation before suit or arbitration (CPL-2023 art 104):
// against whom, the amount, the property clues and the security. The case waits at `submitted` for the filing clerk,
// who registers it (number, judge) and starts the 48 hours to rule.
import { sql } from 'drizzle-orm';
import type { PreservationApplication } from '../../../contracts/preservation';
import { preservationCase } from '../../../domain/casetypes/preservationCase';
import { validateFilingParties, type FilingParty } from '../../../domain/filing/validateFiling';
import { yuanToFen } from '../../../domain/money/yuan';
import { checkPreservationApplication, preservationFee } from '../../../domain/preservation/preservationApplication';
import { hasRole, type Actor } from '../../access/actor';
import { preservationApplications } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { newCaseRow, type CaseRow } from '../cases/caseRecord';
import { appendApplicationSubmitted, insertApplicationParties } from '../filings/applicationFiling';

export async function applyForPreservation(deps: Deps, actor: Actor, a: PreservationApplication): Promise<CaseRow> {
  if (!hasRole(actor, 'party', 'lawyer')) throw new AppError(403, 'PRESERVATION_FORBIDDEN', '诉前财产保全由申请人（或其代理律师）在线申请。', 'The applicant (or its lawyer) applies for preservation online.');
  const amountFen = yuanToFen(a.amount);
  const security = a.security ? { kind: a.security.kind, amountFen: yuanToFen(a.security.amount) } : null;
  checkPreservationApplication({ stage: a.stage, amountFen, security });
  const today = deps.clock.today();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const court = await tx.execute<{ id: number; filer_id: string | null }>(sql`
      select c.id, (select u.id_number from users u where u.id = ${actor.userId}) as filer_id from courts c where c.id = ${a.courtId}`);
    if (!court.rows[0]) throw new AppError(422, 'COURT_UNKNOWN', '所选法院不存在。', 'The chosen court does not exist.', { field: 'courtId' });
    // The applicant is the filing's plaintiff, the respondent its defendant: the filing's own checks of who files for whom.
    const checked = validateFilingParties(a.parties as FilingParty[], { role: hasRole(actor, 'lawyer') ? 'lawyer' : 'party', idNumber: court.rows[0].filer_id }, today);
    const row = await newCaseRow(tx, {
      caseType: preservationCase.code,
      courtId: a.courtId,
      node: preservationCase.initial,
      claims: [`请求依法查封、冻结、扣押被申请人价值${a.amount}元的财产`],
      facts: a.propertyClues,
      amountFen,
      filedBy: actor.userId,
      filedAt: now,
      receivedOn: today,
      nodeEnteredAt: now,
    });
    await insertApplicationParties(tx, row.id, actor, checked, a.attachmentIds);
    await tx.insert(preservationApplications).values({
      caseId: row.id,
      stage: a.stage,
      amountFen,
      propertyClues: a.propertyClues,
      security: { kind: a.security!.kind, amountFen: String(security!.amountFen), description: a.security!.description },
    });
    const fee = preservationFee(amountFen);
    await appendApplicationSubmitted(tx, row, actor, { stage: a.stage, amount: a.amount, security: a.security, fee: fee.total, feeSource: 'FEE art 14(2)', attachmentIds: a.attachmentIds }, now);
    return row;
  });
}
