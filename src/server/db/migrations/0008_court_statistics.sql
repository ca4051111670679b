CREATE TABLE "court_month_stats" (
	"court_id" integer NOT NULL,
	"month" date NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "court_month_stats_court_id_month_pk" PRIMARY KEY("court_id","month")
);
--> statement-breakpoint
ALTER TABLE "court_month_stats" ADD CONSTRAINT "court_month_stats_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_court_entered_idx" ON "cases" USING btree ("court_id","node_entered_at","id");--> statement-breakpoint
CREATE INDEX "cases_court_received_idx" ON "cases" USING btree ("court_id","received_on","id");--> statement-breakpoint
-- Keeps court_month_stats in step with cases: a case counts as received in the month of accepted_on and as closed in the month of closed_on.
CREATE FUNCTION court_month_stats_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND OLD.court_id = NEW.court_id AND OLD.accepted_on IS NOT DISTINCT FROM NEW.accepted_on AND OLD.closed_on IS NOT DISTINCT FROM NEW.closed_on THEN
		RETURN NULL;
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		IF OLD.accepted_on IS NOT NULL THEN
			INSERT INTO court_month_stats AS s (court_id, month, received) VALUES (OLD.court_id, date_trunc('month', OLD.accepted_on)::date, -1)
			ON CONFLICT (court_id, month) DO UPDATE SET received = s.received - 1;
		END IF;
		IF OLD.closed_on IS NOT NULL THEN
			INSERT INTO court_month_stats AS s (court_id, month, closed) VALUES (OLD.court_id, date_trunc('month', OLD.closed_on)::date, -1)
			ON CONFLICT (court_id, month) DO UPDATE SET closed = s.closed - 1;
		END IF;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		IF NEW.accepted_on IS NOT NULL THEN
			INSERT INTO court_month_stats AS s (court_id, month, received) VALUES (NEW.court_id, date_trunc('month', NEW.accepted_on)::date, 1)
			ON CONFLICT (court_id, month) DO UPDATE SET received = s.received + 1;
		END IF;
		IF NEW.closed_on IS NOT NULL THEN
			INSERT INTO court_month_stats AS s (court_id, month, closed) VALUES (NEW.court_id, date_trunc('month', NEW.closed_on)::date, 1)
			ON CONFLICT (court_id, month) DO UPDATE SET closed = s.closed + 1;
		END IF;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cases_month_stats AFTER INSERT OR DELETE OR UPDATE OF accepted_on, closed_on, court_id ON cases FOR EACH ROW EXECUTE FUNCTION court_month_stats_track();
--> statement-breakpoint
-- Cases registered and closed before this migration.
INSERT INTO court_month_stats (court_id, month, received, closed)
SELECT court_id, month, sum(received)::int, sum(closed)::int FROM (
	SELECT court_id, date_trunc('month', accepted_on)::date AS month, 1 AS received, 0 AS closed FROM cases WHERE accepted_on IS NOT NULL
	UNION ALL
	SELECT court_id, date_trunc('month', closed_on)::date, 0, 1 FROM cases WHERE closed_on IS NOT NULL
) x GROUP BY court_id, month;
