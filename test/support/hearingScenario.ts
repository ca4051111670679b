// Cases assigned to a chosen judge of 南关法院, for the hearings tests (calendar, conflicts, transcript).
import { ApiClient } from './apiClient';
import { acceptCase, fileLoanCase } from './scenarios';

/** Files (by `filer`), accepts and assigns a case to the judge of that display name as sole judge. */
export async function caseOfJudge(baseUrl: string, judgeName: string, filer = 'zhangsan'): Promise<{ id: number; detail: Record<string, any> }> {
  const { id } = await fileLoanCase(baseUrl, {}, filer);
  await acceptCase(baseUrl, id, 'simple');
  const chief = await ApiClient.loggedIn(baseUrl, 'ng-chief');
  const judges = await chief.get(`/api/v1/cases/${id}/eligible-judges`);
  const judge = judges.body.find((j: { displayName: string }) => j.displayName === judgeName);
  const r = await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge.id, reason: '测试分案' });
  if (r.status !== 200) throw new Error(`assign failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { id, detail: r.body };
}

export const at = (day: string, time: string) => `${day}T${time}:00+08:00`;
