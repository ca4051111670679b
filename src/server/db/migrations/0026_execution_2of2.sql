CREATE TABLE "consumption_restrictions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"items" jsonb NOT NULL,
	"persons" jsonb NOT NULL,
	"until_on" date,
	"status" text NOT NULL,
	"from_listing_id" bigint,
	"proposed_by" integer,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_by" integer,
	"signed_on" date,
	"decision_note" text,
	"document_id" bigint,
	"lift_reason" text,
	"lifted_on" date,
	"lifted_by" integer
);
--> statement-breakpoint
CREATE TABLE "dishonest_corrections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"listing_id" bigint NOT NULL,
	"reason" text NOT NULL,
	"applied_by" integer NOT NULL,
	"applied_on" date NOT NULL,
	"status" text NOT NULL,
	"decided_on" date,
	"decision_note" text,
	"corrected_on" date,
	"reconsideration_on" date,
	"reconsideration_reason" text,
	"reconsideration_decided_on" date
);
--> statement-breakpoint
CREATE TABLE "dishonest_listings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"ground" integer NOT NULL,
	"initiative" text NOT NULL,
	"aggravation_years" integer DEFAULT 0 NOT NULL,
	"term_years" integer,
	"facts" text NOT NULL,
	"forewarn" boolean NOT NULL,
	"grace_days" integer DEFAULT 0 NOT NULL,
	"public_name" text NOT NULL,
	"masked_id_number" text,
	"status" text NOT NULL,
	"proposed_by" integer NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_by" integer,
	"decided_on" date,
	"decision_note" text,
	"effective_on" date,
	"expires_on" date,
	"deletion_ground" text,
	"deletion_ground_on" date,
	"deletion_due_on" date,
	"deleted_on" date,
	"deleted_by" integer
);
--> statement-breakpoint
CREATE TABLE "execution_settlement_instalments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"settlement_id" bigint NOT NULL,
	"case_id" bigint NOT NULL,
	"seq" integer NOT NULL,
	"amount_fen" bigint NOT NULL,
	"agreed_due_on" date NOT NULL,
	"period_id" bigint NOT NULL,
	"warned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "execution_settlement_payments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"settlement_id" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"note" text,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "execution_settlements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"case_id" bigint NOT NULL,
	"agreed_on" date NOT NULL,
	"total_fen" bigint NOT NULL,
	"replaces" text NOT NULL,
	"document_id" bigint NOT NULL,
	"last_due_on" date NOT NULL,
	"status" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"restored_on" date,
	"restoration_ground" text,
	"restoration_reason" text,
	"restored_case_id" bigint,
	"restored_by" integer
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"court_id" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_users" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"agency_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_control_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"agency_id" integer NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"legal_basis" text NOT NULL,
	"asset_id" bigint,
	"control_id" bigint,
	"amount_fen" bigint,
	"requested_by" integer,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"ruling_attachment_id" bigint,
	"notice_attachment_id" bigint,
	"answer" jsonb,
	"answered_on" date,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	"refusal_reason" text,
	"receipt_attachment_id" bigint,
	"ledger_entry_id" bigint,
	"batch_id" text
);
--> statement-breakpoint
CREATE TABLE "asset_control_settings" (
	"court_id" integer PRIMARY KEY NOT NULL,
	"control_approval" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "asset_controls" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"case_id" bigint NOT NULL,
	"asset_id" bigint NOT NULL,
	"agency_id" integer NOT NULL,
	"request_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"term_kind" text NOT NULL,
	"amount_fen" bigint,
	"starts_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"renewals" integer DEFAULT 0 NOT NULL,
	"period_id" bigint,
	"released_on" date
);
--> statement-breakpoint
CREATE TABLE "case_assets" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"identifier" text NOT NULL,
	"description" text NOT NULL,
	"balance_fen" bigint,
	"source" text NOT NULL,
	"agency_id" integer,
	"request_id" bigint,
	"found_on" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "execution_requeries" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"closed_on" date NOT NULL,
	"next_due_on" date,
	"runs" integer DEFAULT 0 NOT NULL,
	"last_run_on" date,
	"awaiting_request_ids" bigint[],
	"negative_runs" integer DEFAULT 0 NOT NULL,
	"found_on" date
);
--> statement-breakpoint
DROP INDEX "cases_open_idx";--> statement-breakpoint
DROP INDEX "cases_open_court_received_idx";--> statement-breakpoint
ALTER TABLE "execution_court_settings" ADD COLUMN "inquiry_window_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "consumption_restrictions" ADD CONSTRAINT "consumption_restrictions_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_restrictions" ADD CONSTRAINT "consumption_restrictions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_restrictions" ADD CONSTRAINT "consumption_restrictions_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_restrictions" ADD CONSTRAINT "consumption_restrictions_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_restrictions" ADD CONSTRAINT "consumption_restrictions_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_restrictions" ADD CONSTRAINT "consumption_restrictions_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_corrections" ADD CONSTRAINT "dishonest_corrections_listing_id_dishonest_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."dishonest_listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_corrections" ADD CONSTRAINT "dishonest_corrections_applied_by_users_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_listings" ADD CONSTRAINT "dishonest_listings_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_listings" ADD CONSTRAINT "dishonest_listings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_listings" ADD CONSTRAINT "dishonest_listings_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_listings" ADD CONSTRAINT "dishonest_listings_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_listings" ADD CONSTRAINT "dishonest_listings_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_listings" ADD CONSTRAINT "dishonest_listings_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlement_instalments" ADD CONSTRAINT "execution_settlement_instalments_settlement_id_execution_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."execution_settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlement_instalments" ADD CONSTRAINT "execution_settlement_instalments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlement_instalments" ADD CONSTRAINT "execution_settlement_instalments_period_id_case_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."case_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlement_payments" ADD CONSTRAINT "execution_settlement_payments_settlement_id_execution_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."execution_settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlement_payments" ADD CONSTRAINT "execution_settlement_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlements" ADD CONSTRAINT "execution_settlements_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlements" ADD CONSTRAINT "execution_settlements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlements" ADD CONSTRAINT "execution_settlements_document_id_attachments_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlements" ADD CONSTRAINT "execution_settlements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlements" ADD CONSTRAINT "execution_settlements_restored_case_id_cases_id_fk" FOREIGN KEY ("restored_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settlements" ADD CONSTRAINT "execution_settlements_restored_by_users_id_fk" FOREIGN KEY ("restored_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_users" ADD CONSTRAINT "agency_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_users" ADD CONSTRAINT "agency_users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_asset_id_case_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."case_assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_ruling_attachment_id_attachments_id_fk" FOREIGN KEY ("ruling_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_notice_attachment_id_attachments_id_fk" FOREIGN KEY ("notice_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_receipt_attachment_id_attachments_id_fk" FOREIGN KEY ("receipt_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_requests" ADD CONSTRAINT "asset_control_requests_ledger_entry_id_execution_ledger_entries_id_fk" FOREIGN KEY ("ledger_entry_id") REFERENCES "public"."execution_ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_settings" ADD CONSTRAINT "asset_control_settings_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_control_settings" ADD CONSTRAINT "asset_control_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_controls" ADD CONSTRAINT "asset_controls_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_controls" ADD CONSTRAINT "asset_controls_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_controls" ADD CONSTRAINT "asset_controls_asset_id_case_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."case_assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_controls" ADD CONSTRAINT "asset_controls_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_controls" ADD CONSTRAINT "asset_controls_period_id_case_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."case_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assets" ADD CONSTRAINT "case_assets_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assets" ADD CONSTRAINT "case_assets_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assets" ADD CONSTRAINT "case_assets_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assets" ADD CONSTRAINT "case_assets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_requeries" ADD CONSTRAINT "execution_requeries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_requeries" ADD CONSTRAINT "execution_requeries_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consumption_restrictions_case_idx" ON "consumption_restrictions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "consumption_restrictions_court_status_idx" ON "consumption_restrictions" USING btree ("court_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "consumption_restrictions_open_uq" ON "consumption_restrictions" USING btree ("case_id","party_id") WHERE status in ('proposed', 'signed');--> statement-breakpoint
CREATE INDEX "dishonest_corrections_listing_idx" ON "dishonest_corrections" USING btree ("listing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dishonest_corrections_open_uq" ON "dishonest_corrections" USING btree ("listing_id") WHERE status in ('pending', 'justified', 'reconsidering');--> statement-breakpoint
CREATE INDEX "dishonest_listings_case_idx" ON "dishonest_listings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "dishonest_listings_public_idx" ON "dishonest_listings" USING btree ("status","effective_on") WHERE status in ('forewarned', 'listed');--> statement-breakpoint
CREATE INDEX "dishonest_listings_court_idx" ON "dishonest_listings" USING btree ("court_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "dishonest_listings_open_uq" ON "dishonest_listings" USING btree ("case_id","party_id") WHERE status in ('proposed', 'forewarned', 'listed');--> statement-breakpoint
CREATE UNIQUE INDEX "execution_settlement_instalments_seq_uq" ON "execution_settlement_instalments" USING btree ("settlement_id","seq");--> statement-breakpoint
CREATE INDEX "execution_settlement_instalments_unwarned_idx" ON "execution_settlement_instalments" USING btree ("agreed_due_on") WHERE "execution_settlement_instalments"."warned_at" is null;--> statement-breakpoint
CREATE INDEX "execution_settlement_payments_settlement_idx" ON "execution_settlement_payments" USING btree ("settlement_id");--> statement-breakpoint
CREATE INDEX "execution_settlements_case_idx" ON "execution_settlements" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "execution_settlements_court_idx" ON "execution_settlements" USING btree ("court_id","agreed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "execution_settlements_open_uq" ON "execution_settlements" USING btree ("case_id") WHERE "execution_settlements"."restored_on" is null and "execution_settlements"."status" <> 'performed';--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_court_name_uq" ON "agencies" USING btree (coalesce("court_id", 0),"name");--> statement-breakpoint
CREATE INDEX "asset_control_requests_agency_idx" ON "asset_control_requests" USING btree ("agency_id","id") WHERE "asset_control_requests"."status" <> 'awaitingApproval' and "asset_control_requests"."status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "asset_control_requests_case_idx" ON "asset_control_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "asset_control_requests_court_idx" ON "asset_control_requests" USING btree ("court_id","id");--> statement-breakpoint
CREATE INDEX "asset_control_requests_unbatched_idx" ON "asset_control_requests" USING btree ("id") WHERE "asset_control_requests"."channel" = 'national' and "asset_control_requests"."status" = 'sent' and "asset_control_requests"."batch_id" is null;--> statement-breakpoint
CREATE INDEX "asset_controls_case_idx" ON "asset_controls" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "asset_controls_asset_idx" ON "asset_controls" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "asset_controls_expiry_idx" ON "asset_controls" USING btree ("expires_on") WHERE "asset_controls"."released_on" is null;--> statement-breakpoint
CREATE INDEX "case_assets_case_idx" ON "case_assets" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "execution_requeries_due_idx" ON "execution_requeries" USING btree ("next_due_on") WHERE "execution_requeries"."next_due_on" is not null;--> statement-breakpoint
CREATE INDEX "execution_requeries_awaiting_idx" ON "execution_requeries" USING btree ("case_id") WHERE "execution_requeries"."awaiting_request_ids" is not null;--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled');--> statement-breakpoint
CREATE INDEX "cases_open_court_received_idx" ON "cases" USING btree ("court_id","received_on","id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled');