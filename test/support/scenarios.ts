// Steps many tests share, done through the API the way the actors would do them.
import { ApiClient } from './apiClient';
import { courtId, divisionId, loanComplaint, TINY_PDF } from './fixtures';
import type { TestClock } from './testClock';

/** The signed judgment (ruling, 调解书) a judge uploads to close a case with: the id of the upload. */
export async function closingDocument(judge: ApiClient, name = '判决书.pdf'): Promise<number> {
  const r = await judge.upload(name, TINY_PDF, 'application/pdf', 'other');
  if (r.status !== 201) throw new Error(`upload failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id;
}

/** The close event's input, with the signed document where the method needs one. */
export async function closeInput(judge: ApiClient, input: { method: string; closedOn: string; [k: string]: unknown }) {
  return input.method === 'withdrawal' ? input : { ...input, documentId: await closingDocument(judge) };
}

/** 张三's loan complaint, filed by himself or (`filer` a lawyer) by his lawyer for him as the client. */
export async function fileLoanCase(baseUrl: string, overrides: Record<string, unknown> = {}, filer = 'zhangsan'): Promise<{ id: number; party: ApiClient }> {
  const party = await ApiClient.loggedIn(baseUrl, filer);
  const complaint = await loanComplaint(party, overrides);
  if ((party.user?.roles as string[] | undefined)?.includes('lawyer')) complaint.parties[0] = { ...complaint.parties[0], isSelf: undefined, isClient: true };
  const r = await party.post('/api/v1/filings', complaint);
  if (r.status !== 201) throw new Error(`filing failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { id: r.body.id, party };
}

export async function acceptCase(baseUrl: string, id: number, procedure = 'simple', clerkName = 'ng-filing') {
  const clerk = await ApiClient.loggedIn(baseUrl, clerkName);
  const court = await courtId(clerk, '吉0102');
  const r = await clerk.fire(id, 'accept', { procedure, divisionId: await divisionId(clerk, court) });
  if (r.status !== 200) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Files, accepts and assigns a case to 南关法院法官甲 as sole judge. */
export async function assignedCase(baseUrl: string, procedure = 'simple') {
  const { id, party } = await fileLoanCase(baseUrl);
  await acceptCase(baseUrl, id, procedure);
  const chief = await ApiClient.loggedIn(baseUrl, 'ng-chief');
  const judges = await chief.get(`/api/v1/cases/${id}/eligible-judges`);
  const judge1 = judges.body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
  const r = await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1.id, reason: '测试分案' });
  if (r.status !== 200) throw new Error(`assign failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { id, party, judgeId: judge1.id as number, detail: r.body };
}

/**
 * Files on 2026-03-02 (then runs `setup`), accepts, assigns to 法官甲, hears and closes on 2026-03-31 (by judgment
 * unless told); `filer`: who files it (张三 himself by default). Returns the parties' ids by name.
 */
export async function decidedCase(baseUrl: string, clock: TestClock, o: { method?: string; rulingKind?: string; procedure?: string; filer?: string; setup?: (id: number) => Promise<void>; afterAssign?: (id: number) => Promise<void> } = {}) {
  clock.set('2026-03-02');
  const { id, party } = await fileLoanCase(baseUrl, {}, o.filer);
  if (o.setup) await o.setup(id);
  await acceptCase(baseUrl, id, o.procedure ?? 'simple');
  const chief = await ApiClient.loggedIn(baseUrl, 'ng-chief');
  const judges = await chief.get(`/api/v1/cases/${id}/eligible-judges`);
  await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judges.body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲').id, reason: '测试' });
  if (o.afterAssign) await o.afterAssign(id);
  const judge = await ApiClient.loggedIn(baseUrl, 'ng-judge1');
  clock.set('2026-03-31');
  const rooms = (await judge.get(`/api/v1/courts/${await courtId(judge, '吉0102')}/rooms`)).body;
  // Before the test clock's 10:00, so that the hearing has begun when it is recorded.
  const slot = `${String(8 + Math.floor((id % 8) / 4)).padStart(2, '0')}:${String((id % 4) * 15).padStart(2, '0')}`;
  const end = `${slot.slice(0, 3)}${String((id % 4) * 15 + 10).padStart(2, '0')}`;
  await judge.fire(id, 'scheduleHearing', { startsAt: `2026-03-31T${slot}:00+08:00`, endsAt: `2026-03-31T${end}:00+08:00`, roomId: rooms[id % 3].id });
  await judge.fire(id, 'recordHearing', {});
  const closed = await judge.fire(id, 'close', await closeInput(judge, { method: o.method ?? 'judgment', ...(o.rulingKind ? { rulingKind: o.rulingKind } : {}), closedOn: '2026-03-31' }));
  if (closed.status !== 200) throw new Error(`close failed: ${closed.status} ${JSON.stringify(closed.body)}`);
  const byName = Object.fromEntries(closed.body.parties.map((p: { name: string; id: number }) => [p.name, p.id])) as Record<'张三' | '李四', number>;
  return { id, party, judge, byName };
}
