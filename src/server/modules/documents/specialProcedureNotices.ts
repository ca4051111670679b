// The documents of the application procedures an event produces (docs/case-types.md): registration of a 财保 or 民督 →
// 交纳申请费通知书 to the applicant; the judge's 保全裁定 (grant or dismissal), the 支付令 and the 再审审查裁定 — each
// generated from the case unless the judge uploaded the signed document with the event (the upload stays the alternative).
import { sql } from 'drizzle-orm';
import { chineseDate, type DocumentKind, type TemplateFacts } from '../../../domain/documents/templates';
import { fenToYuan } from '../../../domain/money/yuan';
import { RETRIAL_GROUND_LABELS, type RetrialGround } from '../../../domain/retrial/retrialApplication';
import type { EffectContext } from '../cases/effects/effectContext';
import { isClaimant, type PartyRef } from './caseFacts';

export type NoticeContext = EffectContext & { effects: Readonly<Record<string, unknown>> };
export type PlannedDocument = { kind: DocumentKind; party: PartyRef | null; facts: TemplateFacts };
export type NoticePlan = (ctx: NoticeContext, parties: PartyRef[]) => Promise<PlannedDocument[]>;

const APPLICATION_KINDS: Record<string, string> = { 财保: '诉前（仲裁前）财产保全', 民督: '支付令' };

// FEE arts 14, 20, 22: the applicant's notice, when the registration charged a fee (applicationFeeNotice.ts).
const applicationFee: NoticePlan = async (ctx, parties) => {
  const e = ctx.effects;
  if (typeof e.fee !== 'string') return [];
  const facts: TemplateFacts = {
    applicationKind: APPLICATION_KINDS[ctx.current().caseType] ?? '',
    feeAmount: e.fee,
    feeLabel: String(e.feeLabel ?? '申请费'),
    feeSource: String(e.feeSource ?? '').replace(/^FEE art 14\((\d)\)$/, (_, n: string) => `第十四条第（${'一二三四五六'[Number(n) - 1]}）项`),
    feeDueOn: typeof e.feeDueOn === 'string' ? chineseDate(e.feeDueOn) : '____',
    accountNo: String(e.accountNo ?? '____'),
  };
  return parties.filter(isClaimant).map((p) => ({ kind: 'applicationFeeNotice' as const, party: p, facts }));
};

const uploaded = (input: unknown, field: string) => typeof (input as Record<string, unknown>)[field] === 'number';

// CPL-2023 arts 103–104: the ruling on the application, unless the judge filed the signed one (rulingAttachmentId).
const preservationRuling: NoticePlan = async (ctx) => {
  if (uploaded(ctx.input, 'rulingAttachmentId')) return [];
  const input = ctx.input as { measures?: string; amount?: string; reasons?: string };
  if (ctx.event === 'dismissPreservation') return [{ kind: 'preservationDismissal', party: null, facts: { rulingReason: input.reasons ?? '____' } }];
  const r = await ctx.tx.execute<{ security: { amountFen: string; description: string } | null }>(sql`select security from preservation_applications where case_id = ${ctx.case.id}`);
  const s = r.rows[0]?.security;
  const securityText = s ? `${s.description}（${fenToYuan(BigInt(s.amountFen))}元）` : '____';
  return [{ kind: 'preservationRuling', party: null, facts: { preservationMeasures: input.measures ?? '____', preservedAmount: input.amount ?? '____', securityText } }];
};

// CPL-2023 art 227: the order itself, unless the judge filed the signed one (documentId).
const paymentOrder: NoticePlan = async (ctx) => (uploaded(ctx.input, 'documentId') ? [] : [{ kind: 'paymentOrder', party: null, facts: {} }]);

// CPL-2023 arts 211, 215, 217: the ruling on the retrial application, with the original case and the grounds.
const retrialRuling: NoticePlan = async (ctx) => {
  if (uploaded(ctx.input, 'documentId')) return [];
  const input = ctx.input as { decision: 'dismiss' | 'retry'; reasons: string };
  const r = await ctx.tx.execute<{ grounds: RetrialGround[]; case_number: string | null }>(sql`
    select ra.grounds, o.case_number from retrial_applications ra join cases o on o.id = ra.original_case_id where ra.case_id = ${ctx.case.id}`);
  const row = r.rows[0];
  const grounds = (row?.grounds ?? []).map((g) => {
    const item = RETRIAL_GROUND_LABELS[g]?.['zh-CN'].match(/^（(.+?)）/)?.[1];
    return item ? `第${item}项` : '';
  });
  const facts: TemplateFacts = { originalCaseNumber: row?.case_number ?? '____', retrialGrounds: grounds.filter(Boolean).join('、') || '____', rulingReason: input.reasons };
  return [{ kind: input.decision === 'retry' ? 'retrialRuling' : 'retrialDismissal', party: null, facts }];
};

export const SPECIAL_PROCEDURE_PLANS: Record<string, NoticePlan> = {
  registerPreservation: applicationFee,
  acceptPaymentOrder: applicationFee,
  grantPreservation: preservationRuling,
  dismissPreservation: preservationRuling,
  issuePaymentOrder: paymentOrder,
  ruleOnRetrialApplication: retrialRuling,
};
