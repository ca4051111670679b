CREATE TABLE "dossier_exports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"volume" text,
	"job_id" bigint NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"storage_key" text,
	"sha256" text,
	"size_bytes" bigint,
	"summary" jsonb,
	"requested_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dossier_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"case_id" bigint NOT NULL,
	"attachment_id" bigint NOT NULL,
	"page_no" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_entries" ADD COLUMN "split_job_id" bigint;--> statement-breakpoint
ALTER TABLE "dossier_entries" ADD COLUMN "split_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_key" text;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_sha256" text;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_size" bigint;--> statement-breakpoint
ALTER TABLE "attachment_pages" ADD COLUMN "ink" real;--> statement-breakpoint
ALTER TABLE "dossier_exports" ADD CONSTRAINT "dossier_exports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_exports" ADD CONSTRAINT "dossier_exports_job_id_background_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."background_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_exports" ADD CONSTRAINT "dossier_exports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_notes" ADD CONSTRAINT "dossier_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_notes" ADD CONSTRAINT "dossier_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_notes" ADD CONSTRAINT "dossier_notes_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_exports_case_idx" ON "dossier_exports" USING btree ("case_id","kind","id");--> statement-breakpoint
CREATE INDEX "dossier_notes_owner_idx" ON "dossier_notes" USING btree ("user_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_notes_bookmark_uq" ON "dossier_notes" USING btree ("user_id","attachment_id","page_no") WHERE "dossier_notes"."kind" = 'bookmark';