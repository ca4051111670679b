CREATE TABLE "dossier_entries" (
	"attachment_id" bigint PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"section_key" text,
	"position" integer,
	"title" text,
	"page_count" integer,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachment_page_sets" (
	"attachment_id" bigint PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"page_count" integer,
	"error_code" text,
	"error_messages" jsonb,
	"job_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachment_pages" (
	"attachment_id" bigint NOT NULL,
	"page_no" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"source" text,
	"text" text,
	"words" jsonb,
	"image_width" integer,
	"image_height" integer,
	"dpi" integer,
	"confidence" real,
	"bigrams" "tsvector",
	"error_code" text,
	"error_messages" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachment_pages_attachment_id_page_no_pk" PRIMARY KEY("attachment_id","page_no")
);
--> statement-breakpoint
ALTER TABLE "dossier_entries" ADD CONSTRAINT "dossier_entries_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_entries" ADD CONSTRAINT "dossier_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_entries" ADD CONSTRAINT "dossier_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD CONSTRAINT "attachment_page_sets_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD CONSTRAINT "attachment_page_sets_job_id_background_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."background_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_pages" ADD CONSTRAINT "attachment_pages_attachment_id_attachment_page_sets_attachment_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachment_page_sets"("attachment_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_entries_case_idx" ON "dossier_entries" USING btree ("case_id","section_key","position");--> statement-breakpoint
CREATE INDEX "attachment_pages_search_idx" ON "attachment_pages" USING gin ("bigrams");--> statement-breakpoint
CREATE INDEX "attachment_pages_open_idx" ON "attachment_pages" USING btree ("attachment_id","page_no") WHERE "attachment_pages"."status" <> 'done';