CREATE TABLE "mediator_proposals" (
	"case_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"mediator_id" integer NOT NULL,
	"proposed_by" integer NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mediator_proposals_case_id_party_id_pk" PRIMARY KEY("case_id","party_id")
);
--> statement-breakpoint
ALTER TABLE "mediation_entrustments" ADD COLUMN "chosen_by_parties" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mediator_proposals" ADD CONSTRAINT "mediator_proposals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_proposals" ADD CONSTRAINT "mediator_proposals_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_proposals" ADD CONSTRAINT "mediator_proposals_mediator_id_users_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_proposals" ADD CONSTRAINT "mediator_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;