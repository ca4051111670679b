// 民督: the payment order (督促程序, CPL-2023 arts 225–228). The creditor applies; the filing clerk accepts it and names
// the judge; within 15 days of acceptance the judge issues the order or dismisses the application (art 227); served on
// the debtor, who pays or objects in writing within 15 days; a written objection ends the procedure and the case turns
// to litigation unless the applicant does not agree (art 228); without one the order takes effect and may be executed.
// Opened by src/server/modules/paymentOrders/applyForPaymentOrder.ts.
import type { BilingualMessage } from '../errors/domainError';
import { defineCaseType, event } from './defineCaseType';
import {
  AcceptPaymentOrderInput,
  ChooseLitigationInput,
  DismissPaymentOrderInput,
  IssuePaymentOrderInput,
  ObjectToPaymentOrderInput,
  RecordPaymentOrderEffectInput,
  ServePaymentOrderInput,
  TerminatePaymentOrderInput,
} from './paymentOrderInputs';

export const PAYMENT_ORDER_NODES = ['submitted', 'registered', 'orderIssued', 'ruled', 'closed'] as const;
export type PaymentOrderNode = (typeof PAYMENT_ORDER_NODES)[number];

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
const SERVERS = ['judge', 'courtClerk', 'judgeAssistant'] as const;

export const paymentOrderCase = defineCaseType<PaymentOrderNode>({
  code: '民督',
  label: label('申请支付令', 'Payment order'),
  nodes: PAYMENT_ORDER_NODES,
  nodeLabels: {
    submitted: label('待受理', 'Awaiting acceptance'),
    registered: label('已受理，待发出支付令', 'Accepted, order to be issued'),
    orderIssued: label('已发出支付令，异议期间', 'Order issued, objection period'),
    ruled: label('督促程序已终结，待申请人表明是否起诉', 'Procedure ended, awaiting the applicant’s choice'),
    closed: label('已结案', 'Closed'),
  },
  initial: 'submitted',
  terminal: ['closed'],
  filingNodes: ['submitted'],
  events: {
    // CPL-2023 art 227: 15 days from acceptance to issue the order (clock: paymentOrderIssue); FEE art 14(3): the fee notice.
    acceptPaymentOrder: event({ label: label('受理并指定审判员', 'Accept and name the judge'), from: ['submitted'], to: 'registered', by: ['filingClerk'], input: AcceptPaymentOrderInput, effects: ['registerPaymentOrder', 'issueApplicationFeeNotice'] }),
    issuePaymentOrder: event({ label: label('发出支付令', 'Issue the payment order'), from: ['registered'], to: 'orderIssued', by: ['judge'], input: IssuePaymentOrderInput, effects: ['issuePaymentOrder'] }),
    dismissPaymentOrder: event({ label: label('裁定驳回申请', 'Dismiss the application'), from: ['registered'], to: 'closed', by: ['judge'], input: DismissPaymentOrderInput, effects: ['dismissPaymentOrder'] }),
    // CPL-2023 art 227: the debtor's 15 days run from service (clock: paymentOrderObjection).
    servePaymentOrder: event({ label: label('送达支付令', 'Serve the payment order'), from: ['orderIssued'], to: null, by: [...SERVERS], input: ServePaymentOrderInput, effects: ['servePaymentOrder'] }),
    objectToPaymentOrder: event({ label: label('提出书面异议', 'Object in writing'), from: ['orderIssued'], to: null, by: ['party', 'lawyer', 'filingClerk'], input: ObjectToPaymentOrderInput, effects: ['recordPaymentOrderObjection'] }),
    // CPL-2023 art 228: a valid objection → the procedure ends by ruling and the order loses effect.
    terminatePaymentOrder: event({ label: label('裁定终结督促程序', 'End the procedure by ruling'), from: ['orderIssued'], to: 'ruled', by: ['judge'], input: TerminatePaymentOrderInput, effects: ['terminatePaymentOrder'] }),
    // CPL-2023 art 228: the case turns to litigation unless the applicant does not agree (a 民初 linked to it).
    chooseLitigation: event({ label: label('表明是否转入诉讼', 'Choose whether to litigate'), from: ['ruled'], to: 'closed', by: ['party', 'lawyer', 'filingClerk'], input: ChooseLitigationInput, effects: ['choosePaymentOrderLitigation'] }),
    recordPaymentOrderEffect: event({ label: label('支付令生效', 'Record the order as effective'), from: ['orderIssued'], to: 'closed', by: [...SERVERS], input: RecordPaymentOrderEffectInput, effects: ['recordPaymentOrderEffect'] }),
  },
});
