// Runs one fuzz target as a fast-check property over real HTTP: no 5xx, every refusal with a code and both
// messages, nothing saved by a refused request. Seeded (FUZZ_SEED), bounded (FUZZ_RUNS), replayable.
import fc from 'fast-check';
import { test } from 'vitest';
import { ApiClient, type ApiResponse } from '../apiClient';
import { errorBodyProblem, fileCount, replayForm, shortBody, showsBidiControl, toWire, type FuzzRequest } from './fuzzRequest';
import type { FuzzWorld } from './fuzzWorld';
import { changedTables, tableFingerprint } from './tableFingerprint';

/** Runs per target (times the target's weight): 15 keeps the three fuzz files near a minute; FUZZ_RUNS=150 for a long run. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 15);
// A fixed seed by default, so that `npm test` (and CI) runs the same requests every time; FUZZ_SEED=random explores.
const DEFAULT_SEED = 20261206;
export const FUZZ_SEED =
  process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED;
const ONLY = process.env.FUZZ_ONLY;
const PATH = process.env.FUZZ_PATH;
/** After a failure fast-check shrinks it; each try is a request, so shrinking stops after this many. */
const SHRINK_BUDGET = 200;

export interface FuzzTarget<T> {
  arbitrary: fc.Arbitrary<T>;
  /** The request for a generated value; ids that depend on the server's state (the case at a node…) are looked up here. */
  request(value: T): Promise<FuzzRequest>;
  /** Learns from an answer, e.g. that a case moved on and no longer stands at its node. */
  observe?(req: FuzzRequest, res: ApiResponse): Promise<void>;
}

export interface FuzzStats {
  requests: number;
  /** Fuzzed requests sent through an actor's session (the rest were anonymous). */
  asActors: number;
  started: number;
}

export const fuzzStats: FuzzStats = { requests: 0, asActors: 0, started: Date.now() };

/** FUZZ_VERBOSE=1: how each target was answered (status and code), to see whether requests get past validation. */
const VERBOSE = process.env.FUZZ_VERBOSE === '1';
const answers = new Map<string, Map<string, number>>();

function tally(target: string, res: ApiResponse) {
  if (!VERBOSE) return;
  const field = res.body?.code === 'VALIDATION_FAILED' ? ` ${res.body.details?.fields?.[0]?.path ?? ''}` : '';
  const key = `${res.status} ${res.status >= 400 ? (res.body?.code ?? '?') : ''}${field}`.trim();
  const m = answers.get(target) ?? new Map<string, number>();
  m.set(key, (m.get(key) ?? 0) + 1);
  answers.set(target, m);
}

export function fuzzSummary(file: string, world: FuzzWorld | undefined): string {
  const s = (Date.now() - fuzzStats.started) / 1000;
  // Every other request through the actors' sessions made what the fuzzed ones act on (cases at a node, tasks…).
  const setup = (world?.activity ?? 0) - fuzzStats.asActors;
  const detail = [...answers].map(([t, m]) => `  ${t}: ${[...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}×${n}`).join(', ')}`);
  return [`fuzz ${file}: ${fuzzStats.requests} fuzzed requests (and ${setup} to set up) in ${s.toFixed(1)} s (FUZZ_SEED=${FUZZ_SEED}, FUZZ_RUNS=${FUZZ_RUNS})`, ...detail].join('\n');
}

function seedOf(name: string): number {
  let h = FUZZ_SEED;
  for (const ch of name) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

async function send(world: FuzzWorld, req: FuzzRequest): Promise<{ res: ApiResponse; problems: string[]; wire: ReturnType<typeof toWire> }> {
  const wire = toWire(req.body);
  if (req.language !== undefined) wire.headers['accept-language'] = req.language;
  const client = req.actor === null ? new ApiClient(world.server.baseUrl) : await world.as(req.actor);
  // The fingerprint after the last refusal still holds if no request went out since (and a success waits below
  // until the background jobs it queued have run).
  // Requests since then (the world building a case, with uploads whose pages are read in the background) may have
  // queued jobs: they run to the end before the fingerprint is taken.
  const reuse = world.baseline?.activity === world.activity;
  if (!reuse) await world.settled();
  const before = reuse ? world.baseline!.fingerprint : await tableFingerprint(world.pool);
  const res = await client.request(req.method, req.path, undefined, { headers: wire.headers, ...(wire.payload === undefined ? {} : { rawBody: wire.payload as BodyInit }) });
  fuzzStats.requests++;
  if (req.actor !== null) fuzzStats.asActors++;
  world.baseline = null;
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`answered ${res.status}`);
  if (res.status >= 400) {
    const p = errorBodyProblem(res.body, req.language);
    if (p) problems.push(p);
    const after = await tableFingerprint(world.pool);
    const changed = changedTables(before, after);
    if (changed.length) problems.push(`refused with ${res.status}, yet rows changed in ${changed.join(', ')}`);
    world.baseline = { fingerprint: after, activity: world.activity };
  }
  if (res.status < 300) await world.settled();
  if (res.status < 300 && showsBidiControl(res.body)) problems.push('the answer shows a bidirectional override character (U+202A–U+202E, U+2066–U+2069)');
  if (fileCount(req.body) > 1 && res.status < 400) problems.push('accepted a multipart request with more than one file (one was silently dropped)');
  return { res, problems, wire };
}

/** Declares the vitest test of one target; `make` runs when the test does (after the world is set up). */
export function fuzzTest<T>(name: string, world: () => FuzzWorld, make: () => FuzzTarget<T> | Promise<FuzzTarget<T>>, weight = 1) {
  const runs = Math.max(1, Math.round(FUZZ_RUNS * weight));
  test.skipIf(ONLY !== undefined && ONLY !== name)(
    name,
    async () => {
      const target = await make();
      const w = world();
      let failedOnce = false;
      let shrinkTries = 0;
      let setupError: unknown = null;
      const property = fc.asyncProperty(target.arbitrary, async (value) => {
        if (setupError || (failedOnce && ++shrinkTries > SHRINK_BUDGET)) return;
        let req: FuzzRequest;
        try {
          req = await target.request(value);
        } catch (e) {
          // Making the state a request needs (a case at a node…) failed: a broken suite, not a finding to shrink.
          setupError = e;
          return;
        }
        const { res, problems, wire } = await send(w, req);
        tally(name, res);
        await target.observe?.(req, res);
        if (problems.length) {
          failedOnce = true;
          throw new Error(`${problems.join('; ')}\n  request: ${replayForm(req, wire)}\n  response: ${res.status} ${shortBody(res.body)}`);
        }
      });
      await fc.assert(property, {
        seed: seedOf(name),
        numRuns: runs,
        ...(PATH ? { path: PATH } : {}),
        reporter: (d) => {
          if (!d.failed) return;
          const message = d.errorInstance instanceof Error ? d.errorInstance.message : String(d.errorInstance);
          throw new Error(
            `fuzz ${name}: ${message}\n  after ${d.numRuns} runs and ${d.numShrinks} shrinks; replay: FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${FUZZ_RUNS} FUZZ_ONLY='${name}' (and FUZZ_PATH='${d.counterexamplePath}' for this request alone)`,
          );
        },
      });
      if (setupError) throw setupError;
    },
    Math.max(60_000, runs * 3_000),
  );
}
