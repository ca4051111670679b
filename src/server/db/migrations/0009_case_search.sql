-- Overlapping two-character lexemes with positions (STACK-NOTES: bigram tsvectors), after NFKC and lower-casing: full-width （ ） match ( ).
CREATE FUNCTION cf_bigrams(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
	SELECT coalesce(string_agg('''' || replace(replace(substr(n, i, 2), '\', '\\'), '''', '''''') || ''':' || i, ' '), '')::tsvector
	  FROM (SELECT lower(normalize(t, NFKC)) AS n) s, generate_series(1, char_length(n) - 1) AS i
$$;
--> statement-breakpoint
DROP INDEX "case_panel_user_idx";--> statement-breakpoint
ALTER TABLE "case_parties" ADD COLUMN "name_bigrams" "tsvector" GENERATED ALWAYS AS (cf_bigrams(name)) STORED;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "number_bigrams" "tsvector" GENERATED ALWAYS AS (cf_bigrams(case_number)) STORED;--> statement-breakpoint
CREATE INDEX "case_parties_name_search_idx" ON "case_parties" USING gin ("name_bigrams");--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested');--> statement-breakpoint
CREATE INDEX "cases_open_court_received_idx" ON "cases" USING btree ("court_id","received_on","id") WHERE node in ('accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested');--> statement-breakpoint
CREATE INDEX "cases_number_search_idx" ON "cases" USING gin ("number_bigrams");--> statement-breakpoint
CREATE INDEX "case_panel_user_idx" ON "case_panel" USING btree ("user_id","case_id");