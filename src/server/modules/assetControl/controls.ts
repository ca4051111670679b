// What an executed control does on the case: a freeze or seizure starts its term on the case's clock (CPL-Interp
// art 485: deposits 1 year, movables 2, real estate and other property rights 3); a renewal restarts it from the old
// expiry; a release ends it; a deduction posts the money into the case's execution ledger as an arrival (rules.md §5.7).
import { sql } from 'drizzle-orm';
import type { ControlKind } from '../../../domain/execution/assetControl';
import { controlTermKind, controlTermView, type AssetKind, type ControlTermKind } from '../../../domain/execution/controlTerms';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import type { CaseRow } from '../cases/caseRecord';
import { clockEnv, endPeriod, startPeriod } from '../clock/periodStore';
import { payoutDeadlines } from '../execution/fundBook';
import { courtAccountOf, loadCaseLedger, lockCaseFunds, postLedgerEntry } from '../execution/fundLedger';

export interface ExecutedRequest {
  id: number;
  kind: ControlKind;
  partyId: number;
  agencyId: number;
  agencyName: string;
  assetId: number;
  controlId: number | null;
  amountFen: number | null;
}

const TRIGGER = {
  freeze: { 'zh-CN': '协助执行单位办结冻结', en: 'the agency executed the freeze' },
  seize: { 'zh-CN': '协助执行单位办结查封', en: 'the agency executed the seizure' },
  renew: { 'zh-CN': '原冻结（查封）期限届满，续行', en: 'the previous term ended; renewed' },
};

type Control = { id: number; period_id: number | null; expires_on: string; released_on: string | null; term_kind: ControlTermKind };

async function lockedControl(tx: Tx, caseId: number, id: number): Promise<Control> {
  const r = await tx.execute<Control>(sql`select id, period_id, expires_on::text, released_on::text, term_kind from asset_controls where id = ${id} and case_id = ${caseId} for update`);
  return r.rows[0]!;
}

/** Applies an executed control to the case (the caller holds the case's lock); returns the control or ledger entry touched. */
export async function applyExecutedControl(tx: Tx, c: CaseRow, req: ExecutedRequest, executedOn: PlainDate, amountFen: number | null, today: PlainDate, userId: number): Promise<{ controlId?: number; ledgerEntryId?: number }> {
  const env = await clockEnv(tx, c.courtId, today);
  if (req.kind === 'freeze' || req.kind === 'seize') {
    const asset = (await tx.execute<{ kind: AssetKind }>(sql`select kind from case_assets where id = ${req.assetId}`)).rows[0]!;
    const termKind = controlTermKind(asset.kind);
    const period = await startPeriod(tx, env, c, { kind: termKind, partyId: req.partyId, triggerOn: executedOn, triggerFact: TRIGGER[req.kind], triggerSource: `assetControlRequest:${req.id}`, runsAlongside: true });
    const r = await tx.execute<{ id: string }>(sql`
      insert into asset_controls (court_id, case_id, asset_id, agency_id, request_id, kind, term_kind, amount_fen, starts_on, expires_on, period_id)
      values (${c.courtId}, ${c.id}, ${req.assetId}, ${req.agencyId}, ${req.id}, ${req.kind}, ${termKind}, ${amountFen}, ${executedOn}::date, ${period.dueOn}::date, ${period.id})
      returning id`);
    return { controlId: Number(r.rows[0]!.id) };
  }
  if (req.kind === 'renew' || req.kind === 'unfreeze') {
    const ctl = await lockedControl(tx, c.id, req.controlId!);
    const view = controlTermView(ctl.expires_on, ctl.released_on !== null, executedOn);
    if (view.state === 'released') throw new AppError(409, 'CONTROL_NOT_ACTIVE', '该冻结（查封）已解除。', 'This control has been released.');
    if (ctl.period_id !== null) await endPeriod(tx, Number(ctl.period_id), executedOn, req.kind === 'renew' ? 'renewed' : 'released');
    if (req.kind === 'unfreeze') {
      await tx.execute(sql`update asset_controls set released_on = ${executedOn}::date where id = ${ctl.id}`);
      return { controlId: Number(ctl.id) };
    }
    // CPL-Interp art 485: a renewal is made before the term ends; a lapsed control is no longer there to renew.
    if (view.state === 'lapsed') throw new AppError(409, 'CONTROL_LAPSED', '该冻结（查封）期限已届满，不能续行，请重新冻结（查封）。', 'This control lapsed; freeze or seize the asset again instead.');
    const period = await startPeriod(tx, env, c, { kind: ctl.term_kind, partyId: req.partyId, triggerOn: ctl.expires_on, triggerFact: TRIGGER.renew, triggerSource: `assetControlRequest:${req.id}`, runsAlongside: true });
    await tx.execute(sql`
      update asset_controls set expires_on = ${period.dueOn}::date, period_id = ${period.id}, renewals = renewals + 1, request_id = ${req.id} where id = ${ctl.id}`);
    return { controlId: Number(ctl.id) };
  }
  // 扣划: the money arrives in the court's execution account for this case, with its payout deadline (FUNDS).
  await lockCaseFunds(tx, c.id);
  const state = await loadCaseLedger(tx, c.courtId, c.id);
  const due = await payoutDeadlines(tx, c.courtId, [executedOn], today);
  const entryId = await postLedgerEntry(
    tx,
    c.courtId,
    state,
    { id: 'new', courtAccount: courtAccountOf(c.courtId), kind: 'receipt', amountFen: BigInt(amountFen!), caseId: String(c.id) },
    { caseId: c.id, entryOn: executedOn, payoutDueOn: due.get(executedOn) ?? null, note: `网络扣划：${req.agencyName}（查控请求${req.id}）`, createdBy: userId },
  );
  await tx.execute(sql`update case_assets set balance_fen = greatest(balance_fen - ${amountFen!}, 0) where id = ${req.assetId} and balance_fen is not null`);
  return { ledgerEntryId: entryId };
}
