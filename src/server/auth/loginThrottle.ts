// Login rate limiting kept in PostgreSQL, so it holds across every server process.
import type pg from 'pg';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 30;

export async function isLoginThrottled(pool: pg.Pool, username: string, ip: string): Promise<boolean> {
  const r = await pool.query(
    `select
       count(*) filter (where lower(username) = lower($1)) as by_user,
       count(*) filter (where ip = $2) as by_ip
       from login_attempts
      where not succeeded and at > now() - make_interval(mins => $3)
        and (lower(username) = lower($1) or ip = $2)`,
    [username, ip, LOGIN_WINDOW_MINUTES],
  );
  const row = r.rows[0] as { by_user: string; by_ip: string };
  return Number(row.by_user) >= MAX_FAILURES_PER_USERNAME || Number(row.by_ip) >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(pool: pg.Pool, username: string, ip: string, succeeded: boolean): Promise<void> {
  await pool.query('insert into login_attempts (username, ip, succeeded) values ($1, $2, $3)', [username.slice(0, 200), ip, succeeded]);
}
