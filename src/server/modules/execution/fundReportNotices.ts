// 一日三通报 delivered: when a report is built, each officer whose cases are in it gets a notification with their own
// figures, and those who see the whole report (fundReports.ts seesWholeFundReport) one with the court's totals.
import { sql } from 'drizzle-orm';
import type { Bilingual } from '../../../contracts/common';
import type { FundReportContent } from '../../../contracts/executionFunds';
import type { ReportSlot } from '../../../domain/execution/dailyReports';
import type { Role } from '../../../domain/roles/roles';
import type { Tx } from '../../db/database';
import { notifyUsers, type NewNotification } from '../notifications/notify';
import { FUND_REPORT_READERS, seesWholeFundReport, WHOLE_REPORT_ROLES } from './fundReportAccess';

/** The figures a notification tells: the officer's own (their cases) or the court's; 不明款 are always the court's. */
export interface ReportFigures {
  near: number;
  overdue: number;
  paidCount: number;
  paidAmount: string;
  unclaimedCount: number;
  unclaimedAmount: string;
  unclaimedOverdue: number;
}

const slotZh = (s: ReportSlot) => `${Number(s.date.slice(0, 4))}年${Number(s.date.slice(5, 7))}月${Number(s.date.slice(8, 10))}日 ${s.time}`;

/** The notification's text: held funds, payouts since the last report, 不明款, and the goal when it is met. */
export function fundReportSummary(slot: ReportSlot, f: ReportFigures, own: boolean): { title: Bilingual; body: Bilingual } {
  const zh = [own ? '您承办的案件中，' : '全院'];
  const en = [own ? 'Of your cases, ' : 'Court-wide, '];
  zh[0] += f.near || f.overdue ? `${f.near}案款临近发放期限、${f.overdue}案已超期` : '无临期或超期未发的案款';
  en[0] += f.near || f.overdue ? `${f.near} hold funds near their payout deadline and ${f.overdue} past it` : 'none holds funds near or past its payout deadline';
  if (f.paidCount) {
    zh.push(`自上次通报以来发放${f.paidCount}笔，共${f.paidAmount}元`);
    en.push(`${f.paidCount} payout(s) of ${f.paidAmount} yuan in all since the last report`);
  }
  if (f.unclaimedCount === 0 && f.overdue === 0) {
    zh.push('不明款、超期发放均为零');
    en.push('no unclaimed receipts and no overdue payouts');
  } else if (f.unclaimedCount) {
    zh.push(`不明款${f.unclaimedCount}笔${own ? '' : `（${f.unclaimedAmount}元）`}待认领${f.unclaimedOverdue ? `，其中${f.unclaimedOverdue}笔已过认领期限` : ''}`);
    en.push(`${f.unclaimedCount} unclaimed receipt(s)${own ? '' : ` (${f.unclaimedAmount} yuan)`} await claiming${f.unclaimedOverdue ? `, ${f.unclaimedOverdue} past the claim deadline` : ''}`);
  } else {
    zh.push('不明款为零');
    en.push('no unclaimed receipts');
  }
  return {
    title: { 'zh-CN': `一日三通报 ${slot.date} ${slot.time}`, en: `Fund report ${slot.date} ${slot.time}` },
    body: { 'zh-CN': `${slotZh(slot)} 一日三通报：${zh.join('；')}。`, en: `Fund report of ${slot.date} ${slot.time}: ${en.join('; ')}.` },
  };
}

/** An officer's count of held funds near and past their deadline and of payouts in the report (fundReports.ts). */
export interface OfficerFigures {
  judgeId: number;
  near: number;
  overdue: number;
  paidCount: number;
  paidAmount: string;
}

/** What the notifications tell, as the report's statement returns it: the court's totals and each officer's own figures. */
export interface FundReportDigest {
  totals: FundReportContent['totals'];
  officers: OfficerFigures[];
}

/** An officer's own figures in the report (null when none of their cases is in it); 不明款 stay the court's. */
export function officerFigures(d: FundReportDigest, judgeId: number): ReportFigures | null {
  const own = d.officers.find((o) => o.judgeId === judgeId);
  if (!own) return null;
  const t = d.totals;
  return { near: own.near, overdue: own.overdue, paidCount: own.paidCount, paidAmount: own.paidAmount, unclaimedCount: t.unclaimedCount, unclaimedAmount: t.unclaimedAmount, unclaimedOverdue: t.unclaimedOverdue };
}

const courtFigures = ({ totals: t }: FundReportDigest): ReportFigures => ({
  near: t.heldNear,
  overdue: t.heldOverdue,
  paidCount: t.paidCount,
  paidAmount: t.paidAmount,
  unclaimedCount: t.unclaimedCount,
  unclaimedAmount: t.unclaimedAmount,
  unclaimedOverdue: t.unclaimedOverdue,
});

/** A PostgreSQL array literal of plain words or numbers, sent as one parameter. */
const pgArray = (xs: readonly (string | number)[]) => `{${xs.join(',')}}`;

/** Notifies, in the report's own transaction, the officers in it and those who see it whole; a second run adds nothing. */
export async function notifyFundReport(tx: Tx, courtId: number, reportId: number, slot: ReportSlot, digest: FundReportDigest): Promise<number> {
  const officers = digest.officers.map((o) => o.judgeId);
  const users = await tx.execute<{ id: number; username: string; display_name: string; roles: Role[]; division_id: number | null; team_judge_id: number | null }>(sql`
    select id, username, display_name, roles, division_id, team_judge_id from users
     where court_id = ${courtId} and is_active and roles && ${pgArray(FUND_REPORT_READERS)}::text[]
       and (roles && ${pgArray(WHOLE_REPORT_ROLES)}::text[] or id = any(${pgArray(officers)}::int[]))
     order by id`);
  const notes: NewNotification[] = [];
  for (const u of users.rows) {
    const actor = { userId: u.id, username: u.username, displayName: u.display_name, roles: u.roles, courtId, divisionId: u.division_id, teamJudgeId: u.team_judge_id };
    const whole = await seesWholeFundReport(tx, actor);
    const figures = whole ? courtFigures(digest) : officerFigures(digest, u.id);
    if (!figures) continue;
    const text = fundReportSummary(slot, figures, !whole);
    notes.push({ userId: u.id, courtId, kind: 'executionFundReport', ...text, link: `/execution/fund-reports?report=${reportId}`, dedupeKey: `fundReport:${reportId}` });
  }
  return notifyUsers(tx, notes);
}
