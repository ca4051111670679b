// 行初 and 行终 cases at each node for the fuzzer and the authorization matrix, made through the API as the actors would:
// 张三 sues the 南关 market regulator, 南关's 行政审判庭 tries it with a panel, and 张三's appeal goes to 长春中院's.
import { adminComplaint } from '../administrativeScenario';
import type { ApiClient } from '../apiClient';
import { withFreshMaterials } from '../fixtures';
import { closingDocument } from '../scenarios';
import { must } from './fuzzRequest';

/** What the maker needs: sessions of the demo actors, the court's today, and the two courts' rooms. */
export interface AdministrativeEnv {
  as(username: string): Promise<ApiClient>;
  today: string;
  ref: { ng: { prefix: string; courtId: number; rooms: number[] }; cc: { prefix: string; courtId: number; rooms: number[] } };
  /** A hearing is recorded only once it has begun by the server's clock: the real clock unless told. */
  now?: () => number;
}

const ADMIN_DIVISION = '行政审判庭';
// Hearings of these cases: one-second slots from 01:00 today in the last room (the civil supply's start at midnight).
let hearingSlot = 0;

async function adminDivision(w: AdministrativeEnv, courtId: number): Promise<number> {
  const clerk = await w.as('admin');
  return (must(await clerk.get(`/api/v1/courts/${courtId}/divisions`), 'divisions') as { id: number; name: string }[]).find((d) => d.name === ADMIN_DIVISION)!.id;
}

async function fire(w: AdministrativeEnv, username: string, id: number, event: string, input: Record<string, unknown>) {
  return must(await (await w.as(username)).fire(id, event, input), `${event} on case ${id}`);
}

let complaint: Promise<Record<string, unknown>> | undefined;

/** A 行初 (or, from a closed one appealed by 张三, a 行终) case standing at `node`. */
export async function administrativeCase(w: AdministrativeEnv, node: string, caseType: '行初' | '行终'): Promise<number> {
  const appeal = caseType === '行终';
  const court = appeal ? w.ref.cc : w.ref.ng;
  const staff = (who: string) => `${court.prefix}-${who}`;
  switch (node) {
    case 'submitted': {
      const zhangsan = await w.as('zhangsan');
      if (appeal) {
        const origin = await administrativeCase(w, 'closed', '行初');
        const mine = must(await zhangsan.get(`/api/v1/cases/${origin}`), 'closed 行初').myPartyIds as number[];
        return must(await zhangsan.fire(origin, 'appeal', { partyIds: mine, reasons: '一审认定事实不清。' }), 'appeal').continuations[0].id as number;
      }
      complaint ??= adminComplaint(zhangsan, { knownOn: w.today, actOn: w.today });
      return must(await zhangsan.post('/api/v1/filings', await withFreshMaterials(zhangsan, await complaint)), 'administrative filing').id as number;
    }
    case 'correctionRequested':
    case 'rejected':
    case 'withdrawn':
    case 'accepted': {
      const id = await administrativeCase(w, 'submitted', caseType);
      if (node === 'correctionRequested') await fire(w, staff('filing'), id, 'requestCorrection', { items: ['请补充行政处罚决定书复印件'] });
      if (node === 'rejected') await fire(w, staff('filing'), id, 'reject', { reason: '不属于本院管辖' });
      if (node === 'withdrawn') await fire(w, 'zhangsan', id, 'withdrawFiling', {});
      if (node === 'accepted') await fire(w, staff('filing'), id, 'accept', { ...(appeal ? {} : { procedure: 'ordinary' }), divisionId: await adminDivision(w, court.courtId) });
      return id;
    }
    case 'assigned': {
      const id = await administrativeCase(w, 'accepted', caseType);
      const chief = staff('adminchief');
      const judges = must(await (await w.as(chief)).get(`/api/v1/cases/${id}/eligible-judges`), 'eligible judges') as { id: number; displayName: string }[];
      const by = (suffix: string) => judges.find((j) => j.displayName.endsWith(suffix))!.id;
      // ALL art 68: a panel, presided by 行政庭法官甲.
      await fire(w, chief, id, 'assign', { mode: 'manual', organization: 'panel', judgeId: by('行政庭法官甲'), memberIds: [by('行政庭法官乙'), by('行政庭庭长')], reason: '行政案件合议庭审理' });
      return id;
    }
    case 'hearingScheduled': {
      const id = await administrativeCase(w, 'assigned', caseType);
      // From 00:10 today (the civil slots take the first seconds after midnight in the same room): a hearing is recorded
      // only once it has begun, so the world cannot be built in the first ten minutes of a Shanghai day.
      const second = 600 + 2 * hearingSlot++;
      const at = (s: number) => `${w.today}T${[Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':')}+08:00`;
      if (Date.parse(at(second)) > (w.now ?? Date.now)()) throw new Error('fuzz setup: an administrative hearing slot today has not begun yet; run later');
      await fire(w, staff('admin1'), id, 'scheduleHearing', { startsAt: at(second), endsAt: at(second + 1), roomId: court.rooms.at(-1) });
      return id;
    }
    case 'heard': {
      const id = await administrativeCase(w, 'hearingScheduled', caseType);
      await fire(w, staff('admin1'), id, 'recordHearing', appeal ? {} : { organAppearance: { appeared: 'principal', name: '赵局长', title: '局长' } });
      return id;
    }
    case 'closed':
    case 'archived': {
      const id = await administrativeCase(w, 'heard', caseType);
      const judge = staff('admin1');
      const documentId = await closingDocument(await w.as(judge));
      await fire(w, judge, id, 'close', { method: 'judgment', closedOn: w.today, documentId, ...(appeal ? {} : { judgmentKind: 'revoke' }) });
      if (node === 'archived') await fire(w, judge, id, 'archive', {});
      return id;
    }
    default:
      throw new Error(`fuzz setup: no recipe for a ${caseType} case at ${node}`);
  }
}
