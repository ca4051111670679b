// Who may follow a background job: its creator; staff of its court in a role its kind names; nobody else.
import { describe, expect, test } from 'vitest';
import type { Role } from '../../domain/roles/roles';
import type { Actor } from './actor';
import { canFollowJob } from './jobPolicy';

const followersOf: Record<string, readonly Role[]> = { postStatement: ['finance'], private: [] };
const job = (courtId: number | null = 7) => ({ createdBy: 10, courtId });
const actor = (userId: number, roles: Actor['roles'], courtId: number | null): Actor => ({ userId, username: `u${userId}`, displayName: '', roles, courtId, divisionId: null, teamJudgeId: null });

describe('following a background job', () => {
  test.each([
    ['its creator', actor(10, ['finance'], 7), 'postStatement', true],
    ['its creator, of a kind nobody else may follow', actor(10, ['party'], null), 'private', true],
    ['a finance officer of the same court', actor(11, ['finance'], 7), 'postStatement', true],
    ['a judge of the same court', actor(12, ['judge'], 7), 'postStatement', false],
    ['a finance officer of another court', actor(13, ['finance'], 8), 'postStatement', false],
    ['a finance officer of the same court, for a kind without followers', actor(11, ['finance'], 7), 'private', false],
    ['an administrator', actor(14, ['admin'], null), 'postStatement', false],
  ] as const)('%s', (_who, a, kind, allowed) => {
    expect(canFollowJob(a, job(), followersOf[kind]!)).toBe(allowed);
  });

  test('a job of no court is followed by its creator alone', () => {
    expect(canFollowJob(actor(11, ['finance'], null), job(null), followersOf.postStatement!)).toBe(false);
  });
});
