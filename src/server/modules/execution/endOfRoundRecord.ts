// What the officer records for 终本's checklist (ZHONGBEN arts 1(1), 1(5), 2, 5): the debtor's property report, the
// debtor's whereabouts or the search, the interview of the applicant. The timeline entry is the record; this checks it.
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/appError';
import type { EffectHandler } from '../cases/effects/effectContext';

export const recordEndOfRoundFact: EffectHandler = async ({ tx, case: c, input, today }) => {
  if (typeof input.partyId === 'number') {
    const r = await tx.execute<{ name: string }>(sql`select name from case_parties where id = ${input.partyId} and case_id = ${c.id} and standing = 'executionDebtor'`);
    const party = r.rows[0];
    if (!party) throw new AppError(422, 'EXECUTION_DEBTOR_UNKNOWN', '所选当事人不是本案的被执行人。', 'The chosen party is not a debtor of this case.');
    return { partyName: party.name };
  }
  if (typeof input.heldOn === 'string' && input.heldOn > today) {
    throw new AppError(422, 'INTERVIEW_DATE_IN_FUTURE', `约谈日期${input.heldOn}晚于今天，请填写已进行约谈的日期。`, `The interview date ${input.heldOn} is after today: give the day it took place.`);
  }
  return {};
};
