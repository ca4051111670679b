// How long one Excel export of the largest allowed list takes to build (EXPORT_ROW_CAP rows of case summaries):
// the figure behind answering exports in the request rather than as a background job (docs/performance.md).
import { performance } from 'node:perf_hooks';
import type { CaseSummary } from '../src/contracts/cases';
import { CASE_EXPORT_COLUMNS } from '../src/server/modules/cases/caseExport';
import { EXPORT_ROW_CAP, workbookOf } from '../src/server/lists/excelExport';

const row = (i: number): CaseSummary => ({
  id: i,
  caseType: '民初',
  caseNumber: `（2026）吉0102民初${i}号`,
  courtId: 1,
  courtName: '长春市南关区人民法院',
  node: 'assigned',
  nodeLabel: { 'zh-CN': '审理中', en: 'In trial' },
  procedure: 'simple',
  causeName: '民间借贷纠纷',
  title: `张三诉李四${i}民间借贷纠纷`,
  filedAt: '2026-03-02T02:00:00.000Z',
  receivedOn: '2026-03-02',
  reviewDueOn: null,
  daysWaiting: 0,
  ageDays: 0,
  reviewUrgency: 'normal',
  acceptedOn: '2026-03-03',
  judgeName: '南关法院法官甲',
  divisionName: '民事审判第一庭',
  nodeEnteredAt: '2026-03-04T02:00:00.000Z',
  daysInNode: 12,
  version: 3,
  alertLevel: 'none',
  trialLimitDueOn: '2026-06-02',
  executionStage: null,
});

const rows = Array.from({ length: EXPORT_ROW_CAP }, (_, i) => row(i + 1));
for (let run = 1; run <= 3; run++) {
  const t0 = performance.now();
  const bytes = await workbookOf('案件列表', CASE_EXPORT_COLUMNS, rows, 'zh-CN');
  console.log(`run ${run}: ${rows.length} rows → ${(bytes.length / 1024).toFixed(0)} kB in ${(performance.now() - t0).toFixed(0)} ms`);
}
