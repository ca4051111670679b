// A fixed 民间借贷 complaint the element tests share.
import type { ElementValues } from './elementSchema';

/** A complete, consistent 民间借贷 complaint: 100,000 lent, 20,000 repaid, 6% a year, due 2025-01-31. */
export const LENDING: ElementValues = {
  agreementForm: 'iou',
  agreementDate: '2024-01-30',
  principalAgreed: '100000',
  principalDelivered: '100000',
  deliveryDate: '2024-02-01',
  deliveryMethod: 'bank',
  hasTerm: true,
  dueDate: '2025-01-31',
  interestAgreed: true,
  interestRate: '6',
  repaidPrincipal: '20000',
  hasGuarantee: false,
};
