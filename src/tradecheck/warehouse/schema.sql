-- The evidence warehouse. Every fact row carries `file_id` (-> files) and `src_row`, the row of the
-- publisher's file it was read from (1-based, counting the header as row 1 for CSV and sheets; the
-- array index for JSON arrays, whose row 0 is the header). Source parsers return every column
-- below except `file_id`, which the build adds.

CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);

-- Provenance: one row per file loaded (or kept as a document).
CREATE TABLE files (
    file_id       INTEGER PRIMARY KEY,
    source_id     VARCHAR NOT NULL,   -- catalogue id
    path          VARCHAR NOT NULL,   -- relative path in the mirror / cache layout
    url           VARCHAR NOT NULL,   -- official address
    release       VARCHAR NOT NULL,   -- release / vintage label
    release_date  DATE NOT NULL,      -- when that release was published (as-of queries use it)
    sha256        VARCHAR NOT NULL,
    bytes         BIGINT NOT NULL,
    retrieved_at  TIMESTAMP NOT NULL, -- when the bytes were downloaded (mirror: the file's mtime)
    origin        VARCHAR NOT NULL,   -- 'mirror' or 'download'
    role          VARCHAR NOT NULL,   -- 'data', 'labels' or 'document'
    rows_loaded   BIGINT NOT NULL,
    parser        VARCHAR NOT NULL,   -- module and version that read it
    transcribes   INTEGER,            -- file_id of the document this file transcribes
    note          VARCHAR
);

-- Checks run on each file (header, units, totals the publisher states).
CREATE TABLE checks (
    file_id  INTEGER NOT NULL,
    check_id VARCHAR NOT NULL,
    status   VARCHAR NOT NULL,   -- 'pass' or 'warn' (a failing check stops the build)
    detail   VARCHAR NOT NULL
);

CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY, title VARCHAR, publisher VARCHAR, url VARCHAR, licence VARCHAR,
    cadence VARCHAR, unit VARCHAR, coverage VARCHAR, notes VARCHAR
);

-- One country dimension. country_id is ISO3 for countries and territories, an upper-case slug
-- for groups and aggregates (EU, OPEC, USMCA, WORLD, ...).
CREATE TABLE countries (
    country_id VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,    -- 'country', 'territory', 'aggregate', 'region', 'other'
    iso3       VARCHAR,
    census_code VARCHAR,            -- Census Schedule C code
    aliases    VARCHAR[],
    demonyms   VARCHAR[]
);
-- Every code or name a publisher uses, mapped to the dimension.
CREATE TABLE country_codes (
    scheme     VARCHAR NOT NULL,    -- 'census', 'iso3', 'wb', 'wiod', 'icio', 'name', 'alias', 'demonym'
    code       VARCHAR NOT NULL,
    country_id VARCHAR NOT NULL
);
CREATE TABLE country_groups (group_id VARCHAR NOT NULL, country_id VARCHAR NOT NULL);

-- U.S. trade in goods with partners. Monthly rows (freq 'M') and, where the publisher states
-- them, annual rows (freq 'A', month NULL): never sum across freq.
CREATE TABLE trade (
    file_id      INTEGER NOT NULL,
    src_row      INTEGER NOT NULL,
    src_col      VARCHAR,          -- column (or cell) of the figure, where the row holds several
    reporter     VARCHAR NOT NULL, -- 'USA'
    flow         VARCHAR NOT NULL, -- 'exports' (total: domestic + foreign) | 'imports' (general)
    partner_code VARCHAR NOT NULL, -- as published (Census Schedule C; '-' = total)
    partner_name VARCHAR NOT NULL, -- as published
    country_id   VARCHAR,          -- reconciled partner (NULL when unknown)
    freq         VARCHAR NOT NULL, -- 'M' or 'A'
    year         SMALLINT NOT NULL,
    month        TINYINT,
    value_usd    DOUBLE NOT NULL   -- U.S. dollars (FT-900 millions are scaled)
);

CREATE TABLE population (
    file_id      INTEGER NOT NULL,
    src_row      INTEGER NOT NULL,
    code         VARCHAR NOT NULL,  -- as published (ISO3-like; aggregates too)
    name         VARCHAR NOT NULL,
    country_id   VARCHAR,
    year         SMALLINT NOT NULL,
    persons      BIGINT NOT NULL
);

-- Input-output tables. One row per table and year; labels per table; non-zero cells only.
CREATE TABLE io_tables (
    file_id      INTEGER NOT NULL,
    table_id     VARCHAR NOT NULL,  -- 'wiod2013', 'icio2023'
    year         SMALLINT NOT NULL,
    n_rows       INTEGER NOT NULL,  -- region x industry rows
    n_final      INTEGER NOT NULL,  -- final-demand columns
    unit         VARCHAR NOT NULL
);
CREATE TABLE io_labels (
    file_id      INTEGER NOT NULL,
    table_id     VARCHAR NOT NULL,
    axis         VARCHAR NOT NULL,  -- 'row' (region x industry; also the intermediate columns),
                                    -- 'final' (region x final use), 'va' (value-added rows)
    idx          INTEGER NOT NULL,  -- 0-based position on that axis
    region       VARCHAR NOT NULL,  -- as published ('MEX', 'MX1', 'RoW')
    country_id   VARCHAR,           -- reconciled country ('MX1' and 'MX2' -> 'MEX')
    code         VARCHAR NOT NULL,  -- industry, use or value-added code ('c1', 'D29', 'HFCE')
    label        VARCHAR            -- its name, where the publisher gives one
);
CREATE TABLE io_cells (
    file_id      INTEGER NOT NULL,
    table_id     VARCHAR NOT NULL,
    year         SMALLINT NOT NULL,
    part         VARCHAR NOT NULL,  -- 'inter' (row x row), 'final' (row x final), 'output' (row),
                                    -- 'va' (va x row)
    i            INTEGER NOT NULL,  -- row index (for 'va': index on the 'va' axis)
    j            INTEGER NOT NULL,  -- column index (0 for 'output')
    value        DOUBLE NOT NULL    -- in the table's unit
);

-- CBP encounters (southwest border and nationwide files).
CREATE TABLE encounters (
    file_id            INTEGER NOT NULL,
    src_row            INTEGER NOT NULL,
    dataset            VARCHAR NOT NULL, -- 'southwest_border' | 'nationwide'
    fiscal_year        SMALLINT NOT NULL,
    fy_label           VARCHAR NOT NULL, -- as published ('2025 (FYTD)')
    year               SMALLINT NOT NULL, -- calendar year of the month
    month              TINYINT NOT NULL,  -- calendar month 1-12
    month_grouping     VARCHAR,          -- 'FYTD' | 'Remaining'
    component          VARCHAR,          -- 'U.S. Border Patrol' | 'Office of Field Operations' (NULL: not given)
    land_border_region VARCHAR,          -- nationwide files: 'Southwest Land Border', ...
    state              VARCHAR,
    demographic        VARCHAR,
    citizenship        VARCHAR,
    title_of_authority VARCHAR,
    encounter_type     VARCHAR,          -- 'Apprehensions' | 'Inadmissibles' | 'Expulsions' (NULL: not given)
    encounters         INTEGER NOT NULL
);

-- OHSS KHSM Border Patrol encounter tables, one row per cell of each sheet.
CREATE TABLE usbp_encounters (
    file_id       INTEGER NOT NULL,
    src_row       INTEGER NOT NULL,
    sheet         VARCHAR NOT NULL,     -- e.g. 'Monthly Region'
    freq          VARCHAR NOT NULL,     -- 'A' | 'M'
    fiscal_year   SMALLINT NOT NULL,
    year          SMALLINT,             -- calendar year (monthly rows)
    month         TINYINT,              -- calendar month (monthly rows)
    region        VARCHAR,              -- NULL: all regions
    sector        VARCHAR,
    citizenship   VARCHAR,
    family_status VARCHAR,
    encounters    INTEGER NOT NULL      -- rounded to tens by the publisher
);

-- Historical Border Patrol apprehensions (secondary transcription of CBP PDFs).
CREATE TABLE apprehensions_history (
    file_id      INTEGER NOT NULL,
    src_row      INTEGER NOT NULL,
    scope        VARCHAR NOT NULL,   -- 'nationwide' | 'southwest_border'
    sector       VARCHAR,            -- southwest-border sector; NULL for the nationwide total
    fiscal_year  SMALLINT NOT NULL,
    apprehensions INTEGER NOT NULL
);

CREATE TABLE seizures (
    file_id            INTEGER NOT NULL,
    src_row            INTEGER NOT NULL,
    fiscal_year        SMALLINT NOT NULL,
    fy_label           VARCHAR NOT NULL,
    year               SMALLINT NOT NULL,
    month              TINYINT NOT NULL,
    component          VARCHAR,
    region             VARCHAR,
    land_filter        VARCHAR,
    area_of_responsibility VARCHAR,
    drug               VARCHAR NOT NULL, -- as published ('Fentanyl', 'Other Drugs**')
    events             INTEGER NOT NULL,
    pounds             DOUBLE NOT NULL
);

CREATE TABLE published_figures (
    file_id      INTEGER NOT NULL,
    src_row      INTEGER NOT NULL,
    publisher    VARCHAR NOT NULL,
    document     VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    published    VARCHAR NOT NULL,   -- 'YYYY-MM' as stated
    data_year    SMALLINT NOT NULL,
    partner      VARCHAR NOT NULL,
    country_id   VARCHAR,
    measure      VARCHAR NOT NULL,   -- 'sme_exporters', 'sme_goods_exports', ...
    qualifier    VARCHAR,            -- 'over', 'about', ...
    value        DOUBLE NOT NULL,
    unit         VARCHAR NOT NULL
);
