ALTER TABLE "dossier_entries" ADD COLUMN "split_job_id" bigint;--> statement-breakpoint
ALTER TABLE "dossier_entries" ADD COLUMN "split_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_key" text;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_sha256" text;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_size" bigint;--> statement-breakpoint
ALTER TABLE "attachment_pages" ADD COLUMN "ink" real;