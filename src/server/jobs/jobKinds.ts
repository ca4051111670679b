// Every kind of background job and its handler, from the capability that owns the work (as effect handlers are
// listed in modules/cases/effects/index.ts); the type makes a kind without a handler a compile error.
import type { JobKind } from '../../contracts/jobs';
import { statementPostJob } from '../modules/payments/statementPosting';
import type { JobDefinition } from './jobDefinition';

export const JOB_DEFINITIONS: Readonly<Record<JobKind, JobDefinition>> = {
  postStatement: statementPostJob,
};
