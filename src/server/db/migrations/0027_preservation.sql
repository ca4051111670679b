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
DROP INDEX "cases_open_idx";--> statement-breakpoint
DROP INDEX "cases_open_court_received_idx";--> statement-breakpoint
ALTER TABLE "case_periods" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "preservation_applications" ADD CONSTRAINT "preservation_applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preservation_applications" ADD CONSTRAINT "preservation_applications_suit_case_id_cases_id_fk" FOREIGN KEY ("suit_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled', 'granted', 'orderIssued');--> statement-breakpoint
CREATE INDEX "cases_open_court_received_idx" ON "cases" USING btree ("court_id","received_on","id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled', 'granted', 'orderIssued');