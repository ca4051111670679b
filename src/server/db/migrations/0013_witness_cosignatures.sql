-- Witness cosignatures (c2sp.org/tlog-cosignature) of the log's checkpoints, collected by the sequencer job (issue 14).
CREATE TABLE "tlog_cosignatures" (
	"tree_size" bigint NOT NULL,
	"witness_key" text NOT NULL,
	"line" text NOT NULL,
	"cosigned_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tlog_cosignatures_witness_key_tree_size_pk" PRIMARY KEY("witness_key","tree_size")
);
--> statement-breakpoint
ALTER TABLE "tlog_cosignatures" ADD CONSTRAINT "tlog_cosignatures_tree_size_tlog_checkpoints_tree_size_fk" FOREIGN KEY ("tree_size") REFERENCES "public"."tlog_checkpoints"("tree_size") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tlog_cosignatures_size_idx" ON "tlog_cosignatures" USING btree ("tree_size");