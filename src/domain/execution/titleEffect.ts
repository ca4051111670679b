// Whether the document a party asks to execute has taken legal effect (CPL-2023 arts 247, 158, 182, 165, 100, 206), and
// on which day — the day the 2-year application period and the doubled interest may run from (art 250; DELAY-2014 art 2).
import { addDays, type PlainDate } from '../calendar/plainDate';
import { refuse, type BilingualMessage } from '../errors/domainError';

export interface TitleFacts {
  caseType: string;
  closingMethod: string | null;
  rulingKind: string | null;
  procedure: string | null;
  closedOn: PlainDate | null;
  /** 民特: the judge confirmed the agreement (true) or dismissed the application (false). */
  confirmed?: boolean;
  /** 民督: the day the payment order took effect (CPL-2023 art 227), null if it never did. */
  paymentOrderEffectiveOn?: PlainDate | null;
  /** 民初: the appeal against it, if any was brought. */
  appeal?: { closedOn: PlainDate | null } | null;
  /** 民初: for every party, the last day of its appeal period, or null when the judgment was not yet served on it. */
  appealPeriodDueOn?: readonly (PlainDate | null)[];
}

export interface TitleEffect {
  effectiveOn: PlainDate;
  basis: string;
  note: BilingualMessage;
}

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

function notEnforceable(zh: string, en: string): never {
  refuse('EXECUTION_TITLE_NOT_ENFORCEABLE', 'invalid', zh, en);
}

function notEffective(zh: string, en: string, details?: Record<string, unknown>): never {
  refuse('EXECUTION_TITLE_NOT_EFFECTIVE', 'invalid', zh, en, details);
}

/** The day the title took effect, or the refusal saying why it cannot be executed (yet). */
export function titleEffect(t: TitleFacts, today: PlainDate): TitleEffect {
  if (t.closedOn === null) notEffective('该案件尚未结案，没有可供执行的生效法律文书。', 'The case is not closed: there is no effective document to execute.');
  if (t.caseType === '民特') {
    // CPL-2023 art 206: a ruling confirming the agreement may be executed; a dismissal has nothing to execute.
    if (!t.confirmed) notEnforceable('司法确认申请被驳回，调解协议不能申请强制执行。', 'The application for confirmation was dismissed: the agreement cannot be executed.');
    return { effectiveOn: t.closedOn, basis: 'CPL-2023 art 206', note: zhEn('确认调解协议有效的裁定，作出即生效', 'a ruling confirming the agreement, effective when made') };
  }
  if (t.caseType === '民督') {
    // CPL-2023 art 227: an order not objected to within 15 days of service takes effect and may be executed.
    if (!t.paymentOrderEffectiveOn) notEnforceable('支付令未发生法律效力（申请被驳回，或督促程序已终结），不能申请执行。', 'The payment order did not take effect (dismissed, or the procedure ended): it cannot be executed.');
    return { effectiveOn: t.paymentOrderEffectiveOn, basis: 'CPL-2023 art 227', note: zhEn('债务人在法定期间内未提出书面异议，支付令生效', 'no written objection within the period: the payment order took effect') };
  }
  if (t.caseType === '民终') {
    // CPL-2023 art 182: second-instance judgments and rulings are final.
    return { effectiveOn: t.closedOn, basis: 'CPL-2023 art 182', note: zhEn('第二审判决、裁定是终审的判决、裁定', 'a second-instance decision, final') };
  }
  if (t.caseType !== '民初') notEnforceable(`${t.caseType}案件的结案文书不能据以申请执行。`, `A ${t.caseType} case's closing document cannot be executed.`);
  if (t.closingMethod === 'mediation') {
    // CPL-2023 art 100: a 调解书 takes effect when the parties sign its receipt [U: the server does not record the receipt; the closing day stands for it].
    return { effectiveOn: t.closedOn, basis: 'CPL-2023 art 100', note: zhEn('调解书经双方当事人签收后生效（以结案日计）', 'a mediation statement, effective on receipt by the parties (the closing day is taken)') };
  }
  if (t.closingMethod !== 'judgment') {
    notEnforceable('该案以撤诉或裁定结案，没有给付内容，不能申请执行。', 'The case ended by withdrawal or a ruling with nothing to perform: there is nothing to execute.');
  }
  if (t.appeal) {
    // CPL-2023 art 182: the appeal decided, the first-instance judgment stands as the appeal court left it.
    if (t.appeal.closedOn === null) notEffective('一审判决已被提起上诉，二审尚未审结，判决未发生法律效力。', 'The judgment is under appeal and the appeal is not decided: it has not taken effect.');
    return { effectiveOn: t.appeal.closedOn, basis: 'CPL-2023 art 182', note: zhEn('上诉已经二审审结', 'the appeal has been decided') };
  }
  // CPL-2023 art 165: a small-claims judgment is final.
  if (t.procedure === 'smallClaims') return { effectiveOn: t.closedOn, basis: 'CPL-2023 art 165', note: zhEn('小额诉讼案件实行一审终审', 'a small-claims judgment, final') };
  // CPL-2023 arts 158, 171: a first-instance judgment takes effect when every party's appeal period has passed unused.
  const dues = t.appealPeriodDueOn ?? [];
  if (dues.length === 0 || dues.some((d) => d === null)) {
    notEffective('判决尚未向全部当事人送达，上诉期间未开始计算，判决未发生法律效力。', 'The judgment has not been served on every party: the appeal periods have not begun, and it has not taken effect.');
  }
  const last = [...(dues as PlainDate[])].sort().at(-1)!;
  if (last >= today) {
    notEffective(`上诉期间至${last}届满，届满前判决未发生法律效力。`, `The appeal period runs until ${last}; the judgment takes effect only after it.`, { appealPeriodDueOn: last });
  }
  return { effectiveOn: addDays(last, 1), basis: 'CPL-2023 arts 158, 171', note: zhEn(`上诉期间于${last}届满，当事人未上诉`, `the appeal period ended on ${last} with no appeal`) };
}
