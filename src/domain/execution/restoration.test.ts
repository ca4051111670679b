import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DomainError } from '../errors/domainError';
import { EXECUTION_CLOSING_METHODS } from './closing';
import { checkRestoration, type RestorationFacts } from './restoration';

const ended: RestorationFacts = { caseType: '执', node: 'closed', closingMethod: 'currentRoundEnded', openRestoration: false };
const code = (f: RestorationFacts) => {
  try {
    checkRestoration(f);
    return 'ok';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('恢复执行 (CPL-Interp art 517; CPL-2023 art 267)', () => {
  test.each([
    ['终本, closed', ended, 'ok'],
    ['终本, archived', { ...ended, node: 'archived' }, 'ok'],
    ['a 执恢 closed by 终本 again', { ...ended, caseType: '执恢' }, 'ok'],
    ['执行完毕', { ...ended, closingMethod: 'completed' }, 'EXECUTION_NOT_RESTORABLE'],
    ['终结执行', { ...ended, closingMethod: 'terminated' }, 'EXECUTION_NOT_RESTORABLE'],
    ['suspended: resumes in the case', { ...ended, node: 'suspended', closingMethod: null }, 'EXECUTION_RESUME_IN_CASE'],
    ['still implementing', { ...ended, node: 'implementing', closingMethod: null }, 'EXECUTION_NOT_RESTORABLE'],
    ['a 民初 case', { ...ended, caseType: '民初' }, 'EXECUTION_NOT_RESTORABLE'],
    ['a 执恢 already open', { ...ended, openRestoration: true }, 'EXECUTION_RESTORATION_OPEN'],
  ] as const)('%s → %s', (_n, f, expected) => {
    expect(code(f)).toBe(expected);
  });

  test('property: restorable exactly when closed by a restorable method with none open — no time limit enters', () => {
    fc.assert(
      fc.property(fc.constantFrom('closed', 'archived', 'implementing', 'suspended'), fc.constantFrom(...EXECUTION_CLOSING_METHODS), fc.boolean(), (node, method, open) => {
        const ok = code({ caseType: '执', node, closingMethod: method, openRestoration: open }) === 'ok';
        expect(ok).toBe((node === 'closed' || node === 'archived') && method === 'currentRoundEnded' && !open);
      }),
    );
  });
});
