import { describe, expect, test } from 'vitest';
import { checkAdminSimpleProcedure, type AdminSimpleFacts } from './simpleProcedure';
import { refusalCode } from '../errors/refusalCode.fixture';

const codeOf = (f: AdminSimpleFacts) => refusalCode(() => checkAdminSimpleProcedure(f));

describe('simple procedure in administrative cases (ALL art 82)', () => {
  test.each<[AdminSimpleFacts, string | null]>([
    [{ ground: 'partiesAgree', amountFen: 5_000_000 }, null],
    [{ ground: 'actOnTheSpot', amountFen: null }, null],
    [{ ground: 'informationDisclosure', amountFen: null }, null],
    [{ ground: 'smallAmount', amountFen: 200_000 }, null],
    [{ ground: 'smallAmount', amountFen: 200_001 }, 'ADMIN_SIMPLE_AMOUNT_TOO_HIGH'],
    [{ ground: 'smallAmount', amountFen: null }, 'ADMIN_SIMPLE_AMOUNT_TOO_HIGH'],
    [{ ground: undefined, amountFen: 100 }, 'ADMIN_SIMPLE_GROUND_REQUIRED'],
    [{ ground: 'partiesAgree', amountFen: null, isRemandOrRetrial: true }, 'ADMIN_SIMPLE_NOT_ALLOWED'],
  ])('%o → %s', (facts, code) => {
    expect(codeOf(facts)).toBe(code);
  });
});
