ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_key" text;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_sha256" text;--> statement-breakpoint
ALTER TABLE "attachment_page_sets" ADD COLUMN "rendition_size" bigint;