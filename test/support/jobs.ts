// Following background jobs over HTTP as a page does: poll GET /api/v1/jobs/:id until the job has finished.
import type { ApiClient, ApiResponse } from './apiClient';

export async function jobFinished(client: ApiClient, jobId: number, timeoutMs = 60_000): Promise<any> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.get(`/api/v1/jobs/${jobId}`);
    if (r.status !== 200) throw new Error(`job ${jobId}: ${r.status} ${JSON.stringify(r.body)}`);
    if (r.body.status === 'succeeded' || r.body.status === 'failed') return r.body;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${r.body.status} after ${timeoutMs} ms: ${JSON.stringify(r.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Presses 确认入账: the request answers 202 with the posting job, which is then followed to its end. */
export async function postStatement(client: ApiClient, statementId: number): Promise<ApiResponse & { job: any }> {
  const r = await client.post(`/api/v1/finance/statements/${statementId}/post`);
  return { ...r, job: r.status === 202 ? await jobFinished(client, r.body.id) : null };
}
