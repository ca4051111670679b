// Server-side sessions in PostgreSQL (any process can serve any request); the cookie holds a random token.
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Role } from '../../domain/roles/roles';
import type { Actor } from '../access/actor';

export const SESSION_COOKIE = 'courtflow_session';

export interface SessionInfo {
  id: string;
  csrfToken: string;
  actor: Actor;
}

export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  pool: pg.Pool,
  userId: number,
  ttlHours: number,
  meta: { ip: string; userAgent: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await pool.query(
    `insert into sessions (id, user_id, csrf_token, expires_at, ip, user_agent)
     values ($1, $2, $3, now() + make_interval(hours => $4), $5, $6)`,
    [tokenId(token), userId, csrfToken, ttlHours, meta.ip, meta.userAgent.slice(0, 300)],
  );
  return { token, csrfToken };
}

/** The live session for a cookie token, sliding its last-seen time at most once a minute. */
export async function loadSession(pool: pg.Pool, token: string): Promise<SessionInfo | null> {
  const id = tokenId(token);
  // Asked on every request: a named statement, parsed and planned once per connection.
  const r = await pool.query({
    name: 'load_session',
    text: `select s.id, s.csrf_token, s.last_seen_at < now() - interval '1 minute' as stale,
                  u.id as user_id, u.username, u.display_name, u.roles, u.court_id, u.division_id, u.team_judge_id
             from sessions s join users u on u.id = s.user_id
            where s.id = $1 and s.expires_at > now() and u.is_active`,
    values: [id],
  });
  const row = r.rows[0];
  if (!row) return null;
  if (row.stale) await pool.query('update sessions set last_seen_at = now() where id = $1', [id]);
  return {
    id,
    csrfToken: row.csrf_token,
    actor: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles as Role[],
      courtId: row.court_id,
      divisionId: row.division_id,
      teamJudgeId: row.team_judge_id,
    },
  };
}

export async function deleteSession(pool: pg.Pool, id: string): Promise<void> {
  await pool.query('delete from sessions where id = $1', [id]);
}
