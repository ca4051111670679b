// Who may follow a background job: its creator; staff of its court in a role its kind names; nobody else.
import { describe, expect, test } from 'vitest';
import type { JobDefinitions } from '../jobs/jobDefinition';
import type { JobRow } from '../jobs/jobStore';
import type { Actor } from './actor';
import { canFollowJob } from './jobPolicy';

const kinds: JobDefinitions = { postStatement: { followers: ['finance'], run: async () => ({}) }, private: { followers: [], run: async () => ({}) } };
const job = (kind: string, courtId: number | null = 7): JobRow =>
  ({ id: 1, kind, courtId, createdBy: 10, status: 'running', done: 0, total: null, input: {}, result: null, errorCode: null, errorMessages: null, attempts: 1, createdAt: new Date(0), startedAt: null, finishedAt: null }) as JobRow;
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
    expect(canFollowJob(a, job(kind), kinds)).toBe(allowed);
  });

  test('a job of no court is followed by its creator alone', () => {
    expect(canFollowJob(actor(11, ['finance'], null), job('postStatement', null), kinds)).toBe(false);
  });
});
