// Following a background job: the page that started long work polls this until the job has succeeded or failed.
import { ErrorBody, IdParams } from '../../../contracts/common';
import { Job } from '../../../contracts/jobs';
import { canFollowJob } from '../../access/jobPolicy';
import type { Deps } from '../../deps';
import { notFound } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { requestLanguage } from '../../http/language';
import type { App } from '../../http/types';
import type { JobDefinitions } from '../../jobs/jobDefinition';
import { loadJob } from '../../jobs/jobStore';
import { presentJob } from './present';

export function jobRoutes(app: App, deps: Deps, definitions: JobDefinitions) {
  app.get(
    '/api/v1/jobs/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['jobs'],
        summary: '后台任务进度 A background job: status, progress, result or error',
        description: 'Long work (posting a bank statement, …) answers 202 with a job; poll this until status is succeeded or failed. Visible to whoever started it and to staff of its court in the roles its kind names.',
        params: IdParams,
        response: { 200: Job, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => {
      const job = await loadJob(deps.db, req.params.id);
      if (!job || !canFollowJob(requireActor(req), job, definitions[job.kind]?.followers ?? [])) throw notFound({ zh: '后台任务', en: 'The job' }, 'JOB_NOT_FOUND');
      return presentJob(job, requestLanguage(req));
    },
  );
}
