// Registration of a case a single judge decides (民特 CPL-2023 art 185; 财保 and 民督 likewise): the filing clerk names
// a civil division of the court and one of its eligible judges; the case gets its number and its panel of one.
import { sql } from 'drizzle-orm';
import { casePanel } from '../../../db/schema';
import { AppError } from '../../../http/appError';
import { allocateCaseNumber } from '../caseNumbers';
import { eligibleJudges } from './assignment';
import type { EffectContext } from './effectContext';

export interface SoleJudgeRegistration {
  caseNumber: string;
  divisionId: number;
  judgeId: number;
  judgeName: string;
}

/** Numbers the case and seats the judge named in the input (`divisionId`, `judgeId`); refuses a wrong division or judge. */
export async function registerBeforeSoleJudge({ tx, case: c, input, actor, today, updateCase }: EffectContext): Promise<SoleJudgeRegistration> {
  const d = (await tx.execute<{ id: number; kind: string; court_code: string }>(sql`
    select d.id, d.kind, ct.code as court_code from divisions d join courts ct on ct.id = d.court_id
     where d.id = ${input.divisionId} and d.court_id = ${c.courtId} and d.is_active`)).rows[0];
  if (!d || d.kind !== 'civil') throw new AppError(422, 'DIVISION_INVALID', '请选择本院的民事审判庭作为承办庭。', 'Choose a civil division of this court to try the case.');
  const judge = (await eligibleJudges(tx, { ...c, divisionId: d.id })).find((j) => j.judgeId === input.judgeId);
  if (!judge) throw new AppError(422, 'JUDGE_NOT_ELIGIBLE', '所选法官不属于承办庭，或曾参与本纠纷其他程序（须回避）。', 'The chosen judge is not in the division or sat in another procedure of this dispute.', { judgeIds: [input.judgeId] });
  const number = await allocateCaseNumber(tx, { id: c.courtId, code: d.court_code }, c.caseType, today);
  await tx.insert(casePanel).values({ caseId: c.id, userId: judge.judgeId, role: 'sole' });
  await updateCase({ caseNumber: number.caseNumber, numberYear: number.year, numberSerial: number.serial, divisionId: d.id, acceptedOn: today, acceptedBy: actor.userId, judgeId: judge.judgeId, organization: 'sole' });
  return { caseNumber: number.caseNumber, divisionId: Number(d.id), judgeId: judge.judgeId, judgeName: judge.name };
}
