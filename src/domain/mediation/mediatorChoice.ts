// The parties' joint choice of a mediator (ONLINE-MED art 10): within 2 working days of agreeing to mediate they may
// choose one together; the court then entrusts that mediator. Without agreement in time the court designates freely.
import { citationLabel, citeEn } from '../citations/citations';
import { refuse } from '../errors/domainError';

export interface MediatorProposal {
  partyId: number;
  mediatorId: number;
}

/** The mediator every party of the matter has named, or null while any party has named none or another one. */
export function jointChoice(partyIds: readonly number[], proposals: readonly MediatorProposal[]): number | null {
  if (!partyIds.length) return null;
  const named = new Map(proposals.map((p) => [p.partyId, p.mediatorId]));
  const first = named.get(partyIds[0]!);
  if (first === undefined) return null;
  return partyIds.every((id) => named.get(id) === first) ? first : null;
}

// ONLINE-MED art 10: the choice is the parties' only while the 2 working days run and no mediator is entrusted yet.
export function checkMayProposeMediator(choiceOpen: boolean, actorPartyIds: readonly number[]): void {
  if (!choiceOpen) {
    refuse(
      'MEDIATOR_CHOICE_CLOSED',
      'conflict',
      `当事人共同选择调解员的期间已经结束或已达成一致（${citationLabel('ONLINE-MED art 10')['zh-CN']}），由法院指定调解员。`,
      `The parties' time to choose a mediator jointly has ended or they have already agreed (${citeEn('ONLINE-MED art 10')}); the court designates the mediator.`,
    );
  }
  if (!actorPartyIds.length) {
    refuse('MEDIATOR_CHOICE_NOT_A_PARTY', 'forbidden', '只有本纠纷的当事人或其代理人可以选择调解员。', 'Only a party of the dispute, or its lawyer, chooses a mediator.');
  }
}

// ONLINE-MED art 10: once the parties have chosen jointly, the court entrusts the mediator they chose.
export function checkDesignationHonoursChoice(agreedMediatorId: number | null, mediatorId: number | undefined): void {
  if (agreedMediatorId === null || mediatorId === agreedMediatorId) return;
  refuse(
    'MEDIATOR_CHOSEN_BY_PARTIES',
    'conflict',
    `各方当事人已共同选择调解员，应委派其选定的调解员（${citationLabel('ONLINE-MED art 10')['zh-CN']}）。`,
    `The parties have jointly chosen a mediator; entrust the one they chose (${citeEn('ONLINE-MED art 10')}).`,
    { mediatorId: agreedMediatorId },
  );
}

// ONLINE-MED art 10: the court designates "if the parties do not choose jointly"; while their 2 working days run it
// designates only knowingly (they may have left the choice to it) — a warning the clerk confirms.
export function checkDesignationAwaitsChoice(choiceDueOn: string | null, acknowledged: boolean | undefined): void {
  if (choiceDueOn === null || acknowledged) return;
  refuse(
    'MEDIATOR_CHOICE_RUNNING',
    'conflict',
    `当事人共同选择调解员的期间至${choiceDueOn}届满，期间内由当事人共同选定（${citationLabel('ONLINE-MED art 10')['zh-CN']}）。确认现在就指定调解员吗？`,
    `The parties may choose a mediator jointly until ${choiceDueOn} (${citeEn('ONLINE-MED art 10')}). Confirm to designate one now anyway.`,
    { acknowledgeable: true, choiceDueOn },
  );
}
