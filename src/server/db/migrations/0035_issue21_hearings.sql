CREATE TABLE "hearing_recordings" (
	"attachment_id" bigint PRIMARY KEY NOT NULL,
	"hearing_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearing_transcript_objections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transcript_id" bigint NOT NULL,
	"revision" integer NOT NULL,
	"party_id" bigint,
	"raised_by" integer NOT NULL,
	"text" text NOT NULL,
	"status" text NOT NULL,
	"resolution" text,
	"resolved_by" integer,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearing_transcript_signatures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transcript_id" bigint NOT NULL,
	"revision" integer NOT NULL,
	"sha256" text NOT NULL,
	"signer_id" integer NOT NULL,
	"party_id" bigint,
	"role" text NOT NULL,
	"case_event_id" bigint,
	"signed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hearing_transcript_signatures_uq" UNIQUE NULLS NOT DISTINCT("transcript_id","revision","party_id")
);
--> statement-breakpoint
CREATE TABLE "hearing_transcript_versions" (
	"transcript_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"revision" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"saved_by" integer NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hearing_transcript_versions_transcript_id_version_pk" PRIMARY KEY("transcript_id","version")
);
--> statement-breakpoint
CREATE TABLE "hearing_transcripts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"hearing_id" bigint NOT NULL,
	"case_id" bigint NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"sections" jsonb NOT NULL,
	"sha256" text,
	"finalised_at" timestamp with time zone,
	"finalised_by" integer,
	"closing_note" text,
	"filed_attachment_id" bigint,
	"updated_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "clerk_id" integer;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "mode" text DEFAULT 'inPerson' NOT NULL;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "meeting_link" text;--> statement-breakpoint
ALTER TABLE "rooms" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "rooms" ADD COLUMN "is_online_capable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "hearing_recordings" ADD CONSTRAINT "hearing_recordings_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_recordings" ADD CONSTRAINT "hearing_recordings_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_objections" ADD CONSTRAINT "hearing_transcript_objections_transcript_id_hearing_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."hearing_transcripts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_objections" ADD CONSTRAINT "hearing_transcript_objections_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_objections" ADD CONSTRAINT "hearing_transcript_objections_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_objections" ADD CONSTRAINT "hearing_transcript_objections_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_signatures" ADD CONSTRAINT "hearing_transcript_signatures_transcript_id_hearing_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."hearing_transcripts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_signatures" ADD CONSTRAINT "hearing_transcript_signatures_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_signatures" ADD CONSTRAINT "hearing_transcript_signatures_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_signatures" ADD CONSTRAINT "hearing_transcript_signatures_case_event_id_case_events_id_fk" FOREIGN KEY ("case_event_id") REFERENCES "public"."case_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_versions" ADD CONSTRAINT "hearing_transcript_versions_transcript_id_hearing_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."hearing_transcripts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcript_versions" ADD CONSTRAINT "hearing_transcript_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcripts" ADD CONSTRAINT "hearing_transcripts_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcripts" ADD CONSTRAINT "hearing_transcripts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcripts" ADD CONSTRAINT "hearing_transcripts_finalised_by_users_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcripts" ADD CONSTRAINT "hearing_transcripts_filed_attachment_id_attachments_id_fk" FOREIGN KEY ("filed_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_transcripts" ADD CONSTRAINT "hearing_transcripts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hearing_recordings_hearing_idx" ON "hearing_recordings" USING btree ("hearing_id");--> statement-breakpoint
CREATE INDEX "hearing_transcript_objections_tr_idx" ON "hearing_transcript_objections" USING btree ("transcript_id");--> statement-breakpoint
CREATE INDEX "hearing_transcript_signatures_tr_idx" ON "hearing_transcript_signatures" USING btree ("transcript_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hearing_transcripts_hearing_uq" ON "hearing_transcripts" USING btree ("hearing_id");--> statement-breakpoint
CREATE INDEX "hearing_transcripts_case_idx" ON "hearing_transcripts" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_clerk_id_users_id_fk" FOREIGN KEY ("clerk_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hearings_clerk_time_idx" ON "hearings" USING btree ("clerk_id","starts_at");