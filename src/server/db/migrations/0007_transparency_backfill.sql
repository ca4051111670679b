CREATE TABLE "tlog_backfill" (
	"kind" text PRIMARY KEY NOT NULL,
	"below" bigint NOT NULL,
	"next" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Events before the first logged one, and case files that existed now, were recorded before the log: the backfill queues them.
INSERT INTO "tlog_backfill" ("kind", "below") VALUES
	('caseEvent', least((SELECT min("ref_id") FROM "tlog_entries" WHERE "kind" = 'caseEvent'), (SELECT coalesce(max("id"), 0) + 1 FROM "case_events"))),
	('caseFile', (SELECT coalesce(max("id"), 0) + 1 FROM "attachments"));
