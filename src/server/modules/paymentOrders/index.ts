// The payment-order capability's effect handlers, registered with the case-event engine by the composition root.
import type { EffectHandler } from '../cases/effects/effectContext';
import { choosePaymentOrderLitigation, dismissPaymentOrder, issuePaymentOrder, recordPaymentOrderEffect, recordPaymentOrderObjection, registerPaymentOrder, servePaymentOrder, terminatePaymentOrder } from './paymentOrderEffects';

export const PAYMENT_ORDER_EFFECT_HANDLERS = {
  registerPaymentOrder,
  issuePaymentOrder,
  dismissPaymentOrder,
  servePaymentOrder,
  recordPaymentOrderObjection,
  terminatePaymentOrder,
  choosePaymentOrderLitigation,
  recordPaymentOrderEffect,
} satisfies Record<string, EffectHandler>;
