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
ALTER TABLE "criminal_cases" ADD CONSTRAINT "criminal_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_cases" ADD CONSTRAINT "criminal_cases_procuratorate_id_procuratorates_id_fk" FOREIGN KEY ("procuratorate_id") REFERENCES "public"."procuratorates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_cases" ADD CONSTRAINT "criminal_cases_protested_by_procuratorates_id_fk" FOREIGN KEY ("protested_by") REFERENCES "public"."procuratorates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_cases" ADD CONSTRAINT "criminal_cases_indictment_id_attachments_id_fk" FOREIGN KEY ("indictment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_defendants" ADD CONSTRAINT "criminal_defendants_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_defendants" ADD CONSTRAINT "criminal_defendants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procuratorate_users" ADD CONSTRAINT "procuratorate_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procuratorate_users" ADD CONSTRAINT "procuratorate_users_procuratorate_id_procuratorates_id_fk" FOREIGN KEY ("procuratorate_id") REFERENCES "public"."procuratorates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procuratorates" ADD CONSTRAINT "procuratorates_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "criminal_cases_procuratorate_idx" ON "criminal_cases" USING btree ("procuratorate_id");--> statement-breakpoint
CREATE INDEX "criminal_cases_protested_idx" ON "criminal_cases" USING btree ("protested_by");--> statement-breakpoint
CREATE UNIQUE INDEX "criminal_charges_name_uq" ON "criminal_charges" USING btree ("name");--> statement-breakpoint
CREATE INDEX "criminal_defendants_case_idx" ON "criminal_defendants" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procuratorates_name_uq" ON "procuratorates" USING btree ("name");