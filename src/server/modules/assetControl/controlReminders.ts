// 续封续冻 reminders: 30 and 7 days before a freeze or seizure ends, its case's officer is told in 我的通知 (once each:
// the dedupe key names the control, its expiry and the reminder, so a renewal reminds again for the new term and any
// number of processes running this task send each reminder once).
import { sql } from 'drizzle-orm';
import { addDays } from '../../../domain/calendar/plainDate';
import { ASSET_KIND_LABELS, CONTROL_REMINDER_DAYS, remindersDue, type AssetKind } from '../../../domain/execution/controlTerms';
import type { Deps } from '../../deps';
import { notifyUsers, type NewNotification } from '../notifications/notify';

export async function remindControlExpiries(deps: Deps, today = deps.clock.today()): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const r = await tx.execute<{ id: string; case_id: string; court_id: number; judge_id: number | null; case_number: string | null; expires_on: string; kind: AssetKind; identifier: string }>(sql`
      select c.id, c.case_id, c.court_id, k.judge_id, k.case_number, c.expires_on::text as expires_on, s.kind, s.identifier
        from asset_controls c join cases k on k.id = c.case_id join case_assets s on s.id = c.asset_id
       where c.released_on is null and c.expires_on between ${today}::date and ${addDays(today, CONTROL_REMINDER_DAYS[0])}::date and k.judge_id is not null`);
    const notes = r.rows.flatMap((c): NewNotification[] =>
      remindersDue(c.expires_on, today).map((days) => ({
        userId: c.judge_id!, courtId: c.court_id, caseId: Number(c.case_id), kind: 'controlExpiry', link: `/cases/${c.case_id}?tab=execution`,
        dedupeKey: `controlExpiry:${c.id}:${c.expires_on}:${days}`,
        title: { 'zh-CN': `冻结（查封）${days}日内到期：${c.case_number ?? ''}`, en: `A control ends within ${days} days: ${c.case_number ?? ''}` },
        body: { 'zh-CN': `${ASSET_KIND_LABELS[c.kind]['zh-CN']}（${c.identifier}）的冻结（查封）于${c.expires_on}到期，如需续行请在到期前发起续冻。`, en: `The control of ${ASSET_KIND_LABELS[c.kind].en.toLowerCase()} ${c.identifier} ends on ${c.expires_on}; renew it before then if needed.` },
      })),
    );
    return notifyUsers(tx, notes);
  });
}
