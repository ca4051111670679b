// The service centre's queue as an Excel workbook: the queue's own filters and sort, the columns the centre shows.
import type { Static } from 'typebox';
import { QueueQuery, type ServiceTask } from '../../../contracts/service';
import { documentLabel, METHOD_LABELS } from '../../../domain/service/serviceLabels';
import type { Actor } from '../../access/actor';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App, RouteAccess } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { serviceQueue } from './serviceCentre';


const STATUS_LABELS: Record<ServiceTask['status'], { 'zh-CN': string; en: string }> = {
  pending: zhEn('待送达', 'Pending'),
  inProgress: zhEn('送达中', 'In progress'),
  served: zhEn('已送达', 'Served'),
  cancelled: zhEn('已撤销', 'Cancelled'),
};

export const SERVICE_QUEUE_EXPORT_COLUMNS: readonly ExportColumn<ServiceTask>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('受送达人', 'Recipient'), width: 16, value: (r) => r.recipient },
  { header: zhEn('送达文书', 'Document served'), width: 14, value: (r, lang) => documentLabel(r.document)[lang] },
  { header: zhEn('送达方式', 'Method'), width: 14, value: (r, lang) => METHOD_LABELS[r.method]?.[lang] ?? r.method },
  { header: zhEn('送达地址', 'Address'), width: 48, value: (r) => r.address },
  { header: zhEn('邮件号', 'Mailing no.'), width: 24, value: (r) => r.trackingNo },
  { header: zhEn('状态', 'Status'), width: 10, value: (r, lang) => STATUS_LABELS[r.status][lang] },
  { header: zhEn('任务日期', 'Opened'), width: 12, value: (r) => r.createdOn },
  { header: zhEn('承办法官', 'Judge'), width: 12, value: (r) => r.judgeName },
  { header: zhEn('视为送达日', 'Deemed served'), width: 12, value: (r) => r.deemedOn },
  { header: zhEn('费用（元）', 'Cost (yuan)'), width: 10, value: (r) => r.cost },
];

/** `viewedCourtOf` is the queue's own rule for which court a viewer sees (own, or one under it). */
export function serviceQueueExportRoute(app: App, deps: Deps, access: RouteAccess, viewedCourtOf: (q: Queryable, actor: Actor, requested: number | undefined) => Promise<number>) {
  registerListExport<Static<typeof QueueQuery>, ServiceTask>(app, {
    url: '/api/v1/service-centre/tasks',
    access,
    tags: ['service'],
    summary: '集约送达中心：送达队列导出 Excel Export the service queue (the filter\'s rows) to Excel',
    querystring: QueueQuery,
    title: zhEn('送达队列', 'Service queue'),
    columns: SERVICE_QUEUE_EXPORT_COLUMNS,
    load: async (req, page) => serviceQueue(deps.db, await viewedCourtOf(deps.db, requireActor(req), req.query.courtId), { ...req.query, ...page }, deps.clock.today()),
  });
}
