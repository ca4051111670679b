// 集约送达中心: the court's queue of services, mail lists with 法院专递 numbers, receipts in bulk, and the figures.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { ServiceStats, ServiceTask } from '../../../contracts/service';
import type { MailList, QueueQuery, ReceiptsInput, SERVICE_SORT_COLUMNS } from '../../../contracts/service';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import { fenToYuanText } from '../../../domain/payments/moneyText';
import type { Queryable, Tx } from '../../db/database';
import { settingsRow } from '../../db/settingsRows';
import { AppError } from '../../http/appError';
import { pageOf } from '../../http/pagination';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';
import { lockOpenTask, recordAttempt } from './serviceTasks';

export interface ServiceSettings {
  /** [U] Postage of one 法院专递 item, in fen (the court's contract with the postal service). */
  mailCostFen: number;
  /** [U] Cost of one entrusted or personal service trip, in fen. */
  directCostFen: number;
  /** [U] Prefix of the mailing numbers the court prints (the postal service may issue its own instead). */
  trackingPrefix: string;
}

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = { mailCostFen: 2000, directCostFen: 0, trackingPrefix: 'FY' };

export async function loadServiceSettings(q: Queryable): Promise<ServiceSettings> {
  const stored: Partial<ServiceSettings> = (await settingsRow(q, 'service'))?.value ?? {};
  return { ...DEFAULT_SERVICE_SETTINGS, ...stored };
}

const TASK_SELECT = sql`
  select t.*, k.case_number, p.name as recipient, j.display_name as judge_name
    from service_tasks t join cases k on k.id = t.case_id join case_parties p on p.id = t.party_id left join users j on j.id = k.judge_id`;

/** Tasks as the API shows them, each with its attempts in order. */
export async function taskViews(q: Queryable, where: SQL, order: SQL = sql`t.id`): Promise<ServiceTask[]> {
  const rows = await q.execute<Record<string, any>>(sql`${TASK_SELECT} where ${where} order by ${order}`);
  return withAttempts(q, rows.rows);
}

async function withAttempts(q: Queryable, rows: Record<string, any>[]): Promise<ServiceTask[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => Number(r.id));
  const attempts = await q.execute<Record<string, any>>(sql`
    select a.*, u.display_name from service_attempts a left join users u on u.id = a.recorded_by
     where a.task_id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) order by a.id`);
  return rows.map((t) => ({
    id: Number(t.id),
    caseId: Number(t.case_id),
    caseNumber: t.case_number,
    partyId: Number(t.party_id),
    recipient: t.recipient,
    document: t.document,
    method: t.method,
    status: t.status,
    address: t.address,
    trackingNo: t.tracking_no,
    cost: fenToYuanText(Number(t.cost_fen)),
    createdOn: t.created_on,
    deemedOn: t.deemed_on,
    deemedSource: t.deemed_source,
    periodDueOn: t.period_due_on,
    judgeName: t.judge_name ?? null,
    attempts: attempts.rows
      .filter((a) => Number(a.task_id) === Number(t.id))
      .map((a) => ({
        id: Number(a.id),
        method: a.method,
        channel: a.channel,
        outcome: a.outcome,
        on: a.on_date,
        at: new Date(a.at).toISOString(),
        recordedBy: a.display_name ?? null,
        proofAttachmentId: a.proof_attachment_id === null ? null : Number(a.proof_attachment_id),
        detail: a.detail,
      })),
  }));
}

const QUEUE_SORTS: SortColumns<(typeof SERVICE_SORT_COLUMNS)[number]> = {
  createdOn: sql`t.created_on`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
  recipient: sql`p.name`,
  document: sql`t.document`,
  method: sql`t.method`,
  status: sql`t.status`,
  cost: sql`t.cost_fen`,
  deemedOn: sql`t.deemed_on`,
  periodDueOn: sql`t.period_due_on`,
  judgeName: sql`j.display_name`,
};

/** The court's queue: open tasks oldest first by default, filtered by status, method, age, judge and document. */
export async function serviceQueue(q: Queryable, courtId: number, query: Static<typeof QueueQuery>, today: PlainDate) {
  const conds: SQL[] = [sql`t.court_id = ${courtId}`];
  const status = query.status ?? 'open';
  if (status === 'open') conds.push(sql`t.status in ('pending', 'inProgress')`);
  else if (status !== 'all') conds.push(sql`t.status = ${status}`);
  if (query.method) conds.push(sql`t.method = ${query.method}`);
  if (query.document) conds.push(sql`t.document = ${query.document}`);
  if (query.minAgeDays !== undefined) conds.push(sql`t.created_on <= ${today}::date - ${query.minAgeDays}::int`);
  if (query.judgeId) conds.push(sql`k.judge_id = ${query.judgeId}`);
  if (query.q?.trim()) {
    const like = containsPattern(query.q);
    conds.push(sql`(k.case_number like ${like} or exists (select 1 from case_parties rp where rp.id = t.party_id and rp.name like ${like}))`);
  }
  const where = sql.join(conds, sql` and `);
  const page = await pageOf<Record<string, any>, Record<string, any>>(
    q,
    query,
    sql`${TASK_SELECT} where ${where} order by ${orderBy(QUEUE_SORTS, query.sort, 'createdOn', sql`t.id`)}`,
    sql`select count(*) as n from service_tasks t join cases k on k.id = t.case_id where ${where}`,
    (r) => r,
  );
  return { ...page, items: await withAttempts(q, page.items) };
}

/**
 * Puts open mail tasks on today's mail list: each gets its 法院专递 number and a "sent" attempt with its postage.
 * All or nothing: a task that is not an open mail task refuses the whole list.
 */
export async function makeMailList(tx: Tx, courtId: number, taskIds: number[], o: { by: number; today: PlainDate; at: Date }): Promise<Static<typeof MailList>> {
  const settings = await loadServiceSettings(tx);
  // One numbering per court and day: concurrent lists wait for each other rather than collide.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tracking:${courtId}`}))`);
  const day = o.today.replaceAll('-', '');
  const prefix = `${settings.trackingPrefix}${day}${String(courtId).padStart(4, '0')}`;
  const last = await tx.execute<{ n: string | null }>(sql`select max(substr(tracking_no, ${prefix.length + 1})::int) as n from service_tasks where tracking_no like ${`${prefix}%`}`);
  let serial = Number(last.rows[0]!.n ?? 0);
  const rows: Static<typeof MailList>['rows'] = [];
  for (const id of [...new Set(taskIds)]) {
    const { task, c } = await lockOpenTask(tx, id, courtId);
    if (task.method !== 'mail') {
      throw new AppError(422, 'SERVICE_NOT_MAIL', `任务 ${id}（${task.method}）不是邮寄送达，不能列入邮寄清单。`, `Task ${id} (${task.method}) is not service by post.`);
    }
    if (task.trackingNo) throw new AppError(409, 'SERVICE_ALREADY_MAILED', `任务 ${id} 已交寄（${task.trackingNo}），请等待回执。`, `Task ${id} is already mailed (${task.trackingNo}).`);
    serial += 1;
    const trackingNo = `${prefix}${String(serial).padStart(5, '0')}`;
    await tx.execute(sql`update service_tasks set tracking_no = ${trackingNo}, cost_fen = cost_fen + ${settings.mailCostFen} where id = ${id}`);
    await recordAttempt(tx, { ...task, trackingNo }, c, { method: 'mail', channel: 'courtPost', outcome: 'sent', on: o.today, detail: { trackingNo } }, { by: o.by, actorRole: 'serviceCentre', today: o.today, at: o.at });
    const p = await tx.execute<{ name: string }>(sql`select name from case_parties where id = ${task.partyId}`);
    rows.push({ taskId: id, trackingNo, caseNumber: c.caseNumber, recipient: p.rows[0]!.name, address: task.address, document: task.document, cost: fenToYuanText(settings.mailCostFen) });
  }
  return { sentOn: o.today, rows, totalCost: fenToYuanText(settings.mailCostFen * rows.length) };
}

/** Records the returned receipts (回执) of a batch by mailing number; an unknown number refuses the whole batch. */
export async function recordReceipts(tx: Tx, courtId: number, items: Static<typeof ReceiptsInput>['items'], o: { by: number; today: PlainDate; at: Date }) {
  const results = [];
  for (const item of items) {
    const r = await tx.execute<{ id: string }>(sql`select id from service_tasks where tracking_no = ${item.trackingNo.trim()} and court_id = ${courtId}`);
    const id = r.rows[0] ? Number(r.rows[0].id) : null;
    if (id === null) throw new AppError(422, 'SERVICE_TRACKING_UNKNOWN', `本院没有邮件号为 ${item.trackingNo} 的送达。`, `This court has no mailing ${item.trackingNo}.`);
    const { task, c } = await lockOpenTask(tx, id, courtId);
    const done = await recordAttempt(tx, task, c, { method: 'mail', channel: 'courtPost', outcome: item.outcome, on: item.on, ...(item.note ? { note: item.note } : {}), detail: { trackingNo: item.trackingNo } }, { by: o.by, actorRole: 'serviceCentre', today: o.today, at: o.at });
    results.push({ taskId: id, ok: true, status: done.status });
  }
  return { results };
}

type StatRow = { tasks: number; served: number; successRate: number | null; averageDays: number | null; cost: string };

function statRow(r: Record<string, any>): StatRow {
  const tasks = Number(r.tasks);
  const live = Number(r.live);
  return {
    tasks,
    served: Number(r.served),
    successRate: live ? Math.round((Number(r.served) / live) * 1000) / 1000 : null,
    averageDays: r.avg_days === null ? null : Math.round(Number(r.avg_days) * 100) / 100,
    cost: fenToYuanText(Number(r.cost)),
  };
}

/** Success rate, average days to service and cost, by method, judge and month, of tasks opened in [from, to]. */
export async function serviceStats(q: Queryable, courtId: number, from: PlainDate, to: PlainDate): Promise<ServiceStats> {
  const measures = sql`
    count(*) as tasks,
    count(*) filter (where t.status <> 'cancelled') as live,
    count(*) filter (where t.status = 'served') as served,
    avg(t.deemed_on - t.created_on) filter (where t.status = 'served') as avg_days,
    coalesce(sum(t.cost_fen), 0) as cost`;
  const base = sql`from service_tasks t join cases k on k.id = t.case_id left join users j on j.id = k.judge_id
    where t.court_id = ${courtId} and t.created_on between ${from} and ${to}`;
  const [total, byMethod, byJudge, byMonth] = await Promise.all([
    q.execute<Record<string, any>>(sql`select ${measures} ${base}`),
    q.execute<Record<string, any>>(sql`select t.method, ${measures} ${base} group by t.method order by count(*) desc, t.method`),
    q.execute<Record<string, any>>(sql`select k.judge_id, j.display_name, ${measures} ${base} group by k.judge_id, j.display_name order by count(*) desc, j.display_name`),
    q.execute<Record<string, any>>(sql`select to_char(t.created_on, 'YYYY-MM') as month, ${measures} ${base} group by 1 order by 1`),
  ]);
  return {
    from,
    to,
    total: statRow(total.rows[0]!),
    byMethod: byMethod.rows.map((r) => ({ method: r.method, ...statRow(r) })),
    byJudge: byJudge.rows.map((r) => ({ judgeId: r.judge_id === null ? null : Number(r.judge_id), judgeName: r.display_name ?? null, ...statRow(r) })),
    byMonth: byMonth.rows.map((r) => ({ month: r.month, ...statRow(r) })),
  };
}
