import { describe, expect, test } from 'vitest';
import { caseSnapshotFixture } from '../casetypes/caseSnapshot.fixture';
import { civilFirstInstance } from '../casetypes/civilFirstInstance';
import { runGuards } from '../casetypes/defineCaseType';

const ctx = (isTransferredIn: boolean) => ({ case: caseSnapshotFixture({ node: 'assigned', isTransferredIn }), input: { receivingCourtId: 5, reason: '无管辖权' }, actorRole: 'judge' as const, today: '2026-03-02', now: '2026-03-02T02:00:00Z', timeZone: 'Asia/Shanghai' });

describe('移送管辖 (CPL-2023 art 37)', () => {
  test('a court transfers a case filed with it', () => {
    expect(() => runGuards(civilFirstInstance.events.transferJurisdiction!, ctx(false))).not.toThrow();
  });
  test('the receiving court may not transfer a transferred case on', () => {
    expect(() => runGuards(civilFirstInstance.events.transferJurisdiction!, ctx(true))).toThrow(expect.objectContaining({ code: 'TRANSFER_ONWARD_FORBIDDEN' }));
  });
});
