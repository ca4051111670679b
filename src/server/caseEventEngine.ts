// The case-event engine as this server runs it: a handler for every declared effect kind, brought by the capability
// that performs it, and what other capabilities do after an event. Part of the composition root (with app.ts and
// jobKinds.ts): the engine (modules/cases/fireCaseEvent.ts) is given this and imports none of these modules.
import type { EffectKind } from '../domain/casetypes/defineCaseType';
import { ADMINISTRATIVE_EFFECT_HANDLERS } from './modules/administrative/organEffects';
import { TRIAL_EFFECT_HANDLERS } from './modules/cases/effects';
import type { CaseEventEngine, EffectHandler } from './modules/cases/effects/effectContext';
import { generateEventNotices } from './modules/documents/eventNotices';
import { creditSanctionsOnClosing } from './modules/creditSanctions';
import { CRIMINAL_EFFECT_HANDLERS } from './modules/criminal';
import { EXECUTION_EFFECT_HANDLERS } from './modules/execution';
import { JURISDICTION_EFFECT_HANDLERS } from './modules/jurisdiction';
import { MEDIATION_EFFECT_HANDLERS } from './modules/mediation';
import { PAYMENT_ORDER_EFFECT_HANDLERS } from './modules/paymentOrders';
import { PRESERVATION_EFFECT_HANDLERS } from './modules/preservation';
import { RETRIAL_EFFECT_HANDLERS } from './modules/retrial';
import { decideRefund, grantJudicialAid } from './modules/payments/feeDecisionEffects';
import { chargeRetrialFee, issueApplicationFeeNotice, settlePreservationFee } from './modules/payments/applicationFeeNotice';
import { chargeFeeBalance, issueFeeNotice } from './modules/payments/feeNoticeEffects';
import { serveOnPlatform } from './modules/service/platformService';

// The type makes a declared effect kind without a handler a compile error.
const EFFECTS: Record<EffectKind, EffectHandler> = {
  ...TRIAL_EFFECT_HANDLERS,
  // 诉讼费: notices, the balance on a change of procedure, judicial aid and refunds.
  issueFeeNotice,
  issueApplicationFeeNotice,
  chargeRetrialFee,
  settlePreservationFee,
  chargeFeeBalance,
  grantJudicialAid,
  decideRefund,
  // 送达 on the platform.
  serveOnPlatform,
  // 诉前调解: routing, entrustment, the agreement and its signatures, the outcome.
  ...MEDIATION_EFFECT_HANDLERS,
  // 执行: 立案, 分案, stages, 中止/恢复, 结案.
  ...EXECUTION_EFFECT_HANDLERS,
  // 行初: the organ's defence and evidence, its head in court.
  ...ADMINISTRATIVE_EFFECT_HANDLERS,
  // 移送管辖 and 跨域立案.
  ...JURISDICTION_EFFECT_HANDLERS,
  // 刑事: registration with procedure and 审限, counsel, the juvenile hearing check, judgment and sentence, appeal and protest.
  ...CRIMINAL_EFFECT_HANDLERS,
  // 财保: registration, the 48-hour ruling, the 30 days to sue, lifting.
  ...PRESERVATION_EFFECT_HANDLERS,
  // 民督: acceptance, the order, service, objection, litigation or effect.
  ...PAYMENT_ORDER_EFFECT_HANDLERS,
  // 民申: registration, the copy and the opinion, the ruling (opening the 民再).
  ...RETRIAL_EFFECT_HANDLERS,
};

export const CASE_EVENT_ENGINE: CaseEventEngine = { effects: EFFECTS, followers: [generateEventNotices, creditSanctionsOnClosing] };
