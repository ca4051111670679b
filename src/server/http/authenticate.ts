// Resolves the session cookie to an actor, enforces each route's declared access and CSRF on state changes.
import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { hasRole } from '../access/actor';
import { loadSession, SESSION_COOKIE } from '../auth/sessions';
import { AppError } from './appError';
import type { App, RouteAccess } from './types';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireActor(req: FastifyRequest) {
  if (!req.actor) throw new AppError(401, 'AUTH_REQUIRED', '请先登录。', 'Please log in first.');
  return req.actor;
}

export function installAuthentication(app: App, pool: pg.Pool) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  // Every API route must say who may call it: a route without a declaration fails the boot, not a request.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && route.config?.access === undefined) {
      throw new Error(`route ${route.method} ${route.url} declares no access policy`);
    }
  });

  // Checked before the body is even parsed: an anonymous or forged request learns nothing from validation errors.
  app.addHook('onRequest', async (req) => {
    const access: RouteAccess | undefined = req.routeOptions.config?.access;
    // The web app's files and /healthz need no session: they stay served while the database is away.
    if (!req.url.startsWith('/api/') && (access === undefined || access === 'public')) return;
    const token = req.cookies?.[SESSION_COOKIE];
    const session = token ? await loadSession(pool, token) : null;
    if (session) {
      req.actor = session.actor;
      req.sessionId = session.id;
      req.csrfToken = session.csrfToken;
    }
    if (access === undefined || access === 'public') return;
    const actor = requireActor(req);
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.csrfToken) {
      throw new AppError(403, 'CSRF_TOKEN_INVALID', '安全令牌无效，请刷新页面后重试。', 'The security token is missing or invalid; reload the page and retry.');
    }
    if (access !== 'authenticated' && !hasRole(actor, ...access)) {
      throw new AppError(403, 'ROLE_FORBIDDEN', '您的角色无权执行此操作。', 'Your role may not do this.');
    }
  });
}
