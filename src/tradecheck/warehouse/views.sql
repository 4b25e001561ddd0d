-- Release-aware views. Every fact table keeps all releases; these pick, for each figure, the
-- latest release published on or before a date. The *_latest views are the default.

CREATE VIEW releases AS
SELECT source_id, release, min(release_date) AS release_date, count(*) AS files,
       sum(rows_loaded) AS rows_loaded, min(retrieved_at) AS retrieved_at
FROM files GROUP BY source_id, release;

-- Trade rows with the release each comes from. A partner is keyed by its reconciled country
-- (so that the API's '-' and FT-900's '0015' are both WORLD), or by its code when unmapped. A
-- file may give one partner under two codes (a retired code with zeros; Sudan before and after
-- South Sudan in 2011): such rows are summed, never two files' rows.
CREATE VIEW trade_releases AS
SELECT t.*, coalesce(t.country_id, t.partner_code) AS partner_key,
       f.source_id, f.release, f.release_date, f.path, f.url
FROM trade t JOIN files f USING (file_id);

-- Trade rows (monthly, and stated annual) from the latest file published on or before d that
-- covers each partner and period.
CREATE MACRO trade_as_of(d) AS TABLE
SELECT * EXCLUDE (pick) FROM (
    SELECT *, first_value(file_id) OVER (
        PARTITION BY flow, partner_key, freq, year, month
        ORDER BY release_date DESC, file_id DESC) AS pick
    FROM trade_releases WHERE release_date <= d
) WHERE file_id = pick;

-- Annual trade as published on or before d: the publisher's stated annual figure where it gives
-- one, else the sum of the twelve months of a year the file covers completely. (Each publisher
-- file holds whole years, so a year's months never straddle files.) Among releases, the latest
-- wins; files loaded later break ties between releases of the same day.
CREATE MACRO trade_annual_as_of(d) AS TABLE
WITH rel AS (
    SELECT * FROM trade_releases WHERE release_date <= d
),
complete AS (
    SELECT file_id, flow, year FROM rel WHERE freq = 'M'
    GROUP BY ALL HAVING count(DISTINCT month) = 12
),
per_file AS (
    SELECT file_id, any_value(source_id) AS source_id, any_value(release) AS release,
           any_value(release_date) AS release_date, any_value(path) AS path, any_value(url) AS url,
           flow, partner_key, string_agg(DISTINCT partner_code, '|' ORDER BY partner_code) AS partner_code,
           any_value(partner_name) AS partner_name, any_value(country_id) AS country_id, year,
           sum(value_usd) AS value_usd,
           CASE WHEN bool_or(freq = 'A') THEN 'stated annual' ELSE 'sum of months' END AS method,
           list(src_row ORDER BY month NULLS FIRST, src_row) AS src_rows,
           coalesce(any_value(src_col) FILTER (WHERE freq = 'A'), any_value(src_col)) AS src_col
    FROM rel
    WHERE freq = 'A'
       OR (freq = 'M' AND (file_id, flow, year) IN (SELECT (file_id, flow, year) FROM complete)
           AND NOT EXISTS (SELECT 1 FROM rel a WHERE a.freq = 'A' AND a.file_id = rel.file_id
                           AND a.flow = rel.flow AND a.year = rel.year))
    GROUP BY file_id, flow, partner_key, year
)
SELECT * FROM per_file
QUALIFY row_number() OVER (
    PARTITION BY flow, partner_key, year ORDER BY release_date DESC, file_id DESC) = 1;

CREATE VIEW trade_latest AS SELECT * FROM trade_as_of(DATE '9999-12-31');
CREATE VIEW trade_annual AS SELECT * FROM trade_annual_as_of(DATE '9999-12-31');

-- Encounters: for each dataset and month, the rows of the latest file covering that month.
CREATE MACRO encounters_as_of(d) AS TABLE
WITH cover AS (
    SELECT DISTINCT e.dataset, e.year, e.month, e.file_id, f.release_date
    FROM encounters e JOIN files f USING (file_id) WHERE f.release_date <= d
),
pick AS (
    SELECT dataset, year, month, file_id FROM cover
    QUALIFY row_number() OVER (
        PARTITION BY dataset, year, month ORDER BY release_date DESC, file_id DESC) = 1
)
SELECT e.*, f.release, f.release_date, f.path
FROM encounters e JOIN pick USING (dataset, year, month, file_id) JOIN files f USING (file_id);

CREATE VIEW encounters_latest AS SELECT * FROM encounters_as_of(DATE '9999-12-31');

-- Drug seizures, likewise by month.
CREATE MACRO seizures_as_of(d) AS TABLE
WITH cover AS (
    SELECT DISTINCT s.year, s.month, s.file_id, f.release_date
    FROM seizures s JOIN files f USING (file_id) WHERE f.release_date <= d
),
pick AS (
    SELECT year, month, file_id FROM cover
    QUALIFY row_number() OVER (PARTITION BY year, month ORDER BY release_date DESC, file_id DESC) = 1
)
SELECT s.*, f.release, f.release_date, f.path
FROM seizures s JOIN pick USING (year, month, file_id) JOIN files f USING (file_id);

CREATE VIEW seizures_latest AS SELECT * FROM seizures_as_of(DATE '9999-12-31');

CREATE VIEW population_latest AS
SELECT p.*, f.release, f.release_date, f.path
FROM population p JOIN files f USING (file_id)
QUALIFY row_number() OVER (PARTITION BY p.code, p.year ORDER BY f.release_date DESC, p.file_id DESC) = 1;

-- Input-output cells with their labels, aggregated to countries: OECD ICIO's split regions
-- (MX1 + MX2 -> MEX, CN1 + CN2 -> CHN) are summed; WIOD cells pass through unchanged. Row and
-- column codes are industries ('row' axis), final uses ('final') or value-added rows ('va').
CREATE VIEW io_cells_by_country AS
SELECT c.table_id, c.year, c.part,
       r.country_id AS row_country, r.code AS row_code,
       k.country_id AS col_country, k.code AS col_code,
       sum(c.value) AS value
FROM io_cells c
JOIN io_labels r ON r.table_id = c.table_id AND r.idx = c.i
                AND r.axis = CASE c.part WHEN 'va' THEN 'va' ELSE 'row' END
LEFT JOIN io_labels k ON k.table_id = c.table_id AND k.idx = c.j
                     AND k.axis = CASE c.part WHEN 'final' THEN 'final' WHEN 'output' THEN NULL
                                              ELSE 'row' END
GROUP BY ALL;
