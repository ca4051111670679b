// Composition root: one Fastify app with validation, errors, authentication, OpenAPI, the modules and the web app.
import { dossierRoutes } from './modules/dossier/routes';
import { hearingRoutes } from './modules/hearings/routes';
import { TRANSCRIPT_SKELETON_SOURCES } from './transcriptSkeletonSources';
import { catalogueRoutes } from './modules/dossier/catalogueRoutes';
import { dossierExportRoutes } from './modules/dossierExport/routes';
import { dossierSearchRoutes } from './modules/dossierSearch/routes';
import { dossierViewerRoutes } from './modules/dossierViewer/routes';
import { criminalRoutes } from './modules/criminal/routes';
import { creditSanctionRoutes } from './modules/creditSanctions/routes';
import { mediationAdminRoutes } from './modules/mediation/adminRoutes';
import { mediationCentreRoutes } from './modules/mediation/centreRoutes';
import { mediationRoutes } from './modules/mediation/routes';
import { fundReportRoutes } from './modules/execution/fundReportRoutes';
import { executionFundRoutes } from './modules/execution/fundRoutes';
import { executionPostponementRoutes } from './modules/execution/postponementRoutes';
import { executionRoutes } from './modules/execution/routes';
import { paymentOrderRoutes } from './modules/paymentOrders/routes';
import { preservationRoutes } from './modules/preservation/routes';
import { retrialRoutes } from './modules/retrial/routes';
import { evidenceExchangeRoutes } from './modules/evidenceExchange/routes';
import { elementRoutes } from './modules/elements/routes';
import { judgmentRoutes } from './modules/judgments/routes';
import { executionTeamRoutes } from './modules/execution/teamRoutes';
import { executionSettlementRoutes } from './modules/executionSettlement/routes';
import { assetControlRoutes } from './modules/assetControl/routes';
import { agencyRoutes } from './modules/assetControl/agencyRoutes';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import type { Deps } from './deps';
import { AppError } from './http/appError';
import { installAuthentication } from './http/authenticate';
import { installErrorHandler, sendError, toAppError } from './http/errorHandler';
import { installSecurityHeaders } from './http/securityHeaders';
import { installTextInputCleaning } from './http/textInput';
import { fastifyTrustProxy, hopCountWarning } from './network/trustProxy';
import type { App } from './http/types';
import { adminRoutes } from './modules/admin/routes';
import { authRoutes } from './modules/auth/routes';
import { caseRoutes } from './modules/cases/routes';
import { calendarRoutes } from './modules/clock/calendarRoutes';
import { feeCalcRoutes } from './modules/payments/feeCalcRoutes';
import { paymentRoutes } from './modules/payments/routes';
import { inboxRoutes } from './modules/service/inbox';
import { messageRoutes } from './modules/messages/routes';
import { notificationRoutes } from './modules/notifications/routes';
import { publicNoticeRoutes } from './modules/service/publicNotices';
import { statisticsRoutes } from './modules/statistics/routes';
import { serviceRoutes } from './modules/service/routes';
import { clockRoutes } from './modules/clock/routes';
import { jurisdictionRoutes } from './modules/jurisdiction/routes';
import { filingRoutes } from './modules/filings/routes';
import { healthRoutes } from './modules/health/routes';
import { CASE_EVENT_ENGINE } from './caseEventEngine';
import { JOB_DEFINITIONS, RECEIPT_BOOKS } from './jobKinds';
import { jobRoutes } from './modules/jobs/routes';
import { referenceRoutes } from './modules/reference/routes';
import { transparencyRoutes } from './modules/transparency/routes';
import { uploadRoutes } from './modules/uploads/routes';
import { filePageRoutes } from './modules/filePages/routes';
import { documentRoutes } from './modules/documents/routes';

/** Uniform in [0, 1) from the OS's CSPRNG, so random assignment cannot be predicted or steered. */
export const secureRandom = () => randomInt(0, 2 ** 47) / 2 ** 47;

/** Hashed assets never change under their name: cached for a year; index.html is revalidated on every visit. */
export function cacheControlFor(filePath: string): string {
  return /[\\/]assets[\\/]/.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function buildApp(deps: Deps): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    logController: new LogController({ disableRequestLogging: deps.config.logLevel !== 'debug' }),
    // An undecodable path (e.g. %ED%A0%80) fails before routing; answer it in the API's format too.
    frameworkErrors: (err, req, reply) => sendError(req, reply, toAppError(err)),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);

  const proxyWarning = hopCountWarning(deps.config.trustProxy, deps.config.host);
  if (proxyWarning) deps.log.warn(proxyWarning);

  installErrorHandler(app);
  await installSecurityHeaders(app, { isHttps: deps.config.secureCookies });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 5, parts: 6 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'CourtFlow API 全流程网上办案平台', version: '1', description: 'Errors are {code, message, messages}. State-changing requests need the X-CSRF-Token header from /api/v1/auth/me.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'courtflow_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installAuthentication(app, deps.pool);
  installTextInputCleaning(app);
  healthRoutes(app, deps);
  authRoutes(app, deps);
  referenceRoutes(app, deps);
  uploadRoutes(app, deps);
  dossierRoutes(app, deps);
  catalogueRoutes(app, deps);
  dossierExportRoutes(app, deps);
  dossierSearchRoutes(app, deps);
  dossierViewerRoutes(app, deps);
  filePageRoutes(app, deps);
  documentRoutes(app, deps);
  filingRoutes(app, deps);
  jurisdictionRoutes(app, deps);
  caseRoutes(app, deps, CASE_EVENT_ENGINE);
  hearingRoutes(app, deps, TRANSCRIPT_SKELETON_SOURCES);
  adminRoutes(app, deps);
  clockRoutes(app, deps);
  calendarRoutes(app, deps);
  paymentRoutes(app, deps, RECEIPT_BOOKS);
  feeCalcRoutes(app, deps);
  publicNoticeRoutes(app, deps);
  transparencyRoutes(app, deps);
  inboxRoutes(app, deps);
  serviceRoutes(app, deps);
  statisticsRoutes(app, deps);
  mediationRoutes(app, deps);
  mediationAdminRoutes(app, deps);
  mediationCentreRoutes(app, deps);
  executionRoutes(app, deps);
  preservationRoutes(app, deps);
  paymentOrderRoutes(app, deps);
  retrialRoutes(app, deps);
  evidenceExchangeRoutes(app, deps);
  elementRoutes(app, deps);
  judgmentRoutes(app, deps);
  executionFundRoutes(app, deps);
  executionPostponementRoutes(app, deps);
  fundReportRoutes(app, deps);
  executionTeamRoutes(app, deps, CASE_EVENT_ENGINE);
  creditSanctionRoutes(app, deps);
  executionSettlementRoutes(app, deps);
  assetControlRoutes(app, deps);
  agencyRoutes(app, deps);
  criminalRoutes(app, deps);
  messageRoutes(app, deps);
  notificationRoutes(app, deps);
  jobRoutes(app, deps, JOB_DEFINITIONS);

  const webDir = deps.config.webDir ?? path.resolve('dist/web');
  if (existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each asset; the client gets the smallest it accepts.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => reply.header('cache-control', cacheControlFor(filePath)),
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !existsSync(path.join(webDir, 'index.html')) || req.method !== 'GET') {
      return sendError(req, reply, new AppError(404, 'NOT_FOUND', '请求的地址不存在。', 'No such address.'));
    }
    // The web app routes on the client: every other GET gets index.html.
    return reply.header('cache-control', cacheControlFor('index.html')).type('text/html').sendFile('index.html');
  });
  return app;
}
