// 在线申请诉前调解: a party applies for mediation without filing a complaint (ONLINE-MED art 10). The matter is
// numbered on receipt and goes to the court's mediation centre; if it fails, it becomes a 民初 filing from the same
// parties, claims and files (outcomeEffects.endMediation).
import { sql } from 'drizzle-orm';
import type { MediationApplication } from '../../../contracts/mediation';
import type { Actor } from '../../access/actor';
import { executePrepared } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { CaseRow } from '../cases/caseRecord';
import { checkFilingContent, claimAttachments, confirmFilersAddresses, insertFilingParties } from '../filings/filingContent';
import { receiveMediationMatter, recordReceipt } from './openMediation';

export async function applyForMediation(deps: Deps, actor: Actor, a: MediationApplication): Promise<CaseRow> {
  return deps.db.transaction(async (tx) => {
    const court = await executePrepared<{ id: number; level: string }>(tx, 'mediation_court', sql`select id, level from courts where id = ${a.courtId} and is_active`);
    const ct = court.rows[0];
    if (!ct || ct.level === 'supreme') {
      throw new AppError(422, 'COURT_UNKNOWN', '所选法院不存在或不受理在线调解申请，请重新选择法院。', 'The chosen court does not exist or does not take online mediation applications; choose another.', { field: 'courtId' });
    }
    const today = deps.clock.today();
    const now = deps.clock.now();
    const checked = await checkFilingContent(tx, actor, '民初', a, today);
    const matter = await receiveMediationMatter(tx, {
      courtId: ct.id,
      dispute: { causeId: checked.causeId, amountFen: checked.amountFen, claims: checked.claims, facts: checked.facts, filedBy: actor.userId, chainId: null },
      originCaseId: null,
      today,
      now,
    });
    const own = await insertFilingParties(tx, matter.id, actor, checked.parties);
    await claimAttachments(tx, matter.id, actor, a.attachmentIds);
    await recordReceipt(tx, matter, { userId: actor.userId, role: actor.roles.includes('lawyer') ? 'lawyer' : 'party' }, { courtId: ct.id, parties: checked.parties.length, attachmentIds: a.attachmentIds }, now);
    await confirmFilersAddresses(tx, matter, actor, own, a.addressConfirmation, today, now);
    return matter;
  });
}
