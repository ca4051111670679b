// A small HTTP client for tests: real requests over loopback, a cookie jar of one session, and the CSRF header.
import { DEMO_PASSWORD } from '../../src/server/db/seed/demoProvince';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  private cookie: string | null = null;
  csrfToken: string | null = null;
  user: any = null;

  constructor(readonly baseUrl: string) {}

  static async loggedIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const c = new ApiClient(baseUrl);
    const r = await c.login(username, password);
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return c;
  }

  /** A client holding a session opened without logging in (see openSession): its user is filled in by /auth/me. */
  static async withSession(baseUrl: string, token: string, csrfToken: string): Promise<ApiClient> {
    const c = new ApiClient(baseUrl);
    c.cookie = `courtflow_session=${token}`;
    c.csrfToken = csrfToken;
    const me = await c.get('/api/v1/auth/me');
    if (me.status !== 200) throw new Error(`session: /auth/me answered ${me.status}`);
    c.user = me.body.user;
    return c;
  }

  /** The session's cookie and CSRF header, for requests made without this client. */
  get credentials(): { cookie: string | null; csrfToken: string | null } {
    return { cookie: this.cookie, csrfToken: this.csrfToken };
  }

  /** The same session (cookie and CSRF token) sent to another server, e.g. a second process on the same database. */
  on(baseUrl: string): ApiClient {
    const c = new ApiClient(baseUrl);
    c.cookie = this.cookie;
    c.csrfToken = this.csrfToken;
    c.user = this.user;
    return c;
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<ApiResponse> {
    const r = await this.request('POST', '/api/v1/auth/login', { username, password });
    if (r.status === 200) {
      this.csrfToken = r.body.csrfToken;
      this.user = r.body.user;
    }
    return r;
  }

  async request<T = any>(method: string, path: string, body?: unknown, init: { headers?: Record<string, string>; rawBody?: BodyInit } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...init.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrfToken;
    const res = await fetch(this.baseUrl + path, { method, headers, body: init.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      if (pair?.startsWith('courtflow_session=')) this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (a file download): keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  /** A GET whose answer is a file: its bytes as they came. */
  async bytes(path: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const res = await fetch(this.baseUrl + path, { headers: this.cookie ? { cookie: this.cookie } : {} });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  /** Fires a case event and returns the response (the case detail on success). */
  fire(caseId: number, event: string, input: Record<string, unknown> = {}, expectedVersion?: number) {
    return this.post(`/api/v1/cases/${caseId}/events/${event}`, { input, ...(expectedVersion ? { expectedVersion } : {}) });
  }

  async upload(fileName: string, content: Uint8Array, type = 'application/octet-stream', category?: string): Promise<ApiResponse> {
    return this.uploadTo('/api/v1/uploads', fileName, content, type, category ? { category } : {});
  }

  /** A multipart POST with the file in field "file" and the given text fields before it. */
  async uploadTo(path: string, fileName: string, content: Uint8Array, type = 'application/octet-stream', fields: Record<string, string> = {}): Promise<ApiResponse> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(content)], { type }), fileName);
    return this.request('POST', path, undefined, { rawBody: form });
  }
}
