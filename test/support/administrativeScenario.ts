// 行初 as the actors do it through the API: 张三 sues the 南关 market regulator, the court registers and serves it.
import { DEMO_ORGAN } from '../../src/server/db/seed/demoProvince';
import { ApiClient } from './apiClient';
import { courtId, demoUser, divisionId, requiredFilingMaterialIds } from './fixtures';

export const ADMIN_DIVISION = '行政审判庭';

/** 张三's complaint against the demo organ's 行政处罚决定, known to him on `knownOn`. */
export async function adminComplaint(api: ApiClient, o: { knownOn?: string; actOn?: string; defendant?: Record<string, unknown>; act?: Record<string, unknown> | null; extra?: Record<string, unknown> } = {}) {
  const act = o.act === null ? {} : { administrativeAct: { name: '行政处罚决定', documentNumber: '南市监罚〔2026〕3号', actOn: o.actOn ?? '2026-01-05', knownOn: o.knownOn ?? '2026-01-06', ...o.act } };
  return {
    caseType: '行初',
    courtId: await courtId(api, '吉0102'),
    claims: ['判令撤销被告作出的南市监罚〔2026〕3号行政处罚决定', '判令被告承担本案诉讼费用'],
    facts: '被告以原告销售过期食品为由处以罚款二万元，认定事实不清，程序违法。',
    parties: [
      { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
      { standing: 'defendant', kind: 'organ', name: DEMO_ORGAN.name, creditCode: DEMO_ORGAN.creditCode, legalRepresentative: DEMO_ORGAN.head, address: '长春市南关区', ...o.defendant },
    ],
    attachmentIds: await requiredFilingMaterialIds(api),
    ...act,
    ...o.extra,
  };
}

/** Files the complaint as 张三; returns the case id and his client. */
export async function fileAdminCase(baseUrl: string, o: Parameters<typeof adminComplaint>[1] = {}) {
  const party = await ApiClient.loggedIn(baseUrl, 'zhangsan');
  const r = await party.post('/api/v1/filings', await adminComplaint(party, o));
  if (r.status !== 201) throw new Error(`administrative filing failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { id: r.body.id as number, party, detail: r.body };
}

/** Registers the case at 南关 in its 行政审判庭 (ordinary procedure unless told). */
export async function acceptAdminCase(baseUrl: string, id: number, input: Record<string, unknown> = { procedure: 'ordinary' }) {
  const clerk = await ApiClient.loggedIn(baseUrl, 'ng-filing');
  const r = await clerk.fire(id, 'accept', { ...input, divisionId: await divisionId(clerk, await courtId(clerk, '吉0102'), ADMIN_DIVISION) });
  if (r.status !== 200) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Assigns a panel of the 行政审判庭 (ALL art 68), presided by 行政庭法官甲; returns the panel's presiding judge. */
export async function assignAdminPanel(baseUrl: string, id: number) {
  const chief = await ApiClient.loggedIn(baseUrl, 'ng-adminchief');
  const judges = (await chief.get(`/api/v1/cases/${id}/eligible-judges`)).body as { id: number; displayName: string }[];
  const by = (name: string) => judges.find((j) => j.displayName === name)!.id;
  const r = await chief.fire(id, 'assign', { mode: 'manual', organization: 'panel', judgeId: by('南关法院行政庭法官甲'), memberIds: [by('南关法院行政庭法官乙'), by('南关法院行政庭庭长')], reason: '行政案件合议庭' });
  if (r.status !== 200) throw new Error(`assign failed: ${r.status} ${JSON.stringify(r.body)}`);
  return ApiClient.loggedIn(baseUrl, 'ng-admin1');
}
