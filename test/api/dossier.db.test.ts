// 电子卷宗 (issue 20 item 1): every file of the case is an item placed in the catalogue by its kind — the uploaded
// complaint under 起诉状, the generated 受理通知书 under 受理案件通知书 — staff rename, reorder and move items (each on
// the timeline), and the 副卷 is the court's own: a party never finds it, its items or their files.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { assignedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

interface Item {
  id: number;
  title: string;
  kind: string;
  source: string;
  sectionKey: string;
  volume: string;
  firstPage: number | null;
  sha256: string;
  downloadUrl: string;
}
interface Tree {
  canEdit: boolean;
  volumes: { volume: string; title: string; sections: { key: string; title: string; items: Item[] }[] }[];
}
const items = (t: Tree) => t.volumes.flatMap((v) => v.sections.flatMap((s) => s.items));
const section = (t: Tree, key: string) => t.volumes.flatMap((v) => v.sections).find((s) => s.key === key)!;

describe('the dossier', () => {
  test('files are placed by kind; staff arrange them on the timeline; the party never sees the 副卷', async () => {
    const { id, party } = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');

    const staffView = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(staffView.canEdit).toBe(true);
    expect(staffView.volumes.map((v) => v.title)).toEqual(['正卷', '副卷']);
    expect(staffView.volumes[0]!.sections[0]!.title).toBe('卷内目录');
    const complaint = section(staffView, 'pleading').items.find((i) => i.kind === 'complaint')!;
    expect(complaint).toMatchObject({ source: 'filed', volume: 'main', downloadUrl: `/api/v1/attachments/${complaint.id}/content` });
    expect(complaint.sha256).toMatch(/^[0-9a-f]{64}$/);
    const notice = section(staffView, 'acceptance').items.find((i) => i.kind === 'acceptanceNotice')!;
    expect(notice).toMatchObject({ source: 'generated', volume: 'main' });
    expect(notice.title).toContain('受理');
    // Page counts are not known yet (page splitting is item 2 of the issue): no page numbers.
    expect(notice.firstPage).toBeNull();

    const partyView = (await party.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(partyView.canEdit).toBe(false);
    expect(partyView.volumes.map((v) => v.title)).toEqual(['正卷']);
    expect(items(partyView).map((i) => i.id).sort()).toEqual(items(staffView).map((i) => i.id).sort());

    // Rename, reorder within the section, move into the 副卷: each a timeline entry.
    const evidenceIds = section(staffView, 'evidence').items.map((i) => i.id);
    const renamed = await clerk.request('PATCH', `/api/v1/cases/${id}/dossier/items/${complaint.id}`, { title: '民事起诉状（原告张三）' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('民事起诉状（原告张三）');
    const moved = await clerk.request('PATCH', `/api/v1/cases/${id}/dossier/items/${notice.id}`, { sectionKey: 'approval', position: 0 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ sectionKey: 'approval', volume: 'secondary' });
    const acceptance = section((await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree, 'acceptance').items.map((i) => i.id);
    expect(acceptance.length).toBeGreaterThan(1);
    const down = await clerk.request('PATCH', `/api/v1/cases/${id}/dossier/items/${acceptance[0]}`, { position: 99 });
    expect(down.status).toBe(200);
    const after = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(section(after, 'acceptance').items.map((i) => i.id)).toEqual([...acceptance.slice(1), acceptance[0]]);
    expect(section(after, 'evidence').items.map((i) => i.id)).toEqual(evidenceIds);
    expect(section(after, 'pleading').items.find((i) => i.id === complaint.id)!.title).toBe('民事起诉状（原告张三）');

    const timeline = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; eventLabel: { 'zh-CN': string }; payload: any; actorName: string }[];
    const dossierEntries = timeline.filter((e) => e.event.startsWith('dossier'));
    expect(dossierEntries.map((e) => [e.event, e.eventLabel['zh-CN']])).toEqual([
      ['dossierItemRenamed', '修改卷宗材料名称'],
      ['dossierItemMoved', '调整卷宗材料类目'],
      ['dossierItemReordered', '调整卷宗材料顺序'],
    ]);
    expect(dossierEntries[1]!.payload).toMatchObject({ itemId: notice.id, fromSection: 'acceptance', toSection: 'approval', toVolume: 'secondary' });

    // The party: the moved notice is gone from the tree, its item and its file are not found, the case lists it not.
    const partyAfter = (await party.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(items(partyAfter).map((i) => i.id)).not.toContain(notice.id);
    expect(items(partyAfter).find((i) => i.id === complaint.id)!.title).toBe('民事起诉状（原告张三）');
    const hidden = await party.get(`/api/v1/cases/${id}/dossier/items/${notice.id}`);
    expect([hidden.status, hidden.body.code]).toEqual([404, 'DOSSIER_ITEM_NOT_FOUND']);
    expect(hidden.body.message ?? hidden.body.messages).toBeTruthy();
    expect((await party.bytes(`/api/v1/attachments/${notice.id}/content`)).status).toBe(404);
    expect(((await party.get(`/api/v1/cases/${id}`)).body.attachments as { id: number }[]).map((a) => a.id)).not.toContain(notice.id);
    const partyTimeline = (await party.get(`/api/v1/cases/${id}/timeline`)).body as { event: string }[];
    expect(partyTimeline.filter((e) => e.event.startsWith('dossier')).map((e) => e.event)).toEqual(['dossierItemRenamed', 'dossierItemReordered']);
    // Staff still read and download it.
    expect((await clerk.get(`/api/v1/cases/${id}/dossier/items/${notice.id}`)).status).toBe(200);
    expect((await clerk.bytes(`/api/v1/attachments/${notice.id}/content`)).status).toBe(200);
  });

  test('refusals: a party may not arrange, an unknown section is refused, a stranger finds no dossier', async () => {
    const { id, party } = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const item = items((await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree)[0]!;
    expect((await party.request('PATCH', `/api/v1/cases/${id}/dossier/items/${item.id}`, { title: 'x' })).status).toBe(403);
    const unknown = await clerk.request('PATCH', `/api/v1/cases/${id}/dossier/items/${item.id}`, { sectionKey: 'nowhere' });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'DOSSIER_SECTION_UNKNOWN']);
    expect((await clerk.request('PATCH', `/api/v1/cases/${id}/dossier/items/999999999`, { title: 'x' })).status).toBe(404);
    expect((await clerk.request('PATCH', `/api/v1/cases/${id}/dossier/items/${item.id}`, {})).status).toBe(400);
    // Another basic court's clerk sees neither the case nor its dossier.
    const stranger = await ApiClient.loggedIn(world.server.baseUrl, 'kc-filing');
    const refused = await stranger.get(`/api/v1/cases/${id}/dossier`);
    expect([refused.status, refused.body.code]).toEqual([404, 'CASE_NOT_FOUND']);
    expect((await stranger.get(`/api/v1/cases/${id}/dossier/items/${item.id}`)).status).toBe(404);
  });
});
