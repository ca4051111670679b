// 民初 cases of issue 19 for the event fuzz: a 跨域立案 filing taken at 南关's counter for 朝阳, awaiting forwarding.
import { courtId, requiredFilingMaterialIds } from '../fixtures';
import { loanComplaintFor } from '../jurisdictionScenario';
import { must } from './fuzzRequest';
import type { FuzzWorld } from './fuzzWorld';

/** The case at `node` when it is one of jurisdiction's own (crossRegionReceived), else undefined. */
export async function jurisdictionCase(w: FuzzWorld, node: string): Promise<number | undefined> {
  if (node !== 'crossRegionReceived') return undefined;
  const clerk = await w.as('ng-filing');
  const complaint = { ...(await loanComplaintFor(clerk, await courtId(clerk, '吉0104'))), attachmentIds: await requiredFilingMaterialIds(clerk) };
  return must(await clerk.post('/api/v1/filings/cross-region', complaint), 'cross-region filing').id as number;
}
