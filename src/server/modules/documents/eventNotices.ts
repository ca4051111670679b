// The notices a case event produces, generated from the case's data into its materials (docs/documents.md):
// registration → 受理通知书 and 交纳诉讼费用通知书 to the claimant, 应诉通知书 to the other side; the evidence period →
// 举证通知书 to each party; a hearing scheduled or moved → 传票 to each party and the 开庭公告; an extension decided →
// 延长审理期限决定书; a deduction → 扣除审理期限决定书; a filing rejected → 不予受理裁定书; a withdrawal → 准许撤诉裁定书;
// the application procedures' notices and rulings (specialProcedureNotices.ts).
import { sql } from 'drizzle-orm';
import { periodLengthFor } from '../../../domain/clock';
import { chineseDate, type DocumentKind, type TemplateFacts } from '../../../domain/documents/templates';
import { HEARING_MODE_LABELS, type HearingMode } from '../../../domain/hearings/hearingSlots';
import { loadCase } from '../cases/caseRecord';
import type { CaseEventFollower, EffectContext } from '../cases/effects/effectContext';
import { caseAccountNumberOf } from '../payments/caseFees';
import { caseFacts, isClaimant, recipientFacts, type PartyRef } from './caseFacts';
import { generateDocument, type GeneratedDocument } from './generateDocument';
import { SPECIAL_PROCEDURE_PLANS } from './specialProcedureNotices';

type Ctx = EffectContext & { effects: Readonly<Record<string, unknown>> };
type Planned = { kind: DocumentKind; party: PartyRef | null; facts: TemplateFacts };
type Plan = (ctx: Ctx, parties: PartyRef[]) => Promise<Planned[]>;

function hearingTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${chineseDate(`${get('year')}-${get('month')}-${get('day')}`)} ${get('hour')}:${get('minute')}`;
}

const registration: Plan = async (ctx, parties) => {
  // The civil 受理 / 应诉 notices are no criminal documents; the 起诉书副本 (CrPL art 187) is not generated yet.
  if (ctx.current().caseType.startsWith('刑')) return [];
  const e = ctx.effects;
  const fee: TemplateFacts = {};
  if (typeof e.fee === 'string') fee.feeAmount = e.fee;
  if (typeof e.feeDueOn === 'string') fee.feeDueOn = chineseDate(e.feeDueOn);
  if (typeof e.accountNo === 'string') fee.accountNo = e.accountNo;
  return parties.flatMap((p): Planned[] => {
    if (p.standing === 'thirdParty') return [];
    if (!isClaimant(p)) {
      // CPL-2023 art 128: 15 days to answer (30 without a PRC domicile, art 285), from the complaint copy's service.
      const length = periodLengthFor('defence', ctx.today, {}).length;
      return [{ kind: 'responseNotice' as const, party: p, facts: { defenceDays: 'days' in length ? String(length.days) : '15' } }];
    }
    return [{ kind: 'acceptanceNotice' as const, party: p, facts: fee }, ...(fee.feeAmount ? [{ kind: 'feeNotice' as const, party: p, facts: fee }] : [])];
  });
};

const evidence: Plan = async (ctx, parties) => {
  const e = ctx.effects;
  const facts: TemplateFacts = { evidenceDays: String(e.days), evidenceDueOn: chineseDate(String(e.dueOn)) };
  return parties.map((p) => ({ kind: 'evidenceNotice' as const, party: p, facts }));
};

const hearing: Plan = async (ctx, parties) => {
  const e = ctx.effects;
  const judges = await ctx.tx.execute<{ names: string | null }>(sql`select display_name as names from users where id = ${ctx.current().judgeId}`);
  // ONLINE-LIT arts 21–27: an online or hybrid hearing's summons carries the link the party joins by.
  const mode = HEARING_MODE_LABELS[(e.mode as HearingMode | undefined) ?? 'inPerson']['zh-CN'];
  const link = typeof e.meetingLink === 'string' ? e.meetingLink : null;
  const facts: TemplateFacts = {
    hearingAt: hearingTime(String(e.startsAt), ctx.deps.config.timeZone),
    hearingRoom: String(e.roomName),
    hearingMode: link ? `${mode}（在线庭审链接：${link}）` : mode,
    meetingLink: link ?? '（无）',
    judges: judges.rows[0]?.names ?? '____',
  };
  // A closed hearing (CPL-2023 art 137) has summonses but no 开庭公告 (art 139 announces public hearings only).
  const announced = e.closedGround ? [] : [{ kind: 'hearingAnnouncement' as const, party: null, facts }];
  return [...parties.map((p) => ({ kind: 'summons' as const, party: p, facts })), ...announced];
};

const date = (v: unknown) => (typeof v === 'string' ? chineseDate(v) : '____');

const extension: Plan = async (ctx) => {
  const e = ctx.effects;
  const approved = e.decision === 'approved';
  const facts: TemplateFacts = { decision: approved ? '批准' : '不批准', decisionNote: typeof e.note === 'string' ? e.note : '', trialLimitDueOn: date(e.dueOnAfter ?? e.dueOnBefore) };
  return [{ kind: 'extensionDecision', party: null, facts }];
};

const deduction: Plan = async (ctx) => {
  const e = ctx.effects;
  const label = e.label as { 'zh-CN': string } | undefined;
  return [{ kind: 'deductionDecision', party: null, facts: { deductionLabel: label?.['zh-CN'] ?? '____', deductionStartsOn: date(e.startsOn), trialLimitDueOn: date(e.dueOnAfter) } }];
};

const rejection: Plan = async (ctx) => [{ kind: 'inadmissibleRuling', party: null, facts: { rejectionReason: String(ctx.effects.reason ?? '____') } }];

// 准许撤诉, and a 驳回起诉 or jurisdiction ruling the judge did not upload, generated from the reasons written at closing.
const GENERATED_RULINGS: Record<string, 'dismissalRuling' | 'jurisdictionRuling'> = { dismissal: 'dismissalRuling', jurisdiction: 'jurisdictionRuling' };
const closing: Plan = async (ctx) => {
  const e = ctx.effects;
  if (e.method === 'withdrawal') return [{ kind: 'withdrawalRuling', party: null, facts: {} }];
  const kind = e.method === 'ruling' && e.documentId === null && typeof e.rulingKind === 'string' ? GENERATED_RULINGS[e.rulingKind] : undefined;
  return kind ? [{ kind, party: null, facts: { rulingReason: String(e.summary ?? '____') } }] : [];
};

const PLANS: Record<string, Plan> = {
  accept: registration,
  setEvidencePeriod: evidence,
  scheduleHearing: hearing,
  postponeHearing: hearing,
  approveExtension: extension,
  refuseExtension: extension,
  recordDeduction: deduction,
  reject: rejection,
  close: closing,
  // 财保, 民督, 民申: the application fee notice and the rulings (specialProcedureNotices.ts).
  ...SPECIAL_PROCEDURE_PLANS,
};

// FEE art 22: a party that appeals after the 民终 case is registered gets its own 交纳诉讼费用通知书, in the appeal case.
async function joiningAppellantsNotices(ctx: Ctx): Promise<GeneratedDocument[]> {
  const notices = ctx.effects.feeNotices as { partyId: number; fee: string; feeDueOn: string | null }[] | undefined;
  const appealId = ctx.effects.appealCaseId;
  if (!notices?.length || typeof appealId !== 'number') return [];
  const appeal = (await loadCase(ctx.tx, appealId))!;
  const { parties, ...base } = await caseFacts(ctx.tx, appeal, ctx.today);
  const accountNo = await caseAccountNumberOf(ctx.tx, appealId);
  const documents: GeneratedDocument[] = [];
  for (const n of notices) {
    const party = parties.find((p) => p.id === n.partyId);
    if (!party) continue;
    const facts = { ...base, ...recipientFacts(party), feeAmount: n.fee, feeDueOn: date(n.feeDueOn), accountNo };
    documents.push(await generateDocument(ctx.tx, ctx.deps, { case: appeal, kind: 'feeNotice', facts, partyId: party.id, recipientName: party.name, by: ctx.actor.userId }));
  }
  return documents;
}

export const generateEventNotices: CaseEventFollower = async (ctx) => {
  if (ctx.event === 'appeal') {
    const documents = await joiningAppellantsNotices(ctx);
    return documents.length ? { documents } : {};
  }
  const plan = Object.hasOwn(PLANS, ctx.event) ? PLANS[ctx.event] : undefined;
  if (!plan) return {};
  const c = ctx.current();
  const { parties, ...base } = await caseFacts(ctx.tx, c, ctx.today);
  const documents: GeneratedDocument[] = [];
  for (const d of await plan(ctx, parties)) {
    const facts = { ...base, ...(d.party ? recipientFacts(d.party) : {}), ...d.facts };
    documents.push(await generateDocument(ctx.tx, ctx.deps, { case: c, kind: d.kind, facts, partyId: d.party?.id ?? null, recipientName: d.party?.name, by: ctx.actor.userId }));
  }
  return { documents };
};
