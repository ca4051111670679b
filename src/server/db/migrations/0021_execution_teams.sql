CREATE TABLE "execution_case_tracks" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"track" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"amount_fen" bigint NOT NULL,
	"preserved_fen" bigint NOT NULL,
	"decided_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "execution_court_settings" (
	"court_id" integer PRIMARY KEY NOT NULL,
	"stages" jsonb NOT NULL,
	"triage" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "execution_team_members" (
	"team_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "execution_team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "execution_teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"court_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "execution_case_tracks" ADD CONSTRAINT "execution_case_tracks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_court_settings" ADD CONSTRAINT "execution_court_settings_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_court_settings" ADD CONSTRAINT "execution_court_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_team_members" ADD CONSTRAINT "execution_team_members_team_id_execution_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."execution_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_team_members" ADD CONSTRAINT "execution_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_teams" ADD CONSTRAINT "execution_teams_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "execution_team_members_user_idx" ON "execution_team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "execution_teams_court_name_uq" ON "execution_teams" USING btree ("court_id","name");--> statement-breakpoint
CREATE INDEX "execution_cases_team_idx" ON "execution_cases" USING btree ("team_id");