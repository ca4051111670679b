// Login, logout and the current session.
import { sql } from 'drizzle-orm';
import { ErrorBody, Ok } from '../../../contracts/common';
import { LoginRequest, SessionResponse, type CurrentUser } from '../../../contracts/auth';
import type { Actor } from '../../access/actor';
import { issueKnownDevice, KNOWN_DEVICE_COOKIE_PATH, knownDeviceId } from '../../auth/knownDevice';
import { loginCounters, pruneForgottenCounters, releaseLoginAttempt, reserveLoginAttempt, type Reservation } from '../../auth/loginThrottle';
import { dummyPasswordHash, verifyPassword } from '../../auth/passwords';
import { createSession, deleteSession, loadSession, SESSION_COOKIE } from '../../auth/sessions';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';

async function currentUser(deps: Deps, actor: Actor): Promise<CurrentUser> {
  const r = await deps.db.execute<{ court_name: string | null; division_name: string | null; division_kind: string | null; id_number: string | null; phone: string | null }>(sql`
    select c.name as court_name, d.name as division_name, d.kind as division_kind, u.id_number, u.phone from users u
      left join courts c on c.id = u.court_id left join divisions d on d.id = u.division_id where u.id = ${actor.userId}`);
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.roles,
    courtId: actor.courtId,
    courtName: r.rows[0]?.court_name ?? null,
    divisionId: actor.divisionId,
    divisionName: r.rows[0]?.division_name ?? null,
    divisionKind: r.rows[0]?.division_kind ?? null,
    idNumber: r.rows[0]?.id_number ?? null,
    phone: r.rows[0]?.phone ?? null,
  };
}

const clockTime = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at);

/** 429 saying when to try again, and that browsers which signed in to the account before are not held back. */
function loginRateLimited(r: Extract<Reservation, { allowed: false }>, timeZone: string): AppError {
  const at = clockTime(r.retryAt, timeZone);
  const minutes = Math.ceil(r.retryAfterSeconds / 60);
  const [waitZh, waitEn] = r.retryAfterSeconds < 60 ? [`${r.retryAfterSeconds} 秒`, `${r.retryAfterSeconds} seconds`] : [`${minutes} 分钟`, `${minutes} minute${minutes > 1 ? 's' : ''}`];
  const shared = r.blockedBy.some((k) => k === 'account' || k === 'address');
  return new AppError(
    429,
    'LOGIN_RATE_LIMITED',
    `登录失败次数过多，请在 ${at}（约 ${waitZh}后）再试。${shared ? '在您以前成功登录过的浏览器上登录不受此限制。' : ''}`,
    `Too many failed logins; try again at ${at} (in ${waitEn}).${shared ? ' Browsers you have signed in with before are not held back.' : ''}`,
    { retryAfterSeconds: r.retryAfterSeconds, retryAt: r.retryAt.toISOString() },
  );
}

export function authRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: '登录 Log in', body: LoginRequest, response: { 200: SessionResponse, 401: ErrorBody, 429: ErrorBody } },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const now = deps.clock.now();
      const device = knownDeviceId(deps.knownDeviceKey, username, req.cookies, now);
      const counters = loginCounters(username, req.ip, device);
      const reservation = await reserveLoginAttempt(deps.pool, counters, now);
      if (!reservation.allowed) {
        req.log.warn({ ip: req.ip, knownDevice: !!device, blockedBy: reservation.blockedBy }, 'login throttled');
        reply.header('retry-after', String(reservation.retryAfterSeconds));
        throw loginRateLimited(reservation, deps.config.timeZone);
      }
      const r = await deps.pool.query('select id, password_hash from users where lower(username) = lower($1) and is_active', [username]);
      const user = r.rows[0] as { id: number; password_hash: string } | undefined;
      const ok = await verifyPassword(password, user?.password_hash ?? (await dummyPasswordHash()));
      if (!ok || !user) {
        await pruneForgottenCounters(deps.pool, now);
        throw new AppError(401, 'LOGIN_FAILED', '用户名或密码错误。', 'Wrong username or password.');
      }
      await releaseLoginAttempt(deps.pool, counters);
      const { token, csrfToken } = await createSession(deps.pool, user.id, deps.config.sessionTtlHours, { ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '') });
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.secureCookies,
        path: '/',
        maxAge: deps.config.sessionTtlHours * 3600,
      });
      const known = issueKnownDevice(deps.knownDeviceKey, username, now);
      reply.setCookie(known.name, known.value, { httpOnly: true, sameSite: 'strict', secure: deps.config.secureCookies, path: KNOWN_DEVICE_COOKIE_PATH, maxAge: known.maxAgeSeconds });
      const session = await loadSession(deps.pool, token);
      return { user: await currentUser(deps, session!.actor), csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '退出 Log out', response: { 200: Ok } } },
    async (req, reply) => {
      if (req.sessionId) await deleteSession(deps.pool, req.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/auth/me',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '当前用户 Current user', response: { 200: SessionResponse, 401: ErrorBody } } },
    async (req) => ({ user: await currentUser(deps, requireActor(req)), csrfToken: req.csrfToken! }),
  );
}
