// The notices a case produces, generated from its data (docs/documents.md): registration gives the plaintiff the
// 受理通知书 and the 交纳诉讼费用通知书 (fee, bank, 户名, 开户行, the case's account, deadline), the defendant the 应诉通知书;
// the evidence period gives each party a 举证通知书; scheduling gives each a 传票 and the court a 开庭公告. Each is a
// DOCX among the case's materials, with its integrity-log leaf; a court's own template replaces the default.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { TINY_PNG } from '../support/fixtures';
import { assignedCase, fileLoanCase } from '../support/scenarios';
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

const PNG_1X1 = Buffer.from(TINY_PNG);

describe('the court administrator’s template set and seal, and the PDF version', () => {
  test('a court’s own template replaces the default; unknown fields and bad seals are refused; the notice prints as PDF', async () => {
    clock.set('2026-03-02');
    const admin = await ApiClient.loggedIn(world.server.baseUrl, 'admin');
    const courts = (await admin.get('/api/v1/courts')).body as { id: number; code: string }[];
    const ng = courts.find((c) => c.code === '吉0102')!.id;

    const set = (await admin.get(`/api/v1/admin/document-templates?courtId=${ng}&caseType=民初`)).body;
    expect(set.map((t: { kind: string }) => t.kind)).toEqual(['acceptanceNotice', 'responseNotice', 'evidenceNotice', 'summons', 'hearingAnnouncement', 'feeNotice', 'complaintCopy', 'extensionDecision', 'deductionDecision', 'inadmissibleRuling', 'withdrawalRuling', 'dismissalRuling', 'jurisdictionRuling']);
    expect(set.find((t: { kind: string }) => t.kind === 'feeNotice')).toMatchObject({ source: 'default', title: '交纳诉讼费用通知书' });

    const typo = await admin.put('/api/v1/admin/document-templates/民初/feeNotice', { courtId: ng, title: '交纳诉讼费用通知书', body: '{{recipent}}：请交{{feeAmount}}元。' });
    expect([typo.status, typo.body.code, typo.body.details.fields]).toEqual([422, 'TEMPLATE_FIELD_UNKNOWN', ['recipent']]);
    const own = await admin.put('/api/v1/admin/document-templates/民初/feeNotice', { courtId: ng, title: '交纳诉讼费用通知书', body: '{{recipient}}：\n\n本院通知你交纳受理费{{feeAmount}}元，账号{{accountNo}}，期限{{feeDueOn}}。\n\n{{courtName}}' });
    expect(own.body).toMatchObject({ source: 'court' });

    const big = await admin.uploadTo(`/api/v1/admin/courts/${ng}/seal`, 'seal.png', new Uint8Array(Buffer.concat([PNG_1X1, Buffer.alloc(1024 * 1024)])), 'image/png');
    expect([big.status, big.body.code]).toEqual([413, 'SEAL_TOO_LARGE']);
    const pdfSeal = await admin.uploadTo(`/api/v1/admin/courts/${ng}/seal`, 'seal.png', new TextEncoder().encode('%PDF-1.4 not an image'), 'image/png');
    expect([pdfSeal.status, pdfSeal.body.code]).toEqual([415, 'SEAL_TYPE_NOT_ALLOWED']);
    expect((await admin.uploadTo(`/api/v1/admin/courts/${ng}/seal`, 'seal.png', new Uint8Array(PNG_1X1), 'image/png')).status).toBe(200);

    const { id } = await assignedCase(world.server.baseUrl, 'ordinary');
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    const fee = await material(clerk, id, 'feeNotice', '张三');
    expect(fee.text).toMatch(/^长春市南关区人民法院\n交纳诉讼费用通知书\n张三：\n本院通知你交纳受理费3300\.00元，账号9558\d+，期限2026年3月\d+日。/);
    const docx = await clerk.bytes(`/api/v1/attachments/${fee.id}/content`);
    expect(docx.bytes.includes(Buffer.from('word/media/'))).toBe(true);

    const pdf = await clerk.bytes(`/api/v1/attachments/${fee.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.includes(Buffer.from('/FontFile'))).toBe(true);
    // Who may not see the case may not have its PDF either; an uploaded material is not re-rendered.
    expect((await (await ApiClient.loggedIn(world.server.baseUrl, 'kc-filing')).bytes(`/api/v1/attachments/${fee.id}/pdf`)).status).toBe(404);
    const upload = await clerk.upload('scan.pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'application/pdf');
    expect(upload.status).toBe(201);
    expect((await clerk.get(`/api/v1/attachments/${upload.body.id}/pdf`)).body.code).toBe('DOCUMENT_NOT_GENERATED');
  });
});

describe('decisions and rulings', () => {
  test('an extension decided, a deduction, a filing rejected and a withdrawal each produce their document', async () => {
    clock.set('2026-03-02');
    const { id } = await assignedCase(world.server.baseUrl, 'ordinary');
    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    const president = await ApiClient.loggedIn(world.server.baseUrl, 'ng-president');
    clock.set('2026-08-01');
    expect((await judge.fire(id, 'applyExtension', { reason: '需要鉴定，案情复杂' })).status).toBe(200);
    const extensionId = (await judge.get(`/api/v1/cases/${id}/clock`)).body.extensions[0].id;
    expect((await president.fire(id, 'approveExtension', { extensionId, note: '同意延长六个月' })).status).toBe(200);
    const extension = await material(judge, id, 'extensionDecision');
    expect(extension.text).toContain('经审查，批准延长本案审理期限。');
    expect(extension.text).toContain('同意延长六个月');
    expect(extension.text).toContain('本案审理期限届满日：2027年3月2日');

    expect((await president.fire(id, 'recordDeduction', { kind: 'appraisal', startsOn: '2026-08-01', documentNo: '鉴字1号' })).status).toBe(200);
    const deduction = await material(judge, id, 'deductionDecision');
    expect(deduction.text).toMatch(/因.+，自2026年8月1日起的期间不计入审理期限/);

    clock.set('2026-03-02');
    const rejected = await fileLoanCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    expect((await clerk.fire(rejected.id, 'reject', { reason: '本案不属于本院管辖，应向被告住所地法院起诉。' })).status).toBe(200);
    const ruling = await material(clerk, rejected.id, 'inadmissibleRuling');
    expect(ruling.text).toContain('经审查，本院认为：本案不属于本院管辖，应向被告住所地法院起诉。');
    expect(ruling.text).toContain('对张三的起诉，本院不予受理。');

    const withdrawn = await assignedCase(world.server.baseUrl);
    expect((await judge.fire(withdrawn.id, 'close', { method: 'withdrawal', closedOn: '2026-03-02' })).status).toBe(200);
    const withdrawal = await material(judge, withdrawn.id, 'withdrawalRuling');
    expect(withdrawal.text).toContain('准许原告张三撤诉。');
  });

  test('a 驳回起诉 or jurisdiction ruling not uploaded is generated from the reasons, and it is what serving the ruling carries', async () => {
    clock.set('2026-03-02');
    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    const dismissed = await assignedCase(world.server.baseUrl);
    const bare = await judge.fire(dismissed.id, 'close', { method: 'ruling', rulingKind: 'dismissal', closedOn: '2026-03-02' });
    expect([bare.status, bare.body.code]).toEqual([422, 'RULING_REASONS_REQUIRED']);
    const closed = await judge.fire(dismissed.id, 'close', { method: 'ruling', rulingKind: 'dismissal', closedOn: '2026-03-02', summary: '原告未提供被告的明确住址等信息，起诉不符合法定条件。' });
    expect(closed.status).toBe(200);
    const ruling = await material(judge, dismissed.id, 'dismissalRuling');
    expect(ruling.text).toContain('本院经审查认为：原告未提供被告的明确住址等信息，起诉不符合法定条件。');
    expect(ruling.text).toContain('驳回原告张三的起诉。');
    expect(ruling.text).toContain('第一百五十七条第一款第三项');
    const liSi = closed.body.parties.find((p: { name: string }) => p.name === '李四').id;
    expect((await judge.fire(dismissed.id, 'serveOnPlatform', { document: 'ruling', partyIds: [liSi] })).status).toBe(200);
    const lisi = await ApiClient.loggedIn(world.server.baseUrl, 'lisi');
    const item = (await lisi.get('/api/v1/inbox')).body.items.find((d: { caseId: number; document: string }) => d.caseId === dismissed.id && d.document === 'ruling');
    expect(item.fileName).toBe(ruling.fileName);

    const objected = await assignedCase(world.server.baseUrl);
    expect((await judge.fire(objected.id, 'close', { method: 'ruling', rulingKind: 'jurisdiction', closedOn: '2026-03-02', summary: '被告住所地在长春市宽城区，本案应由宽城区人民法院管辖。' })).status).toBe(200);
    const moved = await material(judge, objected.id, 'jurisdictionRuling');
    expect(moved.text).toContain('本案应由宽城区人民法院管辖。');
    expect(moved.text).toContain('本案移送有管辖权的人民法院处理。');
    // Any other ruling is the judge's signed upload.
    const other = await assignedCase(world.server.baseUrl);
    const refused = await judge.fire(other.id, 'close', { method: 'ruling', rulingKind: 'other', closedOn: '2026-03-02', summary: '中止诉讼' });
    expect(refused.body.code).toBe('CLOSING_DOCUMENT_REQUIRED');
  });
});
