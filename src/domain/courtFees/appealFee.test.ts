// The appeal fee of a side that joins the appeal after registration (FEE arts 17, 22; CPL-Interp art 202).
import { describe, expect, test } from 'vitest';
import type { SideAppeal } from '../appeal/appealedPart';
import { appealFee, joiningAppealFee } from './appealFee';

const yuan = (n: number): bigint => BigInt(n) * 100n;
const defendant50k: SideAppeal = { side: 'defendant', partFen: yuan(50_000) };

describe('a party joining a registered appeal', () => {
  test('the other side pays on its own part: 550.00 on 30,000 (rules.md §4.6)', () => {
    const plaintiff30k: SideAppeal = { side: 'plaintiff', partFen: yuan(30_000) };
    const fee = joiningAppealFee([defendant50k], [defendant50k, plaintiff30k], 'plaintiff');
    expect(fee?.total).toBe('550.00');
    expect(fee?.breakdown.every((b) => b.source.includes('FEE'))).toBe(true);
  });

  test('the worked example: 5,800 on 300,000 contested', () => {
    expect(joiningAppealFee([defendant50k], [defendant50k, { side: 'plaintiff', partFen: yuan(300_000) }], 'plaintiff')?.total).toBe('5800.00');
  });

  test('a co-appellant of the same side pays only what its larger part adds (one fee per side)', () => {
    const fee = joiningAppealFee([defendant50k], [defendant50k, { side: 'defendant', partFen: yuan(100_000) }], 'defendant');
    // 2,300 on 100,000 less the 1,050 charged on 50,000.
    expect(fee?.total).toBe('1250.00');
    expect(fee?.breakdown.at(-1)).toMatchObject({ component: 'chargedToSide', amount: '-1050.00' });
  });

  test('a co-appellant on an equal or smaller part owes nothing more', () => {
    expect(joiningAppealFee([defendant50k], [defendant50k, { side: 'defendant', partFen: yuan(20_000) }], 'defendant')).toBeNull();
    expect(joiningAppealFee([defendant50k], [defendant50k, defendant50k], 'defendant')).toBeNull();
  });

  test('what both notices add up to is the fee of the two-sided appeal', () => {
    const plaintiff30k: SideAppeal = { side: 'plaintiff', partFen: yuan(30_000) };
    expect(appealFee([defendant50k, plaintiff30k]).total).toBe('1600.00');
    expect(Number(appealFee([defendant50k]).total) + Number(joiningAppealFee([defendant50k], [defendant50k, plaintiff30k], 'plaintiff')!.total)).toBe(1600);
  });
});
