// Write-route fuzz plans of issue 19's applications (财保, 民督, 民申), beside writeRoutePlans.ts.
import fc from 'fast-check';
import { DEMO_USERS } from '../../../src/server/db/seed/demoProvince';
import { CaseAt } from './caseRefs';
import type { FuzzWorld } from './fuzzWorld';
import { HOSTILE_TEXT, IMPOSSIBLE_DATES } from './hostile';
import type { RoutePlan } from './routeTarget';

const text = (...values: string[]) => fc.constantFrom(...values, ...HOSTILE_TEXT);
const ids = (list: number[]) => fc.constantFrom(...list, 2_000_000_000);
const zhangsan = DEMO_USERS.find((u) => u.username === 'zhangsan')!.idNumber;
/** 张三 (himself) against a respondent whose name and address are hostile. */
const parties = fc.tuple(text('李四', '长春某某有限公司'), text('长春市朝阳区')).map(([name, address]) => [
  { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: zhangsan, isSelf: true },
  { standing: 'defendant', kind: 'person', name, address },
]);
const amount = fc.constantFrom('100000.00', '0', '0.01', '9999999999999.99', ...HOSTILE_TEXT);

export const specialWritePlans = (): Record<string, RoutePlan> => ({
  // 财保: with and without security, security below the amount, at any court (CPL-2023 art 104).
  'POST /api/v1/preservation/applications': {
    actors: ['zhangsan', 'lawyer-wang', 'ng-filing'],
    hints: (w: FuzzWorld) => ({ courtId: ids(w.ref.courts), parties, amount, propertyClues: text('工商银行账户'), attachmentIds: fc.constant([]) }),
    weight: 0.5,
  },
  // 民督: due and not yet due, with a counter-obligation, at a basic and an intermediate court (CPL-2023 art 225).
  'POST /api/v1/payment-orders/applications': {
    actors: ['zhangsan', 'lawyer-wang', 'ng-filing'],
    hints: (w: FuzzWorld) => ({ courtId: ids(w.ref.courts), causeId: ids([w.ref.loanCause, ...w.ref.causes]), parties, amount, debtDueOn: fc.constantFrom(...w.dates.near, ...IMPOSSIBLE_DATES), attachmentIds: fc.constant([]) }),
    weight: 0.5,
  },
  // 民申: on a judgment not yet effective (never served), on a case still open, by either side and a stranger lawyer.
  'POST /api/v1/cases/{id}/retrial-applications': {
    actors: ['zhangsan', 'lisi', 'lawyer-wang'],
    params: () => ({ id: fc.constantFrom(new CaseAt('closed'), new CaseAt('submitted'), new CaseAt('closed', '执异')) }),
    hints: (w: FuzzWorld) => ({ knownOn: fc.constantFrom(...w.dates.near, ...IMPOSSIBLE_DATES), attachmentIds: fc.constant([]) }),
    weight: 0.5,
  },
});
