CREATE TABLE "payment_orders" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"claim" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"debt_due_on" date NOT NULL,
	"issued_on" date,
	"objected_on" date,
	"objection_reasons" text,
	"terminated_on" date,
	"applicant_choice" text,
	"litigation_case_id" bigint,
	"effective_on" date,
	"dismissed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_orders" ADD CONSTRAINT "payment_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_orders" ADD CONSTRAINT "payment_orders_litigation_case_id_cases_id_fk" FOREIGN KEY ("litigation_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;