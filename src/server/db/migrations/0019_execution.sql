CREATE TABLE "execution_cases" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"title_case_id" bigint NOT NULL,
	"title_effective_on" date NOT NULL,
	"title_effect" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"delay_interest" jsonb NOT NULL,
	"amount_fen" bigint NOT NULL,
	"asset_clues" text DEFAULT '' NOT NULL,
	"application_period" jsonb NOT NULL,
	"late_warning" jsonb,
	"fee_fen" bigint NOT NULL,
	"stage" text,
	"stage_entered_on" date,
	"suspension_deduction_id" bigint,
	"team_id" integer,
	"applied_by" integer NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "cases_open_idx";--> statement-breakpoint
DROP INDEX "cases_open_court_received_idx";--> statement-breakpoint
ALTER TABLE "execution_cases" ADD CONSTRAINT "execution_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_cases" ADD CONSTRAINT "execution_cases_title_case_id_cases_id_fk" FOREIGN KEY ("title_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_cases" ADD CONSTRAINT "execution_cases_applied_by_users_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "execution_cases_title_idx" ON "execution_cases" USING btree ("title_case_id");--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended');--> statement-breakpoint
CREATE INDEX "cases_open_court_received_idx" ON "cases" USING btree ("court_id","received_on","id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended');