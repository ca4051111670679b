// The authorization matrix's requests for 证据交换与质证 (issue 21 item 2): the target's evidence list, and an
// opinion on an item that is not the target's (so that a party of the target reaches the item check and changes nothing).
export const evidenceRequests = {
  'GET /api/v1/cases/{id}/evidence': (o: { caseId: number }) => ({ path: `/api/v1/cases/${o.caseId}/evidence` }),
  'PUT /api/v1/cases/{id}/evidence/{itemId}/opinion': (o: { caseId: number }) => ({
    path: `/api/v1/cases/${o.caseId}/evidence/${2 ** 40}/opinion`,
    body: { partyId: 1, authenticity: { view: 'accept' }, legality: { view: 'accept' }, relevance: { view: 'accept' }, purposeOpinion: '矩阵' },
  }),
};
