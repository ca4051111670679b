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
CREATE UNIQUE INDEX "execution_settlement_instalments_seq_uq" ON "execution_settlement_instalments" USING btree ("settlement_id","seq");--> statement-breakpoint
CREATE INDEX "execution_settlement_instalments_unwarned_idx" ON "execution_settlement_instalments" USING btree ("agreed_due_on") WHERE "execution_settlement_instalments"."warned_at" is null;--> statement-breakpoint
CREATE INDEX "execution_settlement_payments_settlement_idx" ON "execution_settlement_payments" USING btree ("settlement_id");--> statement-breakpoint
CREATE INDEX "execution_settlements_case_idx" ON "execution_settlements" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "execution_settlements_court_idx" ON "execution_settlements" USING btree ("court_id","agreed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "execution_settlements_open_uq" ON "execution_settlements" USING btree ("case_id") WHERE "execution_settlements"."restored_on" is null and "execution_settlements"."status" <> 'performed';