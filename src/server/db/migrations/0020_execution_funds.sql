CREATE TABLE "execution_fund_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"slot_at" timestamp with time zone NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "execution_ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"kind" text NOT NULL,
	"case_id" bigint,
	"receipt_id" bigint,
	"applicant_party_id" bigint,
	"amount_fen" bigint NOT NULL,
	"shares" jsonb,
	"reverses_id" bigint,
	"reversed_by" bigint,
	"payout_id" bigint,
	"entry_on" date NOT NULL,
	"payout_due_on" date,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "execution_ledger_postings" (
	"entry_id" bigint NOT NULL,
	"court_id" integer NOT NULL,
	"account" text NOT NULL,
	"case_id" bigint,
	"applicant_party_id" bigint,
	"amount_fen" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "execution_payouts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"case_id" bigint NOT NULL,
	"payee_party_id" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"account_name" text NOT NULL,
	"account_no" text NOT NULL,
	"bank_name" text NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"needs_director" boolean NOT NULL,
	"proposed_by" integer NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finance_by" integer,
	"finance_at" timestamp with time zone,
	"director_by" integer,
	"director_at" timestamp with time zone,
	"decision_note" text,
	"paid_on" date,
	"entry_id" bigint,
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "account" text DEFAULT 'fees' NOT NULL;--> statement-breakpoint
ALTER TABLE "receipts" ADD COLUMN "account" text DEFAULT 'fees' NOT NULL;--> statement-breakpoint
ALTER TABLE "receipts" ADD COLUMN "claim_due_on" date;--> statement-breakpoint
ALTER TABLE "execution_fund_reports" ADD CONSTRAINT "execution_fund_reports_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_ledger_entries" ADD CONSTRAINT "execution_ledger_entries_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_ledger_entries" ADD CONSTRAINT "execution_ledger_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_ledger_entries" ADD CONSTRAINT "execution_ledger_entries_receipt_id_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_ledger_entries" ADD CONSTRAINT "execution_ledger_entries_applicant_party_id_case_parties_id_fk" FOREIGN KEY ("applicant_party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_ledger_entries" ADD CONSTRAINT "execution_ledger_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_ledger_postings" ADD CONSTRAINT "execution_ledger_postings_entry_id_execution_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."execution_ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payouts" ADD CONSTRAINT "execution_payouts_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payouts" ADD CONSTRAINT "execution_payouts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payouts" ADD CONSTRAINT "execution_payouts_payee_party_id_case_parties_id_fk" FOREIGN KEY ("payee_party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payouts" ADD CONSTRAINT "execution_payouts_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payouts" ADD CONSTRAINT "execution_payouts_finance_by_users_id_fk" FOREIGN KEY ("finance_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_payouts" ADD CONSTRAINT "execution_payouts_director_by_users_id_fk" FOREIGN KEY ("director_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "execution_fund_reports_slot_uq" ON "execution_fund_reports" USING btree ("court_id","slot_at");--> statement-breakpoint
CREATE INDEX "execution_ledger_entries_case_idx" ON "execution_ledger_entries" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "execution_ledger_entries_receipt_idx" ON "execution_ledger_entries" USING btree ("receipt_id");--> statement-breakpoint
CREATE INDEX "execution_ledger_entries_court_day_idx" ON "execution_ledger_entries" USING btree ("court_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "execution_ledger_postings_entry_idx" ON "execution_ledger_postings" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "execution_ledger_postings_case_idx" ON "execution_ledger_postings" USING btree ("case_id","account") WHERE "execution_ledger_postings"."case_id" is not null;--> statement-breakpoint
CREATE INDEX "execution_payouts_case_idx" ON "execution_payouts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "execution_payouts_open_idx" ON "execution_payouts" USING btree ("court_id","status") WHERE "execution_payouts"."status" in ('proposed', 'awaitingDirector');