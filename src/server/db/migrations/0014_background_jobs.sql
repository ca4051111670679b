CREATE TABLE "background_jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"court_id" integer,
	"created_by" integer,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress_done" bigint DEFAULT 0 NOT NULL,
	"progress_total" bigint,
	"input" jsonb NOT NULL,
	"result" jsonb,
	"error_code" text,
	"error_messages" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claim_token" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "post_job_id" bigint;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "background_jobs_open_idx" ON "background_jobs" USING btree ("id") WHERE "background_jobs"."status" in ('queued', 'running');--> statement-breakpoint
ALTER TABLE "bank_statements" ADD CONSTRAINT "bank_statements_post_job_id_background_jobs_id_fk" FOREIGN KEY ("post_job_id") REFERENCES "public"."background_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Summaries stored before this migration held the preview's yuan text ("amountToPost": "3300.00"); a summary is
-- counts and integer fen.
UPDATE "bank_statements" SET "summary" = ("summary" - 'amountToPost') || jsonb_build_object('amountPostedFen', round(("summary"->>'amountToPost')::numeric * 100)::bigint) WHERE "summary" ? 'amountToPost';
