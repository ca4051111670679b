CREATE TABLE "challenged_acts" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"document_number" text,
	"act_on" date NOT NULL,
	"known_on" date NOT NULL,
	"reconsideration_decision_on" date,
	"reconsideration_received_on" date,
	"deadline_due_on" date NOT NULL,
	"is_filed_late" boolean NOT NULL,
	"judgment_kind" text
);
--> statement-breakpoint
CREATE TABLE "case_jurisdiction" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"proposed_on" date NOT NULL,
	"chosen_court_id" integer NOT NULL,
	"facts" jsonb NOT NULL,
	"proposal" jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_filing_settings" (
	"court_id" integer PRIMARY KEY NOT NULL,
	"cross_region_forwarding_days" integer NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cross_region_filings" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"assisting_court_id" integer NOT NULL,
	"competent_court_id" integer NOT NULL,
	"received_by" integer NOT NULL,
	"received_on" date NOT NULL,
	"forwarded_by" integer,
	"forwarded_on" date,
	"forwarded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "jurisdiction_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"label" jsonb NOT NULL,
	"source" text NOT NULL,
	"params" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_by" integer,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "criminal_cases" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"prosecution" text NOT NULL,
	"procuratorate_id" integer,
	"protested_by" integer,
	"possible_sentence" text,
	"indictment_id" bigint,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criminal_charges" (
	"id" serial PRIMARY KEY NOT NULL,
	"seq" smallint NOT NULL,
	"name" text NOT NULL,
	"article" text NOT NULL,
	"chapter" text NOT NULL,
	"section" text
);
--> statement-breakpoint
CREATE TABLE "criminal_defendants" (
	"party_id" bigint PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"birth_on" date,
	"detention_status" text NOT NULL,
	"custody_place" text,
	"custody_intervals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"charge_ids" integer[] NOT NULL,
	"legal_aid_facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"counsel" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plea" jsonb,
	"verdict" jsonb,
	"sentence_dates" jsonb
);
--> statement-breakpoint
CREATE TABLE "procuratorate_users" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"procuratorate_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procuratorates" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"court_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preservation_applications" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"stage" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"property_clues" text NOT NULL,
	"security" jsonb NOT NULL,
	"ruling_due_at" timestamp with time zone,
	"decision" text,
	"granted_amount_fen" bigint,
	"ruled_at" timestamp with time zone,
	"suit_case_id" bigint,
	"arbitration" jsonb,
	"suit_recorded_on" date,
	"execution_case_number" text,
	"lifted_on" date,
	"lift_reason" text
);
--> statement-breakpoint
CREATE TABLE "payment_orders" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"claim" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"debt_due_on" date NOT NULL,
	"issued_on" date,
	"objected_on" date,
	"objection_reasons" text,
	"terminated_on" date,
	"applicant_choice" text,
	"litigation_case_id" bigint,
	"effective_on" date,
	"dismissed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retrial_applications" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"original_case_id" bigint NOT NULL,
	"grounds" text[] NOT NULL,
	"known_on" date,
	"judgment_effective_on" date NOT NULL,
	"application_due_on" date NOT NULL,
	"decision" text,
	"ruled_on" date,
	"retrial_case_id" bigint
);
--> statement-breakpoint
DROP INDEX "cases_open_idx";--> statement-breakpoint
DROP INDEX "cases_open_court_received_idx";--> statement-breakpoint
ALTER TABLE "case_periods" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "challenged_acts" ADD CONSTRAINT "challenged_acts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_jurisdiction" ADD CONSTRAINT "case_jurisdiction_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_jurisdiction" ADD CONSTRAINT "case_jurisdiction_chosen_court_id_courts_id_fk" FOREIGN KEY ("chosen_court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_filing_settings" ADD CONSTRAINT "court_filing_settings_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_filing_settings" ADD CONSTRAINT "court_filing_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_region_filings" ADD CONSTRAINT "cross_region_filings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_region_filings" ADD CONSTRAINT "cross_region_filings_assisting_court_id_courts_id_fk" FOREIGN KEY ("assisting_court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_region_filings" ADD CONSTRAINT "cross_region_filings_competent_court_id_courts_id_fk" FOREIGN KEY ("competent_court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_region_filings" ADD CONSTRAINT "cross_region_filings_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_region_filings" ADD CONSTRAINT "cross_region_filings_forwarded_by_users_id_fk" FOREIGN KEY ("forwarded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurisdiction_rules" ADD CONSTRAINT "jurisdiction_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurisdiction_rules" ADD CONSTRAINT "jurisdiction_rules_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_cases" ADD CONSTRAINT "criminal_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_cases" ADD CONSTRAINT "criminal_cases_procuratorate_id_procuratorates_id_fk" FOREIGN KEY ("procuratorate_id") REFERENCES "public"."procuratorates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_cases" ADD CONSTRAINT "criminal_cases_protested_by_procuratorates_id_fk" FOREIGN KEY ("protested_by") REFERENCES "public"."procuratorates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_cases" ADD CONSTRAINT "criminal_cases_indictment_id_attachments_id_fk" FOREIGN KEY ("indictment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_defendants" ADD CONSTRAINT "criminal_defendants_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_defendants" ADD CONSTRAINT "criminal_defendants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procuratorate_users" ADD CONSTRAINT "procuratorate_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procuratorate_users" ADD CONSTRAINT "procuratorate_users_procuratorate_id_procuratorates_id_fk" FOREIGN KEY ("procuratorate_id") REFERENCES "public"."procuratorates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procuratorates" ADD CONSTRAINT "procuratorates_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preservation_applications" ADD CONSTRAINT "preservation_applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preservation_applications" ADD CONSTRAINT "preservation_applications_suit_case_id_cases_id_fk" FOREIGN KEY ("suit_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_orders" ADD CONSTRAINT "payment_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_orders" ADD CONSTRAINT "payment_orders_litigation_case_id_cases_id_fk" FOREIGN KEY ("litigation_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retrial_applications" ADD CONSTRAINT "retrial_applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retrial_applications" ADD CONSTRAINT "retrial_applications_original_case_id_cases_id_fk" FOREIGN KEY ("original_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retrial_applications" ADD CONSTRAINT "retrial_applications_retrial_case_id_cases_id_fk" FOREIGN KEY ("retrial_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cross_region_filings_assisting_idx" ON "cross_region_filings" USING btree ("assisting_court_id","received_on");--> statement-breakpoint
CREATE INDEX "cross_region_filings_competent_idx" ON "cross_region_filings" USING btree ("competent_court_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "jurisdiction_rules_key_version_uq" ON "jurisdiction_rules" USING btree ("key","version");--> statement-breakpoint
CREATE INDEX "jurisdiction_rules_effective_idx" ON "jurisdiction_rules" USING btree ("effective_from");--> statement-breakpoint
CREATE INDEX "criminal_cases_procuratorate_idx" ON "criminal_cases" USING btree ("procuratorate_id");--> statement-breakpoint
CREATE INDEX "criminal_cases_protested_idx" ON "criminal_cases" USING btree ("protested_by");--> statement-breakpoint
CREATE UNIQUE INDEX "criminal_charges_name_uq" ON "criminal_charges" USING btree ("name");--> statement-breakpoint
CREATE INDEX "criminal_defendants_case_idx" ON "criminal_defendants" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procuratorates_name_uq" ON "procuratorates" USING btree ("name");--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled', 'granted', 'orderIssued');--> statement-breakpoint
CREATE INDEX "cases_open_court_received_idx" ON "cases" USING btree ("court_id","received_on","id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled', 'granted', 'orderIssued');