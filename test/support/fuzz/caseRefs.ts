// Ids that exist only on a particular case (its parties, its pending extension, its running deduction): the
// arbitraries name them by position, and they are looked up on the case the request goes to.
import fc from 'fast-check';
import type { FuzzWorld } from './fuzzWorld';

export class CaseRef {
  constructor(
    readonly kind: 'party' | 'parties' | 'extension' | 'deduction' | 'period' | 'version' | 'agreement',
    readonly pick: number,
  ) {}
}

/** A path parameter naming the case standing at a node of the case supply (made when first needed). */
export class CaseAt {
  constructor(
    readonly node: string,
    readonly caseType = '民初',
  ) {}
}

export const partyRef = fc.nat(7).map((n) => new CaseRef('party', n));
export const partiesRef = fc.integer({ min: 1, max: 7 }).map((n) => new CaseRef('parties', n));
export const extensionRef = fc.nat(3).map((n) => new CaseRef('extension', n));
/** The case's current version, so that `expectedVersion` does not stop every request at CASE_CHANGED. */
export const versionRef = fc.constant(new CaseRef('version', 0));
/** The SHA-256 of the matter's current mediation agreement, so that a signature can succeed. */
export const agreementRef = fc.constant(new CaseRef('agreement', 0));
export const deductionRef = fc.nat(3).map((n) => new CaseRef('deduction', n));
/** One of the case's periods (a party's running 答辩期 among them, once the complaint was served). */
export const periodRef = fc.nat(7).map((n) => new CaseRef('period', n));

async function resolveOne(world: FuzzWorld, caseId: number, ref: CaseRef): Promise<unknown> {
  if (ref.kind === 'version') return (await world.cases.detail(caseId)).version;
  if (ref.kind === 'agreement') {
    const record = await (await world.as('ng-filing')).get(`/api/v1/cases/${caseId}/mediation`);
    return (record.body?.agreement?.sha256 as string | undefined) ?? '0'.repeat(64);
  }
  if (ref.kind === 'party' || ref.kind === 'parties') {
    const ids = ((await world.cases.detail(caseId)).parties as { id: number }[]).map((p) => p.id);
    if (ref.kind === 'party') return ids[ref.pick % ids.length];
    // The bits of `pick` choose the parties: 1 → the first, 2 → the second, 3 → both…
    return ids.filter((_, i) => ref.pick & (1 << i));
  }
  const clock = await (await world.as('ng-president')).get(`/api/v1/cases/${caseId}/clock`);
  const rows = (ref.kind === 'extension' ? clock.body?.extensions : ref.kind === 'period' ? clock.body?.periods : clock.body?.deductions) as { id: number }[] | undefined;
  // No such row yet: an id that names nothing, which must be refused as cleanly.
  return rows?.length ? rows[ref.pick % rows.length]!.id : 2_000_000_000 + ref.pick;
}

/** Replaces every CaseRef inside a generated value with the id it names on the case. */
export async function resolveRefs(world: FuzzWorld, caseId: number, v: unknown): Promise<unknown> {
  if (v instanceof CaseRef) return resolveOne(world, caseId, v);
  if (Array.isArray(v)) return Promise.all(v.map((x) => resolveRefs(world, caseId, x)));
  const proto = v !== null && typeof v === 'object' ? Object.getPrototypeOf(v) : undefined;
  // fast-check makes some records without a prototype; both kinds are plain data.
  if (proto === Object.prototype || proto === null) {
    const out: [string, unknown][] = [];
    for (const [k, x] of Object.entries(v as object)) out.push([k, await resolveRefs(world, caseId, x)]);
    return Object.fromEntries(out);
  }
  return v;
}
