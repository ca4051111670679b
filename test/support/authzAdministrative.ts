// The authorization matrix's 行初 and 行终 cases: one at each node their events are probed from, made as the actors
// would (test/support/fuzz/administrativeSupply.ts), with the world's clock.
import type { ApiClient } from './apiClient';
import { administrativeCase } from './fuzz/administrativeSupply';
import type { TestClock } from './testClock';

export async function administrativeNodes(as: (u: string) => Promise<ApiClient>, clock: TestClock) {
  const admin = await as('admin');
  const courts = (await admin.get('/api/v1/courts')).body as { id: number; code: string }[];
  const court = async (prefix: string, code: string) => {
    const courtId = courts.find((c) => c.code === code)!.id;
    return { prefix, courtId, rooms: ((await admin.get(`/api/v1/courts/${courtId}/rooms`)).body as { id: number }[]).map((r) => r.id) };
  };
  const env = { as, today: clock.today(), ref: { ng: await court('ng', '吉0102'), cc: await court('cc', '吉01') }, now: () => clock.now().getTime() };
  const at = async (caseType: '行初' | '行终', nodes: string[]) => {
    const out: Record<string, number> = {};
    for (const node of nodes) out[node] = await administrativeCase(env, node, caseType);
    return out;
  };
  return {
    行初: await at('行初', ['submitted', 'correctionRequested', 'accepted', 'assigned', 'hearingScheduled', 'closed']),
    行终: await at('行终', ['submitted', 'accepted', 'assigned', 'hearingScheduled', 'closed']),
  };
}
