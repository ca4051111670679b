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
CREATE UNIQUE INDEX "execution_settlements_open_uq" ON "execution_settlements" USING btree ("case_id") WHERE "execution_settlements"."restored_on" is null and "execution_settlements"."status" <> 'performed';