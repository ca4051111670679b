// Every kind of background job and its handler, from the capability that owns the work; the type makes a kind
// without a handler a compile error. Part of the composition root (with app.ts and start.ts): the job runner and
// the job routes are given this registry and import no capability module.
import type { JobKind } from '../contracts/jobs';
import type { JobDefinition } from './jobs/jobDefinition';
import type { PeriodicTask } from './jobs/scheduler';
import { CREDIT_SANCTIONS_TASK } from './modules/creditSanctions';
import { EXECUTION_RECEIPT_BOOK } from './modules/execution/fundBook';
import { runEndOfRoundRequeries } from './modules/execution/endOfRoundRequery';
import { runDueFundReports } from './modules/execution/fundReports';
import { warnMissedInstalments } from './modules/executionSettlement/missedInstalments';
import { remindControlExpiries } from './modules/assetControl/controlReminders';
import { nationalBatchJob } from './modules/assetControl/nationalBatch';
import { scheduleNationalBatch } from './modules/assetControl/nationalBatchSchedule';
import { statementPostJob } from './modules/payments/statementPosting';
import { readFilePagesJob } from './modules/filePages/readFilePages';
import { renderDocumentPdfJob } from './modules/documents/renderDocumentPdf';
import { splitDossierItemJob } from './modules/dossier/splitItemJob';
import { archiveDossierJob, exportDossierJob } from './modules/dossierExport';

/** The books of the accounts other than fees, handed to the payments capability. */
export const RECEIPT_BOOKS = { execution: EXECUTION_RECEIPT_BOOK } as const;

export const JOB_DEFINITIONS: Readonly<Record<JobKind, JobDefinition>> = {
  postStatement: statementPostJob(RECEIPT_BOOKS),
  nationalBatch: nationalBatchJob(),
  readFilePages: readFilePagesJob(),
  renderDocumentPdf: renderDocumentPdfJob(),
  splitDossierItem: splitDossierItemJob(),
  exportDossier: exportDossierJob(),
  archiveDossier: archiveDossierJob(),
};

/** Periodic work of the capabilities, run by every process after each period sweep (each task is idempotent). */
export const PERIODIC_TASKS: readonly PeriodicTask[] = [
  { name: '一日三通报 fund reports', run: runDueFundReports },
  { name: '执行和解 missed instalments', run: (deps) => warnMissedInstalments(deps) },
  CREDIT_SANCTIONS_TASK,
  { name: '续封续冻 reminders', run: (deps) => remindControlExpiries(deps) },
  { name: '总对总 national batch', run: (deps) => scheduleNationalBatch(deps) },
  { name: '终本 re-queries', run: runEndOfRoundRequeries },
];
