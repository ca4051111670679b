CREATE TABLE "service_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint NOT NULL,
	"court_id" integer NOT NULL,
	"party_id" bigint NOT NULL,
	"user_id" integer NOT NULL,
	"document" text NOT NULL,
	"address_confirmed" boolean NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_on" date NOT NULL,
	"sent_by" integer NOT NULL,
	"read_at" timestamp with time zone,
	"deemed_on" date
);
--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_deliveries_user_idx" ON "service_deliveries" USING btree ("user_id","sent_at");--> statement-breakpoint
CREATE INDEX "service_deliveries_case_idx" ON "service_deliveries" USING btree ("case_id");