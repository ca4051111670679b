// Route fuzz plans of the dossier catalogues per case type (issue 20 item 1): catalogues close to valid ones (a
// section renamed, reordered, added or dropped, a kind moved, hostile keys, titles and kinds), versions current or
// stale, case types declared or not, by the administrator and actors who may not.
import fc from 'fast-check';
import { DEFAULT_CATALOGUES, type DossierSection } from '../../../src/domain/dossier/catalogue';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

const caseTypes = () => fc.constantFrom('民初', '民终', '刑初', '行初', '执', '民x', ...HOSTILE_TEXT);
const versions = () => fc.constantFrom(0, 1, 2, 999999, -1);

/** A default catalogue with one change: most are valid, some break a rule the domain checks. */
function catalogue(): fc.Arbitrary<DossierSection[]> {
  const base = fc.constantFrom(...Object.values(DEFAULT_CATALOGUES)).map((c) => c.map((s) => ({ ...s, kinds: [...s.kinds] })));
  const text = fc.constantFrom('证据', '新类目', '', ' ', 'x'.repeat(41), ...HOSTILE_TEXT);
  return fc.tuple(base, fc.nat({ max: 15 }), fc.nat({ max: 6 }), text).map(([c, i, op, t]) => {
    const at = 1 + (i % (c.length - 1));
    const s = c[at]!;
    if (op === 0) s.title = t;
    else if (op === 1) c.splice(at, 0, { key: t, volume: 'main', title: '新类目', kinds: [] });
    else if (op === 2) c.splice(at, 1);
    else if (op === 3 && at > 1) [c[at - 1], c[at]] = [s, c[at - 1]!];
    else if (op === 4) s.kinds.push(t);
    else if (op === 5) c.splice(at, 0, { key: `added${i}`, volume: 'main', title: '新类目', kinds: [] });
    return c;
  });
}

export const DOSSIER_CATALOGUE_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/admin/dossier-catalogues/{caseType}': { actors: ['admin', 'ng-filing', 'zhangsan'], params: () => ({ caseType: caseTypes() }), weight: 0.5 },
};

export const DOSSIER_CATALOGUE_WRITE_PLANS: Record<string, RoutePlan> = {
  'PUT /api/v1/admin/dossier-catalogues/{caseType}': {
    actors: ['admin', 'admin', 'ng-filing'],
    params: () => ({ caseType: caseTypes() }),
    hints: () => ({ version: versions(), sections: catalogue() }),
    weight: 1,
  },
  'DELETE /api/v1/admin/dossier-catalogues/{caseType}': { actors: ['admin', 'ng-filing'], params: () => ({ caseType: caseTypes() }), hints: () => ({ version: versions() }), weight: 0.5 },
};
