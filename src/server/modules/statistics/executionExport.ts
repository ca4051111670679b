// The execution figures as one Excel sheet: each court, the total, each team and each officer on a line.
import type { ExecutionStats, ExecutionStatsRow } from '../../../contracts/statistics';
import { EXECUTION_CLOSING_METHODS, EXECUTION_CLOSING_RULES } from '../../../domain/execution';
import type { PageOf } from '../../http/pagination';
import { zhEn, type ExportColumn } from '../../lists/excelExport';

const GROUPS = { court: zhEn('法院', 'Court'), total: zhEn('合计', 'Total'), team: zhEn('执行团队', 'Team'), officer: zhEn('承办人', 'Officer') } as const;
const percent = (r: number | null) => (r === null ? '' : `${(r * 100).toFixed(1)}%`);

export const EXECUTION_STATS_EXPORT_COLUMNS: readonly ExportColumn<ExecutionStatsRow>[] = [
  { header: zhEn('分组', 'Grouped by'), width: 10, value: (r, lang) => GROUPS[r.group][lang] },
  { header: zhEn('名称', 'Name'), width: 28, value: (r) => r.name },
  { header: zhEn('法院', 'Court'), width: 28, value: (r) => r.courtName },
  { header: zhEn('收案', 'Received'), width: 8, value: (r) => r.received },
  { header: zhEn('结案', 'Closed'), width: 8, value: (r) => r.closed },
  ...EXECUTION_CLOSING_METHODS.map((m): ExportColumn<ExecutionStatsRow> => ({ header: EXECUTION_CLOSING_RULES[m].label, width: 12, value: (r) => r.closedBy[m] })),
  { header: zhEn('执行完毕率', 'Completion rate'), width: 12, value: (r) => percent(r.completionRate) },
  { header: zhEn('终本率', 'Current-round-ended rate'), width: 12, value: (r) => percent(r.currentRoundEndedRate) },
  { header: zhEn('申请执行标的（元）', 'Applied for (yuan)'), width: 18, value: (r) => r.appliedAmount },
  { header: zhEn('执行到位金额（元）', 'Paid out (yuan)'), width: 18, value: (r) => r.paidAmount },
  { header: zhEn('执行到位率', 'Funds recovery rate'), width: 12, value: (r) => percent(r.fundsRecoveryRate) },
  { header: zhEn('平均结案天数', 'Mean days to close'), width: 12, value: (r) => r.averageDays },
];

/** The lines of the sheet, as the one page the export mechanism expects. */
export function executionStatsRows(s: ExecutionStats): PageOf<ExecutionStatsRow> {
  const strip = <T extends { monthly?: unknown }>({ monthly: _m, ...rest }: T) => rest;
  const items: ExecutionStatsRow[] = [
    ...s.courts.map(({ courtId: _c, courtName, ...f }) => ({ group: 'court' as const, name: courtName, courtName, ...strip(f) })),
    { group: 'total', name: '', courtName: '', ...strip(s.total) },
    ...s.byTeam.map(({ teamId, name, courtId: _c, courtName, ...f }) => ({ group: 'team' as const, name: name ?? `#${teamId}`, courtName, ...f })),
    ...s.byOfficer.map(({ officerId: _o, name, courtId: _c, courtName, ...f }) => ({ group: 'officer' as const, name, courtName, ...f })),
  ];
  return { items, total: items.length, page: 1, pageSize: items.length };
}
