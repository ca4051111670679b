// Unpaid at the deadline, the case tells the judge it may be treated as withdrawn (FEE art 22; CPL-Interp art 213);
// paid in time, it does not.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { testClock } from '../support/testClock';
import { serverForSpec } from '../support/serverForSpec';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

describe('the fee deadline', () => {
  test('past the 7-day deadline with the fee unpaid the case is flagged; the day before it is not', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(world.server.baseUrl);
    await acceptCase(world.server.baseUrl, id);
    const president = await ApiClient.loggedIn(world.server.baseUrl, 'ng-president');
    const fees = (await president.get(`/api/v1/cases/${id}/fees`)).body;
    const due = fees.notices[0].dueOn as string;
    // FEE art 22: 7 days from the day after the notice (03-02 → 03-09, a Monday).
    expect(due).toBe('2026-03-09');
    clock.set(due);
    expect((await president.get(`/api/v1/cases/${id}/fees`)).body.unpaidPastDeadline).toBe(false);
    clock.set('2026-03-10');
    expect((await president.get(`/api/v1/cases/${id}/fees`)).body).toMatchObject({ unpaidPastDeadline: true, outstanding: '1650.00' });
  });
});
