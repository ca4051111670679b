ALTER TABLE "case_periods" ADD COLUMN "alert_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "challenged_acts" ADD COLUMN "act_type" text;--> statement-breakpoint
ALTER TABLE "challenged_acts" ADD COLUMN "concerns_real_estate" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "challenged_acts" ADD COLUMN "duty_applied_on" date;--> statement-breakpoint
ALTER TABLE "challenged_acts" ADD COLUMN "duty_period_days" integer;--> statement-breakpoint
ALTER TABLE "challenged_acts" ADD COLUMN "is_emergency" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cross_region_filings" ADD COLUMN "identity_checked_at" timestamp with time zone;