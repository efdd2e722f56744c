-- RideWatch reference platform: transmission outages and suspensions (DESIGN §7; seed 000 Art. 11–13, 21).
-- Applied by rw::SchemaMigrator inside one transaction. Times are Unix milliseconds UTC.

-- Detected outages (rw::OutageDetector, rw::OutageStore): one row per company, stream and start, so a
-- restart that finds the same silence again updates the row instead of adding one.
-- start_ms: receipt of the last record before the silence; end_ms: of the first after it (NULL: open).
CREATE TABLE outage (
    id              INTEGER PRIMARY KEY,
    company_id      TEXT    NOT NULL,
    stream          TEXT    NOT NULL CHECK (stream IN ('baseInfo', 'order', 'operate', 'position', 'rated', 'share')),
    start_ms        INTEGER NOT NULL,
    detected_ms     INTEGER NOT NULL,
    end_ms          INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
    rate_per_minute REAL    NOT NULL DEFAULT 0 CHECK (rate_per_minute >= 0),
    backfilled      INTEGER NOT NULL DEFAULT 0 CHECK (backfilled >= 0),
    UNIQUE (company_id, stream, start_ms)
);
CREATE INDEX outage_start ON outage (start_ms);
CREATE INDEX outage_open ON outage (company_id) WHERE end_ms IS NULL;

-- Art. 13: a security administrator suspends and restores a company's upload access, with reasons.
-- company_credential.disabled holds the current state; this table the history (rows are never deleted).
CREATE TABLE company_suspension (
    id             INTEGER PRIMARY KEY,
    company_id     TEXT    NOT NULL,
    suspended_ms   INTEGER NOT NULL,
    suspended_by   TEXT    NOT NULL,
    reason         TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    restored_ms    INTEGER,
    restored_by    TEXT,
    restore_reason TEXT
);
CREATE INDEX company_suspension_company ON company_suspension (company_id, id);
