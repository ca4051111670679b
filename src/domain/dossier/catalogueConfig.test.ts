import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { volumeOf } from './arrangement';
import { catalogueFor, DEFAULT_CATALOGUES, SECONDARY_VOLUME, type DossierSection } from './catalogue';
import { checkCatalogue, KNOWN_KINDS, removedSectionKeys } from './catalogueConfig';

const civil = DEFAULT_CATALOGUES.civil;
const mainOf = (c: readonly DossierSection[]) => c.filter((s) => s.volume === 'main').map((s) => ({ ...s, kinds: [...s.kinds] }));
const withMain = (main: DossierSection[]) => [...main, ...SECONDARY_VOLUME];

function codeOf(caseType: string, sections: readonly DossierSection[]): string | null {
  try {
    checkCatalogue(caseType, sections);
    return null;
  } catch (e) {
    if (e instanceof DomainError) {
      expect(e.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(e.messages.en.length).toBeGreaterThan(0);
      return e.code;
    }
    throw e;
  }
}

describe('a configured catalogue', () => {
  test.each([
    ['民初', 'civil'],
    ['刑初', 'criminal'],
    ['行初', 'administrative'],
    ['执', 'execution'],
  ] as const)('the default of %s (%s) is a valid configuration', (caseType, group) => expect(codeOf(caseType, DEFAULT_CATALOGUES[group])).toBeNull());

  test('sections may be renamed, reordered, added and removed, and kinds moved between 正卷 sections', () => {
    const main = mainOf(civil);
    const evidence = main.find((s) => s.key === 'evidence')!;
    const mediation = main.find((s) => s.key === 'mediation')!;
    evidence.title = '证据';
    // 调解材料 moves into a new section; its old (now empty) section is removed; 证据 comes before 答辩状.
    const added = { key: 'settlement', volume: 'main' as const, title: '调解、和解材料', kinds: mediation.kinds };
    const rest = main.filter((s) => s !== mediation && s !== evidence);
    const at = rest.findIndex((s) => s.key === 'defence');
    const next = [...rest.slice(0, at), evidence, ...rest.slice(at), added];
    expect(codeOf('民初', withMain(next))).toBeNull();
    expect(removedSectionKeys(civil, withMain(next))).toEqual(['mediation']);
    expect(volumeOf(withMain(next), 'mediationAgreement', null)).toBe('main');
  });

  test.each<[string, (main: DossierSection[]) => DossierSection[], string]>([
    ['the 副卷 changed', (m) => [...m, ...SECONDARY_VOLUME.slice(1)], 'CATALOGUE_SECONDARY_FIXED'],
    ['a 副卷 kind removed', (m) => [...m, ...SECONDARY_VOLUME.map((s) => (s.key === 'trialReport' ? { ...s, kinds: [] } : s))], 'CATALOGUE_SECONDARY_FIXED'],
    ['the 副卷 before the 正卷', (m) => [...SECONDARY_VOLUME, ...m], 'CATALOGUE_SECONDARY_FIXED'],
    ['a 正卷 section among the 副卷', (m) => [...m.slice(0, -1), ...SECONDARY_VOLUME.slice(0, 2), m[m.length - 1]!, ...SECONDARY_VOLUME.slice(2)], 'CATALOGUE_SECONDARY_FIXED'],
    ['no 卷内目录 first', (m) => withMain([...m.slice(1), m[0]!]), 'CATALOGUE_INDEX_FIRST'],
    ['a 卷内目录 with kinds', (m) => withMain([{ ...m[0]!, kinds: ['other'] }, ...m.slice(1).map((s) => ({ ...s, kinds: s.kinds.filter((k) => k !== 'other') }))]), 'CATALOGUE_INDEX_FIRST'],
    ['no 其他材料', (m) => withMain(m.map((s) => (s.key === 'other' ? { ...s, key: 'misc' } : s))), 'CATALOGUE_OTHER_REQUIRED'],
    ['a key used twice', (m) => withMain([...m, { key: 'evidence', volume: 'main', title: '又一个', kinds: [] }]), 'CATALOGUE_KEY_DUPLICATE'],
    ['a 正卷 key of the 副卷', (m) => withMain([...m, { key: 'trialReport', volume: 'main', title: '报告', kinds: [] }]), 'CATALOGUE_KEY_DUPLICATE'],
    ['a malformed key', (m) => withMain([...m, { key: 'New Section', volume: 'main', title: '新', kinds: [] }]), 'CATALOGUE_KEY_INVALID'],
    ['an empty title', (m) => withMain(m.map((s) => (s.key === 'evidence' ? { ...s, title: ' ' } : s))), 'CATALOGUE_TITLE_INVALID'],
    ['a title of 41 characters', (m) => withMain(m.map((s) => (s.key === 'evidence' ? { ...s, title: '证'.repeat(41) } : s))), 'CATALOGUE_TITLE_INVALID'],
    ['a title with a bidi override', (m) => withMain(m.map((s) => (s.key === 'evidence' ? { ...s, title: '证据\u202e' } : s))), 'CATALOGUE_TITLE_INVALID'],
    ['an unknown kind', (m) => withMain(m.map((s) => (s.key === 'evidence' ? { ...s, kinds: [...s.kinds, 'nowhere'] } : s))), 'CATALOGUE_KIND_UNKNOWN'],
    ['a 副卷 kind in the 正卷', (m) => withMain(m.map((s) => (s.key === 'evidence' ? { ...s, kinds: [...s.kinds, 'trialReport'] } : s))), 'CATALOGUE_KIND_SECONDARY'],
    ['a kind in two sections', (m) => withMain(m.map((s) => (s.key === 'defence' ? { ...s, kinds: [...s.kinds, 'evidence'] } : s))), 'CATALOGUE_KIND_DUPLICATE'],
    ['a kind lost', (m) => withMain(m.filter((s) => s.key !== 'mediation')), 'CATALOGUE_KIND_MISSING'],
  ])('is refused with %s', (_what, change, code) => expect(codeOf('民初', change(mainOf(civil)))).toBe(code));

  test('a kind of another group may be added (an indictment in a civil 正卷)', () => {
    const main = mainOf(civil).map((s) => (s.key === 'pleading' ? { ...s, kinds: [...s.kinds, 'indictment'] } : s));
    expect(codeOf('民初', withMain(main))).toBeNull();
  });

  test('property: whatever a valid configuration does, every kind and every 副卷 placement keeps the volume it has by default', () => {
    const group = fc.constantFrom(...(['民初', '刑初', '行初', '执'] as const));
    fc.assert(
      fc.property(group, fc.array(fc.nat(), { maxLength: 30 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 6 }), (caseType, moves, extra) => {
        // Shuffle the 正卷 sections after the 卷内目录, move kinds between them, add sections with odd keys and titles.
        const main = mainOf(catalogueFor(caseType));
        const body = main.slice(1);
        for (const m of moves) {
          const from = body[m % body.length]!;
          const to = body[(m >> 3) % body.length]!;
          if (from.kinds.length) to.kinds.push(from.kinds.shift()!);
          body.push(body.splice(m % body.length, 1)[0]!);
        }
        const added = extra.map((t, i) => ({ key: `x${i}${t}`, volume: 'main' as const, title: t, kinds: [] }));
        const candidate = withMain([main[0]!, ...body, ...added]);
        if (codeOf(caseType, candidate) !== null) return;
        for (const kind of [...KNOWN_KINDS, 'unknownKind'])
          for (const key of [null, ...SECONDARY_VOLUME.map((s) => s.key), 'nowhere'])
            expect(volumeOf(candidate, kind, key), `${kind} in ${key}`).toBe(volumeOf(catalogueFor(caseType), kind, key));
      }),
      { numRuns: 200, seed: 20 },
    );
  });
});
