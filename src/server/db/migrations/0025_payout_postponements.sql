CREATE TABLE "execution_payout_postponements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"case_id" bigint NOT NULL,
	"reason" text NOT NULL,
	"reason_text" text,
	"until_on" date NOT NULL,
	"due_on_before" date NOT NULL,
	"held_fen" bigint NOT NULL,
	"covers_entry_id" bigint NOT NULL,
	"status" text NOT NULL,
	"needs_director" boolean NOT NULL,
	"requested_by" integer NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finance_by" integer,
	"finance_at" timestamp with time zone,
	"director_by" integer,
	"director_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
ALTER TABLE "execution_payout_postponements" ADD CONSTRAINT "execution_payout_postponements_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payout_postponements" ADD CONSTRAINT "execution_payout_postponements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payout_postponements" ADD CONSTRAINT "execution_payout_postponements_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payout_postponements" ADD CONSTRAINT "execution_payout_postponements_finance_by_users_id_fk" FOREIGN KEY ("finance_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payout_postponements" ADD CONSTRAINT "execution_payout_postponements_director_by_users_id_fk" FOREIGN KEY ("director_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "execution_payout_postponements_case_idx" ON "execution_payout_postponements" USING btree ("case_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "execution_payout_postponements_open_uq" ON "execution_payout_postponements" USING btree ("case_id") WHERE "execution_payout_postponements"."status" in ('proposed', 'awaitingDirector');--> statement-breakpoint
CREATE INDEX "execution_payout_postponements_open_idx" ON "execution_payout_postponements" USING btree ("court_id","status") WHERE "execution_payout_postponements"."status" in ('proposed', 'awaitingDirector');