CREATE TABLE "execution_external_titles" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"issuer" text NOT NULL,
	"document_number" text NOT NULL,
	"effective_on" date NOT NULL,
	"performance_deadlines" jsonb NOT NULL,
	"title_amount_fen" bigint,
	"certificate_number" text,
	"document_id" bigint NOT NULL,
	"certificate_id" bigint,
	"jurisdiction_warning" jsonb
);
--> statement-breakpoint
ALTER TABLE "execution_cases" ALTER COLUMN "title_case_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "execution_external_titles" ADD CONSTRAINT "execution_external_titles_case_id_execution_cases_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."execution_cases"("case_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_external_titles" ADD CONSTRAINT "execution_external_titles_document_id_attachments_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_external_titles" ADD CONSTRAINT "execution_external_titles_certificate_id_attachments_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;