CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"off" boolean NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" integer
);
--> statement-breakpoint
CREATE TABLE "case_periods" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"court_id" integer NOT NULL,
	"kind" text NOT NULL,
	"party_id" bigint,
	"audience" text NOT NULL,
	"trigger_on" date NOT NULL,
	"trigger_fact" jsonb NOT NULL,
	"basis" jsonb NOT NULL,
	"base_due_on" date,
	"due_on" date,
	"status" text NOT NULL,
	"completed_on" date,
	"completed_reason" text,
	"level" text DEFAULT 'none' NOT NULL,
	"alert_on" date,
	"trace" jsonb NOT NULL,
	"uncovered_year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_closures" (
	"id" serial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"day" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "period_deductions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"period_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"document_no" text NOT NULL,
	"note" text,
	"approved_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "period_reminders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"period_id" bigint NOT NULL,
	"case_id" bigint NOT NULL,
	"level" text NOT NULL,
	"due_on" date NOT NULL,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "trial_limit_extensions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"period_id" bigint NOT NULL,
	"seq" integer NOT NULL,
	"length" jsonb NOT NULL,
	"approver" text NOT NULL,
	"procedure" text NOT NULL,
	"deciding_court_id" integer NOT NULL,
	"reason" text NOT NULL,
	"requested_by" integer NOT NULL,
	"requested_on" date NOT NULL,
	"due_on_when_requested" date NOT NULL,
	"status" text NOT NULL,
	"decided_by" integer,
	"decided_on" date,
	"decision_note" text
);
--> statement-breakpoint
ALTER TABLE "case_parties" ADD COLUMN "has_foreign_domicile" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_periods" ADD CONSTRAINT "case_periods_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_periods" ADD CONSTRAINT "case_periods_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_periods" ADD CONSTRAINT "case_periods_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_closures" ADD CONSTRAINT "court_closures_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_closures" ADD CONSTRAINT "court_closures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_deductions" ADD CONSTRAINT "period_deductions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_deductions" ADD CONSTRAINT "period_deductions_period_id_case_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."case_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_deductions" ADD CONSTRAINT "period_deductions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_reminders" ADD CONSTRAINT "period_reminders_period_id_case_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."case_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_reminders" ADD CONSTRAINT "period_reminders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_reminders" ADD CONSTRAINT "period_reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trial_limit_extensions" ADD CONSTRAINT "trial_limit_extensions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trial_limit_extensions" ADD CONSTRAINT "trial_limit_extensions_period_id_case_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."case_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trial_limit_extensions" ADD CONSTRAINT "trial_limit_extensions_deciding_court_id_courts_id_fk" FOREIGN KEY ("deciding_court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trial_limit_extensions" ADD CONSTRAINT "trial_limit_extensions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trial_limit_extensions" ADD CONSTRAINT "trial_limit_extensions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_periods_case_idx" ON "case_periods" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_periods_alert_idx" ON "case_periods" USING btree ("alert_on") WHERE "case_periods"."status" = 'running';--> statement-breakpoint
CREATE INDEX "case_periods_court_running_idx" ON "case_periods" USING btree ("court_id","due_on") WHERE "case_periods"."status" = 'running';--> statement-breakpoint
CREATE UNIQUE INDEX "court_closures_court_day_uq" ON "court_closures" USING btree ("court_id","day");--> statement-breakpoint
CREATE INDEX "period_deductions_period_idx" ON "period_deductions" USING btree ("period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "period_reminders_period_level_due_uq" ON "period_reminders" USING btree ("period_id","level","due_on");--> statement-breakpoint
CREATE INDEX "period_reminders_user_idx" ON "period_reminders" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trial_limit_extensions_case_seq_uq" ON "trial_limit_extensions" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "trial_limit_extensions_pending_idx" ON "trial_limit_extensions" USING btree ("deciding_court_id") WHERE "trial_limit_extensions"."status" = 'pending';