// Shared test data: a minimal PDF, demo identities, and a filing a party would submit.
import { dateInZone } from '../../src/domain/calendar/plainDate';
import { DEMO_USERS } from '../../src/server/db/seed/demoProvince';
import type { ApiClient } from './apiClient';

/** A 1 × 1 PNG (a court's seal in tests). */
export const TINY_PNG = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
export const TINY_PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

export const demoUser = (username: string) => {
  const u = DEMO_USERS.find((x) => x.username === username);
  if (!u) throw new Error(`no demo user ${username}`);
  return u;
};

export const todayInShanghai = () => dateInZone(new Date(), 'Asia/Shanghai');

export async function courtId(api: ApiClient, code: string): Promise<number> {
  const r = await api.get('/api/v1/courts');
  const c = r.body.find((x: { code: string }) => x.code === code);
  if (!c) throw new Error(`no court ${code}`);
  return c.id;
}

export async function causeId(api: ApiClient, name: string): Promise<number> {
  const r = await api.get(`/api/v1/causes?q=${encodeURIComponent(name)}`);
  const c = r.body.items.find((x: { name: string }) => x.name === name);
  if (!c) throw new Error(`no cause ${name}`);
  return c.id;
}

export async function divisionId(api: ApiClient, court: number, name = '民事审判第一庭'): Promise<number> {
  const r = await api.get(`/api/v1/courts/${court}/divisions`);
  return r.body.find((d: { name: string }) => d.name === name).id;
}

/**
 * Uploads, as the client's user, the materials a complaint cannot do without: the 起诉状, and for a lawyer the
 * 授权委托书 and the 律师执业证 (CPL-2023 arts 62, 123; CPL-Interp art 88).
 */
export async function requiredFilingMaterialIds(api: ApiClient): Promise<number[]> {
  const isLawyer = (api.user?.roles as string[] | undefined)?.includes('lawyer') ?? false;
  const ids: number[] = [];
  for (const category of isLawyer ? ['complaint', 'authorization', 'lawyerLicence'] : ['complaint']) {
    const r = await api.upload(`${category}.pdf`, TINY_PDF, 'application/pdf', category);
    if (r.status !== 201) throw new Error(`upload ${category} failed: ${r.status} ${JSON.stringify(r.body)}`);
    ids.push(r.body.id);
  }
  return ids;
}

/** A complaint template (filed many times) with its own freshly uploaded required materials: a file joins one case only. */
export async function withFreshMaterials(api: ApiClient, complaint: Record<string, unknown>): Promise<Record<string, unknown>> {
  return { ...complaint, attachmentIds: await requiredFilingMaterialIds(api) };
}

/**
 * A 民间借贷 complaint by 张三 against 李四, as 张三 would file it himself, with its required materials uploaded by
 * `api`'s user (before any `attachmentIds` given); `{ requiredMaterials: false }` leaves them out.
 */
export async function loanComplaint(api: ApiClient, overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { requiredMaterials = true, ...rest } = overrides;
  const required = requiredMaterials ? await requiredFilingMaterialIds(api) : [];
  return {
    caseType: '民初',
    courtId: await courtId(api, '吉0102'),
    causeId: await causeId(api, '民间借贷纠纷'),
    claims: ['判令被告偿还借款本金人民币150000元', '判令被告承担本案诉讼费用'],
    amount: '150000',
    facts: '2024年3月1日，被告向原告借款15万元，约定2025年3月1日前归还，到期后经催要未还。',
    parties: [
      { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
      { standing: 'defendant', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, address: '长春市朝阳区' },
    ],
    ...rest,
    attachmentIds: [...required, ...((rest.attachmentIds as number[] | undefined) ?? [])],
  };
}
