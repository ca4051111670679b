// Where a case type's dossier catalogue is kept: the settings row 'dossierCatalogue:<类型代字>' ({ sections } while
// configured, {} once reset to the default; its version is the optimistic version of the setting). Every use case that
// arranges, files, splits, shows, exports or searches a dossier reads it here (once per transaction: settingsRows.ts).
import { sql } from 'drizzle-orm';
import { catalogueFor, SECONDARY_VOLUME, type DossierSection } from '../../../domain/dossier/catalogue';
import type { Queryable, Tx } from '../../db/database';
import { settingsRow, settingsRowsWithPrefix, writeSettingsRow, type SettingsRow } from '../../db/settingsRows';

const PREFIX = 'dossierCatalogue:';
const keyOf = (caseType: string) => `${PREFIX}${caseType}`;

export interface CatalogueSetting {
  sections: readonly DossierSection[];
  isConfigured: boolean;
  /** 0: never configured (no settings row). */
  version: number;
}

/** The stored 正卷 with the 副卷 as the code fixes it today, or null when not configured. */
function configuredOf(row: SettingsRow | undefined): DossierSection[] | null {
  const sections = row?.value.sections;
  if (!Array.isArray(sections)) return null;
  return [...(sections as DossierSection[]).filter((s) => s.volume === 'main'), ...SECONDARY_VOLUME];
}

export async function loadCatalogueSetting(q: Queryable, caseType: string): Promise<CatalogueSetting> {
  const row = await settingsRow(q, keyOf(caseType));
  const configured = configuredOf(row);
  return { sections: configured ?? catalogueFor(caseType), isConfigured: configured !== null, version: row?.version ?? 0 };
}

/** The catalogue a case type's dossiers are arranged in: the configured one, else its group's default. */
export async function loadCatalogue(q: Queryable, caseType: string): Promise<readonly DossierSection[]> {
  return (await loadCatalogueSetting(q, caseType)).sections;
}

/** Every configured catalogue, by case type (for reading dossiers of many case types at once: search). */
export async function loadConfiguredCatalogues(q: Queryable): Promise<Record<string, readonly DossierSection[]>> {
  const configured: Record<string, readonly DossierSection[]> = {};
  for (const [key, row] of await settingsRowsWithPrefix(q, PREFIX)) {
    const sections = configuredOf(row);
    if (sections) configured[key.slice(PREFIX.length)] = sections;
  }
  return configured;
}

/** The setting locked for an update (a row at version 0 stands in for a case type never configured). */
export async function lockCatalogueSetting(tx: Tx, caseType: string): Promise<CatalogueSetting> {
  await tx.execute(sql`insert into settings (key, value, version) values (${keyOf(caseType)}, '{}'::jsonb, 0) on conflict (key) do nothing`);
  await tx.execute(sql`select 1 from settings where key = ${keyOf(caseType)} for update`);
  return loadCatalogueSetting(tx, caseType);
}

/** Saves a configured catalogue (null: back to the default), bumping the version. */
export async function saveCatalogue(tx: Tx, caseType: string, sections: readonly DossierSection[] | null, actorId: number): Promise<void> {
  // {} (not null, which would only bump the version) clears the configured sections.
  await writeSettingsRow(tx, keyOf(caseType), sections === null ? {} : { sections: sections.map(({ key, volume, title, kinds }) => ({ key, volume, title, kinds })) }, actorId);
}

/** How many items of the case type's dossiers staff placed in these sections (split files have left the dossier). */
export async function placedItemCount(tx: Tx, caseType: string, sectionKeys: readonly string[]): Promise<number> {
  if (!sectionKeys.length) return 0;
  const r = await tx.execute<{ n: number }>(sql`
    select count(*)::int as n from dossier_entries e join cases k on k.id = e.case_id
     where k.case_type = ${caseType} and e.section_key = any(${sql.param([...sectionKeys])}::text[]) and e.split_at is null`);
  return Number(r.rows[0]!.n);
}
