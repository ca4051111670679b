// 卷宗目录 per case type (issue 20 item 1): the administrator configures 民初's catalogue — a section renamed and moved
// up, the 受理通知书 moved into a new section — and a new 民初 case's dossier follows it while a 民终 dossier keeps the
// default; invalid catalogues, stale versions, other roles and the removal of a section holding placed items are refused.
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { assignedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

interface Section {
  key: string;
  volume: 'main' | 'secondary';
  title: string;
  kinds: string[];
}
interface Catalogue {
  caseType: string;
  isConfigured: boolean;
  version: number;
  sections: Section[];
}
interface Tree {
  volumes: { volume: string; sections: { key: string; title: string; items: { id: number; kind: string }[] }[] }[];
}
const sectionsOf = (t: Tree) => t.volumes.flatMap((v) => v.sections);

/** 民初's default with 证据材料 renamed 证据 and moved right after the 卷内目录, the 受理通知书 in a new section 受理通知. */
function reshaped(c: Catalogue): Section[] {
  const main = c.sections.filter((s) => s.volume === 'main').map((s) => ({ ...s, kinds: s.kinds.filter((k) => k !== 'acceptanceNotice') }));
  const evidence = { ...main.find((s) => s.key === 'evidence')!, title: '证据' };
  const rest = main.filter((s) => s.key !== 'evidence');
  const notices = { key: 'notices', volume: 'main' as const, title: '受理通知', kinds: ['acceptanceNotice'] };
  return [rest[0]!, evidence, ...rest.slice(1, -1), notices, rest[rest.length - 1]!, ...c.sections.filter((s) => s.volume === 'secondary')];
}

describe('dossier catalogues per case type', () => {
  test('民初 configured: its dossiers follow the new catalogue, 民终 keeps the default; refusals carry their codes', async () => {
    const base = world.server.baseUrl;
    const admin = await ApiClient.loggedIn(base, 'admin');
    const clerk = await ApiClient.loggedIn(base, 'ng-clerk');

    const list = await admin.get('/api/v1/admin/dossier-catalogues');
    expect(list.status).toBe(200);
    expect((list.body as Catalogue[]).map((c) => c.caseType)).toEqual(expect.arrayContaining(['民初', '民终', '刑初', '执']));
    expect((list.body as Catalogue[]).every((c) => !c.isConfigured)).toBe(true);
    const before = (await admin.get('/api/v1/admin/dossier-catalogues/民初')).body as Catalogue;
    expect(before).toMatchObject({ isConfigured: false, version: 0 });

    // Other roles may not read or change it; an unknown case type is not found.
    expect((await clerk.get('/api/v1/admin/dossier-catalogues')).status).toBe(403);
    expect((await clerk.request('PUT', '/api/v1/admin/dossier-catalogues/民初', { version: 0, sections: before.sections })).status).toBe(403);
    expect((await admin.get('/api/v1/admin/dossier-catalogues/民x')).body.code).toBe('CASE_TYPE_UNKNOWN');

    // Invalid catalogues: the 副卷 changed, a kind lost, a 副卷 kind in the 正卷.
    const main = before.sections.filter((s) => s.volume === 'main');
    const secondary = before.sections.filter((s) => s.volume === 'secondary');
    const refusals: [Section[], string][] = [
      [[...main, ...secondary.slice(1)], 'CATALOGUE_SECONDARY_FIXED'],
      [[...main.filter((s) => s.key !== 'mediation'), ...secondary], 'CATALOGUE_KIND_MISSING'],
      [[...main.map((s) => (s.key === 'evidence' ? { ...s, kinds: [...s.kinds, 'trialReport'] } : s)), ...secondary], 'CATALOGUE_KIND_SECONDARY'],
      [[...main.slice(1), ...secondary], 'CATALOGUE_INDEX_FIRST'],
    ];
    for (const [sections, code] of refusals) {
      const r = await admin.request('PUT', '/api/v1/admin/dossier-catalogues/民初', { version: 0, sections });
      expect([r.status, r.body.code]).toEqual([422, code]);
      expect(r.body.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }

    const saved = await admin.request('PUT', '/api/v1/admin/dossier-catalogues/民初', { version: 0, sections: reshaped(before) });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ isConfigured: true, version: 1 });
    // Someone who saw version 0 is told it changed.
    const stale = await admin.request('PUT', '/api/v1/admin/dossier-catalogues/民初', { version: 0, sections: before.sections });
    expect([stale.status, stale.body.code, stale.body.details?.currentVersion]).toEqual([409, 'CATALOGUE_CHANGED', 1]);
    const audit = await world.server.database.db.execute<{ action: string }>(sql`select action from audit_log where entity = 'dossierCatalogue' and entity_id = '民初' order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual(['update']);

    // A new 民初 case: the new order and titles; its 受理通知书 in 受理通知.
    const { id } = await assignedCase(base);
    const tree = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(tree.volumes[0]!.sections.map((s) => s.key).slice(0, 2)).toEqual(['index', 'evidence']);
    expect(sectionsOf(tree).find((s) => s.key === 'evidence')!.title).toBe('证据');
    const notices = sectionsOf(tree).find((s) => s.key === 'notices')!;
    expect(notices.items.map((i) => i.kind)).toContain('acceptanceNotice');
    expect(sectionsOf(tree).find((s) => s.key === 'acceptance')!.items.map((i) => i.kind)).not.toContain('acceptanceNotice');

    // The same case read as a 民终 case: the default catalogue (民终 is not configured).
    const other = await assignedCase(base);
    await world.server.database.db.execute(sql`update cases set case_type = '民终' where id = ${other.id}`);
    const appealTree = (await clerk.get(`/api/v1/cases/${other.id}/dossier`)).body as Tree;
    expect(sectionsOf(appealTree).map((s) => [s.key, s.title])).toEqual((await admin.get('/api/v1/admin/dossier-catalogues/民终')).body.sections.map((s: Section) => [s.key, s.title]));
    expect(sectionsOf(appealTree).find((s) => s.key === 'acceptance')!.items.map((i) => i.kind)).toContain('acceptanceNotice');

    // Staff arrange the dossier (any edit fixes every item where it stands): 受理通知 now holds a placed item, so it
    // cannot be removed, nor the catalogue reset, while it does.
    const notice = notices.items.find((i) => i.kind === 'acceptanceNotice')!;
    expect((await clerk.request('PATCH', `/api/v1/cases/${id}/dossier/items/${notice.id}`, { title: '受理案件通知书（已整理）' })).status).toBe(200);
    const withoutNotices = reshaped(before).filter((s) => s.key !== 'notices').map((s) => (s.key === 'acceptance' ? { ...s, kinds: [...s.kinds, 'acceptanceNotice'] } : s));
    const removing = await admin.request('PUT', '/api/v1/admin/dossier-catalogues/民初', { version: 1, sections: withoutNotices });
    expect([removing.status, removing.body.code]).toEqual([409, 'CATALOGUE_SECTION_IN_USE']);
    expect(removing.body.details.itemCount).toBeGreaterThanOrEqual(1);
    const reset = await admin.request('DELETE', '/api/v1/admin/dossier-catalogues/民初?version=1');
    expect([reset.status, reset.body.code]).toEqual([409, 'CATALOGUE_SECTION_IN_USE']);

    // Renaming keeps every section: allowed. Moved back out, the section may go, and the catalogue back to the default.
    const renamed = reshaped(before).map((s) => (s.key === 'notices' ? { ...s, title: '受理通知书' } : s));
    expect((await admin.request('PUT', '/api/v1/admin/dossier-catalogues/民初', { version: 1, sections: renamed })).body.version).toBe(2);
    expect((await clerk.request('PATCH', `/api/v1/cases/${id}/dossier/items/${notice.id}`, { sectionKey: 'acceptance' })).status).toBe(200);
    const back = await admin.request('DELETE', '/api/v1/admin/dossier-catalogues/民初?version=2');
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ isConfigured: false, version: 3 });
    expect(back.body.sections).toEqual(before.sections);
  });
});
