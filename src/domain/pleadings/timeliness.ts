// When a party's pleadings and evidence are in time: the defence within the 答辩期, evidence within the 举证期限.
import { citeEn } from '../citations/citations';
import { refuse } from '../errors/domainError';

/** A party period as the clock keeps it (the latest one of its kind for the party or the case). */
export interface PeriodState {
  dueOn: string | null;
  status: 'running' | 'completed' | 'cancelled';
  completedReason: string | null;
}

export type DefenceTiming = 'beforeService' | 'inTime';

/**
 * CPL-2023 art 128: the defendant files the 答辩状 within 15 days of receiving the complaint (30 without a PRC
 * domicile, art 285); after the period the court goes on without it (art 128 para 2), so a late 答辩状 is refused.
 * Before the complaint is served there is no period yet and a defence is accepted. One defence per party: further
 * submissions are supplementary materials (`alreadyFiled`: a defence filed before service left no period behind).
 */
export function defenceTiming(period: PeriodState | undefined, today: string, alreadyFiled = false): DefenceTiming {
  if (alreadyFiled || (period?.status === 'completed' && period.completedReason === 'defenceFiled')) {
    refuse('DEFENCE_ALREADY_FILED', 'conflict', '该当事人已经提交答辩状；补充意见请以“提交补充材料”提交。', 'This party has already filed its defence; send further submissions as supplementary materials.');
  }
  if (!period || period.status === 'cancelled') return 'beforeService';
  if (period.dueOn && today > period.dueOn) {
    refuse(
      'DEFENCE_PERIOD_EXPIRED',
      'invalid',
      `答辩期已于${period.dueOn}届满，不能再提交答辩状（《民事诉讼法》第一百二十八条）；证据可在举证期限内提交，意见可在庭审中陈述。`,
      `The defence period ended on ${period.dueOn}; a defence can no longer be filed (${citeEn('CPL-2023 art 128')}). Evidence may still be submitted within the evidence period and arguments made at the hearing.`,
      { dueOn: period.dueOn },
    );
  }
  return 'inTime';
}

export interface EvidenceTiming {
  isLate: boolean;
  dueOn: string | null;
}

/**
 * CPL-2023 art 68; rules.md §2.3: evidence after the 举证期限 is not refused at the door, but the party must explain
 * the delay and the court decides whether to admit it (or admit it with an admonition or fine).
 */
export function evidenceTiming(period: PeriodState | undefined, today: string, lateReason: string | undefined): EvidenceTiming {
  const dueOn = period && period.status !== 'cancelled' ? period.dueOn : null;
  const isLate = dueOn !== null && today > dueOn;
  if (isLate && !lateReason?.trim()) {
    refuse(
      'EVIDENCE_LATE_REASON_REQUIRED',
      'invalid',
      `举证期限已于${dueOn}届满，逾期提供证据须说明理由（《民事诉讼法》第六十八条），由法院决定是否采纳。`,
      `The evidence period ended on ${dueOn}; late evidence must state why it is late (${citeEn('CPL-2023 art 68')}), and the court decides whether to admit it.`,
      { dueOn },
    );
  }
  return { isLate, dueOn };
}
