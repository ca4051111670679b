// When an administrative first instance may be tried by simple procedure (ALL art 82).
import { refuse, type BilingualMessage } from '../errors/domainError';

export const ADMIN_SIMPLE_GROUNDS = ['actOnTheSpot', 'smallAmount', 'informationDisclosure', 'partiesAgree'] as const;
export type AdminSimpleGround = (typeof ADMIN_SIMPLE_GROUNDS)[number];

export const ADMIN_SIMPLE_GROUND_LABELS: Readonly<Record<AdminSimpleGround, BilingualMessage>> = {
  actOnTheSpot: { 'zh-CN': '被诉行政行为是依法当场作出的', en: 'The act was lawfully made on the spot' },
  smallAmount: { 'zh-CN': '案件涉及款额二千元以下', en: 'The amount in dispute is 2,000 yuan or less' },
  informationDisclosure: { 'zh-CN': '属于政府信息公开案件', en: 'A government-information disclosure case' },
  partiesAgree: { 'zh-CN': '当事人各方同意适用简易程序', en: 'All parties agree to the simple procedure' },
};

// ALL art 82(2): the amount ceiling of the small-amount ground, in fen.
export const ADMIN_SIMPLE_AMOUNT_CEILING_FEN = 200_000;

export interface AdminSimpleFacts {
  ground: AdminSimpleGround | undefined;
  /** The amount in dispute in fen, if any. */
  amountFen: number | null;
  /** ALL art 82 para 3: remanded cases and retrials never go by simple procedure. */
  isRemandOrRetrial?: boolean;
}

/** Refuses the simple procedure unless one of ALL art 82's grounds holds. */
export function checkAdminSimpleProcedure(f: AdminSimpleFacts): void {
  const cite = { zh: '《行政诉讼法》第八十二条', en: 'ALL art 82' };
  if (f.isRemandOrRetrial) {
    refuse('ADMIN_SIMPLE_NOT_ALLOWED', 'invalid', `发回重审、按照审判监督程序再审的案件不适用简易程序（${cite.zh}）。`, `Remanded and retried cases are not tried by simple procedure (${cite.en}).`);
  }
  if (!f.ground) {
    refuse(
      'ADMIN_SIMPLE_GROUND_REQUIRED',
      'invalid',
      `适用简易程序须说明依据：被诉行政行为当场作出、涉及款额二千元以下、政府信息公开案件，或者当事人各方同意（${cite.zh}）。`,
      `State the ground for the simple procedure: an on-the-spot act, an amount of 2,000 yuan or less, an information-disclosure case, or all parties' consent (${cite.en}).`,
    );
  }
  if (f.ground === 'smallAmount' && (f.amountFen === null || f.amountFen > ADMIN_SIMPLE_AMOUNT_CEILING_FEN)) {
    refuse(
      'ADMIN_SIMPLE_AMOUNT_TOO_HIGH',
      'invalid',
      `本案${f.amountFen === null ? '未载明涉案款额' : `涉及款额${(f.amountFen / 100).toFixed(2)}元，超过二千元`}，不能以“款额二千元以下”为由适用简易程序；当事人各方同意的，可以选择该理由（${cite.zh}）。`,
      `The case ${f.amountFen === null ? 'states no amount' : `concerns ${(f.amountFen / 100).toFixed(2)} yuan, over 2,000`}: the small-amount ground does not apply; with all parties' consent choose that ground (${cite.en}).`,
    );
  }
}
