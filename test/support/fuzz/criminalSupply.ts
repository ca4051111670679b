// 刑初 and 刑终 cases standing at each node for the fuzzer, made through the API as the real actors make them: 南关区人民检察院
// files, 南关法院 registers and tries, the procuratorate protests and 长春中院 takes the 刑终. Every third 刑初 is a 自诉 of
// 张三 against 周某 instead, so the 自诉 events (CrPL arts 212, 213) meet both kinds of prosecution.
import { prosecutionInput } from '../criminalScenario';
import { privateProsecutionInput } from '../privateProsecutionScenario';
import { closingDocument } from '../scenarios';
import { must } from './fuzzRequest';
import type { FuzzWorld } from './fuzzWorld';

let hearingSlot = 0;
let privateTurn = 0;

async function fire(world: FuzzWorld, username: string, id: number, event: string, input: Record<string, unknown>) {
  return must(await (await world.as(username)).fire(id, event, input), `${event} on case ${id}`);
}

async function criminalDivision(world: FuzzWorld, courtId: number): Promise<number> {
  const clerk = await world.as('ng-filing');
  return (must(await clerk.get(`/api/v1/courts/${courtId}/divisions`), 'divisions') as { id: number; name: string }[]).find((d) => d.name === '刑事审判庭')!.id;
}

/** A case of 刑初 or 刑终 at `node`; `isPrivate`: a 自诉 (a 刑初 only; the whole chain of one case keeps it). */
export async function makeCriminalCase(world: FuzzWorld, node: string, caseType: string, isPrivate = caseType === '刑初' && privateTurn++ % 3 === 2): Promise<number> {
  const appeal = caseType === '刑终';
  const court = appeal ? world.ref.cc : world.ref.ng;
  const staff = (who: string) => `${court.prefix}-${who}`;
  const judge = staff('crimjudge');
  const today = world.today;
  switch (node) {
    case 'submitted': {
      if (appeal) {
        const origin = await makeCriminalCase(world, 'closed', '刑初', false);
        return fire(world, 'procurator-ng', origin, 'protest', { judgmentReceivedOn: today, reasons: '一审判决量刑不当。' }).then((d) => d.continuations.find((k: { caseType: string }) => k.caseType === '刑终').id as number);
      }
      if (isPrivate) {
        const zhangsan = await world.as('zhangsan');
        return must(await zhangsan.post('/api/v1/private-prosecutions', await privateProsecutionInput(zhangsan)), 'private prosecution').id as number;
      }
      const procurator = await world.as('procurator-ng');
      return must(await procurator.post('/api/v1/prosecutions', await prosecutionInput(procurator)), 'prosecution').id as number;
    }
    case 'correctionRequested':
    case 'rejected':
    case 'withdrawn':
    case 'accepted': {
      const id = await makeCriminalCase(world, 'submitted', caseType, isPrivate);
      if (node === 'correctionRequested') await fire(world, staff('filing'), id, 'requestCorrection', { items: ['请补充证据目录'] });
      if (node === 'rejected') await fire(world, staff('filing'), id, 'reject', { reason: '不属于本院管辖' });
      if (node === 'withdrawn') await fire(world, isPrivate ? 'zhangsan' : 'procurator-ng', id, 'withdrawFiling', {});
      if (node === 'accepted') {
        const divisionId = await criminalDivision(world, court.courtId);
        await fire(world, staff('filing'), id, 'accept', appeal ? { divisionId } : { divisionId, procedure: 'ordinary', possibleSentence: 'upTo3Years' });
      }
      return id;
    }
    case 'assigned': {
      const id = await makeCriminalCase(world, 'accepted', caseType, isPrivate);
      await fire(world, staff('filing'), id, 'assign', { mode: 'random', organization: 'panel' });
      return id;
    }
    case 'hearingScheduled': {
      const id = await makeCriminalCase(world, 'assigned', caseType, isPrivate);
      // Today from midnight, in one-second slots of the second-last room (the civil supply takes the last).
      const second = 2 * hearingSlot++;
      const at = (s: number) => `${today}T${[Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':')}+08:00`;
      await fire(world, judge, id, 'scheduleHearing', { startsAt: at(second), endsAt: at(second + 1), roomId: court.rooms.at(-2) });
      return id;
    }
    case 'heard': {
      const id = await makeCriminalCase(world, 'hearingScheduled', caseType, isPrivate);
      await fire(world, judge, id, 'recordHearing', {});
      return id;
    }
    case 'closed':
    case 'archived': {
      const id = await makeCriminalCase(world, 'heard', caseType, isPrivate);
      const judgeApi = await world.as(judge);
      const documentId = await closingDocument(judgeApi, appeal ? '刑事裁定书.pdf' : '刑事判决书.pdf');
      if (appeal) await fire(world, judge, id, 'decideAppeal', { outcome: 'upheld', closedOn: today, documentId });
      else {
        const d = must(await judgeApi.get(`/api/v1/cases/${id}/criminal`), 'criminal facts').defendants[0];
        const sentence = { main: 'fixedTerm', term: { months: 18 } };
        await fire(world, judge, id, 'pronounceJudgment', { closedOn: today, verdicts: [{ partyId: d.partyId, outcome: 'convicted', chargeIds: d.charges.map((c: { id: number }) => c.id), sentence }], documentId });
      }
      if (node === 'archived') await fire(world, judge, id, 'archive', {});
      return id;
    }
    default:
      throw new Error(`fuzz setup: no recipe for a ${caseType} case at ${node}`);
  }
}
