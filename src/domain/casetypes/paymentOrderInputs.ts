// Input schemas of the 民督 events (CPL-2023 arts 225–228).
import Type from 'typebox';
import { PlainDate } from './eventInputs';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const note = Type.Optional(text(1000, 0));

export const AcceptPaymentOrderInput = Type.Object({ divisionId: id, judgeId: id, note }, { additionalProperties: false });
/** The order as issued (uploaded, if signed outside the system). */
export const IssuePaymentOrderInput = Type.Object({ documentId: Type.Optional(id), note }, { additionalProperties: false });
/** CPL-2023 art 227: the application found unfounded is dismissed by ruling. */
export const DismissPaymentOrderInput = Type.Object({ reasons: text(2000) }, { additionalProperties: false });
/** Not by public notice: an order that cannot be served otherwise is not issued (CPL-2023 art 225; CPL-Interp art 427). */
export const PAYMENT_ORDER_SERVICE_METHODS = ['direct', 'electronic', 'mail', 'leftAtResidence'] as const;
export const ServePaymentOrderInput = Type.Object({ partyIds: Type.Array(id, { minItems: 1, maxItems: 20, uniqueItems: true }), servedOn: PlainDate, method: Type.Enum(PAYMENT_ORDER_SERVICE_METHODS) }, { additionalProperties: false });
/** CPL-2023 art 227: the debtor's written objection (the court examines its form only, CPL-Interp art 436 [U]). */
export const ObjectToPaymentOrderInput = Type.Object({ partyId: Type.Optional(id), reasons: text(4000), receivedOn: Type.Optional(PlainDate) }, { additionalProperties: false });
/** CPL-2023 art 228: the procedure ends by ruling and the order loses effect. */
export const TerminatePaymentOrderInput = Type.Object({ note }, { additionalProperties: false });
/** CPL-2023 art 228: the case turns to litigation unless the applicant does not agree. */
export const ChooseLitigationInput = Type.Object({ litigate: Type.Boolean(), note }, { additionalProperties: false });
/** CPL-2023 art 227: no objection within 15 days — the order takes effect. */
export const RecordPaymentOrderEffectInput = Type.Object({ note }, { additionalProperties: false });
