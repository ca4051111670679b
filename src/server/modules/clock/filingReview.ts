// The filing-review period as a running period with its derivation, mirrored on the case row for the review queue.
import type { PlainDate } from '../../../domain/calendar/plainDate';
import type { BilingualMessage } from '../../../domain/errors/domainError';
import { filingReviewRule } from '../../../domain/filing/reviewPeriod';
import type { Tx } from '../../db/database';
import { updateCaseRow, type CasePatch } from '../cases/caseRecord';
import { clockEnv, endPeriods, startPeriod } from './periodStore';

export const filingReviewKinds = ['filingReview'] as const;

/** Starts (or, after a correction, restarts: FILING art 7) the court's period to decide on registration. */
export async function startFilingReview(
  tx: Tx,
  c: { id: number; courtId: number; caseType: string },
  receivedOn: PlainDate,
  o: { resubmitted?: boolean; writeCase?: (patch: CasePatch) => Promise<void>; trigger?: { fact: BilingualMessage; source: string }; rule?: { days: number; source: string } } = {},
) {
  const resubmitted = o.resubmitted ?? false;
  const env = await clockEnv(tx, c.courtId, receivedOn);
  const rule = o.rule ?? filingReviewRule(c.caseType);
  const p = await startPeriod(tx, env, c, {
    kind: 'filingReview',
    triggerOn: receivedOn,
    triggerFact: o.trigger?.fact ?? (resubmitted ? { 'zh-CN': '收到补正材料', en: 'corrected materials received' } : { 'zh-CN': '收到起诉材料', en: 'filing received' }),
    triggerSource: o.trigger?.source ?? (resubmitted ? 'FILING art 7' : 'FILING art 2'),
    length: { length: { days: rule.days }, source: rule.source },
  });
  const mirror = { receivedOn, reviewDueOn: p.dueOn };
  await (o.writeCase ? o.writeCase(mirror) : updateCaseRow(tx, c.id, mirror));
  return p;
}

export async function endFilingReview(tx: Tx, caseId: number, on: PlainDate, reason: string) {
  await endPeriods(tx, caseId, filingReviewKinds, on, reason);
}
