// A job as the API shows it, with its error message in the language the request asked for.
import type { Job } from '../../../contracts/jobs';
import type { Lang } from '../../http/language';
import type { JobRow } from '../../jobs/jobStore';

export function presentJob(j: JobRow, lang: Lang): Job {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    progress: { done: j.done, total: j.total },
    result: j.result,
    error: j.errorCode && j.errorMessages ? { code: j.errorCode, message: j.errorMessages[lang], messages: j.errorMessages } : null,
    attempts: j.attempts,
    createdAt: j.createdAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}
