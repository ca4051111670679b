// 网络查控 (rules.md §5.2): the agencies a court asks (总对总 national, 点对点 local per court), their staff accounts, the
// requests sent to them (inquiries and controls), the case's asset list (财产清单) and the controls in force.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { attachments, caseParties, cases } from './cases';
import { casePeriods } from './clock';
import { executionLedgerEntries } from './executionFunds';
import { users } from './people';
import { courts } from './reference';

/** An assisting agency (协助执行单位): national (court_id null, 总对总) or a court's local one (点对点). */
export const agencies = pgTable(
  'agencies',
  {
    id: serial('id').primaryKey(),
    channel: text('channel', { enum: ['national', 'local'] }).notNull(),
    /** A kind of src/domain/execution/assetControl.ts AGENCY_KINDS (bank, realEstateRegistry, …). */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** The court that configured a local agency; null for a national one. */
    courtId: integer('court_id').references(() => courts.id),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agencies_court_name_uq').on(sql`coalesce(${t.courtId}, 0)`, t.name)],
);

/** An agency user (role `agency`) works for exactly one agency. */
export const agencyUsers = pgTable('agency_users', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  agencyId: integer('agency_id')
    .notNull()
    .references(() => agencies.id),
});

/** A court's 查控 settings; without a row the defaults (no approval). */
export const assetControlSettings = pgTable('asset_control_settings', {
  courtId: integer('court_id')
    .primaryKey()
    .references(() => courts.id),
  /** none | divisionChief: whether a request waits for the 执行局长's approval before the agency sees it. */
  controlApproval: text('control_approval', { enum: ['none', 'divisionChief'] }).notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer('updated_by').references(() => users.id),
});

/** 财产清单: what was found of a debtor's property, by an agency's answer or by the officer on site. */
export const caseAssets = pgTable(
  'case_assets',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    kind: text('kind', { enum: ['account', 'realEstate', 'vehicle', 'securities', 'other'] }).notNull(),
    identifier: text('identifier').notNull(),
    description: text('description').notNull(),
    balanceFen: bigint('balance_fen', { mode: 'number' }),
    /** inquiry (an agency's answer) or onSite (found by other means, entered by the officer). */
    source: text('source', { enum: ['inquiry', 'onSite'] }).notNull(),
    agencyId: integer('agency_id').references(() => agencies.id),
    requestId: bigint('request_id', { mode: 'number' }),
    foundOn: date('found_on').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_assets_case_idx').on(t.caseId)],
);

/** One request to one agency about one debtor of one case: an inquiry or a control, with its documents and answer. */
export const assetControlRequests = pgTable(
  'asset_control_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    channel: text('channel', { enum: ['national', 'local'] }).notNull(),
    kind: text('kind', { enum: ['inquiry', 'freeze', 'seize', 'deduct', 'unfreeze', 'renew'] }).notNull(),
    status: text('status', { enum: ['awaitingApproval', 'rejected', 'sent', 'answered', 'executed', 'refused'] }).notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** A control's asset (from the asset list), and the control a release or renewal acts on. */
    assetId: bigint('asset_id', { mode: 'number' }).references(() => caseAssets.id),
    controlId: bigint('control_id', { mode: 'number' }),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    /** Null when the system asked (the periodic re-query after 终本). */
    requestedBy: integer('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    /** A control's 裁定书 and 协助执行通知书, generated from the case's data. */
    rulingAttachmentId: bigint('ruling_attachment_id', { mode: 'number' }).references(() => attachments.id),
    noticeAttachmentId: bigint('notice_attachment_id', { mode: 'number' }).references(() => attachments.id),
    /** The agency's structured answer (inquiry) or execution facts (control). */
    answer: jsonb('answer').$type<Record<string, unknown>>(),
    answeredOn: date('answered_on'),
    answeredBy: integer('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    refusalReason: text('refusal_reason'),
    /** The agency's e-sealed receipt (回执, a PDF). */
    receiptAttachmentId: bigint('receipt_attachment_id', { mode: 'number' }).references(() => attachments.id),
    ledgerEntryId: bigint('ledger_entry_id', { mode: 'number' }).references(() => executionLedgerEntries.id),
    /** The national batch file the request went out in (null: not yet sent, or a local agency's portal). */
    batchId: text('batch_id'),
  },
  (t) => [
    index('asset_control_requests_agency_idx').on(t.agencyId, t.id).where(sql`${t.status} <> 'awaitingApproval' and ${t.status} <> 'rejected'`),
    index('asset_control_requests_case_idx').on(t.caseId),
    index('asset_control_requests_court_idx').on(t.courtId, t.id),
    index('asset_control_requests_unbatched_idx').on(t.id).where(sql`${t.channel} = 'national' and ${t.status} = 'sent' and ${t.batchId} is null`),
  ],
);

/** A freeze or seizure in force on an asset, with its term on the case's clock (CPL-Interp art 485). */
export const assetControls = pgTable(
  'asset_controls',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    assetId: bigint('asset_id', { mode: 'number' })
      .notNull()
      .references(() => caseAssets.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The request that executed it, and the latest renewal. */
    requestId: bigint('request_id', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: ['freeze', 'seize'] }).notNull(),
    termKind: text('term_kind', { enum: ['depositFreeze', 'movableSeizure', 'realEstateSeizure'] }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    startsOn: date('starts_on').notNull(),
    expiresOn: date('expires_on').notNull(),
    renewals: integer('renewals').notNull().default(0),
    periodId: bigint('period_id', { mode: 'number' }).references(() => casePeriods.id),
    releasedOn: date('released_on'),
  },
  (t) => [
    index('asset_controls_case_idx').on(t.caseId),
    index('asset_controls_asset_idx').on(t.assetId),
    index('asset_controls_expiry_idx').on(t.expiresOn).where(sql`${t.releasedOn} is null`),
  ],
);
