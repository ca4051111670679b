import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { arrangeDossier, numberPages, reorderSection, type DossierItemFacts } from './arrangement';
import { catalogueFor, catalogueGroup, DEFAULT_CATALOGUES, kindForSection, sectionForKind, sourceOf } from './catalogue';

const item = (id: number, kind: string, pageCount: number | null = 1, placement: DossierItemFacts['placement'] = null): DossierItemFacts => ({
  id,
  kind,
  createdAt: `2026-01-01T00:00:${String(id).padStart(2, '0')}Z`,
  pageCount,
  placement,
});

describe('catalogue', () => {
  test('a file filed into a section stays there: every section but the 卷内目录 takes files, with a kind placed back in it', () => {
    for (const catalogue of Object.values(DEFAULT_CATALOGUES)) {
      for (const section of catalogue) {
        const kind = kindForSection(catalogue, section);
        if (section.key === 'index' || section.key === 'secondaryIndex') expect(kind, section.key).toBeNull();
        else expect(sectionForKind(catalogue, kind!).key, section.key).toBe(section.key);
      }
    }
  });

  test.each([
    ['民初', 'civil'],
    ['民终', 'civil'],
    ['刑初', 'criminal'],
    ['行初', 'administrative'],
    ['执', 'execution'],
    ['执恢', 'execution'],
  ])('%s uses the %s catalogue', (caseType, group) => expect(catalogueGroup(caseType)).toBe(group));

  test.each([
    ['民初', 'complaint', '起诉状、上诉状', 'main'],
    ['民初', 'acceptanceNotice', '受理案件通知书、缴费通知书', 'main'],
    ['民初', 'evidence', '证据材料', 'main'],
    ['民初', 'serviceProof', '传票、送达回证', 'main'],
    ['民初', 'dismissalRuling', '判决书、裁定书、决定书', 'main'],
    ['民初', 'deliberationRecord', '合议庭评议笔录', 'secondary'],
    ['民初', 'trialReport', '审理报告', 'secondary'],
    ['刑初', 'indictment', '起诉书、自诉状', 'main'],
    ['执', 'executionTitle', '执行申请书、执行依据', 'main'],
    ['民初', 'somethingNew', '其他材料', 'main'],
  ])('in a %s case a %s is placed in %s (%s)', (caseType, kind, title, volume) => {
    const s = sectionForKind(catalogueFor(caseType), kind);
    expect([s.title, s.volume]).toEqual([title, volume]);
  });

  test('every catalogue starts each volume with its 卷内目录 and puts the 正卷 before the 副卷; section keys are unique', () => {
    for (const c of Object.values(DEFAULT_CATALOGUES)) {
      expect(c[0]!.title).toBe('卷内目录');
      const firstSecondary = c.findIndex((s) => s.volume === 'secondary');
      expect(c.slice(firstSecondary).every((s) => s.volume === 'secondary')).toBe(true);
      expect(new Set(c.map((s) => s.key)).size).toBe(c.length);
    }
  });

  test('a configured catalogue replaces the default for its case type only', () => {
    const mine = [{ key: 'other', volume: 'main' as const, title: '全部材料', kinds: [] }];
    expect(catalogueFor('民初', { 民初: mine })).toBe(mine);
    expect(catalogueFor('民终', { 民初: mine })).toBe(DEFAULT_CATALOGUES.civil);
  });

  test.each([
    ['acceptanceNotice', true, 'generated'],
    ['complaint', false, 'filed'],
    ['evidence', false, 'evidence'],
    ['serviceProof', false, 'serviceProof'],
    ['signedAgreement', false, 'mediation'],
    ['trialReport', false, 'internal'],
  ])('a %s (generated: %s) comes from %s', (kind, generated, source) => expect(sourceOf(kind, generated)).toBe(source));
});

describe('arrangement', () => {
  test('items go to their sections in catalogue order and pages run across the volume', () => {
    const [main, secondary] = arrangeDossier(catalogueFor('民初'), [item(1, 'evidence', 3), item(2, 'complaint', 2), item(3, 'acceptanceNotice', 1), item(4, 'trialReport', 5)]);
    const rows = main!.sections.flatMap((s) => s.items.map((i) => [s.section.key, i.item.id, i.pages]));
    expect(rows).toEqual([
      ['pleading', 2, { firstPage: 1, lastPage: 2 }],
      ['acceptance', 3, { firstPage: 3, lastPage: 3 }],
      ['evidence', 1, { firstPage: 4, lastPage: 6 }],
    ]);
    expect(main!.pageCount).toBe(6);
    expect(secondary!.sections.flatMap((s) => s.items.map((i) => [i.item.id, i.pages]))).toEqual([[4, { firstPage: 1, lastPage: 5 }]]);
  });

  test('staff placement wins over the kind, placed items come before unplaced ones, an unknown count stops the numbering', () => {
    const [main, secondary] = arrangeDossier(catalogueFor('民初'), [
      item(1, 'evidence', 1, { sectionKey: 'evidence', position: 2 }),
      item(2, 'evidence', null),
      item(3, 'evidence', 4, { sectionKey: 'evidence', position: 1 }),
      item(4, 'complaint', 1, { sectionKey: 'deliberation', position: 1 }),
    ]);
    expect(main!.sections.find((s) => s.section.key === 'evidence')!.items.map((i) => [i.item.id, i.pages])).toEqual([
      [3, { firstPage: 1, lastPage: 4 }],
      [1, { firstPage: 5, lastPage: 5 }],
      [2, null],
    ]);
    expect(main!.pageCount).toBeNull();
    expect(secondary!.sections.find((s) => s.section.key === 'deliberation')!.items.map((i) => i.item.id)).toEqual([4]);
  });

  test('property: known counts give contiguous ranges from page 1 that sum to the volume', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 60 }), (counts) => {
        const ranges = numberPages(counts);
        let expected = 1;
        ranges.forEach((r, i) => {
          expect(r).toEqual({ firstPage: expected, lastPage: expected + counts[i]! - 1 });
          expected += counts[i]!;
        });
      }),
    );
  });

  test('property: ranges are null exactly from the first unknown count on', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }), { maxLength: 40 }), (counts) => {
        const firstUnknown = counts.indexOf(null);
        numberPages(counts).forEach((r, i) => expect(r === null).toBe(firstUnknown !== -1 && i >= firstUnknown));
      }),
    );
  });

  test('property: every item lands in exactly one section of the catalogue, whatever its kind or placement', () => {
    const catalogue = catalogueFor('民初');
    const keys = [...catalogue.map((s) => s.key), 'gone'];
    const anItem = fc.record({
      id: fc.integer({ min: 1, max: 1e6 }),
      kind: fc.constantFrom('complaint', 'evidence', 'trialReport', 'nonsense', 'serviceProof'),
      createdAt: fc.constant('2026-01-01T00:00:00Z'),
      pageCount: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
      placement: fc.option(fc.record({ sectionKey: fc.constantFrom(...keys), position: fc.integer({ min: 0, max: 20 }) }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(anItem, { selector: (i) => i.id, maxLength: 30 }), (items) => {
        const placed = arrangeDossier(catalogue, items).flatMap((v) => v.sections.flatMap((s) => s.items.map((i) => i.item.id)));
        expect(placed.sort((a, b) => a - b)).toEqual(items.map((i) => i.id).sort((a, b) => a - b));
      }),
    );
  });

  test.each([
    [[1, 2, 3], 3, 0, [3, 1, 2]],
    [[1, 2, 3], 1, 5, [2, 3, 1]],
    [[1, 2, 3], 4, 1, [1, 4, 2, 3]],
    [[1, 2, 3], 2, -1, [2, 1, 3]],
  ])('reordering %j: %d to index %d gives %j', (ids, moved, to, out) => expect(reorderSection(ids, moved, to)).toEqual(out));
});
