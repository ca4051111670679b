import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import type { Role } from '../roles/roles';
import { isThreadOpen, MEDIATION_THREAD, messageText, threadAccess } from './threadKinds';

describe('the mediation thread', () => {
  test.each<[Role[], string]>([
    [['mediator'], 'participant'],
    [['party'], 'participant'],
    [['lawyer'], 'participant'],
    [['filingClerk'], 'reader'],
    [['filingClerk', 'president'], 'reader'],
    // A mediator who declined, a judge of the court: they may see the matter, not its thread.
    [[], 'none'],
    [['judge'], 'none'],
  ])('roles %j on the matter → %s', (roles, access) => {
    expect(threadAccess(MEDIATION_THREAD, roles)).toBe(access);
  });

  test.each([
    ['received', true],
    ['mediating', true],
    ['agreementDrafted', true],
    ['agreed', false],
    ['failed', false],
    ['withdrawn', false],
  ])('at node %s the thread takes messages: %s', (node, open) => {
    expect(isThreadOpen(MEDIATION_THREAD, node)).toBe(open);
  });

  test('a message is trimmed, and empty only with files', () => {
    expect(messageText('  你好 \n', 0)).toBe('你好');
    expect(messageText('  ', 1)).toBe('');
    expect(() => messageText(' \n ', 0)).toThrow(DomainError);
  });
});
