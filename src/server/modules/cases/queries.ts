// Read side of cases: lists for each view, one case's detail, its timeline.
import { sql, type SQL } from 'drizzle-orm';
import type { CASE_SORT_COLUMNS, CaseListQuery, CaseSummary } from '../../../contracts/cases';
import { hasRole, type Actor } from '../../access/actor';
import { litigantCasesSql, mediatorCasesSql, procuratorCasesSql } from '../../access/caseScope';
import type { Queryable } from '../../db/database';
import { AppError } from '../../http/appError';
import { cappedCount, pageOf } from '../../http/pagination';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';
import { bigramPhraseQuery } from '../../search/bigrams';
import { OPEN_NODES_SQL } from './openNodes';
import { presentSummary, type SummaryRow } from './present';

/** Columns of a case summary; `k` is the cases alias. Party names come from a lateral join on the page's rows only. */
export const SUMMARY_SELECT = sql`
  k.id, k.case_type, k.case_number, k.court_id, ct.name as court_name, k.node, k.procedure,
  cz.name as cause_name, k.filed_at, k.received_on, k.review_due_on, k.accepted_on,
  j.display_name as judge_name, dv.name as division_name, k.node_entered_at, k.version, pp.parties,
  coalesce(al.alert_rank, 0) as alert_rank, al.trial_due,
  (select e.stage from execution_cases e where e.case_id = k.id) as execution_stage`;

/** The case columns a summary and its sort orders need. */
const PAGE_COLUMNS = sql`k.id, k.case_type, k.case_number, k.number_year, k.number_serial, k.court_id, k.node, k.procedure, k.cause_id,
  k.filed_at, k.received_on, k.review_due_on, k.accepted_on, k.judge_id, k.division_id, k.node_entered_at, k.version`;

export const SUMMARY_JOINS = sql`
  join courts ct on ct.id = k.court_id
  left join causes cz on cz.id = k.cause_id
  left join users j on j.id = k.judge_id
  left join divisions dv on dv.id = k.division_id
  left join lateral (
    select json_agg(json_build_object('standing', p.standing, 'name', p.name) order by p.ordinal) as parties
      from case_parties p where p.case_id = k.id) pp on true
  left join lateral (
    select max(case cp.level when 'overdue' then 3 when 'red' then 2 when 'yellow' then 1 else 0 end) as alert_rank,
           max(cp.due_on) filter (where cp.kind = 'trialLimit') as trial_due
      from case_periods cp where cp.case_id = k.id and cp.status = 'running') al on true`;

function viewFilter(actor: Actor, view: CaseListQuery['view']): SQL {
  const staffCourt = actor.courtId;
  switch (view) {
    case 'mine':
      if (hasRole(actor, 'party', 'lawyer')) return litigantCasesSql(actor);
      if (hasRole(actor, 'procurator')) return procuratorCasesSql(actor);
      if (hasRole(actor, 'mediator')) return mediatorCasesSql(actor);
      {
        // An assistant or clerk works on their team judge's cases. The judge's case ids first (index only), then
        // those cases by id: a plan that stays small at any size.
        const judgeId = hasRole(actor, 'judgeAssistant', 'courtClerk') && actor.teamJudgeId !== null ? actor.teamJudgeId : actor.userId;
        return sql`k.id = any(array(select p.case_id from case_panel p where p.user_id = ${judgeId}))`;
      }
    case 'court':
      if (staffCourt === null) break;
      return sql`k.court_id = ${staffCourt}`;
    case 'filingQueue':
      if (staffCourt === null || !hasRole(actor, 'filingClerk', 'president')) break;
      return sql`k.court_id = ${staffCourt} and k.node in ('submitted', 'correctionRequested')`;
    case 'mediationCentre':
      // 诉调对接中心: the court's mediation matters, worked by its filing division.
      if (staffCourt === null || !hasRole(actor, 'filingClerk', 'divisionChief', 'president')) break;
      return sql`k.court_id = ${staffCourt} and k.case_type in ('民诉前调', '执前调')`;
    case 'assignmentQueue':
      if (staffCourt === null || !hasRole(actor, 'divisionChief', 'filingClerk', 'president')) break;
      return hasRole(actor, 'divisionChief') && !hasRole(actor, 'president', 'filingClerk')
        ? sql`k.court_id = ${staffCourt} and k.node = 'accepted' and k.division_id = ${actor.divisionId}`
        : sql`k.court_id = ${staffCourt} and k.node = 'accepted'`;
  }
  throw new AppError(403, 'VIEW_FORBIDDEN', '您的角色不能查看这个列表。', 'Your role cannot see this list.');
}

// Expressions on the cases row only: the page is chosen in a subquery before any join.
const SORTS: SortColumns<(typeof CASE_SORT_COLUMNS)[number]> = {
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
  receivedOn: sql`k.received_on`,
  nodeEnteredAt: sql`k.node_entered_at`,
  // More days in the node = entered earlier.
  daysInNode: sql`(-extract(epoch from k.node_entered_at))`,
  node: sql`k.node`,
  caseType: sql`k.case_type`,
  reviewDueOn: sql`k.review_due_on`,
  acceptedOn: sql`k.accepted_on`,
  judgeName: sql`(select u.display_name from users u where u.id = k.judge_id)`,
  // Older = received earlier (the age in days against any fixed day orders the same).
  ageDays: sql`(date '2000-01-01' - k.received_on)`,
};

export async function listCases(tx: Queryable, actor: Actor, q: CaseListQuery, today: string, now: Date) {
  const where: SQL[] = [viewFilter(actor, q.view)];
  if (q.node) where.push(sql`k.node = ${q.node}`);
  if (q.caseType) where.push(sql`k.case_type = ${q.caseType}`);
  if (q.openOnly) where.push(sql`k.node in ${OPEN_NODES_SQL}`);
  if (q.receivedFrom) where.push(sql`k.received_on >= ${q.receivedFrom}::date`);
  if (q.receivedTo) where.push(sql`k.received_on <= ${q.receivedTo}::date`);
  // 诉前调解 centre (ONLINE-MED arts 10, 12): the court's entrustment periods past due, and whom a matter is entrusted to.
  if (q.overdueEntrustment) {
    where.push(sql`exists (select 1 from case_periods p where p.case_id = k.id and p.status = 'running'
                     and p.kind in ('mediatorDesignation', 'entrustmentConfirmation') and p.due_on < ${today}::date)`);
  }
  if (q.mediatorId !== undefined) where.push(sql`exists (select 1 from mediation_entrustments e where e.case_id = k.id and e.mediator_id = ${q.mediatorId})`);
  if (q.organisationId !== undefined) where.push(sql`exists (select 1 from mediation_entrustments e where e.case_id = k.id and e.organisation_id = ${q.organisationId})`);
  if (q.q?.trim()) {
    const phrase = bigramPhraseQuery(q.q);
    if (phrase) {
      // Bigram indexes on case numbers and party names (GIN): the matching ids first, then the view's filters.
      where.push(sql`k.id in (select id from cases where number_bigrams @@ ${phrase}::tsquery union all select case_id from case_parties where name_bigrams @@ ${phrase}::tsquery)`);
    } else {
      const like = containsPattern(q.q);
      where.push(sql`(k.case_number like ${like} or exists (select 1 from case_parties p where p.case_id = k.id and p.name like ${like}))`);
    }
  }
  const cond = sql.join(where, sql` and `);
  const defaultSort = q.view === 'filingQueue' || q.view === 'assignmentQueue' ? 'receivedOn' : '-nodeEnteredAt';
  const order = orderBy(SORTS, q.sort, defaultSort, sql`k.id`);
  return pageOf<SummaryRow & Record<string, unknown>, CaseSummary>(
    tx,
    q,
    // The page's rows are chosen first; names, parties and warning levels are joined to those rows only.
    (limitOffset) => sql`select ${SUMMARY_SELECT} from (select ${PAGE_COLUMNS} from cases k where ${cond} order by ${order} ${limitOffset}) k ${SUMMARY_JOINS} order by ${order}`,
    cappedCount(sql`from cases k where ${cond}`),
    (r) => presentSummary(r, today, now),
  );
}
