// Reference data: courts, divisions, rooms, case-type codes, causes of action. Seeded from reference/, editable by admins.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, serial, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const courts = pgTable(
  'courts',
  {
    id: serial('id').primaryKey(),
    /** 法院代字 used in case numbers (CASENO arts 4–5). */
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: ['supreme', 'high', 'intermediate', 'basic'] }).notNull(),
    parentId: integer('parent_id').references((): any => courts.id),
    province: text('province'),
    /** GB/T 2260 administrative division code of the seat, where known. */
    divisionCode: text('division_code'),
    /** How the code is known: attested by a public case number, by the SPC rule, or derived and unverified. */
    codeBasis: text('code_basis', { enum: ['attested', 'rule', 'derived'] }).notNull(),
    codeEvidence: text('code_evidence'),
    isActive: boolean('is_active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('courts_code_uq').on(t.code), index('courts_parent_idx').on(t.parentId)],
);

export const divisions = pgTable(
  'divisions',
  {
    id: serial('id').primaryKey(),
    courtId: integer('court_id').notNull().references(() => courts.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['filing', 'civil', 'criminal', 'administrative', 'execution', 'other'] }).notNull(),
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [uniqueIndex('divisions_court_name_uq').on(t.courtId, t.name)],
);

export const rooms = pgTable(
  'rooms',
  {
    id: serial('id').primaryKey(),
    courtId: integer('court_id').notNull().references(() => courts.id),
    name: text('name').notNull(),
    /** Short code used in an online hearing's meeting link ({{roomCode}}); null: the room's id. */
    code: text('code'),
    /** 科技法庭 / 互联网法庭: equipped for online and hybrid hearings (ONLINE-LIT arts 21–27). */
    isOnlineCapable: boolean('is_online_capable').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [uniqueIndex('rooms_court_name_uq').on(t.courtId, t.name)],
);

/** 人民法院案件类型及其代字标准: 4-digit type code, name, 类型代字. */
export const caseTypeCodes = pgTable('case_type_codes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  typeCode: text('type_code'),
  category: text('category'),
  kind: text('kind'),
  isActive: boolean('is_active').notNull().default(true),
});

/** 民事案件案由规定: parts (level 1), level-2 groups, level-3 causes (numbered), level-4 causes. */
export const causes = pgTable(
  'causes',
  {
    id: serial('id').primaryKey(),
    edition: text('edition').notNull(),
    /** Stable key within the edition: 'P1', 'P1-2', '123', '123-4'. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    level: smallint('level').notNull(),
    parentId: integer('parent_id').references((): any => causes.id),
    /** Official level-3 number (1–473 in the 2020 edition); null for other levels. */
    number: integer('number'),
    sortOrder: integer('sort_order').notNull(),
    /** Names from the part down to this cause, for display and search. */
    path: text('path').notNull(),
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [
    uniqueIndex('causes_edition_key_uq').on(t.edition, t.key),
    index('causes_parent_idx').on(t.parentId),
    check('causes_level_ck', sql`${t.level} between 1 and 4`),
  ],
);
