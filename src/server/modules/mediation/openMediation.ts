// A 民诉前调 matter is received: numbered from the court's gapless counter the day it arrives, and the court's
// 3 working days to entrust it start, and the parties' 2 to choose a mediator jointly (ONLINE-MED art 10).
import { sql } from 'drizzle-orm';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import { preFilingMediation } from '../../../domain/casetypes/preFilingMediation';
import { settingsRow } from '../../db/settingsRows';
import type { Tx } from '../../db/database';
import { numberAtCourt } from '../cases/caseNumbers';
import { appendCaseEvent, newCaseRow, type CaseRow } from '../cases/caseRecord';
import { clockEnv, startPeriod } from '../clock/periodStore';

export const MEDIATION_TYPE = preFilingMediation.code;

/** [U] 执前调's mediation period: 30 days by analogy with ONLINE-MED art 24 (issue 18), the installation's setting. */
export async function preExecutionMediationDays(q: Tx): Promise<number> {
  const days = (await settingsRow(q, 'preExecutionMediation'))?.value.days;
  return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : 30;
}

/** Inserts the numbered matter (民诉前调, or `typeCode` — 执前调) at `courtId` with the dispute's facts; parties and files are the caller's. */
export async function receiveMediationMatter(
  tx: Tx,
  o: { courtId: number; dispute: Pick<CaseRow, 'causeId' | 'amountFen' | 'claims' | 'facts' | 'filedBy'> & { chainId: number | null }; originCaseId: number | null; today: PlainDate; now: Date; typeCode?: string },
): Promise<CaseRow> {
  const typeCode = o.typeCode ?? MEDIATION_TYPE;
  const number = await numberAtCourt(tx, o.courtId, typeCode, o.today);
  const row = await newCaseRow(tx, {
    caseType: typeCode,
    courtId: o.courtId,
    node: preFilingMediation.initial,
    ...number.columns,
    ...o.dispute,
    filedAt: o.now,
    // Not 受理 (accepted_on): a mediation matter is not a registered case and stays out of the courts' 收案/结案 figures.
    receivedOn: o.today,
    originCaseId: o.originCaseId,
    nodeEnteredAt: o.now,
  });
  const chainId = o.dispute.chainId ?? row.id;
  if (o.dispute.chainId === null) await tx.execute(sql`update cases set chain_id = ${chainId} where id = ${row.id}`);
  const env = await clockEnv(tx, o.courtId, o.today);
  await startPeriod(tx, env, { id: row.id, courtId: o.courtId }, {
    kind: 'mediatorDesignation',
    triggerOn: o.today,
    triggerFact: { 'zh-CN': '收到调解申请', en: 'mediation application received' },
    triggerSource: 'ONLINE-MED art 10',
  });
  // ONLINE-MED art 10: alongside, the parties' 2 working days to choose a mediator jointly (proposeMediator).
  await startPeriod(tx, env, { id: row.id, courtId: o.courtId }, {
    kind: 'mediatorChoice',
    triggerOn: o.today,
    triggerFact: { 'zh-CN': '当事人同意调解', en: 'the parties agreed to mediate' },
    triggerSource: 'ONLINE-MED art 10',
  });
  return { ...row, chainId };
}

/** The matter's first timeline entry. */
export async function recordReceipt(tx: Tx, matter: CaseRow, by: { userId: number; role: string }, payload: Record<string, unknown>, now: Date) {
  await appendCaseEvent(tx, { caseId: matter.id, event: 'receiveMediation', actorId: by.userId, actorRole: by.role, nodeBefore: null, nodeAfter: matter.node, payload: { caseNumber: matter.caseNumber, ...payload }, at: now });
}
