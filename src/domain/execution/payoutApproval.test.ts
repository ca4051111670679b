import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { approvePayout, approvePostponement, checkPayeeAccountName, needsDirectorApproval, rejectPayout, rejectPostponement, type PayoutApprover, type PayoutStatus, type PostponementStatus } from './payoutApproval';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

describe('payout approvals', () => {
  test.each([
    ['below the threshold: finance pays', 'proposed', false, 'finance', { next: 'paid', pays: true }],
    ['above it: finance passes it on', 'proposed', true, 'finance', { next: 'awaitingDirector', pays: false }],
    ['then the 执行局长 pays', 'awaitingDirector', true, 'director', { next: 'paid', pays: true }],
  ] as const)('%s', (_, status, needs, by, decision) => {
    expect(approvePayout(status, needs, by)).toEqual(decision);
  });

  test.each([
    ['the director before finance', 'proposed', true, 'director', 'PAYOUT_APPROVER_WRONG'],
    ['finance twice', 'awaitingDirector', true, 'finance', 'PAYOUT_APPROVER_WRONG'],
    ['a paid payout', 'paid', false, 'finance', 'PAYOUT_ALREADY_DECIDED'],
    ['a rejected payout', 'rejected', true, 'director', 'PAYOUT_ALREADY_DECIDED'],
    ['a withdrawn payout', 'withdrawn', false, 'finance', 'PAYOUT_ALREADY_DECIDED'],
  ] as const)('refuses %s', (_, status, needs, by, code) => {
    expect(codeOf(() => approvePayout(status, needs, by))).toBe(code);
    expect(codeOf(() => rejectPayout(status, by))).toBe(code);
  });

  test('the threshold itself needs finance only', () => {
    expect([needsDirectorApproval(50_000_000, 50_000_000), needsDirectorApproval(50_000_001, 50_000_000)]).toEqual([false, true]);
  });

  test('whatever the order of approvals, money moves at most once and only after finance', () => {
    const approver = fc.constantFrom<PayoutApprover>('finance', 'director');
    fc.assert(
      fc.property(fc.boolean(), fc.array(approver, { maxLength: 6 }), (needs, approvals) => {
        let status: PayoutStatus = 'proposed';
        let payments = 0;
        const seen: PayoutApprover[] = [];
        for (const by of approvals) {
          try {
            const d = approvePayout(status, needs, by);
            seen.push(by);
            status = d.next;
            if (d.pays) payments++;
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
          }
        }
        expect(payments).toBeLessThanOrEqual(1);
        if (payments) expect(seen).toEqual(needs ? ['finance', 'director'] : ['finance']);
      }),
    );
  });
});

describe('postponement approvals go through the same chain', () => {
  test.each([
    ['below the threshold: finance approves', 'proposed', false, 'finance', 'approved'],
    ['above it: finance passes it on', 'proposed', true, 'finance', 'awaitingDirector'],
    ['then the 执行局长 approves', 'awaitingDirector', true, 'director', 'approved'],
  ] as const)('%s', (_, status, needs, by, next) => {
    expect(approvePostponement(status, needs, by)).toBe(next);
  });

  test.each([
    ['the director before finance', 'proposed', true, 'director', 'POSTPONEMENT_APPROVER_WRONG'],
    ['finance twice', 'awaitingDirector', true, 'finance', 'POSTPONEMENT_APPROVER_WRONG'],
    ['an approved one', 'approved', false, 'finance', 'POSTPONEMENT_ALREADY_DECIDED'],
    ['a rejected one', 'rejected', true, 'director', 'POSTPONEMENT_ALREADY_DECIDED'],
    ['a withdrawn one', 'withdrawn', false, 'finance', 'POSTPONEMENT_ALREADY_DECIDED'],
  ] as const)('refuses %s', (_, status, needs, by, code) => {
    expect(codeOf(() => approvePostponement(status, needs, by))).toBe(code);
    expect(codeOf(() => rejectPostponement(status, by))).toBe(code);
  });

  test('a payout and a postponement take the same path through the chain', () => {
    const approver = fc.constantFrom<PayoutApprover>('finance', 'director');
    fc.assert(
      fc.property(fc.boolean(), fc.array(approver, { maxLength: 6 }), (needs, approvals) => {
        let payout: PayoutStatus = 'proposed';
        let postponement: PostponementStatus = 'proposed';
        for (const by of approvals) {
          const a = codeOf(() => (payout = approvePayout(payout, needs, by).next));
          const b = codeOf(() => (postponement = approvePostponement(postponement, needs, by)));
          expect(b?.replace('POSTPONEMENT', 'PAYOUT') ?? null).toBe(a);
          const now = payout as PayoutStatus;
          expect(postponement).toBe(now === 'paid' ? 'approved' : now);
        }
      }),
    );
  });
});

describe('the payee account is in the applicant\'s own name', () => {
  test.each([
    ['the same name', '张三', '张三', null],
    ['the same name with spaces around', ' 张三 ', '张三', null],
    ['another name', '李四', '张三', 'PAYOUT_ACCOUNT_NAME_MISMATCH'],
    ['a name that only contains it', '张三公司', '张三', 'PAYOUT_ACCOUNT_NAME_MISMATCH'],
  ] as const)('%s', (_, account, applicant, code) => {
    expect(codeOf(() => checkPayeeAccountName(account, applicant))).toBe(code);
  });
});
