// 网络查控 on a 执 case assigned to ng-exec1, through the real API: an inquiry to the national bank (agency-icbc) it has
// answered with an account, and a freeze of that account sent to it (with its ruling and assistance notice).
import type { ApiClient } from './apiClient';

export interface AssetControlReference {
  /** The bank's answered inquiry. */
  inquiryId: number;
  /** The bank's freeze, sent and not yet executed. */
  freezeId: number;
  /** The freeze's assistance notice. */
  documentId: number;
  /** The national bank (the agency) and its account `agency-icbc`. */
  agencyId: number;
  agencyUserId: number;
}

export async function bankInquiryAndFreeze(officer: ApiClient, bank: ApiClient, caseId: number): Promise<AssetControlReference> {
  const ok = async (r: Promise<{ status: number; body: any }>, what: string, status = 200) => {
    const res = await r;
    if (res.status !== status) throw new Error(`fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const p = await ok(officer.get(`/api/v1/cases/${caseId}/asset-control`), 'asset control');
  const agencyId = p.agencies.find((a: { kind: string }) => a.kind === 'bank').id;
  const { ids } = await ok(officer.post(`/api/v1/cases/${caseId}/asset-control/inquiries`, { partyIds: [p.debtors[0].partyId], agencyIds: [agencyId] }), 'inquiry', 201);
  await ok(bank.post(`/api/v1/agency/requests/${ids[0]}/answer`, { assets: [{ kind: 'account', identifier: '6222020000000009', description: '活期账户', balanceFen: 100_00 }] }), 'answer');
  const assets = (await ok(officer.get(`/api/v1/cases/${caseId}/asset-control`), 'asset list')).assets;
  const freeze = await ok(officer.post(`/api/v1/cases/${caseId}/asset-control/controls`, { kind: 'freeze', assetId: assets[0].id, amountFen: 100_00 }), 'freeze', 201);
  const agencyUserId = (await ok(bank.get('/api/v1/auth/me'), 'me')).user.id;
  return { inquiryId: ids[0], freezeId: freeze.id, documentId: freeze.documents[1].attachmentId, agencyId, agencyUserId };
}
