// /healthz for load balancers and operators: each dependency's status, 200 when all serve, 503 naming the failed one.
import Type from 'typebox';
import { Bilingual } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { RETRY_AFTER_SECONDS } from '../../http/errorHandler';
import { requestLanguage } from '../../http/language';
import type { App } from '../../http/types';

/** A check that has not answered in this time counts as failed, so a hung dependency never hangs the health check. */
const CHECK_TIMEOUT_MS = 2000;

type DependencyStatus = 'ok' | 'unavailable';
const Status = Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]);
const Dependencies = { database: Status, blobStore: Status };

const Healthy = Type.Object({ status: Type.Literal('ok'), ...Dependencies });
const Unhealthy = Type.Object({ status: Type.Literal('unavailable'), ...Dependencies, code: Type.String(), message: Type.String(), messages: Bilingual });

const FAILED = {
  database: ['DATABASE_UNAVAILABLE', '数据库无法访问。', 'The database cannot be reached.'],
  blobStore: ['BLOB_STORE_UNAVAILABLE', '材料存储目录无法写入。', 'The file store directory cannot be written.'],
} as const;

async function probe(deps: Deps, name: keyof typeof FAILED, check: () => Promise<unknown>): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'ok';
  } catch (err) {
    deps.log.warn({ dependency: name, err }, 'health check failed');
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(app: App, deps: Deps) {
  app.get(
    '/healthz',
    { config: { access: 'public' }, schema: { hide: true, response: { 200: Healthy, 503: Unhealthy } } },
    async (req, reply) => {
      const [database, blobStore] = await Promise.all([probe(deps, 'database', () => deps.pool.query('select 1')), probe(deps, 'blobStore', () => deps.blobs.check())]);
      if (database === 'ok' && blobStore === 'ok') return { status: 'ok' as const, database, blobStore };
      const [code, zh, en] = FAILED[database === 'ok' ? 'blobStore' : 'database'];
      reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS));
      return { status: 'unavailable' as const, database, blobStore, code, message: requestLanguage(req) === 'en' ? en : zh, messages: { 'zh-CN': zh, en } };
    },
  );
}
