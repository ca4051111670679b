CREATE TABLE "address_book" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_key" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"source" text NOT NULL,
	"case_id" bigint,
	"recorded_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "address_confirmations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"mobile" text,
	"email" text,
	"postal_address" text,
	"platform_account" boolean NOT NULL,
	"electronic_consent" boolean NOT NULL,
	"consent_scope" text NOT NULL,
	"source" text NOT NULL,
	"signed_by" integer NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "service_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"task_id" bigint NOT NULL,
	"method" text NOT NULL,
	"channel" text,
	"outcome" text NOT NULL,
	"on_date" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer,
	"proof_attachment_id" bigint,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_tasks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"court_id" integer NOT NULL,
	"party_id" bigint NOT NULL,
	"document" text NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"address" text,
	"tracking_no" text,
	"cost_fen" bigint DEFAULT 0 NOT NULL,
	"created_on" date NOT NULL,
	"created_by" integer NOT NULL,
	"deemed_on" date,
	"deemed_source" text,
	"period_due_on" date,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD COLUMN "task_id" bigint;--> statement-breakpoint
ALTER TABLE "address_book" ADD CONSTRAINT "address_book_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_confirmations" ADD CONSTRAINT "address_confirmations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_confirmations" ADD CONSTRAINT "address_confirmations_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_confirmations" ADD CONSTRAINT "address_confirmations_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_attempts" ADD CONSTRAINT "service_attempts_task_id_service_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."service_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_attempts" ADD CONSTRAINT "service_attempts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_attempts" ADD CONSTRAINT "service_attempts_proof_attachment_id_attachments_id_fk" FOREIGN KEY ("proof_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tasks" ADD CONSTRAINT "service_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tasks" ADD CONSTRAINT "service_tasks_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tasks" ADD CONSTRAINT "service_tasks_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tasks" ADD CONSTRAINT "service_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "address_book_uq" ON "address_book" USING btree ("subject_key","kind","value","source");--> statement-breakpoint
CREATE INDEX "address_book_subject_idx" ON "address_book" USING btree ("subject_key");--> statement-breakpoint
CREATE INDEX "address_confirmations_party_idx" ON "address_confirmations" USING btree ("party_id","superseded_at");--> statement-breakpoint
CREATE INDEX "address_confirmations_case_idx" ON "address_confirmations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "service_attempts_task_idx" ON "service_attempts" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "service_tasks_queue_idx" ON "service_tasks" USING btree ("court_id","status","created_on");--> statement-breakpoint
CREATE INDEX "service_tasks_case_idx" ON "service_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_tasks_tracking_uq" ON "service_tasks" USING btree ("tracking_no");