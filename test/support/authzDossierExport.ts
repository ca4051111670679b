// The authorization matrix's objects and requests for the dossier's export and archive (issue 20, item 5): an export
// of the target's 副卷, made and finished by the court's filing clerk, and a probe of each route that changes nothing
// but queue an export for the court's staff (the target is not closed: building its archive is refused after access).
import type { ApiClient } from './apiClient';
import { jobFinished } from './jobs';

export async function dossierExportObjects(clerk: ApiClient, caseId: number): Promise<{ exportId: number }> {
  const r = await clerk.post(`/api/v1/cases/${caseId}/dossier/exports`, { volume: 'secondary' });
  if (r.status !== 202) throw new Error(`fixture: export answered ${r.status} ${JSON.stringify(r.body)}`);
  const job = await jobFinished(clerk, r.body.jobId);
  if (job.status !== 'succeeded') throw new Error(`fixture: export job ${JSON.stringify(job)}`);
  return { exportId: r.body.exportId as number };
}

export const dossierExportRequests = {
  'POST /api/v1/cases/{id}/dossier/exports': (o: { caseId: number }) => ({ path: `/api/v1/cases/${o.caseId}/dossier/exports`, body: { volume: 'secondary' } }),
  'GET /api/v1/dossier-exports/{id}': (o: { exportId: number }) => ({ path: `/api/v1/dossier-exports/${o.exportId}` }),
  'GET /api/v1/dossier-exports/{id}/content': (o: { exportId: number }) => ({ path: `/api/v1/dossier-exports/${o.exportId}/content` }),
  'GET /api/v1/cases/{id}/archive': (o: { caseId: number }) => ({ path: `/api/v1/cases/${o.caseId}/archive` }),
  'POST /api/v1/cases/{id}/archive': (o: { caseId: number }) => ({ path: `/api/v1/cases/${o.caseId}/archive`, body: {} }),
};
