// Who calls each write route, on what, with which real ids: the plans of the write-route fuzz. A route of the
// OpenAPI document without a plan here (or a reason in NOT_PLANNED) fails the suite.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { PERIOD_KINDS } from '../../../src/domain/clock/periodKinds';
import { FEE_KINDS } from '../../../src/domain/courtFees/calculateFee';
import { MEDIATION_ORGANISATION_KINDS } from '../../../src/domain/mediation/organisations';
import { caseAccountNumber } from '../../../src/domain/payments/caseAccount';
import { DEMO_USERS } from '../../../src/server/db/seed/demoProvince';
import { TINY_PDF } from '../fixtures';
import { fileContents, multipartBody } from './bodies';
import { CaseAt, partiesRef, partyRef, versionRef } from './caseRefs';
import { must } from './fuzzRequest';
import type { FuzzWorld } from './fuzzWorld';
import { HOSTILE_TEXT, IMPOSSIBLE_DATES } from './hostile';
import type { RoutePlan } from './routeTarget';
import { CRIMINAL_WRITE_PLANS } from './criminalRoutePlans';
import { DOSSIER_WRITE_PLANS } from './dossierPlans';
import { DOSSIER_EXPORT_WRITE_PLANS } from './dossierExportPlans';
import { DOSSIER_VIEWER_WRITE_PLANS } from './dossierViewerPlans';
import { EVIDENCE_WRITE_PLANS } from './evidencePlans';
import { HEARING_WRITE_PLANS } from './hearingPlans';
import { DOSSIER_FILING_WRITE_PLANS } from './dossierFilingPlans';
import { DOSSIER_CATALOGUE_WRITE_PLANS } from './dossierCataloguePlans';
import { settlementAndCreditPlans } from './sanctionWritePlans';
import { jurisdictionWritePlans } from './jurisdictionPlans';
import { specialWritePlans } from './specialWritePlans';

/** Mostly one of the ids given, sometimes an id that names nothing. */
function idsOr(ids: readonly number[]): fc.Arbitrary<number> {
  const missing = fc.integer({ min: 1, max: 2_000_000_000 });
  return ids.length ? fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 5 }, { arbitrary: missing, weight: 1 }) : missing;
}

const demoIdNumbers = DEMO_USERS.flatMap((u) => (u.idNumber ? [u.idNumber] : []));
const text = (...values: string[]) => fc.constantFrom(...values, ...HOSTILE_TEXT);

/** Rows the plans' `prepare` made (this module is loaded once per test file), for their hints. */
const made = { messageFiles: [] as number[], court: [] as number[], user: [] as number[], organisations: [] as number[], mediators: [] as number[], statements: [] as number[], tasks: [] as number[], attachments: [] as number[], caseNumbers: [] as string[], titles: [] as number[], titleParties: [] as number[], executionFiles: [] as number[], teams: [] as number[], executionTitleFiles: [] as number[] };

const CSV_HEADERS = ['bank_ref,date,amount,payer_name,payer_account,memo', '交易流水号,交易日期,贷方发生额,对方户名,对方账号,摘要', '交易日期\t流水号\t金额\t对方户名\t对方账号\t附言', '借方金额,贷方金额,摘要'];

/** Three parts in four an ordinary value, else a hostile one. */
const mostly = <T>(ordinary: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) => fc.oneof({ arbitrary: ordinary, weight: 3 }, { arbitrary: hostile, weight: 1 });

/** A bank statement CSV, UTF-8 or GBK, whose lines mostly read as credits, with hostile dates, amounts and names. */
function statementCsv(w: FuzzWorld): fc.Arbitrary<Uint8Array> {
  const cell = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 12 }));
  const line = fc.tuple(
    mostly(fc.stringMatching(/^[A-Z0-9]{6,12}$/), cell),
    mostly(fc.constantFrom(w.today, '2026/3/5', '2026-03-05'), fc.oneof(fc.constantFrom(...IMPOSSIBLE_DATES, '2026/02/30', '20260230', '明天'), cell)),
    mostly(fc.constantFrom('100.00', '1,650.00', '１６５０．００', '" 1,650.00 "'), fc.constantFrom('-5', '0', '1e309', '99999999999999.99', '9'.repeat(40), 'NaN', '')),
    mostly(fc.constantFrom('张三', '李四', '长春某某有限公司'), cell),
    mostly(fc.constantFrom('6222 0001', ''), cell),
    mostly(fc.oneof(fc.nat(200).map((id) => `诉讼费 ${caseAccountNumber('9558', id + 1)}`), fc.constantFrom(...made.caseNumbers, '（2026）吉0102民初1号')), cell),
  );
  return fc
    .tuple(fc.constantFrom(...CSV_HEADERS), fc.array(line, { minLength: 0, maxLength: 4 }), fc.constantFrom('utf-8', 'gbk', 'bom'))
    .map(([header, lines, encoding]) => {
      const delimiter = header.includes('\t') ? '\t' : ',';
      const csv = [header, ...lines.map((l) => l.join(delimiter))].join('\r\n');
      if (encoding === 'gbk') return new Uint8Array(iconv.encode(csv, 'gbk'));
      return new TextEncoder().encode(encoding === 'bom' ? `\uFEFF${csv}` : csv);
    });
}

const adminCourtHints = (w: FuzzWorld) => ({ parentId: idsOr(w.ref.courts), code: text('吉0199', '吉9', 'X'), divisionCode: fc.stringMatching(/^\d{6}$/) });
const accountHints = (w: FuzzWorld) => ({
  courtId: idsOr(w.ref.courts),
  divisionId: idsOr(w.ref.ng.divisions),
  teamJudgeId: idsOr(w.ref.ng.judges),
  idNumber: fc.constantFrom(...demoIdNumbers, '110101199003070000', ...HOSTILE_TEXT),
});
/** 张三 (himself) against a defendant whose name and address are hostile: a complaint that can be accepted. */
const loanParties = fc.tuple(text('李四', '长春某某有限公司'), text('长春市朝阳区')).map(([name, address]) => [
  { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: DEMO_USERS.find((u) => u.username === 'zhangsan')!.idNumber, phone: '13800000001', isSelf: true },
  { standing: 'defendant', kind: 'person', name, address },
]);

const filingHints = (w: FuzzWorld) => ({
  parties: loanParties,
  courtId: idsOr(w.ref.courts),
  causeId: idsOr([w.ref.loanCause, ...w.ref.causes]),
  attachmentIds: fc.subarray(made.attachments),
  idNumber: fc.constantFrom(...demoIdNumbers),
  name: text('张三', '李四', '长春某某有限公司'),
  amount: fc.constantFrom('150000', '0', '9999999999999.99', '150000.5'),
});
const tasksOf = () => idsOr(made.tasks);
const STAFF = ['ng-clerk', 'ng-judge1', 'ng-filing'];

/** Plans by "METHOD /path". Order matters: login and logout run last, when every actor has its session. */
export const WRITE_ROUTE_PLANS: Record<string, RoutePlan> = {
  ...DOSSIER_WRITE_PLANS,
  ...DOSSIER_EXPORT_WRITE_PLANS,
  ...DOSSIER_VIEWER_WRITE_PLANS,
  ...EVIDENCE_WRITE_PLANS,
  ...HEARING_WRITE_PLANS,
  ...DOSSIER_FILING_WRITE_PLANS,
  ...DOSSIER_CATALOGUE_WRITE_PLANS,
  'POST /api/v1/uploads': {
    actors: ['zhangsan', 'ng-clerk'],
    body: () => multipartBody('file', { category: text('evidence', 'complaint', 'identity', 'authorization', 'lawyerLicence', 'defence', 'serviceProof') }, fileContents()),
    weight: 2,
  },
  'POST /api/v1/filings': {
    actors: ['zhangsan', 'lawyer-wang'],
    prepare: async (w) => {
      const z = await w.as('zhangsan');
      for (let i = 0; i < 2; i++) made.attachments.push(must(await z.upload(`证据${i}.pdf`, TINY_PDF, 'application/pdf'), 'upload').id);
      // The 起诉状 a complaint needs (FILING_MATERIAL_MISSING without it).
      made.attachments.push(must(await z.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint'), 'upload').id);
    },
    hints: filingHints,
    weight: 2,
  },
  // The same content as a complaint, without the 起诉状 requirement (made by the filings plan's prepare).
  'POST /api/v1/mediation/applications': { actors: ['zhangsan', 'lawyer-wang'], hints: filingHints, weight: 1 },
  // From a judgment not yet effective (never served) and from a 调解书 (effective at once): refusals and new 执 cases.
  'POST /api/v1/execution/applications': {
    actors: ['zhangsan', 'lawyer-wang', 'lisi'],
    prepare: async (w) => {
      for (const node of ['closed', 'mediated']) {
        const id = await w.cases.at(node);
        made.titles.push(id);
        made.titleParties.push(...((await w.cases.detail(id)).parties as { id: number }[]).map((p) => p.id));
      }
      made.executionFiles.push(must(await (await w.as('zhangsan')).upload('申请执行书.pdf', TINY_PDF, 'application/pdf'), 'upload').id);
    },
    hints: (w) => ({
      titleCaseId: idsOr(made.titles),
      debtorPartyIds: fc.subarray(made.titleParties, { minLength: 1, maxLength: 3 }),
      attachmentIds: fc.subarray(made.executionFiles),
      amount: text('150000.00', '0.01', '0', '9999999999999.99'),
      interestTo: fc.constantFrom(...w.dates.near),
      dueOn: fc.constantFrom(...w.dates.near),
    }),
    weight: 1,
  },
  'POST /api/v1/execution/external-applications': {
    actors: ['zhangsan', 'lawyer-wang', 'ng-filing'],
    prepare: async (w) => {
      for (const who of ['zhangsan', 'lawyer-wang', 'ng-filing']) made.executionTitleFiles.push(must(await (await w.as(who)).upload('仲裁裁决书.pdf', TINY_PDF, 'application/pdf'), 'upload').id);
    },
    hints: (w) => ({
      courtId: idsOr(w.ref.courts),
      documentId: idsOr(made.executionTitleFiles),
      certificateId: idsOr(made.executionTitleFiles),
      attachmentIds: fc.subarray(made.executionFiles),
      idNumber: fc.constantFrom(...demoIdNumbers),
      amount: text('150000.00', '0.01', '0', '9999999999999.99'),
      effectiveOn: fc.constantFrom(...w.dates.near),
      interestTo: fc.constantFrom(...w.dates.near),
      dueOn: fc.constantFrom(...w.dates.near),
    }),
    weight: 1,
  },
  'POST /api/v1/cases/{id}/execution/restorations': {
    actors: ['zhangsan', 'lisi', 'ng-exec1', 'ng-filing'],
    params: () => ({ id: fc.constantFrom(new CaseAt('closed', '执'), new CaseAt('closed', '执恢'), new CaseAt('suspended', '执'), new CaseAt('submitted')) }),
    hints: () => ({ attachmentIds: fc.subarray(made.executionFiles) }),
    weight: 0.5,
  },
  'POST /api/v1/cases/{id}/execution/objections': {
    actors: ['zhangsan', 'lisi', 'lawyer-wang', 'ng-filing'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('submitted', '执'), new CaseAt('closed', '执恢'), new CaseAt('submitted')) }),
    hints: () => ({ attachmentIds: fc.subarray(made.executionFiles), objectorPartyId: partyRef, idNumber: fc.constantFrom(...demoIdNumbers) }),
    weight: 0.5,
  },
  'PUT /api/v1/filings/{id}': {
    actors: ['zhangsan'],
    params: () => ({ id: fc.constant(new CaseAt('correctionRequested')) }),
    hints: (w) => ({ ...filingHints(w), expectedVersion: versionRef }),
    weight: 2,
  },
  'POST /api/v1/admin/courts': { actors: ['admin'], hints: adminCourtHints },
  'PUT /api/v1/admin/document-templates/{caseType}/{kind}': {
    actors: ['admin'],
    params: () => ({ caseType: text('民初', '民终', '刑初'), kind: text('feeNotice', 'summons', 'complaintCopy', 'judgment') }),
    hints: (w) => ({ courtId: idsOr(w.ref.courts), title: text('交纳诉讼费用通知书'), body: text('{{recipient}}：请交纳{{feeAmount}}元。', '{{nope}}', '{{ courtName }}') }),
  },
  'POST /api/v1/admin/courts/{id}/seal': { actors: ['admin'], params: (w) => ({ id: idsOr(w.ref.courts) }), body: () => multipartBody('file', {}, fileContents()) },
  'PUT /api/v1/admin/courts/{id}': {
    actors: ['admin'],
    // A court of its own: editing 南关's level or parent would change what every other target meets.
    prepare: async (w) => {
      const c = must(await (await w.as('admin')).post('/api/v1/admin/courts', { code: '吉0198', name: '模糊测试法院', level: 'basic', parentId: w.ref.cc.courtId, codeBasis: 'derived' }), 'court');
      made.court.push(c.id);
    },
    params: () => ({ id: idsOr(made.court) }),
    hints: adminCourtHints,
  },
  'PATCH /api/v1/admin/causes/{id}': { actors: ['admin'], params: (w) => ({ id: idsOr(w.ref.causes.filter((c) => c !== w.ref.loanCause)) }) },
  'PATCH /api/v1/admin/case-type-codes/{code}': {
    actors: ['admin'],
    // Not the codes of 民初 and 民终 themselves, which the cases here are numbered with.
    params: () => ({ code: fc.constantFrom('0100', '0101', '0102', '0109', '9999', '0000') }),
    hints: () => ({ typeCode: fc.constantFrom('刑辖', '民辖终', null) }),
  },
  'POST /api/v1/admin/users': { actors: ['admin'], hints: accountHints },
  'PUT /api/v1/admin/users/{id}': {
    actors: ['admin'],
    // An account of its own: deactivating an actor would end the session the other targets use.
    prepare: async (w) => {
      const u = must(await (await w.as('admin')).post('/api/v1/admin/users', { username: 'fuzz-target', displayName: '测试账号', password: 'fuzz-password-1', roles: ['party'], courtId: null, divisionId: null }), 'user');
      made.user.push(u.id);
    },
    params: () => ({ id: idsOr(made.user) }),
    hints: accountHints,
  },
  'POST /api/v1/admin/mediation/organisations': {
    // ng-chief heads a civil division: refused after the role gate (MEDIATION_ADMIN_FORBIDDEN).
    actors: ['admin', 'ng-chief'],
    hints: (w) => ({ courtId: idsOr(w.ref.courts), name: text('南关区人民调解委员会', '模糊测试调解中心'), kind: fc.constantFrom(...MEDIATION_ORGANISATION_KINDS, 'arbitration', ...HOSTILE_TEXT) }),
  },
  'PATCH /api/v1/admin/mediation/organisations/{id}': {
    actors: ['admin'],
    // An organisation of its own: deactivating 南关's committee would change what the other targets meet.
    prepare: async (w) => {
      const o = must(await (await w.as('admin')).post('/api/v1/admin/mediation/organisations', { courtId: w.ref.ng.courtId, name: '模糊测试调解组织', kind: 'industryMediation' }), 'organisation');
      made.organisations.push(o.id);
    },
    params: () => ({ id: idsOr(made.organisations) }),
    hints: () => ({ name: text('南关区人民调解委员会', '模糊测试调解组织（改名）'), kind: fc.constantFrom(...MEDIATION_ORGANISATION_KINDS, 'arbitration') }),
  },
  'POST /api/v1/admin/mediation/mediators': {
    actors: ['admin'],
    hints: (w) => ({
      username: text('ng-mediator', 'fuzz-mediator-new'),
      password: fc.constantFrom('fuzz-password-1', 'short'),
      organisationId: idsOr([...w.ref.organisations, ...made.organisations]),
      courtIds: fc.array(idsOr(w.ref.courts), { minLength: 1, maxLength: 3 }),
      specialties: fc.array(text('金融借款合同纠纷'), { maxLength: 3 }),
    }),
    // Each run that passes validation hashes a password: fewer runs.
    weight: 0.5,
  },
  'PATCH /api/v1/admin/mediation/mediators/{id}': {
    actors: ['admin'],
    // A mediator of its own: deactivating ng-mediator would end the session the other targets use.
    prepare: async (w) => {
      const body = { username: 'fuzz-mediator', displayName: '模糊测试调解员', password: 'fuzz-password-1', organisationId: w.ref.ngCommittee, specialties: [], courtIds: [w.ref.ng.courtId] };
      made.mediators.push(must(await (await w.as('admin')).post('/api/v1/admin/mediation/mediators', body), 'mediator').userId);
    },
    params: () => ({ id: idsOr(made.mediators) }),
    hints: (w) => ({
      password: fc.constantFrom('fuzz-password-1', 'short'),
      organisationId: idsOr([...w.ref.organisations, ...made.organisations]),
      courtIds: fc.array(idsOr(w.ref.courts), { minLength: 1, maxLength: 3 }),
    }),
    weight: 0.5,
  },
  'PUT /api/v1/admin/calendar/{year}': {
    actors: ['admin'],
    params: () => ({ year: fc.constantFrom(2099, 2100, 2000, 2031) }),
    hints: () => ({ date: fc.oneof(fc.date({ min: new Date('2099-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.constantFrom(...IMPOSSIBLE_DATES)) }),
  },
  'POST /api/v1/admin/courts/{id}/closures': { actors: ['admin'], params: (w) => ({ id: idsOr(w.ref.courts) }) },
  'DELETE /api/v1/admin/courts/{id}/closures/{closureId}': { actors: ['admin'], params: (w) => ({ id: idsOr(w.ref.courts), closureId: fc.integer({ min: 1, max: 30 }) }) },
  'PUT /api/v1/admin/settings/clock': { actors: ['admin'], hints: () => ({ yellowDays: fc.integer({ min: 5, max: 30 }), redDays: fc.integer({ min: 0, max: 5 }) }) },
  'PUT /api/v1/admin/settings/fees': { actors: ['admin'] },
  'POST /api/v1/reminders/{id}/read': { actors: ['ng-judge1'], params: () => ({ id: fc.integer({ min: 1, max: 50 }) }) },
  'POST /api/v1/calc/period': {
    actors: [null, 'zhangsan'],
    hints: (w) => ({ trigger: fc.constantFrom(...w.dates.near, ...IMPOSSIBLE_DATES, ...HOSTILE_TEXT), kind: fc.constantFrom(...Object.keys(PERIOD_KINDS), ...HOSTILE_TEXT) }),
  },
  'POST /api/v1/calc/fee': {
    actors: [null],
    hints: () => {
      const amount = fc.constantFrom('150000', '0', '0.01', '-1', '1e309', 'NaN', '99999999999999999999', '１５００', '1,000', '');
      return { kind: fc.constantFrom(...FEE_KINDS, ...HOSTILE_TEXT), amount, propertyAmount: amount, damages: amount, exchangeRate: fc.constantFrom('7.1', '0', '-1', '1e-400', 'x'), reduction: fc.constantFrom('simple', 'mediation', 'withdrawal', 'toString', 'constructor', '__proto__') };
    },
  },
  'POST /api/v1/finance/statements': {
    actors: ['ng-finance'],
    body: (w) => multipartBody('file', {}, fc.oneof({ arbitrary: statementCsv(w), weight: 4 }, { arbitrary: fileContents(), weight: 1 })),
    weight: 2,
  },
  'POST /api/v1/finance/statements/{id}/post': {
    actors: ['ng-finance'],
    prepare: async (w) => {
      const f = await w.as('ng-finance');
      const csv = new TextEncoder().encode(`bank_ref,date,amount,payer_name,payer_account,memo\r\nFZ1,${w.today},100.00,张三,,诉讼费\r\n`);
      made.statements.push(must(await f.uploadTo('/api/v1/finance/statements', '流水.csv', csv, 'text/csv'), 'statement').id);
    },
    params: () => ({ id: idsOr(made.statements) }),
  },
  'POST /api/v1/finance/receipts/{id}/claim': {
    actors: ['ng-finance'],
    prepare: async (w) => {
      const detail = await w.cases.detail(await w.cases.at('accepted'));
      made.caseNumbers.push(detail.caseNumber);
    },
    params: () => ({ id: fc.integer({ min: 1, max: 20 }) }),
    hints: () => ({ caseNumber: fc.constantFrom(...made.caseNumbers, '（2026）吉0102民初99999号', '(2026)吉0102民初1号') }),
  },
  // Payouts: proposed by the officer on a 执 case without funds (422) or by others (403/404); decisions on ids that
  // may not exist (404) or are not the actor's to make (403).
  'POST /api/v1/cases/{id}/execution/payouts': {
    actors: ['ng-exec1', 'ng-judge1', 'ng-finance'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('implementing', '执'), new CaseAt('submitted')) }),
    hints: () => ({ payeePartyId: partyRef, amount: text('100.00', '0.01', '0', '9999999999999.99'), accountName: text('张三', '李四'), accountNo: text('6222000011112222', '6222 0000') }),
    weight: 0.5,
  },
  'POST /api/v1/cases/{id}/execution/allocations': {
    actors: ['ng-exec1', 'ng-judge1'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('implementing', '执'), new CaseAt('submitted')) }),
    hints: () => ({ partyId: partyRef, rank: fc.integer({ min: 0, max: 25 }), claim: text('100.00', '0', '9999999999999.99') }),
    weight: 0.5,
  },
  'POST /api/v1/cases/{id}/execution/fee-deduction': { actors: ['ng-finance', 'ng-exec1'], params: () => ({ id: fc.constantFrom(new CaseAt('implementing', '执'), new CaseAt('submitted')) }), weight: 0.5 },
  'POST /api/v1/execution/fund-reports': { actors: ['ng-finance', 'kc-finance'], weight: 0.25 },
  // 我的通知: one's own is marked read (again: no change), anyone else's is not found (404).
  'POST /api/v1/notifications/{id}/read': { actors: ['ng-finance', 'ng-exec1', 'zhangsan'], params: () => ({ id: fc.integer({ min: 1, max: 30 }) }), weight: 0.5 },
  'POST /api/v1/notifications/read-all': { actors: ['ng-finance', 'zhangsan'], weight: 0.25 },
  'POST /api/v1/execution/payouts/{id}/approve': { actors: ['ng-finance', 'ng-exec1', 'ng-chief'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.5 },
  'POST /api/v1/execution/payouts/{id}/reject': { actors: ['ng-finance', 'ng-chief'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.5 },
  'POST /api/v1/execution/payouts/{id}/withdraw': { actors: ['ng-exec1', 'ng-judge1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.5 },
  // 延期发放: asked by the officer on a 执 case with or without funds (409), with dates before the deadline or impossible
  // (422), by others (403/404); decisions on ids that may not exist or are not the actor's; 冲销 of entries that may not
  // be the case's (404) or not reversible (409/422), by finance only.
  'POST /api/v1/cases/{id}/execution/postponements': {
    actors: ['ng-exec1', 'ng-judge1', 'ng-finance'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('implementing', '执'), new CaseAt('submitted')) }),
    hints: () => ({ reason: fc.constantFrom('allocationPending', 'thirdPartyObjection', 'applicantAccountUnverified', 'other', ...HOSTILE_TEXT), reasonText: text('待协调', ''), untilOn: fc.constantFrom('2099-12-31', '2026-01-01', ...IMPOSSIBLE_DATES) }),
    weight: 0.5,
  },
  ...settlementAndCreditPlans(made.executionFiles),
  ...jurisdictionWritePlans(filingHints, made.attachments),
  ...CRIMINAL_WRITE_PLANS,
  ...specialWritePlans(),
  'POST /api/v1/execution/postponements/{id}/approve': { actors: ['ng-finance', 'ng-exec1', 'ng-execchief'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.5 },
  'POST /api/v1/execution/postponements/{id}/reject': { actors: ['ng-finance', 'ng-execchief'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.5 },
  'POST /api/v1/execution/postponements/{id}/withdraw': { actors: ['ng-exec1', 'ng-judge1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.5 },
  'POST /api/v1/cases/{id}/execution/entries/{entryId}/reverse': {
    actors: ['ng-finance', 'ng-exec1', 'kc-finance'],
    params: () => ({ id: fc.constantFrom(new CaseAt('implementing', '执'), new CaseAt('assigned', '执'), new CaseAt('submitted')), entryId: fc.integer({ min: 1, max: 40 }) }),
    weight: 0.5,
  },
  // A 民诉前调 matter's thread: open while mediating, closed once settled (409); others of the court are refused (403).
  'POST /api/v1/cases/{id}/messages': {
    actors: ['zhangsan', 'lisi', 'ng-mediator', 'ng-filing'],
    prepare: async (w) => {
      const z = await w.as('zhangsan');
      for (let i = 0; i < 3; i++) made.messageFiles.push(must(await z.upload(`消息附件${i}.pdf`, TINY_PDF, 'application/pdf'), 'upload').id);
    },
    params: () => ({ id: fc.constantFrom(new CaseAt('mediating', '民诉前调'), new CaseAt('agreed', '民诉前调')) }),
    hints: () => ({ thread: fc.constantFrom('mediation', 'judge'), body: text('请双方提交还款方案。', '', '  '), attachmentIds: fc.subarray(made.messageFiles) }),
  },
  'POST /api/v1/cases/{id}/messages/read': {
    actors: ['zhangsan', 'ng-mediator', 'ng-filing'],
    params: () => ({ id: fc.constantFrom(new CaseAt('mediating', '民诉前调'), new CaseAt('agreed', '民诉前调')) }),
    hints: () => ({ thread: fc.constantFrom('mediation', 'judge'), upToMessageId: fc.integer({ min: 1, max: 50 }) }),
    weight: 0.5,
  },
  'PUT /api/v1/cases/{id}/parties/{partyId}/address-confirmation': {
    actors: ['zhangsan', 'lisi', 'ng-clerk'],
    params: () => ({ id: fc.constantFrom(new CaseAt('submitted'), new CaseAt('accepted')), partyId: partyRef }),
    hints: () => ({ mobile: text('13800000001'), email: text('zhangsan@example.com', 'a@b', 'x@例子.中国'), postalAddress: text('长春市朝阳区人民大街1号') }),
  },
  'POST /api/v1/cases/{id}/service-tasks': {
    actors: STAFF,
    params: () => ({ id: fc.constantFrom(new CaseAt('accepted'), new CaseAt('assigned'), new CaseAt('closed')) }),
    hints: () => ({ partyIds: partiesRef }),
  },
  'POST /api/v1/service-tasks/{id}/attempts': {
    actors: STAFF,
    prepare: async (w) => {
      const clerk = await w.as('ng-clerk');
      for (const node of ['accepted', 'assigned']) {
        const id = await w.cases.at(node);
        const parties = (await w.cases.detail(id)).parties.map((p: { id: number }) => p.id);
        // The service-tasks target may have opened them already (SERVICE_TASK_EXISTS): either way, read them back.
        await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'complaintCopy', partyIds: parties, method: node === 'accepted' ? 'mail' : 'direct' });
        const service = must(await clerk.get(`/api/v1/cases/${id}/service`), 'case service');
        made.tasks.push(...service.tasks.map((t: { id: number }) => t.id));
      }
    },
    params: () => ({ id: tasksOf() }),
    hints: () => ({ proofAttachmentId: idsOr(made.attachments) }),
    weight: 2,
  },
  'POST /api/v1/service-tasks/{id}/send': { actors: STAFF, params: () => ({ id: tasksOf() }) },
  'POST /api/v1/service-tasks/{id}/cancel': { actors: STAFF, params: () => ({ id: tasksOf() }), weight: 0.5 },
  'POST /api/v1/service-centre/send-electronic': { actors: STAFF, hints: () => ({ taskIds: fc.array(tasksOf(), { minLength: 1, maxLength: 5 }) }) },
  'POST /api/v1/service-centre/mail-list': { actors: STAFF, hints: () => ({ taskIds: fc.array(tasksOf(), { minLength: 1, maxLength: 5 }) }) },
  'POST /api/v1/service-centre/receipts': { actors: STAFF, hints: () => ({ trackingNo: text('EMS00000001', 'FZ000001'), note: text('本人签收') }) },
  'POST /api/v1/auth/login': {
    actors: [null],
    hints: () => ({ username: fc.constantFrom('zhangsan', 'admin', 'ADMIN', 'nobody', ...HOSTILE_TEXT), password: fc.constantFrom('courtflow-demo', 'wrong-password', ...HOSTILE_TEXT) }),
  },
  // 分段集约. The settings of 长春中院 only (its cases are 民终): 南关's 执 cases must keep the stages the supply moves them to.
  'PUT /api/v1/admin/execution/courts/{courtId}/settings': {
    actors: ['admin', 'ng-execchief'],
    params: (w) => ({ courtId: fc.constantFrom(w.ref.cc.courtId, 2_000_000_000) }),
    hints: () => ({ code: text('集约查控', '立案审查'), simpleMaxAmount: fc.constantFrom('100000.00', '0', null), limitDays: fc.constantFrom(null, 1, 30, 365, 0, 366) }),
    weight: 0.5,
  },
  'POST /api/v1/admin/execution/teams': {
    actors: ['admin', 'ng-execchief', 'ng-chief'],
    hints: (w) => ({ courtId: idsOr(w.ref.courts), name: text('快执团队', '模糊测试团队'), kind: fc.constantFrom('command', 'fast', 'full', ...HOSTILE_TEXT), memberIds: fc.subarray(w.ref.ng.judges, { maxLength: 3 }) }),
    weight: 0.5,
  },
  'PATCH /api/v1/admin/execution/teams/{id}': {
    actors: ['admin', 'ng-execchief'],
    // A team of its own: changing the seeded teams would change what the queue targets meet.
    prepare: async (w) => {
      made.teams.push(must(await (await w.as('admin')).post('/api/v1/admin/execution/teams', { courtId: w.ref.ng.courtId, name: '模糊测试执行团队', kind: 'full', memberIds: [] }), 'team').id);
    },
    params: () => ({ id: idsOr(made.teams) }),
    hints: (w) => ({ name: text('快执团队', '模糊测试执行团队（改名）'), memberIds: fc.subarray(w.ref.ng.judges, { maxLength: 3 }) }),
    weight: 0.5,
  },
  'POST /api/v1/execution/teams/{teamId}/batch': {
    actors: ['ng-exec1', 'ng-execchief', 'kc-filing'],
    params: () => ({ teamId: fc.integer({ min: 1, max: 20 }) }),
    hints: (w) => ({ action: fc.constantFrom('moveStage', 'reassign', 'issueNotice'), reportDays: fc.integer({ min: 0, max: 31 }), caseIds: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 3 }), stage: text('集约查控', '财产处置'), judgeId: idsOr(w.ref.ng.judges) }),
    weight: 0.5,
  },
  // A session of its own (宽城's clerk): after the first logout the rest meet AUTH_REQUIRED, which is also an answer.
  'POST /api/v1/auth/logout': { actors: ['kc-clerk'], weight: 0.5 },
};

/** Write routes fuzzed elsewhere, with where. */
export const NOT_PLANNED: Record<string, string> = {
  'POST /api/v1/cases/{id}/events/{event}': 'every declared event is a target of its own in fuzzCaseEvents.db.test.ts',
};
