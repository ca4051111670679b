// What fuzzed requests act on: logged-in demo actors, the ids of real reference data, and (in caseSupply.ts) cases
// standing at each node of the civil case types.
import type { TestClock } from '../testClock';
import { addDays } from '../../../src/domain/calendar/plainDate';
import { ApiClient } from '../apiClient';
import { todayInShanghai } from '../fixtures';
import type { TestServer } from '../testServer';
import { CaseSupply } from './caseSupply';
import { must } from './fuzzRequest';
import type { FuzzDates } from './schemaArbitrary';
import type { Fingerprint } from './tableFingerprint';

/** A court's ids the fuzzer needs: 南关法院 (ng) tries 民初 cases, 长春中院 (cc) their appeals. */
export interface CourtIds {
  prefix: 'ng' | 'cc';
  courtId: number;
  civilDivision: number;
  divisions: number[];
  rooms: number[];
  judges: number[];
}

export interface ReferenceIds {
  courts: number[];
  ng: CourtIds;
  cc: CourtIds;
  users: number[];
  causes: number[];
  loanCause: number;
  /** 南关法院's mediation organisations and their mediators (the first is 南关区人民调解委员会 with ng-mediator). */
  organisations: number[];
  mediators: number[];
  ngCommittee: number;
  ngMediator: number;
}

/** Which demo account acts in each role: 南关法院's staff and the parties of the loan complaint. */
export const ACTOR_OF_ROLE: Record<string, string> = {
  party: 'zhangsan',
  lawyer: 'lawyer-wang',
  filingClerk: 'ng-filing',
  divisionChief: 'ng-chief',
  president: 'ng-president',
  judge: 'ng-judge1',
  judgeAssistant: 'ng-assistant',
  courtClerk: 'ng-clerk',
  finance: 'ng-finance',
  admin: 'admin',
  mediator: 'ng-mediator',
  procurator: 'procurator-ng',
};

/** Who makes the supplied cases: the parties, 南关's staff for 民初 and 长春中院's for 民终. */
const SUPPLY_ACTORS = ['zhangsan', 'lisi', 'admin', 'ng-mediator', ...['ng', 'cc'].flatMap((c) => ['filing', 'chief', 'judge1', 'president'].map((r) => `${c}-${r}`))];

export class FuzzWorld {
  readonly today = todayInShanghai();
  private readonly clients = new Map<string, Promise<ApiClient>>();
  ref!: ReferenceIds;
  readonly cases = new CaseSupply(this);

  /** The server's clock: the real one, moved only while a case is taken months on (终本, three months after 立案). */
  constructor(
    readonly server: TestServer,
    readonly clock: TestClock,
  ) {}

  get pool() {
    return this.server.database.pool;
  }

  /** Requests sent through the actors' sessions so far: a fingerprint taken at one count holds until the next. */
  activity = 0;
  /** The table fingerprint after the last refused request, and the activity count it was taken at. */
  baseline: { fingerprint: Fingerprint; activity: number } | null = null;

  /** The actor's one session for the whole file (logins are throttled and slow by design). */
  as(username: string): Promise<ApiClient> {
    let c = this.clients.get(username);
    if (!c) {
      this.activity++;
      c = ApiClient.loggedIn(this.server.baseUrl, username).then((client) => {
        const send = client.request.bind(client);
        client.request = (...args) => {
          this.activity++;
          return send(...args);
        };
        return client;
      });
      this.clients.set(username, c);
    }
    return c;
  }

  /**
   * Signs in the case supply's actors and `others` now: the login fuzz's wrong passwords may slow down later logins
   * from this address (by design), and sessions last the whole file.
   */
  async signIn(others: readonly (string | null)[] = []): Promise<void> {
    for (const u of new Set([...SUPPLY_ACTORS, ...others])) if (u) await this.as(u);
  }

  /**
   * Waits until the background jobs a success queued (posting a bank statement) have run: their writes would
   * otherwise land between the fingerprints of a later refusal.
   */
  async settled(): Promise<void> {
    const open = `select count(*)::int as n from background_jobs where status in ('queued', 'running')`;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      if ((await this.pool.query<{ n: number }>(open)).rows[0]!.n === 0) return;
    }
    throw new Error('fuzz: background jobs still open after 60 s');
  }

  /** Dates the rules care about: today and the days around it. */
  get dates(): FuzzDates {
    const days = (offsets: number[]) => offsets.map((d) => addDays(this.today, d));
    return { near: days([-400, -30, -1, 0, 0, 0, 1, 7, 30]), instants: days([1, 1, 2, -1]) };
  }

  async init(): Promise<this> {
    const admin = await this.as('admin');
    const courts = must(await admin.get('/api/v1/courts'), 'courts') as { id: number; code: string }[];
    const users = must(await admin.get('/api/v1/admin/users?pageSize=100'), 'users').items as { id: number; roles: string[]; courtId: number | null }[];
    const causes = must(await admin.get('/api/v1/causes?pageSize=100&q=纠纷'), 'causes').items as { id: number; name: string }[];
    const loan = must(await admin.get(`/api/v1/causes?q=${encodeURIComponent('民间借贷纠纷')}`), 'loan cause').items[0] as { id: number };
    const court = async (prefix: 'ng' | 'cc', code: string): Promise<CourtIds> => {
      const courtId = courts.find((c) => c.code === code)!.id;
      const divisions = must(await admin.get(`/api/v1/courts/${courtId}/divisions`), 'divisions') as { id: number; name: string }[];
      const rooms = must(await admin.get(`/api/v1/courts/${courtId}/rooms`), 'rooms') as { id: number }[];
      return {
        prefix,
        courtId,
        civilDivision: divisions.find((d) => d.name === '民事审判第一庭')!.id,
        divisions: divisions.map((d) => d.id),
        rooms: rooms.map((r) => r.id),
        judges: users.filter((u) => u.courtId === courtId && u.roles.includes('judge')).map((u) => u.id),
      };
    };
    const ng = await court('ng', '吉0102');
    const orgs = must(await admin.get(`/api/v1/mediation/organisations?courtId=${ng.courtId}`), 'mediation organisations') as { id: number; name: string; mediators: { userId: number }[] }[];
    this.ref = {
      courts: courts.map((c) => c.id),
      ng,
      cc: await court('cc', '吉01'),
      users: users.map((u) => u.id),
      causes: causes.map((c) => c.id),
      loanCause: loan.id,
      organisations: orgs.map((o) => o.id),
      mediators: orgs.flatMap((o) => o.mediators.map((m) => m.userId)),
      ngCommittee: orgs.find((o) => o.name === '南关区人民调解委员会')!.id,
      ngMediator: orgs.find((o) => o.name === '南关区人民调解委员会')!.mediators[0]!.userId,
    };
    return this;
  }
}
