// 自诉 through the API as a party or lawyer makes it: 张三 (the victim) files against 周某 for 侮辱罪 at 南关法院.
import { demoIdNumber } from '../../src/server/db/seed/demoProvince';
import { ApiClient } from './apiClient';
import { chargeId } from './criminalScenario';
import { courtId, TINY_PDF } from './fixtures';

/** 周某, not detained (未羁押), charged with `charge` (侮辱罪 by default). */
export async function privateDefendant(api: ApiClient, charge = '侮辱罪', o: Record<string, unknown> = {}) {
  return { name: '周某', idNumber: demoIdNumber('22010219880303123'), birthOn: '1988-03-03', address: '长春市南关区人民大街1号', detentionStatus: 'notDetained', custodyIntervals: [], chargeIds: [await chargeId(api, charge)], ...o };
}

/** 张三's 自诉 as the victim on ground (1) of CrPL art 210, with the 自诉状 uploaded by `api`. */
export async function privateProsecutionInput(api: ApiClient, o: Record<string, unknown> = {}) {
  const complaint = await api.upload('自诉状.pdf', TINY_PDF, 'application/pdf');
  if (complaint.status !== 201) throw new Error(`upload failed: ${complaint.status}`);
  return {
    courtId: await courtId(api, '吉0102'),
    complaintId: complaint.body.id,
    ground: 'complaintOnly',
    complainant: { name: '张三', idNumber: demoIdNumber('22010219850515001'), phone: '13800000001' },
    capacity: 'victim',
    evidence: [{ name: '微信群聊天记录截图', description: '被告人在群内公然辱骂自诉人' }, { name: '证人李某证言' }],
    facts: '2026年1月10日，被告人周某在有二百余人的微信群中多次公然辱骂自诉人张三，情节严重。',
    defendants: [await privateDefendant(api)],
    willingToMediate: true,
    ...o,
  };
}

/** Files a 自诉 (by 张三 unless `by` is given); returns the 刑初 case id and the filer's client. */
export async function filePrivateProsecution(baseUrl: string, o: Record<string, unknown> = {}, by = 'zhangsan') {
  const api = await ApiClient.loggedIn(baseUrl, by);
  const r = await api.post('/api/v1/private-prosecutions', await privateProsecutionInput(api, o));
  if (r.status !== 201) throw new Error(`private prosecution failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { id: r.body.id as number, api, detail: r.body };
}
