// Each missed instalment of a settlement (its day passed, not covered by what was paid: EXEC-SETTLE art 9) is a warning
// to the officer and to the applicant (and their agents) in 我的通知 — once: the instalment row is claimed FOR UPDATE
// SKIP LOCKED and stamped `warned_at`, and the notification's dedupe key is the instalment's, so any number of server
// processes, and reruns, warn once. A paid instalment's period is completed instead. Run after each period sweep.
import { sql } from 'drizzle-orm';
import type { SettlementStanding } from '../../../domain/execution/settlement';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { notifyUsers, type NewNotification } from '../notifications/notify';
import { loadSettlement, saveStatus, standingOf, type SettlementFacts } from './settlementStore';

/** Completes the periods of the instalments now paid (the clock stops warning about them). */
export async function completePaidInstalments(tx: Tx, s: SettlementFacts, standing: SettlementStanding, today: string): Promise<void> {
  const paid = standing.instalments.filter((i) => i.state === 'paid').map((i) => i.seq);
  if (!paid.length) return;
  await tx.execute(sql`
    update case_periods set status = 'completed', completed_on = ${today}::date, completed_reason = 'paid', alert_on = null, updated_at = now()
     where status = 'running' and id in (select period_id from execution_settlement_instalments where settlement_id = ${s.id} and seq = any(${sql.param(paid)}::int[]))`);
}

type Candidate = { id: string; settlement_id: string; case_id: string; seq: number; judge_id: number | null; court_id: number; case_number: string | null };

async function recipients(tx: Tx, caseId: number, judgeId: number | null): Promise<number[]> {
  const r = await tx.execute<{ user_id: number }>(sql`
    select p.user_id from case_parties p where p.case_id = ${caseId} and p.standing = 'executionApplicant' and p.user_id is not null
    union select a.user_id from case_agents a join case_parties p on p.id = a.party_id where p.case_id = ${caseId} and p.standing = 'executionApplicant'`);
  return [...new Set([...(judgeId ? [judgeId] : []), ...r.rows.map((x) => Number(x.user_id))])];
}

async function warnBatch(tx: Tx, today: string, batchSize: number): Promise<{ claimed: number; warned: number }> {
  const claimed = await tx.execute<Candidate>(sql`
    select i.id, i.settlement_id, i.case_id, i.seq, k.judge_id, k.court_id, k.case_number
      from execution_settlement_instalments i
      join execution_settlements s on s.id = i.settlement_id
      join case_periods p on p.id = i.period_id
      join cases k on k.id = i.case_id
     where i.warned_at is null and p.status = 'running' and p.due_on < ${today}::date and s.restored_on is null
     order by i.id limit ${batchSize}
       for update of i skip locked`);
  let warned = 0;
  const seen = new Map<number, { s: SettlementFacts; standing: SettlementStanding }>();
  for (const row of claimed.rows) {
    const caseId = Number(row.case_id);
    let facts = seen.get(caseId);
    if (!facts) {
      const s = (await loadSettlement(tx, caseId))!;
      const standing = standingOf(s, today);
      await saveStatus(tx, s, standing);
      await completePaidInstalments(tx, s, standing, today);
      facts = { s, standing };
      seen.set(caseId, facts);
    }
    const inst = facts.standing.instalments.find((i) => i.seq === row.seq);
    if (Number(row.settlement_id) !== facts.s.id) {
      // An earlier agreement's instalment: nothing to warn of now; stamped so it is not claimed again.
      await tx.execute(sql`update execution_settlement_instalments set warned_at = now() where id = ${row.id}`);
      continue;
    }
    if (!inst || inst.state !== 'missed') continue;
    const owed = fenToYuan(inst.amountFen - inst.paidFen);
    const notes: NewNotification[] = (await recipients(tx, caseId, row.judge_id)).map((userId) => ({
      userId,
      courtId: row.court_id,
      kind: 'settlementInstalmentMissed',
      title: { 'zh-CN': `执行和解第${inst.seq}期未按期履行`, en: `Settlement instalment ${inst.seq} missed` },
      body: {
        'zh-CN': `${row.case_number ?? ''}：执行和解协议第${inst.seq}期应于${inst.dueOn}前履行${fenToYuan(inst.amountFen)}元，尚欠${owed}元。被执行人不履行和解协议的，申请执行人可以申请恢复执行原生效法律文书（《最高人民法院关于执行和解若干问题的规定》第九条）。`,
        en: `${row.case_number ?? ''}: instalment ${inst.seq} of the settlement (${fenToYuan(inst.amountFen)} yuan, due by ${inst.dueOn}) is unpaid: ${owed} yuan owing. The applicant may apply to restore execution of the original title (EXEC-SETTLE art 9).`,
      },
      link: `/cases/${caseId}`,
      caseId,
      dedupeKey: `settlementInstalmentMissed:${row.id}`,
    }));
    warned += await notifyUsers(tx, notes);
    await tx.execute(sql`update execution_settlement_instalments set warned_at = now() where id = ${row.id}`);
  }
  // Claimed but paid (or of a settlement replaced): their periods were completed above, so they are not claimed again.
  return { claimed: claimed.rows.length, warned };
}

/** Warns of every instalment missed by `today` (default the server's), batch by batch until none is left. */
export async function warnMissedInstalments(deps: Deps, o: { today?: string; batchSize?: number } = {}): Promise<{ claimed: number; warned: number }> {
  const today = o.today ?? deps.clock.today();
  const batchSize = o.batchSize ?? 200;
  const total = { claimed: 0, warned: 0 };
  for (;;) {
    const r = await deps.db.transaction((tx) => warnBatch(tx, today, batchSize));
    total.claimed += r.claimed;
    total.warned += r.warned;
    if (r.claimed < batchSize) return total;
  }
}
