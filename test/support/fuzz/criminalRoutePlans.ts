// The fuzz plans of the criminal routes: the procuratorate's prosecution, a party's 自诉, the 罪名 search and a case's criminal facts.
import fc from 'fast-check';
import { TINY_PDF } from '../fixtures';
import { CaseAt } from './caseRefs';
import { must } from './fuzzRequest';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

const indictments: number[] = [];
const complaints: number[] = [];
const someCriminalCase = () => fc.constantFrom(new CaseAt('submitted', '刑初'), new CaseAt('closed', '刑初'), new CaseAt('submitted', '刑终'), new CaseAt('submitted'));

export const CRIMINAL_WRITE_PLANS: Record<string, RoutePlan> = {
  'POST /api/v1/prosecutions': {
    actors: ['procurator-ng', 'procurator-cc', 'zhangsan', 'ng-filing'],
    prepare: async (w) => {
      const p = await w.as('procurator-ng');
      for (let i = 0; i < 2; i++) indictments.push(must(await p.upload('起诉书.pdf', TINY_PDF, 'application/pdf', 'indictment'), 'upload').id);
    },
    hints: () => ({
      indictmentId: fc.oneof(fc.constantFrom(...(indictments.length ? indictments : [1])), fc.integer({ min: 1, max: 2 ** 31 })),
      chargeIds: fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 3 }),
      detentionStatus: fc.constantFrom('detained', 'bail', 'residentialSurveillance', 'notDetained', ...HOSTILE_TEXT),
      birthOn: fc.constantFrom('1990-01-01', '2010-05-01', '2030-01-01', '2026-02-30'),
    }),
    weight: 1,
  },
  // 自诉 (CrPL art 210): 张三 files as the victim; others send his file or their own identity.
  'POST /api/v1/private-prosecutions': {
    actors: ['zhangsan', 'lisi', 'lawyer-wang', 'ng-filing'],
    prepare: async (w) => {
      const p = await w.as('zhangsan');
      for (let i = 0; i < 2; i++) complaints.push(must(await p.upload('自诉状.pdf', TINY_PDF, 'application/pdf'), 'upload').id);
    },
    hints: () => ({
      complaintId: fc.oneof(fc.constantFrom(...(complaints.length ? complaints : [1])), fc.integer({ min: 1, max: 2 ** 31 })),
      chargeIds: fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 3 }),
      ground: fc.constantFrom('complaintOnly', 'minorWithEvidence', 'authoritiesDeclined', ...HOSTILE_TEXT),
      capacity: fc.constantFrom('victim', 'legalRepresentative', 'nearRelative', ...HOSTILE_TEXT),
      detentionStatus: fc.constantFrom('detained', 'notDetained', ...HOSTILE_TEXT),
      birthOn: fc.constantFrom('1990-01-01', '1988-03-03', '2030-01-01', '2026-02-30'),
    }),
    weight: 1,
  },
};

export const CRIMINAL_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/criminal-charges': { actors: ['procurator-ng', 'ng-judge1', 'zhangsan', null], hints: () => ({ q: fc.constantFrom('盗窃', '罪', '第264条', '', '%', '_', ...HOSTILE_TEXT) }), weight: 0.5 },
  'GET /api/v1/cases/{id}/criminal': { actors: ['procurator-ng', 'procurator-cc', 'ng-crimjudge', 'zhangsan'], params: () => ({ id: someCriminalCase() }), weight: 0.25 },
};
