// The case-event engine as this server runs it: a handler for every declared effect kind, brought by the capability
// that performs it, and what other capabilities do after an event. Part of the composition root (with app.ts and
// jobKinds.ts): the engine (modules/cases/fireCaseEvent.ts) is given this and imports none of these modules.
import type { EffectKind } from '../domain/casetypes/defineCaseType';
import { ADMINISTRATIVE_EFFECT_HANDLERS } from './modules/administrative/organEffects';
import { TRIAL_EFFECT_HANDLERS } from './modules/cases/effects';
import type { CaseEventEngine, EffectHandler } from './modules/cases/effects/effectContext';
import { generateEventNotices } from './modules/documents/eventNotices';
import { HEARING_EFFECT_HANDLERS } from './modules/hearings/hearingEffects';
import { creditSanctionsOnClosing } from './modules/creditSanctions';
import { archivePackageOnArchiving } from './modules/dossierExport';
import { CRIMINAL_EFFECT_HANDLERS } from './modules/criminal';
import { EXECUTION_EFFECT_HANDLERS } from './modules/execution';
import { JURISDICTION_EFFECT_HANDLERS } from './modules/jurisdiction';
import { MEDIATION_EFFECT_HANDLERS } from './modules/mediation';
import { PAYMENT_ORDER_EFFECT_HANDLERS } from './modules/paymentOrders';
import { PRESERVATION_EFFECT_HANDLERS } from './modules/preservation';
import { RETRIAL_EFFECT_HANDLERS } from './modules/retrial';
import { EVIDENCE_EFFECT_HANDLERS } from './modules/evidenceExchange';
import { ELEMENT_EFFECT_HANDLERS } from './modules/elements';
import { decideRefund, grantJudicialAid } from './modules/payments/feeDecisionEffects';
import { chargeRetrialFee, issueApplicationFeeNotice, settlePreservationFee } from './modules/payments/applicationFeeNotice';
import { chargeFeeBalance, issueFeeNotice } from './modules/payments/feeNoticeEffects';
import { serveOnPlatform } from './modules/service/platformService';

// 诉讼费: notices, the balance on a change of procedure, judicial aid and refunds; 送达 on the platform.
const FEE_AND_SERVICE_HANDLERS = { issueFeeNotice, issueApplicationFeeNotice, chargeRetrialFee, settlePreservationFee, chargeFeeBalance, grantJudicialAid, decideRefund, serveOnPlatform };

const HANDLER_GROUPS: Readonly<Record<string, Partial<Record<EffectKind, EffectHandler>>>> = {
  trial: TRIAL_EFFECT_HANDLERS,
  // 庭审: booking (room, judge and clerk conflicts; warnings; online links), postponing, holding.
  hearings: HEARING_EFFECT_HANDLERS,
  feesAndService: FEE_AND_SERVICE_HANDLERS,
  // 诉前调解: routing, entrustment, the agreement and its signatures, the outcome.
  mediation: MEDIATION_EFFECT_HANDLERS,
  // 执行: 立案, 分案, stages, 中止/恢复, 结案.
  execution: EXECUTION_EFFECT_HANDLERS,
  // 行初: the organ's defence and evidence, its head in court.
  administrative: ADMINISTRATIVE_EFFECT_HANDLERS,
  // 移送管辖 and 跨域立案.
  jurisdiction: JURISDICTION_EFFECT_HANDLERS,
  // 刑事: registration with procedure and 审限, counsel, the juvenile hearing check, judgment and sentence, appeal and protest.
  criminal: CRIMINAL_EFFECT_HANDLERS,
  // 财保: registration, the 48-hour ruling, the 30 days to sue, lifting.
  preservation: PRESERVATION_EFFECT_HANDLERS,
  // 民督: acceptance, the order, service, objection, litigation or effect.
  paymentOrders: PAYMENT_ORDER_EFFECT_HANDLERS,
  // 民申: registration, the copy and the opinion, the ruling (opening the 民再).
  retrial: RETRIAL_EFFECT_HANDLERS,
  // 证据交换与质证: exchange, late evidence, findings, extension of the 举证期限.
  evidence: EVIDENCE_EFFECT_HANDLERS,
  // 要素式审判: the element answers.
  elements: ELEMENT_EFFECT_HANDLERS,
};

/** One handler per effect kind: two capabilities naming the same kind would silently replace one another's handler. */
export function oneHandlerEach(groups: Readonly<Record<string, Partial<Record<EffectKind, EffectHandler>>>>): Record<string, EffectHandler> {
  const owner = new Map<string, string>();
  const all: Record<string, EffectHandler> = {};
  for (const [group, handlers] of Object.entries(groups)) {
    for (const [kind, handler] of Object.entries(handlers)) {
      const first = owner.get(kind);
      if (first) throw new Error(`effect kind "${kind}" has a handler in both ${first} and ${group}`);
      owner.set(kind, group);
      all[kind] = handler!;
    }
  }
  return all;
}

// The type makes a declared effect kind without a handler a compile error.
const EFFECTS: Record<EffectKind, EffectHandler> = {
  ...TRIAL_EFFECT_HANDLERS,
  ...HEARING_EFFECT_HANDLERS,
  ...FEE_AND_SERVICE_HANDLERS,
  ...MEDIATION_EFFECT_HANDLERS,
  ...EXECUTION_EFFECT_HANDLERS,
  ...ADMINISTRATIVE_EFFECT_HANDLERS,
  ...JURISDICTION_EFFECT_HANDLERS,
  ...CRIMINAL_EFFECT_HANDLERS,
  ...PRESERVATION_EFFECT_HANDLERS,
  ...PAYMENT_ORDER_EFFECT_HANDLERS,
  ...RETRIAL_EFFECT_HANDLERS,
  ...EVIDENCE_EFFECT_HANDLERS,
  ...ELEMENT_EFFECT_HANDLERS,
};
oneHandlerEach(HANDLER_GROUPS);

export const CASE_EVENT_ENGINE: CaseEventEngine = { effects: EFFECTS, followers: [generateEventNotices, creditSanctionsOnClosing, archivePackageOnArchiving] };
