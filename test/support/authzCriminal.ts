// The authorization matrix's criminal cases: 南关's 刑初 at each node (filed by 南关区人民检察院, tried by a panel of its
// 刑事审判庭) and 长春中院's 刑终 at each node (opened by the procuratorate's protest), as the real actors make them.
import type { ApiClient } from './apiClient';
import { prosecutionInput } from './criminalScenario';
import { TINY_PDF } from './fixtures';
import type { TestClock } from './testClock';

interface WorldLike {
  clock: TestClock;
  as(username: string): Promise<ApiClient>;
  ok(r: Promise<{ status: number; body: any }>, what: string, status?: number): Promise<any>;
  fire(username: string, caseId: number, event: string, input: Record<string, unknown>): Promise<any>;
  court(code: string): Promise<number>;
}

async function criminalDivision(w: WorldLike, code: string): Promise<number> {
  const clerk = await w.as('admin');
  const divisions: { id: number; name: string }[] = await w.ok(clerk.get(`/api/v1/courts/${await w.court(code)}/divisions`), 'divisions');
  return divisions.find((d) => d.name === '刑事审判庭')!.id;
}

async function upload(w: WorldLike, judge: string, name: string): Promise<number> {
  return (await w.ok((await w.as(judge)).upload(name, TINY_PDF, 'application/pdf', 'other'), 'upload', 201)).id as number;
}

/** 南关's 刑初 as far as `node` (submitted … closed); hearings at `hour` in the second room. */
async function firstInstance(w: WorldLike, node: string, hour: number): Promise<number> {
  const procurator = await w.as('procurator-ng');
  const id = (await w.ok(procurator.post('/api/v1/prosecutions', await prosecutionInput(procurator)), 'prosecution', 201)).id as number;
  if (node === 'submitted') return id;
  if (node === 'correctionRequested') return (await w.fire('ng-filing', id, 'requestCorrection', { items: ['补充证据目录'] })).id as number;
  await w.fire('ng-filing', id, 'accept', { divisionId: await criminalDivision(w, '吉0102'), procedure: 'ordinary', possibleSentence: 'upTo3Years' });
  if (node === 'accepted') return id;
  await w.fire('ng-filing', id, 'assign', { mode: 'random', organization: 'panel' });
  if (node === 'hearingScheduled') await schedule(w, id, '吉0102', 'ng-crimjudge', hour);
  if (node === 'closed') {
    const judge = await w.as('ng-crimjudge');
    const d = (await w.ok(judge.get(`/api/v1/cases/${id}/criminal`), 'criminal facts')).defendants[0];
    const verdict = { partyId: d.partyId, outcome: 'convicted', chargeIds: d.charges.map((c: { id: number }) => c.id), sentence: { main: 'fixedTerm', term: { months: 18 } } };
    await w.fire('ng-crimjudge', id, 'pronounceJudgment', { closedOn: w.clock.today(), verdicts: [verdict], documentId: await upload(w, 'ng-crimjudge', '刑事判决书.pdf') });
  }
  return id;
}

async function schedule(w: WorldLike, id: number, court: string, judge: string, hour: number): Promise<void> {
  const rooms: { id: number }[] = await w.ok((await w.as(judge)).get(`/api/v1/courts/${await w.court(court)}/rooms`), 'rooms');
  const at = (h: number) => `${w.clock.today()}T${String(h).padStart(2, '0')}:00:00+08:00`;
  await w.fire(judge, id, 'scheduleHearing', { startsAt: at(hour), endsAt: at(hour + 1), roomId: rooms[1]!.id });
}

/** 长春中院's 刑终 on the protest of a judged 南关 刑初, as far as `node`. */
async function secondInstance(w: WorldLike, node: string, hour: number): Promise<number> {
  const origin = await firstInstance(w, 'closed', hour);
  const protested = await w.fire('procurator-ng', origin, 'protest', { judgmentReceivedOn: w.clock.today(), reasons: '一审判决量刑不当。' });
  const id = protested.continuations.find((k: { caseType: string }) => k.caseType === '刑终').id as number;
  if (node === 'submitted') return id;
  await w.fire('cc-filing', id, 'accept', { divisionId: await criminalDivision(w, '吉01') });
  if (node === 'accepted') return id;
  await w.fire('cc-filing', id, 'assign', { mode: 'random', organization: 'panel' });
  if (node === 'hearingScheduled') await schedule(w, id, '吉01', 'cc-crimjudge', hour);
  if (node === 'closed') await w.fire('cc-crimjudge', id, 'decideAppeal', { outcome: 'upheld', closedOn: w.clock.today(), documentId: await upload(w, 'cc-crimjudge', '刑事裁定书.pdf') });
  return id;
}

/** A 刑初 and a 刑终 at each node from which one of their events is fired (hearings at 16:00, away from the others'). */
export async function criminalNodeCases(w: WorldLike): Promise<{ 刑初: Record<string, number>; 刑终: Record<string, number> }> {
  const first: Record<string, number> = {};
  for (const node of ['submitted', 'correctionRequested', 'accepted', 'assigned', 'hearingScheduled', 'closed']) first[node] = await firstInstance(w, node, 16);
  const second: Record<string, number> = {};
  for (const node of ['submitted', 'accepted', 'assigned', 'hearingScheduled', 'closed']) second[node] = await secondInstance(w, node, 17);
  return { 刑初: first, 刑终: second };
}
