// 电子卷宗: what a catalogue configured for one case type may change. [U] The order of the 正卷 follows the SPC's
// archiving rules only as a default (catalogue.ts), so a court may rename, reorder, add and remove its sections and
// move kinds between them; the 副卷 is fixed, so that no kind and no staff placement ever changes volume (the search
// filters the 副卷 in SQL from the same facts: src/server/modules/dossier/volumeSql.ts).
import { refuse } from '../errors/domainError';
import { catalogueGroup, DEFAULT_CATALOGUES, SECONDARY_VOLUME, type DossierSection } from './catalogue';

export const SECTION_TITLE_MAX = 40;
const KEY_PATTERN = /^[a-z][A-Za-z0-9]{0,39}$/;
// Control characters, bidi overrides and isolates have no place in a title printed on a cover.
// eslint-disable-next-line no-control-regex
const TITLE_FORBIDDEN = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Every kind a catalogue may place: those of the default catalogues of all groups. */
export const KNOWN_KINDS: ReadonlySet<string> = new Set(Object.values(DEFAULT_CATALOGUES).flatMap((c) => c.flatMap((s) => s.kinds)));
const SECONDARY_KINDS: ReadonlySet<string> = new Set(SECONDARY_VOLUME.flatMap((s) => s.kinds));

/** The kinds the group's default 正卷 places: a configured 正卷 of a case type of the group places each of them somewhere. */
export function requiredMainKinds(caseType: string): string[] {
  return DEFAULT_CATALOGUES[catalogueGroup(caseType)].filter((s) => s.volume === 'main').flatMap((s) => s.kinds);
}

function checkSecondary(sections: readonly DossierSection[]): void {
  const secondary = sections.filter((s) => s.volume === 'secondary');
  const same =
    secondary.length === SECONDARY_VOLUME.length &&
    secondary.every((s, i) => {
      const fixed = SECONDARY_VOLUME[i]!;
      return s.key === fixed.key && s.title === fixed.title && s.kinds.length === fixed.kinds.length && s.kinds.every((k, j) => k === fixed.kinds[j]);
    });
  const mainFirst = sections.findIndex((s) => s.volume === 'secondary') === sections.length - secondary.length;
  if (!same || !mainFirst)
    refuse('CATALOGUE_SECONDARY_FIXED', 'invalid', '副卷的类目固定不变（内部材料不得移入正卷），请保留副卷原样并置于正卷之后。', 'The 副卷 (internal volume) is fixed, so that no internal paper moves into the parties\' volume: keep it as it is, after the 正卷.');
}

function checkSection(s: DossierSection, index: number, seen: Set<string>): void {
  if (!KEY_PATTERN.test(s.key))
    refuse('CATALOGUE_KEY_INVALID', 'invalid', `第${index + 1}个类目的标识“${s.key}”不合规：须以小写字母开头，仅含字母和数字，至多40位。`, `Section ${index + 1}'s key "${s.key}" is not valid: a lower-case letter, then letters and digits, at most 40.`, { index, key: s.key });
  if (seen.has(s.key)) refuse('CATALOGUE_KEY_DUPLICATE', 'invalid', `类目标识“${s.key}”重复。`, `The section key "${s.key}" is used twice.`, { index, key: s.key });
  seen.add(s.key);
  const title = s.title.trim();
  if (!title || title.length > SECTION_TITLE_MAX || title !== s.title || TITLE_FORBIDDEN.test(title))
    refuse('CATALOGUE_TITLE_INVALID', 'invalid', `类目“${s.key}”的名称须为1至${SECTION_TITLE_MAX}个字，首尾不留空格，不含控制字符。`, `The title of section "${s.key}" must be 1 to ${SECTION_TITLE_MAX} characters, without surrounding spaces or control characters.`, { index, key: s.key });
}

function checkKinds(caseType: string, main: readonly DossierSection[]): void {
  const placed = new Map<string, string>();
  for (const s of main)
    for (const kind of s.kinds) {
      if (SECONDARY_KINDS.has(kind))
        refuse('CATALOGUE_KIND_SECONDARY', 'invalid', `“${kind}”属于副卷材料，不能放入正卷类目“${s.title}”。`, `"${kind}" is a 副卷 (internal) kind and cannot go into the 正卷 section "${s.title}".`, { key: s.key, kind });
      if (!KNOWN_KINDS.has(kind)) refuse('CATALOGUE_KIND_UNKNOWN', 'invalid', `类目“${s.title}”中的材料种类“${kind}”不存在。`, `Section "${s.title}" lists an unknown kind "${kind}".`, { key: s.key, kind });
      if (placed.has(kind))
        refuse('CATALOGUE_KIND_DUPLICATE', 'invalid', `材料种类“${kind}”同时列在两个类目中，请只保留一处。`, `The kind "${kind}" is listed in two sections; keep it in one.`, { key: s.key, kind, alsoIn: placed.get(kind) });
      placed.set(kind, s.key);
    }
  const missing = requiredMainKinds(caseType).filter((k) => !placed.has(k));
  if (missing.length)
    refuse('CATALOGUE_KIND_MISSING', 'invalid', `以下材料种类没有归入任何正卷类目：${missing.join('、')}。`, `These kinds are placed in no 正卷 section: ${missing.join(', ')}.`, { kinds: missing });
}

/**
 * Refuses a catalogue configured for the case type unless: the 副卷 is the fixed one, after the 正卷; the 正卷 starts
 * with an empty 卷内目录 ('index') and keeps 其他材料 ('other'); keys are unique and well-formed, titles short and
 * plain; every kind is known, in one 正卷 section at most, never a 副卷 kind, and none the default 正卷 places is lost.
 */
export function checkCatalogue(caseType: string, sections: readonly DossierSection[]): void {
  checkSecondary(sections);
  const main = sections.filter((s) => s.volume === 'main');
  const seen = new Set<string>();
  sections.forEach((s, i) => checkSection(s, i, seen));
  if (main[0]?.key !== 'index' || main[0].kinds.length)
    refuse('CATALOGUE_INDEX_FIRST', 'invalid', '正卷须以“卷内目录”开头（由系统生成，不放材料）。', 'The 正卷 must start with its index (卷内目录), which is generated and takes no files.');
  if (!main.some((s) => s.key === 'other'))
    refuse('CATALOGUE_OTHER_REQUIRED', 'invalid', '正卷须保留“其他材料”类目（存放无法归类的材料）。', 'The 正卷 must keep its "other materials" section (其他材料) for items of no listed kind.');
  checkKinds(caseType, main);
}

/** The section keys a configured catalogue drops from the one in force (their placed items would lose their place). */
export function removedSectionKeys(before: readonly DossierSection[], after: readonly DossierSection[]): string[] {
  const kept = new Set(after.map((s) => s.key));
  return before.filter((s) => !kept.has(s.key)).map((s) => s.key);
}
