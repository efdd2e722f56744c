-- RideWatch reference platform: the cities' permits (DESIGN §4 "City permits"; seed 000 Art. 5), kept
-- apart from the companies' own base-info (ipc_baseinfo*), which they are reconciled with.
-- Applied by rw::SchemaMigrator inside one transaction. Dates are INTEGER yyyymmdd (the spec's F8 form:
-- compact, sortable, compared with today's number); *_ms are Unix milliseconds UTC.
--
-- History: rows are never deleted. An import that brings a certificate number again inserts a new
-- row and stamps the old one superseded_ms; the new row's "replaces" names it. The indexes cover
-- current rows only (partial indexes), which is all that search and reconciliation read; the
-- PermitStore keeps at most one current row per certificate number, which the unique index enforces.

CREATE TABLE permit_import (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('company', 'vehicle', 'driver')),
    format      TEXT    NOT NULL,             -- 'csv', 'json', 'api', 'generator'
    actor       TEXT    NOT NULL DEFAULT '',  -- the account that imported
    region_code TEXT,                         -- the default region of the import
    imported_ms INTEGER NOT NULL,
    rows_read   INTEGER NOT NULL DEFAULT 0,
    inserted    INTEGER NOT NULL DEFAULT 0,   -- certificates new to the registry
    replaced    INTEGER NOT NULL DEFAULT 0,   -- certificates whose current row changed
    unchanged   INTEGER NOT NULL DEFAULT 0,   -- certificates sent again with the same content
    rejected    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE permit_company (
    id             INTEGER PRIMARY KEY,
    import_id      INTEGER REFERENCES permit_import (id),
    certificate    TEXT    NOT NULL,
    company_id     TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    identifier     TEXT    NOT NULL DEFAULT '',
    region_code    TEXT    NOT NULL,
    operation_area TEXT    NOT NULL DEFAULT '',
    organization   TEXT    NOT NULL DEFAULT '',
    certify_date   INTEGER,
    valid_from     INTEGER NOT NULL,
    valid_to       INTEGER NOT NULL,
    state          TEXT    NOT NULL DEFAULT '',
    imported_ms    INTEGER NOT NULL,
    superseded_ms  INTEGER,
    replaces       INTEGER
);
CREATE UNIQUE INDEX permit_company_certificate ON permit_company (certificate) WHERE superseded_ms IS NULL;
CREATE INDEX permit_company_company ON permit_company (company_id) WHERE superseded_ms IS NULL;
CREATE INDEX permit_company_name ON permit_company (name) WHERE superseded_ms IS NULL;

CREATE TABLE permit_vehicle (
    id                 INTEGER PRIMARY KEY,
    import_id          INTEGER REFERENCES permit_import (id),
    certificate        TEXT    NOT NULL,
    plate              TEXT    NOT NULL,
    plate_color        TEXT    NOT NULL DEFAULT '',
    company_id         TEXT    NOT NULL,
    owner_name         TEXT    NOT NULL DEFAULT '',
    vin                TEXT    NOT NULL,
    region_code        TEXT    NOT NULL,
    organization       TEXT    NOT NULL DEFAULT '',
    first_registration INTEGER,  -- seed 002 Art. 40–41
    valid_from         INTEGER NOT NULL,
    valid_to           INTEGER NOT NULL,
    seats              INTEGER,  -- Art. 13(一)
    wheelbase_mm       INTEGER,  -- Art. 13(三)
    brand              TEXT    NOT NULL DEFAULT '',
    model              TEXT    NOT NULL DEFAULT '',
    fuel_type          TEXT    NOT NULL DEFAULT '',
    state              TEXT    NOT NULL DEFAULT '',
    imported_ms        INTEGER NOT NULL,
    superseded_ms      INTEGER,
    replaces           INTEGER
);
CREATE UNIQUE INDEX permit_vehicle_certificate ON permit_vehicle (certificate) WHERE superseded_ms IS NULL;
CREATE INDEX permit_vehicle_plate ON permit_vehicle (plate) WHERE superseded_ms IS NULL;
CREATE INDEX permit_vehicle_vin ON permit_vehicle (vin) WHERE superseded_ms IS NULL;
CREATE INDEX permit_vehicle_company ON permit_vehicle (company_id) WHERE superseded_ms IS NULL;

CREATE TABLE permit_driver (
    id                  INTEGER PRIMARY KEY,
    import_id           INTEGER REFERENCES permit_import (id),
    certificate         TEXT    NOT NULL,
    name                TEXT    NOT NULL,
    id_number           TEXT    NOT NULL,
    licence             TEXT    NOT NULL,
    phone               TEXT    NOT NULL DEFAULT '',
    gender              TEXT    NOT NULL DEFAULT '',
    company_id          TEXT    NOT NULL,
    company_name        TEXT    NOT NULL DEFAULT '',
    region_code         TEXT    NOT NULL,
    organization        TEXT    NOT NULL DEFAULT '',
    driver_type         TEXT    NOT NULL DEFAULT '',
    licence_first_issue INTEGER, -- seed 002 Art. 15(一)
    valid_from          INTEGER NOT NULL,
    valid_to            INTEGER NOT NULL,
    state               TEXT    NOT NULL DEFAULT '',
    imported_ms         INTEGER NOT NULL,
    superseded_ms       INTEGER,
    replaces            INTEGER
);
CREATE UNIQUE INDEX permit_driver_certificate ON permit_driver (certificate) WHERE superseded_ms IS NULL;
CREATE INDEX permit_driver_id_number ON permit_driver (id_number) WHERE superseded_ms IS NULL;
CREATE INDEX permit_driver_licence ON permit_driver (licence) WHERE superseded_ms IS NULL;
-- Names: exact and prefix ("王" → every 王…) through the B-tree; FTS5 trigram below for "contains".
-- region_code in the index lets a scoped search (a province's supervisor) skip other regions' rows
-- without reading them: at 6 million drivers, p50 5.6 → 0.6 ms for a common name (bench_permitsearch).
CREATE INDEX permit_driver_name ON permit_driver (name, region_code) WHERE superseded_ms IS NULL;
CREATE INDEX permit_driver_company ON permit_driver (company_id) WHERE superseded_ms IS NULL;

-- Substring search of names (FTS5 trigram, SQLite ≥ 3.34: unicode61 does not segment Chinese). The
-- tables index the content tables' rows (history included; a join keeps the current ones). A trigram
-- index answers queries of 3 or more characters; shorter ones use the B-tree indexes above.
-- columnsize = 0: no per-row token counts (they serve bm25 ranking, which the search does not use);
-- at 6 million drivers that table alone was 61 MiB of the 75.
CREATE VIRTUAL TABLE permit_driver_fts USING fts5 (name, content = 'permit_driver', content_rowid = 'id',
                                                   tokenize = 'trigram', columnsize = 0);
CREATE VIRTUAL TABLE permit_company_fts USING fts5 (name, content = 'permit_company', content_rowid = 'id',
                                                    tokenize = 'trigram', columnsize = 0);

-- Rows an import refused, kept as they were sent for correction (DESIGN §4: nothing is dropped).
-- errors: JSON array of {"row", "field", "value", "reason"}.
CREATE TABLE permit_rejected (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES permit_import (id),
    kind      TEXT    NOT NULL,
    row       INTEGER NOT NULL,
    raw       BLOB    NOT NULL,
    errors    TEXT    NOT NULL CHECK (json_valid(errors) AND json_type(errors) = 'array'),
    corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1))
);
CREATE INDEX permit_rejected_import ON permit_rejected (import_id, row);
