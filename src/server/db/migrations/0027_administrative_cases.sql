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
ALTER TABLE "challenged_acts" ADD CONSTRAINT "challenged_acts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;