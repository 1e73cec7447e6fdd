-- Fills a Tally PostgreSQL store with copies of another, for the "rate with 1 M stored" figure
-- (issue 14; README "Scale benchmark"). Not the product's path: a store made this way is labelled
-- so wherever its figures are given. The target schema must exist and be migrated (open it once
-- with any tally command); the source is a store of N articles made by a real `tally ingest`.
-- Copy k (from :kfrom to :kto; 0 is the source as it is) has its ids suffixed '~k' and every
-- date column moved on 20,000 days a copy (JSON bodies are copied unchanged), so each copy is a
-- new stretch of time that no other copy's reports link into.
--   psql -v src=s10k -v target=s1m -v kfrom=0 -v kto=99 -f bench/pg-copy-store.sql
\set ON_ERROR_STOP on
SET search_path = :target;
\set ON_ERROR_STOP on
SET search_path = :target;
SET session_replication_role = replica; -- no FK triggers while copying (all rows are consistent copies)
CREATE TEMP TABLE k AS SELECT generate_series(:kfrom, :kto) AS k;
CREATE FUNCTION pg_temp.sfx(t text, k int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN k = 0 THEN t ELSE t || '~' || k END $$;
CREATE FUNCTION pg_temp.mv(d text, k int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN k = 0 OR d IS NULL OR d !~ '^\d{4}-\d{2}-\d{2}$' THEN d ELSE to_char(d::date + 20000 * k, 'YYYY-MM-DD') END $$;
INSERT INTO articles (id, hash, text, published, outlet, url, title, source, ingested_at, facts, version)
  SELECT pg_temp.sfx(id, k), pg_temp.sfx(hash, k), text, pg_temp.mv(published, k), outlet, url, title, source, ingested_at, facts, version
  FROM :src.articles, k ORDER BY k, seq;
INSERT INTO extractions (article, engine_version, claim_count, created_at)
  SELECT pg_temp.sfx(article, k), engine_version, claim_count, created_at FROM :src.extractions, k ORDER BY k, seq;
INSERT INTO claims SELECT pg_temp.sfx(article, k), engine_version, claim_id, position, outcome, grp, value, body FROM :src.claims, k;
INSERT INTO link_features (article, key, body, iso, day)
  SELECT pg_temp.sfx(article, k), key, body, iso, pg_temp.mv(day, k) FROM :src.link_features, k;
INSERT INTO incidents (id, start_date, end_date, country, iso, body, updated_at, span_days, rev)
  SELECT pg_temp.sfx(id, k), pg_temp.mv(start_date, k), pg_temp.mv(end_date, k), country, iso, body, updated_at, span_days, rev FROM :src.incidents, k;
INSERT INTO incident_articles (incident, article, score, reasons, linked_by, linked_at)
  SELECT pg_temp.sfx(incident, k), pg_temp.sfx(article, k), score, reasons, linked_by, linked_at FROM :src.incident_articles, k ORDER BY k, seq;
INSERT INTO incident_watch SELECT pg_temp.sfx(incident, k), snapshot FROM :src.incident_watch, k;
INSERT INTO changes (at, incident, article, body)
  SELECT at, pg_temp.sfx(incident, k), pg_temp.sfx(article, k), body FROM :src.changes, k ORDER BY k, seq;

SELECT setval('incident_revisions', (SELECT last_value FROM :src.incident_revisions));
RESET session_replication_role;
ANALYZE;
