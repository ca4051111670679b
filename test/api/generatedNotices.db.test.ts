// The notices a case produces, generated from its data (docs/documents.md): registration gives the plaintiff the
// 受理通知书 and the 交纳诉讼费用通知书 (fee, bank, 户名, 开户行, the case's account, deadline), the defendant the 应诉通知书;
// the evidence period gives each party a 举证通知书; scheduling gives each a 传票 and the court a 开庭公告. Each is a
// DOCX among the case's materials, with its integrity-log leaf; a court's own template replaces the default.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { assignedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

interface Material {
  id: number;
  fileName: string;
  category: string;
  mimeType: string;
}

async function material(api: ApiClient, caseId: number, category: string, recipient?: string) {
  const files: Material[] = (await api.get(`/api/v1/cases/${caseId}`)).body.attachments;
  const found = files.filter((f) => f.category === category && (!recipient || f.fileName.includes(`（${recipient}）`)));
  expect(found, `${category} ${recipient ?? ''}`).toHaveLength(1);
  const f = found[0]!;
  expect(f.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const got = await api.bytes(`/api/v1/attachments/${f.id}/content`);
  expect(got.status).toBe(200);
  return { ...f, text: await docxText(got.bytes) };
}

describe('generated notices', () => {
  test('registration, the evidence period and the hearing produce their notices from the case', async () => {
    clock.set('2026-03-02');
    const { id } = await assignedCase(world.server.baseUrl, 'ordinary');
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    const detail = (await clerk.get(`/api/v1/cases/${id}`)).body;
    const caseNumber: string = detail.caseNumber;
    expect(caseNumber).toMatch(/^（2026）吉0102民初\d+号$/);
    const fees = (await clerk.get(`/api/v1/cases/${id}/fees`)).body;
    const accountNo: string = fees.accountNo;
    expect(accountNo).toMatch(/^9558/);

    const acceptance = await material(clerk, id, 'acceptanceNotice', '张三');
    expect(acceptance.text).toContain('受理案件通知书');
    expect(acceptance.text).toContain(`（${caseNumber}）`);
    expect(acceptance.text).toContain('张三：');
    expect(acceptance.text).toContain('你（单位）诉李四民间借贷纠纷一案，本院已于2026年3月2日立案受理，适用普通程序审理。');
    expect(acceptance.text).toContain('预交案件受理费3300.00元');
    expect(acceptance.text).toContain('长春市南关区人民法院');

    const response = await material(clerk, id, 'responseNotice', '李四');
    expect(response.text).toContain('应诉通知书');
    expect(response.text).toContain('张三诉你（单位）民间借贷纠纷一案，本院已经立案。');
    expect(response.text).toContain('应当在收到起诉状副本之日起15日内向本院提交答辩状');

    const fee = await material(clerk, id, 'feeNotice', '张三');
    expect(fee.text).toContain('交纳诉讼费用通知书');
    expect(fee.text).toContain('应交纳案件受理费3300.00元');
    expect(fee.text).toContain('开户银行：中国工商银行');
    expect(fee.text).toContain('户名：长春市南关区人民法院');
    expect(fee.text).toContain('开户行：中国工商银行股份有限公司长春南关支行');
    expect(fee.text).toMatch(/请于2026年3月\d+日前交纳/);
    expect(fee.text).toContain(`账号：${accountNo}（本案专用账号`);
    expect(fee.text).not.toContain('____');

    // Each generated document is a material with its integrity-log leaf, as an upload is.
    const leaves = await world.server.database.pool.query(`select count(*)::int as n from tlog_entries where kind = 'caseFile' and ref_id = any($1::bigint[])`, [[acceptance.id, response.id, fee.id]]);
    expect(leaves.rows[0].n).toBe(3);

    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    expect((await judge.fire(id, 'setEvidencePeriod', { days: 15, noticeServedOn: '2026-03-02' })).status).toBe(200);
    const evidence = await material(judge, id, 'evidenceNotice', '李四');
    expect(evidence.text).toContain('本案举证期限为15日，至2026年3月17日届满。');
    expect(evidence.text).toContain('本院受理张三诉李四民间借贷纠纷一案');

    const court = detail.courtId;
    const rooms = (await judge.get(`/api/v1/courts/${court}/rooms`)).body;
    expect((await judge.fire(id, 'scheduleHearing', { startsAt: '2026-04-08T09:00:00+08:00', endsAt: '2026-04-08T11:00:00+08:00', roomId: rooms[0].id })).status).toBe(200);
    const summons = await material(judge, id, 'summons', '李四');
    expect(summons.text).toContain('被传唤人：李四（被告）');
    expect(summons.text).toContain('应到时间：2026年4月8日 09:00');
    expect(summons.text).toContain(`应到处所：${rooms[0].name}`);
    const announcement = await material(judge, id, 'hearingAnnouncement');
    expect(announcement.text).toContain(`本院定于2026年4月8日 09:00在${rooms[0].name}公开开庭审理张三诉李四民间借贷纠纷一案（${caseNumber}）。`);
    expect(announcement.text).toContain('审判人员：南关法院法官甲');

    // The timeline records what the event produced.
    const timeline = (await judge.get(`/api/v1/cases/${id}/timeline`)).body;
    const scheduled = timeline.find((e: { event: string }) => e.event === 'scheduleHearing');
    expect(scheduled.payload.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(['hearingAnnouncement', 'summons', 'summons']);
  });
});
