// Route fuzz plans of 证据交换与质证 (issue 21 item 2): the evidence list read by the parties, staff and another court;
// opinions with hostile views, reasons and party ids on exchanged items of 张三 by 李四 (and by 张三 on his own).
import fc from 'fast-check';
import { CaseAt } from './caseRefs';
import type { FuzzWorld } from './fuzzWorld';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

/** An assigned case with an evidence period, 张三's two items exchanged, made once by `prepare`. */
const found = { caseIds: [] as number[], itemIds: [] as number[], partyIds: [] as number[] };

async function gather(w: FuzzWorld): Promise<void> {
  if (found.caseIds.length) return;
  const id = await w.cases.at('assigned');
  found.caseIds.push(id);
  const parties = (await w.cases.detail(id)).parties as { id: number; name: string }[];
  found.partyIds.push(...parties.map((p) => p.id));
  const zhang = parties.find((p) => p.name === '张三')?.id;
  await (await w.as('ng-judge1')).fire(id, 'setEvidencePeriod', { days: 15, noticeServedOn: w.today });
  const items = [1, 2].map((n) => ({ name: `证据${n}`, source: '原告', purpose: '证明借款', pages: 1 }));
  await (await w.as('zhangsan')).fire(id, 'submitEvidence', { partyId: zhang, items });
  await (await w.as('ng-judge1')).fire(id, 'exchangeEvidence', {});
  const list = await (await w.as('ng-judge1')).get(`/api/v1/cases/${id}/evidence`);
  found.itemIds.push(...((list.body?.items ?? []) as { id: number }[]).map((i) => i.id));
}

const caseIds = () => fc.constantFrom<number | CaseAt>(...found.caseIds, new CaseAt('assigned'), new CaseAt('submitted'), new CaseAt('closed'));
const view = () => ({
  view: fc.oneof({ arbitrary: fc.constantFrom('accept', 'reject', 'partlyAccept'), weight: 6 }, { arbitrary: fc.constantFrom('', 'ACCEPT'), weight: 1 }),
  reason: fc.constantFrom('理由', '', ' ', 'x'.repeat(2000), 'x'.repeat(2001), ...HOSTILE_TEXT) });

export const EVIDENCE_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/cases/{id}/evidence': { actors: ['zhangsan', 'lisi', 'ng-judge1', 'ng-assistant', 'kc-filing', 'lawyer-wang'], prepare: gather, params: () => ({ id: caseIds() }), weight: 0.5 },
};

export const EVIDENCE_WRITE_PLANS: Record<string, RoutePlan> = {
  'PUT /api/v1/cases/{id}/evidence/{itemId}/opinion': {
    actors: ['lisi', 'zhangsan', 'lawyer-wang', 'ng-judge1'],
    prepare: gather,
    params: () => ({
      id: caseIds(),
      itemId: fc.oneof({ arbitrary: fc.constantFrom(...found.itemIds, 1), weight: 4 }, { arbitrary: fc.constantFrom(2 ** 53 - 1, 999999), weight: 1 }),
    }),
    hints: () => ({
      partyId: fc.constantFrom(...found.partyIds, 1, 2 ** 53 - 1),
      authenticity: fc.record(view(), { requiredKeys: ['view'] }),
      legality: fc.record(view(), { requiredKeys: ['view'] }),
      relevance: fc.record(view(), { requiredKeys: ['view'] }),
      purposeOpinion: fc.constantFrom('不能证明', '', 'x'.repeat(4000), 'x'.repeat(4001), ...HOSTILE_TEXT),
    }),
    weight: 1,
  },
};
