// 电子卷宗: the catalogue a case type's dossiers are arranged in (正卷 and 副卷), its default or one the
// administrator configured, and the update that replaces it (the 副卷 is fixed: src/domain/dossier/catalogueConfig.ts).
import Type, { type Static } from 'typebox';
import { Bilingual } from './common';

export const CatalogueSection = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 40 }),
    volume: Type.Union([Type.Literal('main'), Type.Literal('secondary')]),
    title: Type.String({ maxLength: 40 }),
    /** The item kinds placed here automatically (attachment categories, generated document kinds). */
    kinds: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 60 }),
  },
  { additionalProperties: false },
);
export type CatalogueSection = Static<typeof CatalogueSection>;

export const CaseTypeCatalogue = Type.Object({
  caseType: Type.String({ description: '类型代字, e.g. 民初' }),
  caseTypeLabel: Bilingual,
  group: Type.Enum(['civil', 'criminal', 'administrative', 'execution'], { description: 'whose default catalogue the case type uses' }),
  isConfigured: Type.Boolean({ description: 'false: the group\'s default catalogue' }),
  /** Optimistic version of the setting: send it back with an update; 0 while the case type was never configured. */
  version: Type.Integer({ minimum: 0 }),
  sections: Type.Array(CatalogueSection),
  /** The kinds the default 正卷 places: a configured 正卷 must still place each of them. */
  requiredKinds: Type.Array(Type.String()),
  /** Every kind a 正卷 section may list. */
  knownKinds: Type.Array(Type.String()),
});
export type CaseTypeCatalogue = Static<typeof CaseTypeCatalogue>;

export const CaseTypeParams = Type.Object({ caseType: Type.String({ minLength: 1, maxLength: 10 }) }, { additionalProperties: false });

export const CatalogueUpdate = Type.Object(
  {
    version: Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 }),
    sections: Type.Array(CatalogueSection, { minItems: 1, maxItems: 60 }),
  },
  { additionalProperties: false },
);
export type CatalogueUpdate = Static<typeof CatalogueUpdate>;

/** DELETE …?version=N: back to the default, if the setting is still at that version. */
export const CatalogueResetQuery = Type.Object({ version: Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 }) }, { additionalProperties: false });
