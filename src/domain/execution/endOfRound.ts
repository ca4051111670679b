// 终结本次执行程序 (终本): the five conditions of ZHONGBEN art 1 that must all hold at once (rules.md §5.3), with the
// applicant's interview (ZHONGBEN art 5), each checked from the case's record and shown with its evidence; and the
// periodic re-query after 终本 (ZHONGBEN art 9 [S]: every 6 months for 5 years).
import { addMonthsClamped } from '../calendar/dayNumber';
import { addDays, type PlainDate } from '../calendar/plainDate';
import type { BilingualMessage } from '../errors/domainError';
import { refuse } from '../errors/domainError';

export const END_OF_ROUND_CONDITIONS = ['noticeAndReport', 'consumptionRestricted', 'investigationExhausted', 'threeMonthsPassed', 'debtorSearched', 'applicantInterviewed'] as const;
export type EndOfRoundCondition = (typeof END_OF_ROUND_CONDITIONS)[number];

/** What was done when a debtor did not report, or reported falsely (ZHONGBEN art 2; CPL-2023 art 252). */
export const PROPERTY_REPORT_MEASURES = ['none', 'fine', 'detention', 'criminalReferral'] as const;
export type PropertyReportMeasure = (typeof PROPERTY_REPORT_MEASURES)[number];

/** ZHONGBEN art 1(5): each debtor's whereabouts are known, or the debtor was searched for according to law. */
export const DEBTOR_WHEREABOUTS = ['known', 'searched'] as const;
export type DebtorWhereabouts = (typeof DEBTOR_WHEREABOUTS)[number];

/** [U] How recent the network inquiries must be for 终本: the issue's "configured window"; a court setting. */
export const INQUIRY_WINDOW_DAYS_DEFAULT = 90;
export const INQUIRY_WINDOW_DAYS_MAX = 365;

export interface EndOfRoundFacts {
  /** 执行立案. */
  registeredOn: PlainDate;
  today: PlainDate;
  /** The title orders money: the 报告财产令 is part of condition 1 (CPL-2023 art 252). */
  moneyClaim: boolean;
  debtors: readonly { partyId: number; name: string }[];
  /** Service of the execution notice and the order to report property, per debtor. */
  served: readonly { partyId: number; document: 'executionNotice' | 'propertyReportOrder'; servedOn: PlainDate }[];
  /** The debtor's report and its verification, or what was done when it did not report. */
  propertyReports: readonly { partyId: number; reported: boolean; verified: boolean; measure: PropertyReportMeasure; on: PlainDate }[];
  /** 限制消费令 of the case (CONSUME). */
  restrictions: readonly { partyId: number; inForce: boolean; signedOn: PlainDate }[];
  /** Answered network inquiries (总对总 national, 点对点 local). */
  inquiries: readonly { channel: 'national' | 'local'; partyId: number; answeredOn: PlainDate; found: boolean }[];
  /** Inquiries sent and not yet answered: the investigation is not over while one may still find property. */
  pendingInquiries: number;
  /** The court has 点对点 agencies: a local inquiry is then part of exhausting the investigation. */
  localChannelAvailable: boolean;
  /** Applicant's asset clues still unverified (ASSET-INV art 2). */
  openClues: number;
  /** Why property that was found cannot be disposed of (ZHONGBEN art 1(3)); null when the judge states none. */
  propertyNotDisposable: string | null;
  searches: readonly { partyId: number; whereabouts: DebtorWhereabouts; on: PlainDate }[];
  interview: { heldOn: PlainDate; bankruptcyRequested: boolean } | null;
  inquiryWindowDays: number;
}

export interface ChecklistItem {
  condition: EndOfRoundCondition;
  label: BilingualMessage;
  source: string;
  holds: boolean;
  /** What in the case shows it, one line each. */
  evidence: BilingualMessage[];
  /** What is still missing, one line each (empty when it holds). */
  missing: BilingualMessage[];
}

const m = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const END_OF_ROUND_LABELS: Readonly<Record<EndOfRoundCondition, { label: BilingualMessage; source: string }>> = {
  // ZHONGBEN art 1(1), art 2: notice issued, order to report served, the report verified or its breach punished.
  noticeAndReport: { label: m('已发出执行通知、责令报告财产', 'Execution notice served and the debtor ordered to report property'), source: 'ZHONGBEN arts 1(1), 2' },
  // ZHONGBEN art 1(2): a consumption-restriction order issued (and 失信 listing where its conditions are met).
  consumptionRestricted: { label: m('已向被执行人发出限制消费令', 'Consumption-restriction order issued against each debtor'), source: 'ZHONGBEN art 1(2)' },
  // ZHONGBEN art 1(3), art 3: network and other investigation exhausted, nothing found or nothing disposable.
  investigationExhausted: { label: m('已穷尽财产调查措施，未发现可供执行的财产或发现的财产不能处置', 'Property investigation exhausted: nothing found, or nothing found can be disposed of'), source: 'ZHONGBEN arts 1(3), 3' },
  // ZHONGBEN art 1(4): more than three months since 立案.
  threeMonthsPassed: { label: m('自立案之日起已超过三个月', 'More than three months since registration'), source: 'ZHONGBEN art 1(4)' },
  // ZHONGBEN art 1(5): a missing debtor searched for according to law.
  debtorSearched: { label: m('下落不明的被执行人已依法查找', 'Missing debtors searched for according to law'), source: 'ZHONGBEN art 1(5)' },
  // ZHONGBEN art 5 [U wording]: the applicant informed and heard (约谈), including whether it applies for 执转破.
  applicantInterviewed: { label: m('已约谈申请执行人并听取意见', 'The applicant informed and heard (interview)'), source: 'ZHONGBEN art 5' },
};

const MEASURE_LABELS: Record<PropertyReportMeasure, BilingualMessage> = {
  none: m('未采取措施', 'no measure taken'),
  fine: m('已予罚款', 'fined'),
  detention: m('已予拘留', 'detained'),
  criminalReferral: m('已移送追究刑事责任', 'referred for prosecution'),
};

function item(condition: EndOfRoundCondition, evidence: BilingualMessage[], missing: BilingualMessage[]): ChecklistItem {
  return { condition, ...END_OF_ROUND_LABELS[condition], holds: missing.length === 0, evidence, missing };
}

function noticeAndReport(f: EndOfRoundFacts): ChecklistItem {
  const evidence: BilingualMessage[] = [];
  const missing: BilingualMessage[] = [];
  const wanted: ('executionNotice' | 'propertyReportOrder')[] = f.moneyClaim ? ['executionNotice', 'propertyReportOrder'] : ['executionNotice'];
  const names = { executionNotice: m('执行通知书', 'execution notice'), propertyReportOrder: m('报告财产令', 'order to report property') };
  for (const d of f.debtors) {
    for (const doc of wanted) {
      const s = f.served.filter((x) => x.partyId === d.partyId && x.document === doc).sort((a, b) => (a.servedOn < b.servedOn ? -1 : 1))[0];
      if (s) evidence.push(m(`${names[doc]['zh-CN']}已于${s.servedOn}送达${d.name}`, `${names[doc].en} served on ${d.name} on ${s.servedOn}`));
      else missing.push(m(`${names[doc]['zh-CN']}尚未送达${d.name}`, `the ${names[doc].en} has not been served on ${d.name}`));
    }
    if (!f.moneyClaim) continue;
    // ZHONGBEN art 2: the report verified, or a late, refused or false report punished.
    const r = f.propertyReports.filter((x) => x.partyId === d.partyId).sort((a, b) => (a.on < b.on ? 1 : -1))[0];
    if (r && r.reported && r.verified) evidence.push(m(`${d.name}已报告财产，于${r.on}核实`, `${d.name} reported property, verified on ${r.on}`));
    else if (r && r.measure !== 'none') evidence.push(m(`${d.name}未如实报告财产，${MEASURE_LABELS[r.measure]['zh-CN']}（${r.on}）`, `${d.name} did not report truthfully: ${MEASURE_LABELS[r.measure].en} (${r.on})`));
    else if (r && r.reported) missing.push(m(`${d.name}报告的财产尚未核实`, `the property ${d.name} reported has not been verified`));
    else missing.push(m(`${d.name}未报告财产且未依法处罚`, `${d.name} has not reported property and no measure was taken`));
  }
  return item('noticeAndReport', evidence, missing);
}

function consumptionRestricted(f: EndOfRoundFacts): ChecklistItem {
  const evidence: BilingualMessage[] = [];
  const missing: BilingualMessage[] = [];
  for (const d of f.debtors) {
    const r = f.restrictions.find((x) => x.partyId === d.partyId && x.inForce);
    if (r) evidence.push(m(`对${d.name}的限制消费令已于${r.signedOn}签发`, `consumption-restriction order against ${d.name} signed on ${r.signedOn}`));
    else missing.push(m(`尚未对${d.name}发出限制消费令`, `no consumption-restriction order against ${d.name}`));
  }
  return item('consumptionRestricted', evidence, missing);
}

function investigationExhausted(f: EndOfRoundFacts): ChecklistItem {
  const evidence: BilingualMessage[] = [];
  const missing: BilingualMessage[] = [];
  const since = addDays(f.today, -f.inquiryWindowDays);
  const channels: ('national' | 'local')[] = f.localChannelAvailable ? ['national', 'local'] : ['national'];
  const channelName = { national: m('总对总', 'national (总对总)'), local: m('点对点', 'local (点对点)') };
  let found = false;
  for (const d of f.debtors) {
    for (const ch of channels) {
      const recent = f.inquiries.filter((q) => q.partyId === d.partyId && q.channel === ch && q.answeredOn >= since);
      if (recent.length === 0) {
        missing.push(m(`近${f.inquiryWindowDays}日内未对${d.name}完成${channelName[ch]['zh-CN']}网络查询`, `no ${channelName[ch].en} inquiry about ${d.name} answered in the last ${f.inquiryWindowDays} days`));
        continue;
      }
      const hits = recent.filter((q) => q.found).length;
      found ||= hits > 0;
      const last = recent.map((q) => q.answeredOn).sort().at(-1)!;
      evidence.push(m(`${channelName[ch]['zh-CN']}查询${d.name}：${recent.length}项已反馈（最近${last}），${hits ? `${hits}项发现财产` : '均未发现财产'}`, `${channelName[ch].en} inquiries about ${d.name}: ${recent.length} answered (latest ${last}), ${hits ? `${hits} found property` : 'nothing found'}`));
    }
  }
  if (f.pendingInquiries > 0) missing.push(m(`${f.pendingInquiries}项网络查询尚未反馈`, `${f.pendingInquiries} network inquiry(ies) not yet answered`));
  if (f.openClues > 0) missing.push(m(`申请执行人提供的${f.openClues}条财产线索尚未核查完毕`, `${f.openClues} asset clue(s) from the applicant not yet verified`));
  if (found) {
    if (f.propertyNotDisposable?.trim()) evidence.push(m(`发现的财产不能处置：${f.propertyNotDisposable.trim()}`, `property found cannot be disposed of: ${f.propertyNotDisposable.trim()}`));
    else missing.push(m('查询发现了财产，须说明其不能处置的理由，或先予处置', 'inquiries found property: state why it cannot be disposed of, or dispose of it first'));
  }
  return item('investigationExhausted', evidence, missing);
}

/** The first day on which more than three months have passed since 立案 (ZHONGBEN art 1(4)). */
export function endOfRoundEarliest(registeredOn: PlainDate): PlainDate {
  return addDays(addMonthsClamped(registeredOn, 3).date, 1);
}

function threeMonthsPassed(f: EndOfRoundFacts): ChecklistItem {
  const earliest = endOfRoundEarliest(f.registeredOn);
  return f.today >= earliest
    ? item('threeMonthsPassed', [m(`${f.registeredOn}立案，已超过三个月`, `registered on ${f.registeredOn}: more than three months ago`)], [])
    : item('threeMonthsPassed', [], [m(`${f.registeredOn}立案，${earliest}起方满三个月`, `registered on ${f.registeredOn}: three months have passed only from ${earliest}`)]);
}

function debtorSearched(f: EndOfRoundFacts): ChecklistItem {
  const evidence: BilingualMessage[] = [];
  const missing: BilingualMessage[] = [];
  for (const d of f.debtors) {
    const s = f.searches.filter((x) => x.partyId === d.partyId).sort((a, b) => (a.on < b.on ? 1 : -1))[0];
    if (!s) missing.push(m(`尚未记录${d.name}的下落或查找情况`, `nothing recorded about ${d.name}'s whereabouts or a search`));
    else if (s.whereabouts === 'known') evidence.push(m(`${d.name}下落明确（${s.on}记录）`, `${d.name}'s whereabouts known (recorded ${s.on})`));
    else evidence.push(m(`${d.name}下落不明，已于${s.on}依法查找`, `${d.name} missing: searched for on ${s.on}`));
  }
  return item('debtorSearched', evidence, missing);
}

function applicantInterviewed(f: EndOfRoundFacts): ChecklistItem {
  if (!f.interview) return item('applicantInterviewed', [], [m('尚未约谈申请执行人', 'the applicant has not been interviewed')]);
  const bankruptcy = f.interview.bankruptcyRequested ? m('申请执转破', 'asks for referral to bankruptcy') : m('不申请执转破', 'does not ask for referral to bankruptcy');
  return item('applicantInterviewed', [m(`${f.interview.heldOn}约谈申请执行人，${bankruptcy['zh-CN']}`, `applicant interviewed on ${f.interview.heldOn}; ${bankruptcy.en}`)], []);
}

/** Every condition of 终本 with its evidence; `allHold` only when all of them hold at once (ZHONGBEN art 1). */
export function endOfRoundChecklist(f: EndOfRoundFacts): { items: ChecklistItem[]; allHold: boolean } {
  const items = [noticeAndReport(f), consumptionRestricted(f), investigationExhausted(f), threeMonthsPassed(f), debtorSearched(f), applicantInterviewed(f)];
  return { items, allHold: items.every((i) => i.holds) };
}

/** Refuses 终本 naming every condition that does not hold, with what is missing. */
export function checkEndOfRound(f: EndOfRoundFacts): ChecklistItem[] {
  const { items, allHold } = endOfRoundChecklist(f);
  if (allHold) return items;
  const unmet = items.filter((i) => !i.holds);
  const zh = unmet.map((i) => `${i.label['zh-CN']}（${i.missing.map((x) => x['zh-CN']).join('；')}）`).join('；');
  const en = unmet.map((i) => `${i.label.en} (${i.missing.map((x) => x.en).join('; ')})`).join('; ');
  return refuse('END_OF_ROUND_CONDITIONS_UNMET', 'invalid', `终结本次执行程序的条件尚不具备：${zh}。`, `The conditions for ending the current round of execution do not all hold: ${en}.`, { unmet: unmet.map((i) => i.condition) });
}

/** ZHONGBEN art 9 [S]: the re-query days after 终本 — every 6 months for 5 years (10 queries). */
export const REQUERY_INTERVAL_MONTHS = 6;
export const REQUERY_YEARS = 5;

export function requerySchedule(closedOn: PlainDate): PlainDate[] {
  const out: PlainDate[] = [];
  for (let k = 1; k * REQUERY_INTERVAL_MONTHS <= REQUERY_YEARS * 12; k++) out.push(addMonthsClamped(closedOn, k * REQUERY_INTERVAL_MONTHS).date);
  return out;
}

/** The scheduled re-query due on `today` that has not run yet (the latest one due since `lastRunOn`), or null. */
export function requeryDue(closedOn: PlainDate, lastRunOn: PlainDate | null, today: PlainDate): PlainDate | null {
  const due = requerySchedule(closedOn).filter((d) => d <= today && (lastRunOn === null || d > lastRunOn));
  return due.at(-1) ?? null;
}
