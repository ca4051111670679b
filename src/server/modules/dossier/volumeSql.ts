// The volume of a dossier item in SQL, built from the same catalogue data as `volumeOf` (src/domain/dossier): search
// filters every hit by it in the query itself, so counts and pages never include a 副卷 page a reader may not see.
// A property test (dossierSearch.db.test.ts) holds this expression to `volumeOf` over every case type, kind and section,
// with and without configured catalogues.
import { sql, type SQL } from 'drizzle-orm';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import { DEFAULT_CATALOGUES, sectionForKind, type CatalogueGroup, type DossierSection } from '../../../domain/dossier/catalogue';

interface VolumeFacts {
  /** Every section key of the catalogue: a staff placement in one of them decides the volume. */
  keys: string[];
  secondaryKeys: string[];
  /** Kinds an unplaced item of which goes to the 副卷 (the first section listing the kind is in the 副卷). */
  secondaryKinds: string[];
}

function volumeFacts(catalogue: readonly DossierSection[]): VolumeFacts {
  const kinds = [...new Set(catalogue.flatMap((s) => s.kinds))];
  return {
    keys: catalogue.map((s) => s.key).sort(),
    secondaryKeys: catalogue.filter((s) => s.volume === 'secondary').map((s) => s.key).sort(),
    secondaryKinds: kinds.filter((k) => sectionForKind(catalogue, k).volume === 'secondary').sort(),
  };
}

const texts = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

function secondaryIn(f: VolumeFacts, kind: SQL, sectionKey: SQL): SQL {
  return sql`(case when ${sectionKey} = any(${texts(f.keys)}) then ${sectionKey} = any(${texts(f.secondaryKeys)}) else ${kind} = any(${texts(f.secondaryKinds)}) end)`;
}

/** catalogueGroup() in SQL: the group of the case type (by its 类型代字). */
function groupSql(caseType: SQL): SQL {
  return sql`(case when ${caseType} = any(${texts(EXECUTION_CASE_TYPES)}) or ${caseType} like '执%' then 'execution'
                   when ${caseType} like '刑%' then 'criminal' when ${caseType} like '行%' then 'administrative' else 'civil' end)`;
}

/**
 * True when the item (its attachment category, its staff section key or null, its case's type) is in the 副卷 of the
 * case type's catalogue: a configured one (`configured`, by case type: catalogueStore.ts) or its group's default. While
 * every catalogue places items the same way, the case type is left out of the expression and the planner sees a plain
 * condition on the item. A configured catalogue keeps the fixed 副卷 (its keys and kinds: catalogueConfig.ts), so its
 * 副卷 keys and kinds are the defaults'; only its 正卷 keys differ (an item placed in a section the catalogue lacks
 * goes by its kind), hence one branch per configured case type, ahead of the groups.
 */
export function isSecondaryVolumeSql(cols: { kind: SQL; sectionKey: SQL; caseType: SQL }, configured: Readonly<Record<string, readonly DossierSection[]>> = {}): SQL {
  const groups = Object.keys(DEFAULT_CATALOGUES) as CatalogueGroup[];
  const facts = groups.map((g) => [g, volumeFacts(DEFAULT_CATALOGUES[g])] as const);
  const own = Object.entries(configured).map(([t, c]) => [t, volumeFacts(c)] as const);
  const first = JSON.stringify(facts[0]![1]);
  if ([...facts, ...own].every(([, f]) => JSON.stringify(f) === first)) return secondaryIn(facts[0]![1], cols.kind, cols.sectionKey);
  const branches = facts.map(([g, f]) => sql`when ${g} then ${secondaryIn(f, cols.kind, cols.sectionKey)}`);
  const byGroup = sql`(case ${groupSql(cols.caseType)} ${sql.join(branches, sql` `)} end)`;
  if (!own.length) return byGroup;
  const byType = own.map(([t, f]) => sql`when ${cols.caseType} = ${t} then ${secondaryIn(f, cols.kind, cols.sectionKey)}`);
  return sql`(case ${sql.join(byType, sql` `)} else ${byGroup} end)`;
}
