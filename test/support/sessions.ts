// Sessions opened the way a successful login opens them, without hashing the password: a fixture with twenty
// actors would otherwise spend seconds in scrypt (deliberately slow) on a loaded two-core machine.
import { createSession } from '../../src/server/auth/sessions';
import { ApiClient } from './apiClient';
import type { TestServer } from './testServer';

export async function openSession(server: TestServer, username: string): Promise<ApiClient> {
  const r = await server.database.pool.query('select id from users where username = $1 and is_active', [username]);
  if (!r.rows[0]) throw new Error(`no active user ${username}`);
  const { token, csrfToken } = await createSession(server.database.pool, Number(r.rows[0].id), 1, { ip: '127.0.0.1', userAgent: 'authorization-matrix' });
  return ApiClient.withSession(server.baseUrl, token, csrfToken);
}
