CREATE TABLE "public_notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"court_id" integer NOT NULL,
	"party_id" bigint NOT NULL,
	"document" text NOT NULL,
	"reason" text NOT NULL,
	"issued_on" date NOT NULL,
	"deemed_on" date NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_notices_running_idx" ON "public_notices" USING btree ("deemed_on","issued_on");--> statement-breakpoint
CREATE INDEX "public_notices_court_idx" ON "public_notices" USING btree ("court_id","issued_on");