// Criminal cases through the API as the real actors make them: the procuratorate files, the court registers, assigns,
// hears and judges (刑初), a defendant appeals or the procuratorate protests (刑终).
import { demoIdNumber } from '../../src/server/db/seed/demoProvince';
import { ApiClient } from './apiClient';
import { courtId, divisionId, TINY_PDF } from './fixtures';
import { closingDocument } from './scenarios';
import type { TestClock } from './testClock';

export async function chargeId(api: ApiClient, name: string): Promise<number> {
  const r = await api.get(`/api/v1/criminal-charges?q=${encodeURIComponent(name)}`);
  const c = r.body.find((x: { name: string }) => x.name === name);
  if (!c) throw new Error(`no charge ${name}`);
  return c.id;
}

/** An adult defendant in custody since 2026-01-05 at 长春市看守所, charged with 盗窃罪, who pleaded guilty. */
export async function defendant(api: ApiClient, o: Record<string, unknown> = {}) {
  return {
    name: '赵某',
    idNumber: demoIdNumber('22010219900101123'),
    birthOn: '1990-01-01',
    detentionStatus: 'detained',
    custodyPlace: '长春市看守所',
    custodyIntervals: [{ from: '2026-01-05' }],
    chargeIds: [await chargeId(api, '盗窃罪')],
    plea: { main: 'fixedTerm', minMonths: 12, maxMonths: 18 },
    ...o,
  };
}

/** A juvenile defendant (born 2010-05-01) on bail. */
export async function juvenileDefendant(api: ApiClient) {
  return defendant(api, { name: '钱某', idNumber: demoIdNumber('22010220100501123'), birthOn: '2010-05-01', detentionStatus: 'bail', custodyPlace: undefined, custodyIntervals: [{ from: '2026-01-05', to: '2026-01-20' }] });
}

export async function prosecutionInput(procurator: ApiClient, o: Record<string, unknown> = {}) {
  const indictment = await procurator.upload('起诉书.pdf', TINY_PDF, 'application/pdf', 'indictment');
  if (indictment.status !== 201) throw new Error(`upload failed: ${indictment.status}`);
  return {
    indictmentId: indictment.body.id,
    evidence: [{ name: '监控录像', description: '案发现场监控' }, { name: '被害人陈述' }],
    facts: '2025年12月30日，被告人赵某在长春市南关区某商场窃取他人手机一部，价值人民币5000元。',
    defendants: [await defendant(procurator)],
    victims: [{ name: '孙某' }],
    ...o,
  };
}

/** 南关区人民检察院 files a public prosecution; returns the 刑初 case id. */
export async function fileProsecution(baseUrl: string, o: Record<string, unknown> = {}, by = 'procurator-ng') {
  const procurator = await ApiClient.loggedIn(baseUrl, by);
  const r = await procurator.post('/api/v1/prosecutions', await prosecutionInput(procurator, o));
  if (r.status !== 201) throw new Error(`prosecution failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { id: r.body.id as number, procurator, detail: r.body };
}

/** The filing clerk registers the case to the court's 刑事审判庭; a 刑初 with a procedure and possible sentence. */
export async function registerCriminal(baseUrl: string, id: number, o: { procedure?: string; possibleSentence?: string; appeal?: boolean; clerk?: string; court?: string } = {}) {
  const clerk = await ApiClient.loggedIn(baseUrl, o.clerk ?? 'ng-filing');
  const division = await divisionId(clerk, await courtId(clerk, o.court ?? '吉0102'), '刑事审判庭');
  const input = o.appeal ? { divisionId: division } : { divisionId: division, procedure: o.procedure ?? 'ordinary', possibleSentence: o.possibleSentence ?? 'upTo3Years' };
  const r = await clerk.fire(id, 'accept', input);
  if (r.status !== 200) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { clerk, detail: r.body };
}

/**
 * A panel drawn by the filing clerk from the 刑事审判庭's three judges (so every one of them is on it), or (`sole`) the
 * president's manual assignment of the division's 刑事法官甲 (the court's `crimjudge`).
 */
export async function assignCriminal(baseUrl: string, id: number, clerkName = 'ng-filing', organization = 'panel') {
  if (organization === 'sole') {
    const president = await ApiClient.loggedIn(baseUrl, clerkName.replace(/-filing$/, '-president'));
    const judges: { id: number; displayName: string }[] = (await president.get(`/api/v1/cases/${id}/eligible-judges`)).body;
    const judgeId = judges.find((j) => j.displayName.endsWith('刑事法官甲'))!.id;
    const r = await president.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId, reason: '简易程序独任审判' });
    if (r.status !== 200) throw new Error(`assign failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
  const clerk = await ApiClient.loggedIn(baseUrl, clerkName);
  const r = await clerk.fire(id, 'assign', { mode: 'random', organization });
  if (r.status !== 200) throw new Error(`assign failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export const twoYears = (partyId: number, chargeIds: number[]) => ({ partyId, outcome: 'convicted', chargeIds, sentence: { main: 'fixedTerm', term: { months: 18 }, fineFen: 500_000 } });

/** Filed, registered, assigned to ng-crimjudge and judged on `closedOn` (18 months' imprisonment and a fine). */
export async function judgedCriminalCase(baseUrl: string, clock: TestClock, closedOn: string) {
  clock.set(closedOn);
  const { id, procurator } = await fileProsecution(baseUrl);
  await registerCriminal(baseUrl, id);
  await assignCriminal(baseUrl, id);
  const judge = await ApiClient.loggedIn(baseUrl, 'ng-crimjudge');
  const facts = (await judge.get(`/api/v1/cases/${id}/criminal`)).body;
  const d = facts.defendants[0];
  const r = await judge.fire(id, 'pronounceJudgment', { closedOn, verdicts: [twoYears(d.partyId, d.charges.map((c: { id: number }) => c.id))], documentId: await closingDocument(judge, '刑事判决书.pdf') });
  if (r.status !== 200) throw new Error(`judgment failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { id, procurator, judge, defendantPartyId: d.partyId as number };
}
