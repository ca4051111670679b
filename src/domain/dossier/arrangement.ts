// The dossier as arranged: every item in its section (placed by kind unless staff moved it), in order, with its pages
// numbered across its volume ([U] the archiving practice numbers each volume's pages from 1, the catalogue included).
import { type DossierSection, type DossierVolume, sectionForKind } from './catalogue';

export interface DossierItemFacts {
  id: number;
  kind: string;
  /** Order of arrival, for items staff have not placed (ISO instant). */
  createdAt: string;
  /** Null until the page count is known (from the scanned or rendered file). */
  pageCount: number | null;
  /** Staff placement, when the case's dossier has been arranged; position orders a section's items. */
  placement: { sectionKey: string; position: number } | null;
}

export interface PageRange {
  firstPage: number;
  lastPage: number;
}

export interface ArrangedSection<T extends DossierItemFacts> {
  section: DossierSection;
  items: { item: T; pages: PageRange | null }[];
}

export interface ArrangedVolume<T extends DossierItemFacts> {
  volume: DossierVolume;
  sections: ArrangedSection<T>[];
  /** Null while some item's page count is unknown. */
  pageCount: number | null;
}

/**
 * Page ranges for items in volume order: each item starts after the one before. Once an item's count is unknown, the
 * numbers after it cannot be known either, so its range and every later one are null.
 */
export function numberPages(pageCounts: readonly (number | null)[]): (PageRange | null)[] {
  let next: number | null = 1;
  return pageCounts.map((n) => {
    if (next === null || n === null) {
      next = null;
      return null;
    }
    const range = { firstPage: next, lastPage: next + n - 1 };
    next += n;
    return range;
  });
}

/** The section an item sits in: staff placement if that section is in the catalogue, else by its kind. */
export function sectionOf(catalogue: readonly DossierSection[], item: DossierItemFacts): DossierSection {
  const placed = item.placement && catalogue.find((s) => s.key === item.placement!.sectionKey);
  return placed || sectionForKind(catalogue, item.kind);
}

/** The volume a file of this kind is in, given the section staff placed it in (null: not placed). */
export function volumeOf(catalogue: readonly DossierSection[], kind: string, sectionKey: string | null): DossierVolume {
  return sectionOf(catalogue, { id: 0, kind, createdAt: '', pageCount: null, placement: sectionKey === null ? null : { sectionKey, position: 0 } }).volume;
}

// Placed items by position; items not yet placed after them, in order of arrival.
function compareInSection(a: DossierItemFacts, b: DossierItemFacts): number {
  const pa = a.placement?.position ?? Number.POSITIVE_INFINITY;
  const pb = b.placement?.position ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id - b.id;
}

export function arrangeDossier<T extends DossierItemFacts>(catalogue: readonly DossierSection[], items: readonly T[]): ArrangedVolume<T>[] {
  const bySection = new Map<string, T[]>(catalogue.map((s) => [s.key, []]));
  for (const item of items) bySection.get(sectionOf(catalogue, item).key)!.push(item);
  const volumes: DossierVolume[] = ['main', 'secondary'];
  return volumes.map((volume) => {
    const sections = catalogue.filter((s) => s.volume === volume).map((section) => ({ section, ordered: [...bySection.get(section.key)!].sort(compareInSection) }));
    const counts = sections.flatMap((s) => s.ordered.map((i) => i.pageCount));
    const ranges = numberPages(counts);
    let k = 0;
    const arranged = sections.map(({ section, ordered }) => ({ section, items: ordered.map((item) => ({ item, pages: ranges[k++]! })) }));
    const last = ranges.length ? ranges[ranges.length - 1]! : { lastPage: 0 };
    return { volume, sections: arranged, pageCount: last === null ? null : last.lastPage };
  });
}

/**
 * The positions of one section after moving an item to index `to` (clamped) in it: the section's item ids in their new
 * order, the moved item inserted (or moved within) — the rows staff arrangement saves.
 */
export function reorderSection(ids: readonly number[], movedId: number, to: number): number[] {
  const rest = ids.filter((id) => id !== movedId);
  const at = Math.max(0, Math.min(Math.trunc(to), rest.length));
  return [...rest.slice(0, at), movedId, ...rest.slice(at)];
}
