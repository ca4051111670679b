// Export and archive of the dossier (issue 20, item 5): the jobs, and the archive package queued when a case is
// archived (归档: the declared archive event, closed → archived), its job recorded in that event's timeline entry.
import type { CaseEventFollower } from '../cases/effects/effectContext';
import { queueExport } from './exportStore';

export { archiveDossierJob } from './archiveJob';
export { exportDossierJob } from './exportJob';

export const archivePackageOnArchiving: CaseEventFollower = async (ctx) => {
  if (ctx.case.node === 'archived' || ctx.current().node !== 'archived') return {};
  const queued = await queueExport(ctx.tx, { caseId: ctx.case.id, courtId: ctx.case.courtId, kind: 'archive', volume: null, by: ctx.actor.userId });
  return { archivePackage: queued };
};
