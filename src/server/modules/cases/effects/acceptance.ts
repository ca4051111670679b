// Registration (登记立案): the case gets its number, procedure and trial division.
import { sql } from 'drizzle-orm';
import { executePrepared } from '../../../db/database';
import { AppError } from '../../../http/appError';
import { allocateCaseNumber } from '../caseNumbers';
import { divisionKindFor } from '../../../../domain/appeal/appealCaseTypes';
import type { EffectHandler } from './effectContext';

export const recordAcceptance: EffectHandler = async ({ tx, case: c, input, actor, today, updateCase }) => {
  const division = await executePrepared<{ id: number; kind: string; court_code: string }>(tx, 'trying_division', sql`
    select d.id, d.kind, ct.code as court_code
      from divisions d join courts ct on ct.id = d.court_id
     where d.id = ${input.divisionId} and d.court_id = ${c.courtId} and d.is_active`);
  const d = division.rows[0];
  const kind = divisionKindFor(c.caseType);
  if (!d || d.kind !== kind) {
    const [zh, en] = kind === 'civil' ? ['民事', 'civil'] : ['行政', 'administrative'];
    throw new AppError(422, 'DIVISION_INVALID', `请选择本院的${zh}审判庭作为承办庭。`, `Choose a ${en} division of this court to try the case.`);
  }
  const number = await allocateCaseNumber(tx, { id: c.courtId, code: d.court_code }, c.caseType, today);
  const procedure = (input.procedure as string | undefined) ?? 'secondInstance';
  await updateCase({
    caseNumber: number.caseNumber,
    numberYear: number.year,
    numberSerial: number.serial,
    procedure,
    divisionId: d.id,
    acceptedOn: today,
    acceptedBy: actor.userId,
  });
  return { caseNumber: number.caseNumber, procedure, divisionId: d.id };
};
