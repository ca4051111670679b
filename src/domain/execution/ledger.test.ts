import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { accountKey, emptyLedger, foldLedger, postEntry, type LedgerEntry, type LedgerState } from './ledger';
import { auditLedger, caseFunds, courtAccountBalance, unclaimedReceipts } from './ledgerViews';

const yuan = (n: number) => BigInt(Math.round(n * 100));

function refusalCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
}

const snapshot = (s: LedgerState) => JSON.stringify([[...s.balances], [...s.entries.keys()], [...s.claims]], (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));

describe('the execution ledger: one case, one account', () => {
  test('receipt → claim → fee → allocation → payout, and the refusals that leave the books untouched', () => {
    const s = foldLedger([
      { id: 'r1', kind: 'receipt', courtAccount: 'A', amountFen: yuan(50_000), caseId: 'C1' },
      { id: 'r2', kind: 'receipt', courtAccount: 'A', amountFen: yuan(1_000), caseId: null },
    ]);
    expect(unclaimedReceipts(s, 'A')).toEqual([{ id: 'r2', amountFen: yuan(1_000) }]);
    postEntry(s, { id: 'c1', kind: 'claim', courtAccount: 'A', receiptId: 'r2', caseId: 'C1' });
    expect(unclaimedReceipts(s, 'A')).toEqual([]);
    // FEE art 14(1): 51,000 executed → 50 + (51,000 − 10,000) × 1.5% = 665.
    postEntry(s, { id: 'f1', kind: 'feeDeduction', courtAccount: 'A', caseId: 'C1', amountFen: yuan(665) });
    postEntry(s, { id: 'a1', kind: 'allocation', courtAccount: 'A', caseId: 'C1', shares: [{ applicantId: 'P1', amountFen: yuan(30_000) }, { applicantId: 'P2', amountFen: yuan(20_335) }] });
    postEntry(s, { id: 'd1', kind: 'disbursement', courtAccount: 'A', caseId: 'C1', applicantId: 'P1', amountFen: yuan(30_000) });
    expect(caseFunds(s, 'A', 'C1')).toEqual({ unallocatedFen: 0n, allocatedFen: { P1: 0n, P2: yuan(20_335) }, feesFen: yuan(665), balanceFen: yuan(20_335) });
    expect(courtAccountBalance(s, 'A')).toBe(yuan(21_000));

    const before = snapshot(s);
    expect(refusalCode(() => postEntry(s, { id: 'd2', kind: 'disbursement', courtAccount: 'A', caseId: 'C1', applicantId: 'P2', amountFen: yuan(20_335.01) }))).toBe('LEDGER_DISBURSEMENT_EXCEEDS_ALLOCATION');
    expect(refusalCode(() => postEntry(s, { id: 'd2', kind: 'disbursement', courtAccount: 'A', caseId: 'C1', applicantId: 'P3', amountFen: 1n }))).toBe('LEDGER_DISBURSEMENT_EXCEEDS_ALLOCATION');
    expect(refusalCode(() => postEntry(s, { id: 'x', kind: 'reversal', courtAccount: 'A', reversesId: 'r1' }))).toBe('LEDGER_BALANCE_INSUFFICIENT');
    expect(refusalCode(() => postEntry(s, { id: 'x', kind: 'reversal', courtAccount: 'A', reversesId: 'r2' }))).toBe('LEDGER_REVERSAL_INVALID');
    expect(refusalCode(() => postEntry(s, { id: 'x', kind: 'claim', courtAccount: 'A', receiptId: 'r2', caseId: 'C2' }))).toBe('LEDGER_RECEIPT_NOT_CLAIMABLE');
    expect(refusalCode(() => postEntry(s, { id: 'x', kind: 'claim', courtAccount: 'A', receiptId: 'r1', caseId: 'C2' }))).toBe('LEDGER_RECEIPT_NOT_CLAIMABLE');
    expect(refusalCode(() => postEntry(s, { id: 'd1', kind: 'receipt', courtAccount: 'A', amountFen: 1n, caseId: 'C1' }))).toBe('LEDGER_ENTRY_DUPLICATE');
    expect(refusalCode(() => postEntry(s, { id: 'x', kind: 'receipt', courtAccount: 'A', amountFen: 0n, caseId: 'C1' }))).toBe('LEDGER_AMOUNT_INVALID');
    expect(refusalCode(() => postEntry(s, { id: 'x', kind: 'feeDeduction', courtAccount: 'A', caseId: 'C1', amountFen: 1n }))).toBe('LEDGER_BALANCE_INSUFFICIENT');
    expect(snapshot(s)).toBe(before);

    postEntry(s, { id: 'd2', kind: 'disbursement', courtAccount: 'A', caseId: 'C1', applicantId: 'P2', amountFen: yuan(20_335) });
    expect(caseFunds(s, 'A', 'C1').balanceFen).toBe(0n);
    expect(courtAccountBalance(s, 'A')).toBe(yuan(665));
    expect(auditLedger(s)).toEqual([]);
  });

  test('a wrongly claimed receipt: reverse the claim, then it can be claimed to the right case (or reversed)', () => {
    const s = foldLedger([
      { id: 'r', kind: 'receipt', courtAccount: 'A', amountFen: 500n, caseId: null },
      { id: 'c', kind: 'claim', courtAccount: 'A', receiptId: 'r', caseId: 'wrong' },
      { id: 'undo', kind: 'reversal', courtAccount: 'A', reversesId: 'c' },
    ]);
    expect(unclaimedReceipts(s, 'A')).toEqual([{ id: 'r', amountFen: 500n }]);
    expect(refusalCode(() => postEntry(s, { id: 'again', kind: 'reversal', courtAccount: 'A', reversesId: 'c' }))).toBe('LEDGER_REVERSAL_INVALID');
    postEntry(s, { id: 'c2', kind: 'claim', courtAccount: 'A', receiptId: 'r', caseId: 'right' });
    expect(caseFunds(s, 'A', 'right').balanceFen).toBe(500n);
    expect(caseFunds(s, 'A', 'wrong').balanceFen).toBe(0n);
    expect(auditLedger(s)).toEqual([]);
  });

  test('the audit finds a balance that does not match its entries and a negative balance', () => {
    const s = foldLedger([{ id: 'r', kind: 'receipt', courtAccount: 'A', amountFen: 500n, caseId: 'C' }]);
    s.balances.set(accountKey('A', { type: 'case', caseId: 'C' }), -1n);
    expect(auditLedger(s).map((v) => v.kind).sort()).toEqual(['balanceMismatch', 'courtAccountMismatch', 'negativeBalance']);
  });
});

// Random sequences of entries, some of them invalid, posted one by one against an independent model of the money.
describe('ledger properties over random entry sequences', () => {
  const CASES = ['C1', 'C2', 'C3'];
  const APPLICANTS = ['P1', 'P2'];
  const ACCOUNTS = ['A', 'B'];
  const command = fc.record({
    kind: fc.constantFrom('receipt', 'claim', 'feeDeduction', 'allocation', 'disbursement', 'reversal'),
    // Mostly valid amounts, some zero or negative.
    amount: fc.oneof({ weight: 1, arbitrary: fc.bigInt({ min: -5n, max: 0n }) }, { weight: 9, arbitrary: fc.bigInt({ min: 1n, max: 10_000n }) }),
    amount2: fc.bigInt({ min: 1n, max: 10_000n }),
    caseIx: fc.integer({ min: 0, max: CASES.length }),
    applicantIx: fc.integer({ min: 0, max: APPLICANTS.length - 1 }),
    accountIx: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }),
    pick: fc.nat(),
  });

  type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

  // Claims and payouts are aimed at posted receipts and allocations (some of them spent), so that many go through.
  function toEntry(c: Command, i: number, posted: string[], s: LedgerState): LedgerEntry {
    const id = `e${i}`;
    const postedOf = (kind: LedgerEntry['kind']) => posted.map((p) => s.entries.get(p)!.entry).filter((e) => e.kind === kind);
    const aim = <T,>(list: T[]): T | undefined => list[c.pick % Math.max(1, list.length)];
    const courtAccount = ACCOUNTS[c.accountIx]!;
    const caseId = CASES[c.caseIx] ?? null;
    const ref = posted.length ? posted[c.pick % posted.length]! : 'none';
    const applicantId = APPLICANTS[c.applicantIx]!;
    switch (c.kind) {
      case 'receipt':
        return { id, kind: 'receipt', courtAccount, amountFen: c.amount, caseId };
      case 'claim': {
        const r = aim(postedOf('receipt'));
        return { id, kind: 'claim', courtAccount: r?.courtAccount ?? courtAccount, receiptId: r?.id ?? ref, caseId: caseId ?? 'C1' };
      }
      case 'feeDeduction':
        return { id, kind: 'feeDeduction', courtAccount, caseId: caseId ?? 'C1', amountFen: c.amount };
      case 'allocation':
        // Smaller than receipts, so that many allocations and payouts go through.
        return { id, kind: 'allocation', courtAccount, caseId: caseId ?? 'C1', shares: [{ applicantId: applicantId, amountFen: c.amount / 8n }, ...(c.pick % 2 ? [{ applicantId: applicantId === 'P1' ? 'P2' : 'P1', amountFen: c.amount2 / 8n + 1n }] : [])] };
      case 'disbursement': {
        const a = aim(postedOf('allocation'));
        const amountFen = c.amount < 0n ? c.amount : c.amount2 / 16n + 1n;
        if (a?.kind === 'allocation') return { id, kind: 'disbursement', courtAccount: a.courtAccount, caseId: a.caseId, applicantId: a.shares[0]!.applicantId, amountFen };
        return { id, kind: 'disbursement', courtAccount, caseId: caseId ?? 'C1', applicantId, amountFen: c.amount / 16n };
      }
      default:
        return { id, kind: 'reversal', courtAccount, reversesId: ref };
    }
  }

  test('every entry balances, every balance is the sum of its entries, nothing is negative, refusals change nothing', () => {
    const accepted = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 60 }), (commands) => {
        const s = emptyLedger();
        const posted: string[] = [];
        // The model: what each court account received less what it paid out, and what each applicant may still be paid.
        const received = new Map<string, bigint>();
        const allocated = new Map<string, bigint>();
        const add = (m: Map<string, bigint>, k: string, v: bigint) => m.set(k, (m.get(k) ?? 0n) + v);
        const effect = (e: LedgerEntry, sign: bigint) => {
          if (e.kind === 'receipt') add(received, e.courtAccount, sign * e.amountFen);
          if (e.kind === 'disbursement') {
            add(received, e.courtAccount, -sign * e.amountFen);
            add(allocated, `${e.courtAccount}/${e.caseId}/${e.applicantId}`, -sign * e.amountFen);
          }
          if (e.kind === 'allocation') for (const sh of e.shares) add(allocated, `${e.courtAccount}/${e.caseId}/${sh.applicantId}`, sign * sh.amountFen);
        };
        commands.forEach((c, i) => {
          const e = toEntry(c, i, posted, s);
          const before = snapshot(s);
          try {
            postEntry(s, e);
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
            expect(snapshot(s)).toBe(before);
            if (e.kind === 'disbursement' && e.amountFen > 0n) expect((allocated.get(`${e.courtAccount}/${e.caseId}/${e.applicantId}`) ?? 0n) < e.amountFen).toBe(true);
            return;
          }
          posted.push(e.id);
          accepted.set(e.kind, (accepted.get(e.kind) ?? 0) + 1);
          if (e.kind === 'reversal') effect(s.entries.get(e.reversesId)!.entry, -1n);
          else effect(e, 1n);
        });
        expect(auditLedger(s)).toEqual([]);
        for (const at of ACCOUNTS) {
          expect(courtAccountBalance(s, at)).toBe(received.get(at) ?? 0n);
          for (const c of CASES) for (const p of APPLICANTS) expect(caseFunds(s, at, c).allocatedFen[p] ?? 0n).toBe(allocated.get(`${at}/${c}/${p}`) ?? 0n);
        }
      }),
      { numRuns: 200 },
    );
    // The sequences reach every kind of entry, not only the refusals.
    expect([...accepted.keys()].sort()).toEqual(['allocation', 'claim', 'disbursement', 'feeDeduction', 'receipt', 'reversal']);
  });
});
