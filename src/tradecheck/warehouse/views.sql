-- Release-aware views. Every fact table keeps all releases; these pick, for each figure, the
-- latest release published on or before a date. The *_latest views are the default.

CREATE VIEW releases AS
SELECT source_id, release, min(release_date) AS release_date, count(*) AS files,
       sum(rows_loaded) AS rows_loaded, min(retrieved_at) AS retrieved_at
FROM files GROUP BY source_id, release;

-- Trade rows with the release each comes from.
CREATE VIEW trade_releases AS
SELECT t.*, f.source_id, f.release, f.release_date, f.path
FROM trade t JOIN files f USING (file_id);

-- Monthly (and stated annual) trade rows as published on or before d.
CREATE MACRO trade_as_of(d) AS TABLE
SELECT * FROM trade_releases
WHERE release_date <= d
QUALIFY dense_rank() OVER (
    PARTITION BY flow, partner_code, freq, year, month ORDER BY release_date DESC, source_id) = 1;

-- Annual trade as published on or before d: the publisher's stated annual figure where it gives
-- one, else the sum of the twelve months of a year the release covers completely.
CREATE MACRO trade_annual_as_of(d) AS TABLE
WITH rel AS (
    SELECT * FROM trade_releases WHERE release_date <= d
),
complete AS (
    SELECT source_id, release, flow, year FROM rel WHERE freq = 'M'
    GROUP BY ALL HAVING count(DISTINCT month) = 12
),
summed AS (
    SELECT source_id, release, any_value(release_date) AS release_date, flow, partner_code,
           any_value(partner_name) AS partner_name, any_value(country_id) AS country_id, year,
           sum(value_usd) AS value_usd, count(*) AS months, list(file_id ORDER BY month) AS file_ids,
           list(src_row ORDER BY month) AS src_rows, 'sum of months' AS method
    FROM rel JOIN complete USING (source_id, release, flow, year)
    WHERE freq = 'M'
    GROUP BY source_id, release, flow, partner_code, year
),
stated AS (
    SELECT source_id, release, release_date, flow, partner_code, partner_name, country_id, year,
           value_usd, 12 AS months, [file_id] AS file_ids, [src_row] AS src_rows,
           'stated annual' AS method
    FROM rel WHERE freq = 'A'
),
combined AS (
    SELECT * FROM stated
    UNION ALL BY NAME
    SELECT s.* FROM summed s
    WHERE NOT EXISTS (SELECT 1 FROM stated a WHERE a.source_id = s.source_id
                      AND a.release = s.release AND a.flow = s.flow
                      AND a.partner_code = s.partner_code AND a.year = s.year)
)
SELECT * FROM combined
QUALIFY row_number() OVER (
    PARTITION BY flow, partner_code, year ORDER BY release_date DESC, source_id) = 1;

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
