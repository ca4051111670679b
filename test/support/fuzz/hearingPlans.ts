// Route fuzz plans of 庭审 (issue 21 item 3): booking checks with hostile instants, rooms and clerks; the courtroom
// calendar with odd ranges and filters; rooms and hearing settings (administrator); the transcript's drafts,
// signatures, objections and closing on a heard case's finalised record (and on one not yet written); the recording.
import fc from 'fast-check';
import { TINY_PDF } from '../fixtures';
import { fileContents, multipartBody } from './bodies';
import { CaseAt } from './caseRefs';
import type { FuzzWorld } from './fuzzWorld';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

/** A heard case whose transcript the clerk has finalised, and a scheduled one with none; made once. */
const found = { heardCaseId: 0, hearingIds: [] as number[], sha256: [] as string[], objectionIds: [] as number[] };

async function gather(w: FuzzWorld): Promise<void> {
  if (found.hearingIds.length) return;
  const heard = await w.cases.at('heard');
  const scheduled = await w.cases.at('hearingScheduled');
  found.heardCaseId = heard;
  const hearingOf = async (id: number) => ((await w.cases.detail(id)).hearings as { id: number }[])[0]!.id;
  const [h1, h2] = [await hearingOf(heard), await hearingOf(scheduled)];
  found.hearingIds.push(h1, h2);
  const clerk = await w.as('ng-clerk');
  const path = `/api/v1/hearings/${h1}/transcript`;
  const skeleton = (await clerk.get(path)).body;
  await clerk.put(path, { sections: skeleton.sections, expectedVersion: 0 });
  const final = await clerk.post(`${path}/finalise`, { expectedVersion: 1 });
  if (final.status === 200) found.sha256.push(final.body.sha256 as string);
  const objected = await (await w.as('lisi')).post(`${path}/objections`, { text: '笔录有误' });
  if (objected.status === 201) found.objectionIds.push(...(objected.body.objections as { id: number }[]).map((o) => o.id));
}

const hearing = () => ({ id: fc.oneof({ arbitrary: fc.constantFrom(...found.hearingIds, 1), weight: 4 }, { arbitrary: fc.constantFrom(999999, 2 ** 53 - 1), weight: 1 }) });
const text = () => fc.constantFrom('庭审中原告陈述', '', ' ', 'x'.repeat(4000), 'x'.repeat(4001), ...HOSTILE_TEXT);
const instant = () => fc.constantFrom('2027-03-01T09:00:00+08:00', '2027-03-01T10:00:00+08:00', '2027-03-06T19:00:00+08:00', '2027-02-30T09:00:00+08:00', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '');
const sections = () =>
  fc.array(
    fc.record({
      key: fc.constantFrom('opening', 'claims', 'debate', 'mediation', 'nonsense', '', 'x'.repeat(41)),
      title: fc.constantFrom('开庭情况', '', ' ', 'x'.repeat(101), ...HOSTILE_TEXT),
      text: text(),
    }),
    { maxLength: 4 },
  );
const MP4 = new Uint8Array(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'latin1'), Buffer.alloc(40, 1)]));

export const HEARING_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/courts/{courtId}/hearing-calendar': {
    actors: ['ng-judge1', 'ng-clerk', 'kc-judge1', 'zhangsan'],
    params: (w) => ({ courtId: fc.constantFrom(w.ref.ng.courtId, w.ref.cc.courtId, 999999) }),
    hints: (w) => ({ from: fc.constantFrom('2027-03-01', '2027-02-29', '1900-01-01'), to: fc.constantFrom('2027-03-07', '2027-05-30', '2027-02-01'), roomId: fc.constantFrom(...w.ref.ng.rooms, 999999), judgeId: fc.constantFrom(...w.ref.ng.judges, 999999) }),
    weight: 0.5,
  },
  'GET /api/v1/hearings/{id}/transcript': { actors: ['ng-clerk', 'zhangsan', 'lawyer-wang', 'kc-judge1'], prepare: gather, params: hearing, weight: 0.5 },
  'GET /api/v1/hearings/{id}/recordings': { actors: ['ng-clerk', 'zhangsan', 'lawyer-wang'], prepare: gather, params: hearing, weight: 0.3 },
  'GET /api/v1/admin/rooms': { actors: ['admin', 'ng-judge1'], hints: (w) => ({ courtId: fc.constantFrom(...w.ref.courts, 999999) }), weight: 0.3 },
};

export const HEARING_WRITE_PLANS: Record<string, RoutePlan> = {
  'POST /api/v1/hearings/check': {
    actors: ['ng-judge1', 'ng-clerk', 'ng-judge2', 'zhangsan'],
    hints: (w) => ({ caseId: fc.constantFrom<number | CaseAt>(new CaseAt('assigned'), new CaseAt('submitted'), 999999), startsAt: instant(), endsAt: instant(), roomId: fc.constantFrom(...w.ref.ng.rooms, ...w.ref.cc.rooms, 999999), clerkId: fc.constantFrom(...w.ref.users, 999999) }),
    weight: 1,
  },
  'POST /api/v1/admin/rooms': {
    actors: ['admin', 'ng-judge1'],
    hints: (w) => ({ courtId: fc.constantFrom(...w.ref.courts, 999999), name: fc.constantFrom('第九法庭', '', ' ', 'x'.repeat(61), ...HOSTILE_TEXT), code: fc.constantFrom('T9', '', 'x y', null) }),
    weight: 0.5,
  },
  'PUT /api/v1/admin/rooms/{id}': {
    actors: ['admin', 'ng-judge1'],
    params: (w) => ({ id: fc.constantFrom(...w.ref.ng.rooms.slice(0, 1), 999999) }),
    hints: (w) => ({ courtId: fc.constantFrom(...w.ref.courts, 999999), name: fc.constantFrom('第一法庭', '', ...HOSTILE_TEXT) }),
    weight: 0.5,
  },
  'PUT /api/v1/admin/settings/hearings': {
    actors: ['admin', 'ng-judge1'],
    hints: () => ({ meetingLinkTemplate: fc.constantFrom('https://meet.example.court/{{hearingId}}', 'http://x/{{hearingId}}', 'https://x/{{nope}}', 'javascript:alert(1)//', ...HOSTILE_TEXT), recordingMaxBytes: fc.constantFrom(1048576, 0, -1, 2 ** 40) }),
    weight: 0.5,
  },
  'PUT /api/v1/hearings/{id}/transcript': { actors: ['ng-clerk', 'ng-judge1', 'zhangsan'], prepare: gather, params: hearing, hints: () => ({ sections: sections(), expectedVersion: fc.constantFrom(0, 1, 2, 99) }), weight: 1 },
  'POST /api/v1/hearings/{id}/transcript/finalise': { actors: ['ng-clerk', 'zhangsan'], prepare: gather, params: hearing, hints: () => ({ expectedVersion: fc.constantFrom(1, 2, 99) }), weight: 0.5 },
  'POST /api/v1/hearings/{id}/transcript/signatures': {
    actors: ['zhangsan', 'lisi', 'lawyer-wang', 'ng-clerk'],
    prepare: gather,
    params: hearing,
    hints: () => ({ sha256: fc.constantFrom(...found.sha256, '0'.repeat(64), 'X'.repeat(64)), partyId: fc.constantFrom(1, 999999) }),
    weight: 1,
  },
  'POST /api/v1/hearings/{id}/transcript/objections': { actors: ['zhangsan', 'lisi', 'ng-clerk'], prepare: gather, params: hearing, hints: () => ({ text: text() }), weight: 0.5 },
  'POST /api/v1/hearings/{id}/transcript/objections/{objectionId}/resolve': {
    actors: ['ng-clerk', 'zhangsan'],
    prepare: gather,
    params: () => ({ ...hearing(), objectionId: fc.constantFrom(...found.objectionIds, 999999) }),
    hints: () => ({ decision: fc.constantFrom('correct', 'decline', 'maybe'), resolution: text(), sections: sections() }),
    weight: 0.5,
  },
  'POST /api/v1/hearings/{id}/transcript/close-signing': { actors: ['ng-judge1', 'ng-clerk', 'zhangsan'], prepare: gather, params: hearing, hints: () => ({ note: text() }), weight: 0.3 },
  'POST /api/v1/hearings/{id}/recording': {
    actors: ['ng-clerk', 'zhangsan'],
    prepare: gather,
    params: hearing,
    body: () => multipartBody('file', {}, fileContents([MP4, TINY_PDF])),
    weight: 0.5,
  },
};
