// The authorization matrix's objects and requests for 庭审 (issue 21 item 3): the hearing of each court's scheduled
// case (南关's 民初, 长春中院's 民终), and a probe of each route that changes nothing — a check whose end precedes its
// start, a draft at a stale version, a finalisation before the hearing is held, a signature on a record not yet
// written, a room of no court, settings with an unknown placeholder, a PDF as a recording.
import type { RunningServer } from '../../src/server/start';
import { TINY_PDF } from './fixtures';

/** Court id → the hearing of its scheduled case. */
export type HearingReference = Record<number, number>;

export async function hearingReference(server: RunningServer, caseIds: number[]): Promise<HearingReference> {
  const r = await server.database.pool.query<{ court_id: number; id: string }>(`select court_id, min(id) as id from hearings where case_id = any($1::bigint[]) group by court_id`, [caseIds]);
  return Object.fromEntries(r.rows.map((x) => [x.court_id, Number(x.id)]));
}

type O = { courtId: number; caseId: number };
type R = { today: string; hearings: HearingReference };
const hearingOf = (o: O, ref: R) => ref.hearings[o.courtId] ?? Object.values(ref.hearings)[0]!;
const transcript = (o: O, ref: R) => `/api/v1/hearings/${hearingOf(o, ref)}/transcript`;
const SECTIONS = [{ key: 'debate', title: '法庭辩论', text: '矩阵探测' }];

export const hearingRequests = {
  'POST /api/v1/hearings/check': (o: O) => ({ path: '/api/v1/hearings/check', body: { caseId: o.caseId, startsAt: '2027-03-01T10:00:00+08:00', endsAt: '2027-03-01T09:00:00+08:00', roomId: 1 } }),
  'GET /api/v1/courts/{courtId}/hearing-calendar': (o: O, ref: R) => ({ path: `/api/v1/courts/${o.courtId}/hearing-calendar?from=${ref.today}&to=${ref.today}` }),
  'GET /api/v1/admin/rooms': (o: O) => ({ path: `/api/v1/admin/rooms?courtId=${o.courtId}` }),
  'POST /api/v1/admin/rooms': () => ({ path: '/api/v1/admin/rooms', body: { courtId: 999999, name: '矩阵探测法庭', isOnlineCapable: false } }),
  'PUT /api/v1/admin/rooms/{id}': (o: O) => ({ path: '/api/v1/admin/rooms/999999', body: { courtId: o.courtId, name: '矩阵探测法庭', isOnlineCapable: false } }),
  'GET /api/v1/admin/settings/hearings': () => ({ path: '/api/v1/admin/settings/hearings' }),
  'PUT /api/v1/admin/settings/hearings': () => ({ path: '/api/v1/admin/settings/hearings', body: { meetingLinkTemplate: 'https://x.court/{{probe}}', workingHours: { startsAt: '08:30', endsAt: '17:30' }, recordingMaxBytes: 1048576 } }),
  'GET /api/v1/hearings/{id}/transcript': (o: O, ref: R) => ({ path: transcript(o, ref) }),
  'PUT /api/v1/hearings/{id}/transcript': (o: O, ref: R) => ({ path: transcript(o, ref), body: { sections: SECTIONS, expectedVersion: 99 } }),
  'POST /api/v1/hearings/{id}/transcript/finalise': (o: O, ref: R) => ({ path: `${transcript(o, ref)}/finalise`, body: { expectedVersion: 1 } }),
  'POST /api/v1/hearings/{id}/transcript/signatures': (o: O, ref: R) => ({ path: `${transcript(o, ref)}/signatures`, body: { sha256: '0'.repeat(64) } }),
  'POST /api/v1/hearings/{id}/transcript/objections': (o: O, ref: R) => ({ path: `${transcript(o, ref)}/objections`, body: { text: '矩阵探测' } }),
  'POST /api/v1/hearings/{id}/transcript/objections/{objectionId}/resolve': (o: O, ref: R) => ({ path: `${transcript(o, ref)}/objections/999999/resolve`, body: { decision: 'decline', resolution: '矩阵探测' } }),
  'POST /api/v1/hearings/{id}/transcript/close-signing': (o: O, ref: R) => ({ path: `${transcript(o, ref)}/close-signing`, body: { note: '矩阵探测' } }),
  'POST /api/v1/hearings/{id}/recording': (o: O, ref: R) => ({ path: `/api/v1/hearings/${hearingOf(o, ref)}/recording`, file: { name: 'probe.pdf', type: 'application/pdf', bytes: TINY_PDF } }),
  'GET /api/v1/hearings/{id}/recordings': (o: O, ref: R) => ({ path: `/api/v1/hearings/${hearingOf(o, ref)}/recordings` }),
};
