// Load for the fault-injection tests: parties file complaints and clerks register them, concurrently, while the test
// kills a server process or stops PostgreSQL. Every answer is recorded; a write counts as acknowledged only when
// its 201/200 reached the client. Afterwards `expectWritesIntact` checks the database against what was acknowledged.
import type pg from 'pg';
import { expect } from 'vitest';
import type { ApiClient } from './apiClient';
import { TINY_PDF } from './fixtures';

export interface Answer {
  op: 'file' | 'register';
  /** 0: no HTTP answer at all (the connection was lost, e.g. the process was killed). */
  status: number;
  code?: string;
  retryAfter?: string | null;
  startedAt: number;
  ms: number;
}

/** Whom a request goes to: a party and a filing clerk, each logged in on some live server process. */
export interface Actors {
  party(): ApiClient;
  clerk(): ApiClient;
}

export class FilingLoad {
  /** Filings whose 201 was received. */
  readonly filed = new Set<number>();
  /** Registrations whose 200 was received: case id → the case number the client was told. */
  readonly registered = new Map<number, string>();
  readonly answers: Answer[] = [];
  private running = false;
  private workers: Promise<void>[] = [];

  constructor(
    private readonly actors: Actors,
    private readonly complaint: Record<string, unknown>,
    private readonly divisionId: number,
  ) {}

  start(workers: number) {
    this.running = true;
    this.workers = Array.from({ length: workers }, () => this.work());
  }

  async stop() {
    this.running = false;
    await Promise.all(this.workers);
  }

  private async call(op: Answer['op'], send: () => Promise<{ status: number; body: any; headers: Headers }>) {
    const startedAt = Date.now();
    try {
      const r = await send();
      this.answers.push({ op, status: r.status, code: r.body?.code, retryAfter: r.headers.get('retry-after'), startedAt, ms: Date.now() - startedAt });
      return r;
    } catch {
      this.answers.push({ op, status: 0, startedAt, ms: Date.now() - startedAt });
      return null;
    }
  }

  private async work() {
    while (this.running) {
      // Each filing uploads its own 起诉状 first (a file joins one case only); a refused upload (a 503 while the
      // database is away) is the filing's answer.
      const filed = await this.call('file', async () => {
        const party = this.actors.party();
        const upload = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
        if (upload.status !== 201) return upload;
        return party.post('/api/v1/filings', { ...this.complaint, attachmentIds: [upload.body.id] });
      });
      if (filed?.status === 201) {
        this.filed.add(filed.body.id);
        // Registered through another process than the one it was filed through, when there are several.
        const accepted = await this.call('register', () => this.actors.clerk().fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: this.divisionId }));
        if (accepted?.status === 200) this.registered.set(filed.body.id, accepted.body.caseNumber);
        else await pause(50);
      } else await pause(50);
    }
  }
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(everyMs);
  }
}

/**
 * Registers again every filing whose registration was never acknowledged (the client saw a lost connection or a
 * 503): it either was not done (200 now) or was committed before the answer was lost (409, the case is past review).
 * Either way it ends with exactly one number.
 */
export async function retryUnacknowledgedRegistrations(load: FilingLoad, clerk: ApiClient, divisionId: number) {
  for (const id of load.filed) {
    if (load.registered.has(id)) continue;
    const r = await clerk.fire(id, 'accept', { procedure: 'simple', divisionId });
    if (r.status === 200) load.registered.set(id, r.body.caseNumber);
    else expect([r.status, r.body.code]).toEqual([409, 'CASE_EVENT_NOT_ALLOWED']);
  }
}

/**
 * No acknowledged write is lost; every series of case numbers is gapless (1..n, n = its counter); no filing was
 * registered twice; the transparency log holds every case event exactly once, at leaf indices 0..n-1.
 */
export async function expectWritesIntact(pool: pg.Pool, load: FilingLoad) {
  const filed = [...load.filed];
  const present = await pool.query('select count(*)::int as n from cases where id = any($1)', [filed]);
  expect(present.rows[0].n, 'every acknowledged filing is in the database').toBe(filed.length);

  const numbers = await pool.query<{ id: string; case_number: string }>('select id, case_number from cases where id = any($1)', [[...load.registered.keys()]]);
  expect(Object.fromEntries(numbers.rows.map((r) => [Number(r.id), r.case_number])), 'every acknowledged registration kept the number its client was told').toEqual(Object.fromEntries(load.registered));

  const series = await pool.query(`
    select c.court_id, c.case_type, c.number_year, count(*)::int as n, count(distinct c.number_serial)::int as distinct_serials,
           min(c.number_serial) as lo, max(c.number_serial) as hi, max(k.last_serial) as counter
      from cases c
      left join case_number_counters k on k.court_id = c.court_id and k.type_code = c.case_type and k.year = c.number_year and k.special_code = ''
     where c.number_serial is not null
     group by c.court_id, c.case_type, c.number_year`);
  expect(series.rows.length).toBeGreaterThan(0);
  for (const s of series.rows) expect({ distinct: s.distinct_serials, lo: s.lo, hi: s.hi, counter: s.counter }, `series ${s.case_type} ${s.number_year}`).toEqual({ distinct: s.n, lo: 1, hi: s.n, counter: s.n });

  const twice = await pool.query(`select case_id from case_events where event = 'accept' group by case_id having count(*) > 1`);
  expect(twice.rows, 'no filing registered twice').toEqual([]);

  await until('the log to sequence every queued entry', async () => (await pool.query('select count(*)::int as n from tlog_entries where leaf_index is null')).rows[0].n === 0, 30_000, 250);
  const log = (await pool.query('select count(*)::int as n, count(distinct leaf_index)::int as d, min(leaf_index)::int as lo, max(leaf_index)::int as hi from tlog_entries')).rows[0];
  expect([log.d, log.lo, log.hi], 'leaf indices 0..n-1, each once').toEqual([log.n, 0, log.n - 1]);
  const unlogged = await pool.query(`select count(*)::int as n from case_events e where not exists (select 1 from tlog_entries t where t.kind = 'caseEvent' and t.ref_id = e.id)`);
  expect(unlogged.rows[0].n, 'every case event is in the log').toBe(0);
}
