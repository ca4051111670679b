CREATE TABLE "mediation_confirmation_applicants" (
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"user_id" integer NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mediation_confirmation_applicants_case_id_party_id_pk" PRIMARY KEY("case_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "mediation_entrustments" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"mediator_id" integer,
	"designated_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"agreement_attachment_id" bigint,
	"agreement_sha256" text,
	"end_ground" text,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "mediation_organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"contact" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_sessions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text,
	"meeting_url" text,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"record" text,
	"recorded_at" timestamp with time zone,
	"created_by" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_signatures" (
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"user_id" integer NOT NULL,
	"sha256" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"method" text DEFAULT 'portal' NOT NULL,
	"signed_copy_id" bigint,
	CONSTRAINT "mediation_signatures_case_id_party_id_sha256_pk" PRIMARY KEY("case_id","party_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "mediator_courts" (
	"user_id" integer NOT NULL,
	"court_id" integer NOT NULL,
	CONSTRAINT "mediator_courts_user_id_court_id_pk" PRIMARY KEY("user_id","court_id")
);
--> statement-breakpoint
CREATE TABLE "mediators" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"specialties" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
DROP INDEX "cases_open_idx";--> statement-breakpoint
DROP INDEX "cases_open_court_received_idx";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "mediation_consent" boolean;--> statement-breakpoint
ALTER TABLE "mediation_confirmation_applicants" ADD CONSTRAINT "mediation_confirmation_applicants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_confirmation_applicants" ADD CONSTRAINT "mediation_confirmation_applicants_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_confirmation_applicants" ADD CONSTRAINT "mediation_confirmation_applicants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_entrustments" ADD CONSTRAINT "mediation_entrustments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_entrustments" ADD CONSTRAINT "mediation_entrustments_organisation_id_mediation_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."mediation_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_entrustments" ADD CONSTRAINT "mediation_entrustments_mediator_id_users_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_organisations" ADD CONSTRAINT "mediation_organisations_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_signatures" ADD CONSTRAINT "mediation_signatures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_signatures" ADD CONSTRAINT "mediation_signatures_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_signatures" ADD CONSTRAINT "mediation_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_courts" ADD CONSTRAINT "mediator_courts_user_id_mediators_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."mediators"("user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_courts" ADD CONSTRAINT "mediator_courts_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediators" ADD CONSTRAINT "mediators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediators" ADD CONSTRAINT "mediators_organisation_id_mediation_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."mediation_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mediation_entrustments_mediator_idx" ON "mediation_entrustments" USING btree ("mediator_id");--> statement-breakpoint
CREATE INDEX "mediation_entrustments_organisation_idx" ON "mediation_entrustments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "mediation_organisations_court_idx" ON "mediation_organisations" USING btree ("court_id");--> statement-breakpoint
CREATE INDEX "mediation_sessions_case_idx" ON "mediation_sessions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "mediator_courts_court_idx" ON "mediator_courts" USING btree ("court_id");--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted');--> statement-breakpoint
CREATE INDEX "cases_open_court_received_idx" ON "cases" USING btree ("court_id","received_on","id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted');