CREATE TABLE "evidence_extension_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"requested_days" integer NOT NULL,
	"reason" text NOT NULL,
	"due_on_before" date NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"granted_days" integer,
	"new_due_on" date,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" integer
);
--> statement-breakpoint
CREATE TABLE "evidence_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"side" text NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"purpose" text NOT NULL,
	"pages" integer NOT NULL,
	"attachment_ids" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" integer NOT NULL,
	"is_late" boolean NOT NULL,
	"late_reason" text,
	"status" text NOT NULL,
	"exchanged_at" timestamp with time zone,
	"opinion_due_on" date,
	"late_decision" jsonb,
	"finding" jsonb,
	CONSTRAINT "evidence_items_status_ck" CHECK ("evidence_items"."status" in ('submitted', 'latePending', 'exchanged', 'excluded'))
);
--> statement-breakpoint
CREATE TABLE "evidence_opinions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_id" bigint NOT NULL,
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"side" text NOT NULL,
	"views" jsonb NOT NULL,
	"purpose_opinion" text NOT NULL,
	"given_by" integer NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_extension_requests" ADD CONSTRAINT "evidence_extension_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_extension_requests" ADD CONSTRAINT "evidence_extension_requests_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_extension_requests" ADD CONSTRAINT "evidence_extension_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_extension_requests" ADD CONSTRAINT "evidence_extension_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_opinions" ADD CONSTRAINT "evidence_opinions_item_id_evidence_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."evidence_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_opinions" ADD CONSTRAINT "evidence_opinions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_opinions" ADD CONSTRAINT "evidence_opinions_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_opinions" ADD CONSTRAINT "evidence_opinions_given_by_users_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_extension_requests_case_idx" ON "evidence_extension_requests" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_items_party_seq_uq" ON "evidence_items" USING btree ("case_id","party_id","seq");--> statement-breakpoint
CREATE INDEX "evidence_items_case_idx" ON "evidence_items" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_opinions_item_party_uq" ON "evidence_opinions" USING btree ("item_id","party_id");--> statement-breakpoint
CREATE INDEX "evidence_opinions_case_idx" ON "evidence_opinions" USING btree ("case_id");