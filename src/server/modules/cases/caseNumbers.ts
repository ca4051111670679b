// Gapless case numbers: the counter row is incremented inside the accepting transaction and stays locked until it
// commits; a rolled-back acceptance releases its number to the next one. (A SEQUENCE would leave gaps.)
import { sql } from 'drizzle-orm';
import { formatCaseNumber, usesRandomSerial } from '../../../domain/caseno';
import type { Tx } from '../../db/database';

export interface AllocatedNumber {
  year: number;
  serial: number;
  caseNumber: string;
}

export async function allocateCaseNumber(
  tx: Tx,
  court: { id: number; code: string },
  typeCode: string,
  registeredOn: string,
  specialCode = '',
): Promise<AllocatedNumber> {
  // CASENO art 10 para 2: 刑核 numbers are drawn at random, never from this counter.
  if (usesRandomSerial(typeCode)) throw new Error(`${typeCode} numbers are random, not sequential`);
  // CASENO art 2: the year is the calendar year of registration (收案), not of the online submission.
  const year = Number(registeredOn.slice(0, 4));
  const r = await tx.execute<{ last_serial: number }>(sql`
    insert into case_number_counters (court_id, special_code, type_code, year, last_serial)
    values (${court.id}, ${specialCode}, ${typeCode}, ${year}, 1)
    on conflict (court_id, special_code, type_code, year)
    do update set last_serial = case_number_counters.last_serial + 1
    returning last_serial`);
  const serial = Number(r.rows[0]!.last_serial);
  return { year, serial, caseNumber: formatCaseNumber({ year, courtCode: court.code, specialCode, typeCode, serial }) };
}

/**
 * A number for a case opened directly at a court (an execution application, a 执恢 or 执异 case, a mediation matter):
 * the court's code looked up, the counter advanced, and the case row's number columns.
 */
export async function numberAtCourt(tx: Tx, courtId: number, typeCode: string, registeredOn: string): Promise<AllocatedNumber & { columns: { caseNumber: string; numberYear: number; numberSerial: number } }> {
  const court = await tx.execute<{ code: string }>(sql`select code from courts where id = ${courtId}`);
  const n = await allocateCaseNumber(tx, { id: courtId, code: court.rows[0]!.code }, typeCode, registeredOn);
  return { ...n, columns: { caseNumber: n.caseNumber, numberYear: n.year, numberSerial: n.serial } };
}
