CREATE TABLE "tlog_checkpoints" (
	"tree_size" bigint PRIMARY KEY NOT NULL,
	"root_hash" "bytea" NOT NULL,
	"note" text NOT NULL,
	"verifier_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tlog_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"ref_id" bigint NOT NULL,
	"entry" text NOT NULL,
	"leaf_hash" "bytea" NOT NULL,
	"leaf_index" bigint,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tlog_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"origin" text NOT NULL,
	"size" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tlog_tiles" (
	"level" smallint NOT NULL,
	"idx" bigint NOT NULL,
	"hashes" "bytea" NOT NULL,
	CONSTRAINT "tlog_tiles_level_idx_pk" PRIMARY KEY("level","idx")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "tlog_entries_ref_uq" ON "tlog_entries" USING btree ("kind","ref_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tlog_entries_leaf_uq" ON "tlog_entries" USING btree ("leaf_index");--> statement-breakpoint
CREATE INDEX "tlog_entries_pending_idx" ON "tlog_entries" USING btree ("id") WHERE leaf_index is null;