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
CREATE UNIQUE INDEX "agencies_court_name_uq" ON "agencies" USING btree (coalesce("court_id", 0),"name");--> statement-breakpoint
CREATE INDEX "asset_control_requests_agency_idx" ON "asset_control_requests" USING btree ("agency_id","id") WHERE "asset_control_requests"."status" <> 'awaitingApproval' and "asset_control_requests"."status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "asset_control_requests_case_idx" ON "asset_control_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "asset_control_requests_court_idx" ON "asset_control_requests" USING btree ("court_id","id");--> statement-breakpoint
CREATE INDEX "asset_control_requests_unbatched_idx" ON "asset_control_requests" USING btree ("id") WHERE "asset_control_requests"."channel" = 'national' and "asset_control_requests"."status" = 'sent' and "asset_control_requests"."batch_id" is null;--> statement-breakpoint
CREATE INDEX "asset_controls_case_idx" ON "asset_controls" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "asset_controls_asset_idx" ON "asset_controls" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "asset_controls_expiry_idx" ON "asset_controls" USING btree ("expires_on") WHERE "asset_controls"."released_on" is null;--> statement-breakpoint
CREATE INDEX "case_assets_case_idx" ON "case_assets" USING btree ("case_id");