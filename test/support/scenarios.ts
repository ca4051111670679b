// Steps many tests share, done through the API the way the actors would do them.
import { ApiClient } from './apiClient';
import { courtId, divisionId, loanComplaint } from './fixtures';

export async function fileLoanCase(baseUrl: string, overrides: Record<string, unknown> = {}): Promise<{ id: number; party: ApiClient }> {
  const party = await ApiClient.loggedIn(baseUrl, 'zhangsan');
  const r = await party.post('/api/v1/filings', await loanComplaint(party, overrides));
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
