-- Fills a Tally PostgreSQL store with copies of another, for the "rate with 1 M stored" figure
-- (issue 14; README "Scale benchmark", labelled "stored by copy"). Not the product's path: a store
-- made this way is labelled so wherever its figures are given. The target schema must exist and be
-- migrated (open it once with any tally command); the source is a store of N articles made by a
-- real `tally ingest`, with no corrections and no replaced texts (the script stops otherwise).
--   psql -v src=s10k -v target=s1m -v kfrom=0 -v kto=99 -f bench/pg-copy-store.sql
--
-- Copy k (from :kfrom to :kto; 0 is the source as it is) is the source moved on 20,020·k days
-- (715 of the linker's 28-day periods, and whole weeks: a copy's reports fall in the same places of
-- their periods and on the same weekdays as the source's), with every id and text hash suffixed
-- '~k'. Everything the linker reads of a copied report is the source's, moved:
--   - link_features: its country, its day (moved), and its key written with the copy's hash
--     (`kept-features.ts` featuresKey: FEATURES_VERSION:hash:engine), so the linker takes the kept
--     features and never reads them again from the text (whose dates are the source's); the
--     features' JSON with its id, hash and dates moved (publication, claim days, event day);
--   - incidents: ids suffixed, dates moved, and their JSON's id, dates and article list;
--   - claims and mentions: their article, and the claims' dates;
--   - incident_articles, changes, incident_watch: ids suffixed.
-- JSON is edited as text (the quoted id, hash or date replaced), so it stays byte for byte what
-- the product wrote but for those values (jsonb would reorder keys). Text and titles keep the
-- source's dates: `tally relink`, which reads every report again from its text, is not for such a
-- store. bench/pg-copy-check.mjs checks a copy against the store it was made from.
\set ON_ERROR_STOP on
SET search_path = :target;
SET session_replication_role = replica; -- no FK triggers while copying (all rows are consistent copies)
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM corrections) OR EXISTS (SELECT 1 FROM article_versions) THEN
    RAISE EXCEPTION 'the target already holds corrections or replaced texts: copy into a fresh schema';
  END IF;
END $$;
CREATE TEMP TABLE src_check AS
  SELECT (SELECT count(*) FROM :src.corrections) + (SELECT count(*) FROM :src.article_versions) AS n;
DO $$
BEGIN
  IF (SELECT n FROM src_check) > 0 THEN
    RAISE EXCEPTION 'the source holds corrections or replaced texts, which this copy does not move';
  END IF;
END $$;
CREATE TEMP TABLE k AS SELECT generate_series(:kfrom, :kto) AS k;
CREATE FUNCTION pg_temp.sfx(t text, k int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN k = 0 OR t IS NULL THEN t ELSE t || '~' || k END $$;
CREATE FUNCTION pg_temp.mv(d text, k int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN k = 0 OR d IS NULL OR d !~ '^\d{4}-\d{2}-\d{2}$' THEN d ELSE to_char(d::date + 20020 * k, 'YYYY-MM-DD') END $$;
-- Every quoted day ("2016-02-29") in a JSON text moved. A copy moves days on 55 years, more than
-- any one report or incident spans, so no moved day is another day of the same text.
CREATE FUNCTION pg_temp.mvdays(b text, k int) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE d text;
BEGIN
  IF k = 0 OR b IS NULL THEN RETURN b; END IF;
  FOR d IN SELECT DISTINCT m[1] FROM regexp_matches(b, '"(\d{4}-\d{2}-\d{2})"', 'g') AS m LOOP
    b := replace(b, '"' || d || '"', '"' || pg_temp.mv(d, k) || '"');
  END LOOP;
  RETURN b;
END $$;
-- A quoted value in a JSON text suffixed ("id":"x" -> "id":"x~k").
CREATE FUNCTION pg_temp.sfxin(b text, field text, v text, k int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN k = 0 OR b IS NULL THEN b
     ELSE replace(b, '"' || field || '":"' || v || '"', '"' || field || '":"' || v || '~' || k || '"') END $$;
-- An incident's JSON: its id, the ids of its articles and its days.
CREATE FUNCTION pg_temp.incident(b text, id text, k int) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE a text;
BEGIN
  IF k = 0 THEN RETURN b; END IF;
  b := pg_temp.sfxin(b, 'id', id, k);
  FOR a IN SELECT jsonb_array_elements_text(b::jsonb -> 'articles') LOOP
    b := replace(b, '"' || a || '"', '"' || a || '~' || k || '"');
  END LOOP;
  RETURN pg_temp.mvdays(b, k);
END $$;
-- The linker's kept-features key: FEATURES_VERSION:hash:engine, with the copy's hash.
CREATE FUNCTION pg_temp.fkey(key text, k int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN k = 0 THEN key ELSE regexp_replace(key, '^([^:]*):([^:]*):', '\1:\2~' || k || ':') END $$;

INSERT INTO articles (id, hash, text, published, outlet, url, title, source, ingested_at, facts, version)
  SELECT pg_temp.sfx(id, k), pg_temp.sfx(hash, k), text, pg_temp.mv(published, k), outlet, url, title, source, ingested_at, facts, version
  FROM :src.articles, k ORDER BY k, seq;
INSERT INTO extractions (article, engine_version, claim_count, created_at, mentions)
  SELECT pg_temp.sfx(article, k), engine_version, claim_count, created_at, pg_temp.sfxin(mentions, 'article', article, k)
  FROM :src.extractions, k ORDER BY k, seq;
INSERT INTO claims (article, engine_version, claim_id, position, body)
  SELECT pg_temp.sfx(article, k), engine_version, claim_id, position,
         pg_temp.mvdays(pg_temp.sfxin(body, 'article', article, k), k)
  FROM :src.claims, k;
INSERT INTO link_features (article, key, body, iso, day)
  SELECT pg_temp.sfx(f.article, k), pg_temp.fkey(f.key, k),
         pg_temp.mvdays(pg_temp.sfxin(pg_temp.sfxin(f.body, 'id', f.article, k), 'hash', a.hash, k), k),
         f.iso, pg_temp.mv(f.day, k)
  FROM :src.link_features f JOIN :src.articles a ON a.id = f.article, k;
INSERT INTO incidents (id, start_date, end_date, country, iso, body, updated_at, span_days, rev)
  SELECT pg_temp.sfx(id, k), pg_temp.mv(start_date, k), pg_temp.mv(end_date, k), country, iso,
         pg_temp.incident(body, id, k), updated_at, span_days, rev
  FROM :src.incidents, k;
INSERT INTO incident_articles (incident, article, score, reasons, linked_by, linked_at)
  SELECT pg_temp.sfx(incident, k), pg_temp.sfx(article, k), score, reasons, linked_by, linked_at FROM :src.incident_articles, k ORDER BY k, seq;
INSERT INTO incident_watch SELECT pg_temp.sfx(incident, k), snapshot FROM :src.incident_watch, k;
INSERT INTO changes (at, incident, article, body)
  SELECT at, pg_temp.sfx(incident, k), pg_temp.sfx(article, k), body FROM :src.changes, k ORDER BY k, seq;

SELECT setval('incident_revisions', (SELECT last_value FROM :src.incident_revisions));
RESET session_replication_role;
ANALYZE;
