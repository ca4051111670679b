import Type from 'typebox';
import type { Deps } from '../../deps';
import type { App } from '../../http/types';

export function healthRoutes(app: App, deps: Deps) {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { hide: true, response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.Literal('ok') }) } },
    },
    async () => {
      await deps.pool.query('select 1');
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
}
