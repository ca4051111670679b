// The appeal file between the two courts: the appellee's defence at first instance, the file's arrival at second.
import { and, eq, sql } from 'drizzle-orm';
import { caseParties } from '../../../db/schema';
import { AppError } from '../../../http/appError';
import { startAppealFileTransferIfReady, APPEAL_FILE_TRANSFER } from '../../clock/appealFileTransfer';
import { endPeriods } from '../../clock/periodStore';
import type { EffectHandler } from './effectContext';

// CPL-2023 art 174: the appellee's defence ends that appellee's period; the last one starts the 5-day transfer.
export const receiveAppealDefence: EffectHandler = async ({ tx, case: c, input, today }) => {
  if (input.receivedOn > today) throw new AppError(422, 'DATE_IN_FUTURE', '收到日期不能晚于今天。', 'The date received cannot be later than today.');
  const party = await tx.select({ id: caseParties.id, name: caseParties.name }).from(caseParties).where(and(eq(caseParties.caseId, c.id), eq(caseParties.id, input.partyId)));
  if (!party[0]) throw new AppError(422, 'PARTY_UNKNOWN', '该当事人不是本案当事人。', 'This person is not a party to the case.');
  const ended = await tx.execute(sql`
    update case_periods set status = 'completed', completed_on = ${input.receivedOn}, completed_reason = 'defenceReceived', alert_on = null, updated_at = now()
     where case_id = ${c.id} and party_id = ${input.partyId} and kind = 'appelleeDefence' and status = 'running'`);
  if (!ended.rowCount) {
    throw new AppError(422, 'NO_DEFENCE_PERIOD', `${party[0].name}没有进行中的上诉答辩期（请先记录上诉状副本的送达）。`, `${party[0].name} has no running appeal defence period (record service of the appeal first).`);
  }
  const transferDueOn = await startAppealFileTransferIfReady(tx, c, today);
  return { partyId: input.partyId, name: party[0].name, receivedOn: input.receivedOn, transferDueOn };
};

// The file has arrived when the second-instance court registers the appeal: the first court's transfer period ends.
export const receiveAppealFile: EffectHandler = async ({ tx, case: c, today }) => {
  if (c.originCaseId) await endPeriods(tx, c.originCaseId, [APPEAL_FILE_TRANSFER], today, 'transferred');
  return {};
};
