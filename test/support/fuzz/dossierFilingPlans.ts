// Route fuzz plans of filing into the dossier, reading files again, DOCX renditions and batch-scan splitting (issue 20
// items 2–3) and searching it: hostile ids, sections, page ranges and titles, by staff who may and actors who may not.
import fc from 'fast-check';
import { DOSSIER_SEARCH_SORT_COLUMNS } from '../../../src/contracts/dossierSearch';
import { DEFAULT_CATALOGUES } from '../../../src/domain/dossier/catalogue';
import { CaseAt } from './caseRefs';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

const SECTION_KEYS = [...new Set(Object.values(DEFAULT_CATALOGUES).flatMap((c) => c.map((s) => s.key)))];
const cases = () => fc.constantFrom(new CaseAt('assigned'), new CaseAt('submitted'), new CaseAt('closed'), new CaseAt('implementing', '执'));
const fileIds = () => fc.oneof({ arbitrary: fc.integer({ min: 1, max: 60 }), weight: 4 }, { arbitrary: fc.constantFrom(2 ** 53 - 1, 999999), weight: 1 });
const pages = () => fc.constantFrom(1, 2, 3, 0, -1, 1.5, 99999);

// 卷宗检索: phrases, terms, one character, hostile text; filters and sorts of every kind.
const searchHints = () => ({
  q: fc.constantFrom('借款', '"借款本金"', '张三 借款', '借', '', ' ', '"', ...HOSTILE_TEXT),
  kind: fc.constantFrom('evidence', 'complaint', 'nowhere', ...HOSTILE_TEXT),
  caseType: fc.constantFrom('民初', '执', 'x', ...HOSTILE_TEXT),
  year: fc.constantFrom(2026, 1900, -1, 99999),
  sort: fc.constantFrom(...DOSSIER_SEARCH_SORT_COLUMNS.flatMap((c) => [c, `-${c}`]), 'nope', ...HOSTILE_TEXT),
});

export const DOSSIER_FILING_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/dossier/search': { actors: ['zhangsan', 'ng-filing', 'kc-filing', 'ng-judge1'], hints: searchHints, weight: 1 },
  'GET /api/v1/dossier/search/export': { actors: ['zhangsan', 'ng-filing'], hints: searchHints, weight: 0.5 },
  'GET /api/v1/cases/{id}/dossier/search': { actors: ['zhangsan', 'ng-filing', 'kc-filing'], params: () => ({ id: cases() }), hints: searchHints, weight: 0.5 },
  'GET /api/v1/attachments/{id}/view': { actors: ['zhangsan', 'ng-filing', 'kc-filing'], params: () => ({ id: fileIds() }), weight: 0.5 },
  'GET /api/v1/cases/{id}/dossier/items/{itemId}/split-proposal': { actors: ['ng-filing', 'ng-clerk', 'zhangsan', 'kc-filing'], params: () => ({ id: cases(), itemId: fileIds() }), weight: 0.5 },
};

export const DOSSIER_FILING_WRITE_PLANS: Record<string, RoutePlan> = {
  'POST /api/v1/cases/{id}/dossier/items': {
    actors: ['ng-filing', 'ng-clerk', 'zhangsan', 'kc-filing'],
    params: () => ({ id: cases() }),
    hints: () => ({ attachmentIds: fc.array(fileIds(), { maxLength: 3 }), sectionKey: fc.constantFrom(...SECTION_KEYS, 'nowhere', '', ...HOSTILE_TEXT) }),
    weight: 0.5,
  },
  'POST /api/v1/attachments/{id}/pages/retry': { actors: ['zhangsan', 'ng-filing', 'kc-filing'], params: () => ({ id: fileIds() }), weight: 0.5 },
  'POST /api/v1/cases/{id}/dossier/items/{itemId}/split': {
    actors: ['ng-filing', 'ng-clerk', 'zhangsan', 'kc-filing'],
    params: () => ({ id: cases(), itemId: fileIds() }),
    hints: () => ({ fromPage: pages(), toPage: pages(), sectionKey: fc.constantFrom(...SECTION_KEYS, 'nowhere', ...HOSTILE_TEXT), title: fc.constantFrom('借条', ' ', '', 'x'.repeat(201), ...HOSTILE_TEXT) }),
    weight: 0.5,
  },
};
