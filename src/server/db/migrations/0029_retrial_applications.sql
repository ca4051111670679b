CREATE TABLE "retrial_applications" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"original_case_id" bigint NOT NULL,
	"grounds" text[] NOT NULL,
	"known_on" date,
	"judgment_effective_on" date NOT NULL,
	"application_due_on" date NOT NULL,
	"decision" text,
	"ruled_on" date,
	"retrial_case_id" bigint
);
--> statement-breakpoint
ALTER TABLE "retrial_applications" ADD CONSTRAINT "retrial_applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retrial_applications" ADD CONSTRAINT "retrial_applications_original_case_id_cases_id_fk" FOREIGN KEY ("original_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retrial_applications" ADD CONSTRAINT "retrial_applications_retrial_case_id_cases_id_fk" FOREIGN KEY ("retrial_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;