// Fuzz targets for every declared case event: POST /api/v1/cases/:id/events/:event on a case standing at one of the
// event's nodes, by an actor holding one of its roles, with input from the event's TypeBox schema.
import fc from 'fast-check';
import { CASE_TYPES } from '../../../src/domain/casetypes/registry';
import type { EventDeclaration } from '../../../src/domain/casetypes/defineCaseType';
import { acceptLanguage, jsonBody, pathSegment, segmentText } from './bodies';
import { agreementRef, deductionRef, extensionRef, partiesRef, partyRef, periodRef, resolveRefs, versionRef } from './caseRefs';
import type { FuzzTarget } from './fuzzRun';
import type { FuzzBody, FuzzRequest } from './fuzzRequest';
import { ACTOR_OF_ROLE, type FuzzWorld } from './fuzzWorld';
import type { Hints, JsonSchema } from './schemaArbitrary';

export interface EventPlan {
  name: string;
  caseType: string;
  event: string;
  decl: EventDeclaration<string>;
  /** Relative number of runs: an appeal case takes ten requests to make, so its events get fewer. */
  weight: number;
  /** Who fires it: demo accounts in the event's roles. */
  actors: string[];
}

/**
 * Every declaration once: 民终 shares the trial events' declarations with 民初 (the same objects), fuzzed there; 行初
 * and 行终 likewise share theirs with 民初 and 民终 and are fuzzed only on their own.
 */
export function eventPlans(): EventPlan[] {
  const first = CASE_TYPES['民初']!;
  const seen = new Set<EventDeclaration<string>>(Object.values(first.events));
  return Object.values(CASE_TYPES).flatMap((type) =>
    Object.entries(type.events)
      .filter(([, decl]) => {
        if (type === first) return true;
        if (seen.has(decl)) return false;
        seen.add(decl);
        return true;
      })
      .map(([event, decl]) => ({ name: `POST /api/v1/cases/{id}/events/${event} (${type.code})`, caseType: type.code, event, decl, weight: type === first ? 1 : 0.5, actors: actorsFor(type.code, decl) })),
  );
}

/** A demo account in the role, able to act on the supplied cases (民终 cases are at 长春中院; 执 cases with 执行员甲). */
function actorsFor(caseType: string, decl: EventDeclaration<string>): string[] {
  const roles = decl.by.filter((r) => r !== 'lawyer' || decl.by.length === 1);
  // A 执 case's officer is a judge of the 执行局, not 法官甲.
  if (caseType === '执' || caseType === '执恢') return roles.map((r) => (r === 'judge' ? 'ng-exec1' : ACTOR_OF_ROLE[r]!));
  // A 执异 case's panel is presided over by 执行员乙 (caseSupply).
  if (caseType === '执异') return roles.map((r) => (r === 'judge' ? 'ng-exec2' : ACTOR_OF_ROLE[r]!));
  // A 行初 case's panel is of the 行政审判庭 (administrativeSupply); its defendant is the market regulator's account.
  if (caseType === '行初') return roles.map((r) => ({ judge: 'ng-admin1', divisionChief: 'ng-adminchief', party: 'organ-ng-scjg' })[r as string] ?? ACTOR_OF_ROLE[r]!);
  // A 刑初 / 刑终 case is tried by a panel of the 刑事审判庭 (criminalSupply); a 刑终 is at 长春中院.
  if (caseType === '刑初' || caseType === '刑终') {
    const court = (u: string) => (caseType === '刑终' ? u.replace(/^ng-/, 'cc-') : u);
    return roles.map((r) => (r === 'judge' ? court('ng-crimjudge') : r === 'procurator' ? ACTOR_OF_ROLE[r]! : court(ACTOR_OF_ROLE[r]!)));
  }
  // 民终, 行终 and 民申 (retrial review at the higher court) are at 长春中院.
  return roles.map((r) => (caseType === '民终' || caseType === '行终' || caseType === '民申' ? ACTOR_OF_ROLE[r]!.replace(/^ng-/, 'cc-') : ACTOR_OF_ROLE[r]!));
}

/** Events that act on something the case must have first: it is made once per case, before the fuzzing. */
const PREPARE: Record<string, (w: FuzzWorld, caseId: number) => Promise<unknown>> = {
  approveExtension: (w, id) => w.as('ng-judge1').then((j) => j.fire(id, 'applyExtension', { reason: '案情复杂，需要补充鉴定' })),
  refuseExtension: (w, id) => w.as('ng-judge1').then((j) => j.fire(id, 'applyExtension', { reason: '案情复杂，需要补充鉴定' })),
  // The defendant's 答辩期 runs once the complaint is served on it.
  waivePeriod: (w, id) =>
    w.as('ng-judge1').then(async (j) => {
      const defendants = ((await w.cases.detail(id)).parties as { id: number; standing: string }[]).filter((p) => p.standing === 'defendant').map((p) => p.id);
      return j.fire(id, 'recordService', { document: 'complaintCopy', partyIds: defendants, servedOn: w.today, method: 'direct' });
    }),
  // ONLINE-MED art 26: an appraisal runs on the 民诉前调 matter before it can end.
  endAppraisal: (w, id) => w.as('ng-mediator').then((m) => m.fire(id, 'startAppraisal', { subject: '借条笔迹鉴定' })),
  endDeduction: (w, id) => w.as('ng-chief').then(async (c) => c.fire(id, 'recordDeduction', { kind: 'appraisal', startsOn: (await w.cases.detail(id)).acceptedOn ?? w.today, documentNo: '（2026）鉴字第1号' })),
};

const RETIRES_THE_CASE = new Set(['reassign', 'postponeHearing', 'scheduleHearing']);

function hintsFor(w: FuzzWorld, plan: EventPlan): Hints {
  const court = plan.caseType === '民终' || plan.caseType === '行终' ? w.ref.cc : w.ref.ng;
  return {
    divisionId: fc.constantFrom(...court.divisions),
    judgeId: fc.constantFrom(...court.judges),
    memberIds: fc.subarray(court.judges, { maxLength: 4 }),
    presidingJudgeId: fc.constantFrom(...court.judges),
    // Not the last room: the supply's hearings are booked there.
    roomId: fc.constantFrom(...court.rooms.slice(0, -1)),
    partyId: partyRef,
    partyIds: partiesRef,
    extensionId: extensionRef,
    deductionId: deductionRef,
    periodId: periodRef,
    expectedVersion: versionRef,
    organisationId: fc.constantFrom(...w.ref.organisations),
    mediatorId: fc.constantFrom(...w.ref.mediators),
    consentingPartyIds: partiesRef,
    sha256: agreementRef,
    // 分段集约: the seeded teams (three per court with a 执行局) and ids that name none.
    teamId: fc.integer({ min: 1, max: 20 }),
    // 移送管辖: any court (its own is refused, an unknown one too).
    receivingCourtId: fc.constantFrom(...w.ref.courts),
  };
}

function requestSchema(input: JsonSchema): JsonSchema {
  return { type: 'object', required: ['input'], properties: { input, expectedVersion: { type: 'integer', minimum: 1 } }, additionalProperties: false };
}

export function eventTarget(w: FuzzWorld, plan: EventPlan): FuzzTarget<{ node: string; actor: string; language: string | undefined; event: string; body: FuzzBody }> {
  const prepared = new Set<number>();
  const arbitrary = fc.record({
    node: fc.constantFrom(...plan.decl.from),
    actor: fc.constantFrom(...plan.actors),
    language: acceptLanguage,
    event: fc.oneof({ arbitrary: fc.constant(plan.event), weight: 12 }, { arbitrary: pathSegment(fc.constantFrom('noSuchEvent', 'toString', 'constructor', '__proto__', 'hasOwnProperty')).map(segmentText), weight: 1 }),
    body: jsonBody(requestSchema(plan.decl.input as JsonSchema), hintsFor(w, plan), w.dates),
  });
  let caseId = 0;
  return {
    arbitrary,
    async request(v): Promise<FuzzRequest> {
      caseId = await w.cases.at(v.node, plan.caseType);
      const prepare = PREPARE[plan.event];
      if (prepare && !prepared.has(caseId)) {
        prepared.add(caseId);
        await prepare(w, caseId);
        await w.cases.changed(caseId, v.node);
      }
      const body = v.body.kind === 'json' ? { kind: 'json' as const, value: await resolveRefs(w, caseId, v.body.value) } : v.body;
      return { actor: v.actor, method: 'POST', path: `/api/v1/cases/${caseId}/events/${v.event}`, body, ...(v.language === undefined ? {} : { language: v.language }) };
    },
    async observe(_req, res) {
      // A case whose judge changed or whose hearing moved to another day would turn every later request of the
      // events that need them into the same refusal: it is retired too.
      if (res.status < 300) await w.cases.changed(caseId, RETIRES_THE_CASE.has(plan.event) ? undefined : res.body?.node);
    },
  };
}
