CREATE TABLE "execution_requeries" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"closed_on" date NOT NULL,
	"next_due_on" date,
	"runs" integer DEFAULT 0 NOT NULL,
	"last_run_on" date,
	"awaiting_request_ids" bigint[],
	"negative_runs" integer DEFAULT 0 NOT NULL,
	"found_on" date
);
--> statement-breakpoint
DROP INDEX "cases_open_idx";--> statement-breakpoint
DROP INDEX "cases_open_court_received_idx";--> statement-breakpoint
ALTER TABLE "execution_court_settings" ADD COLUMN "inquiry_window_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "execution_requeries" ADD CONSTRAINT "execution_requeries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_requeries" ADD CONSTRAINT "execution_requeries_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "execution_requeries_due_idx" ON "execution_requeries" USING btree ("next_due_on") WHERE "execution_requeries"."next_due_on" is not null;--> statement-breakpoint
CREATE INDEX "execution_requeries_awaiting_idx" ON "execution_requeries" USING btree ("case_id") WHERE "execution_requeries"."awaiting_request_ids" is not null;--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled');--> statement-breakpoint
CREATE INDEX "cases_open_court_received_idx" ON "cases" USING btree ("court_id","received_on","id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled');