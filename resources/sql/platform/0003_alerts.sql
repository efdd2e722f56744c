-- RideWatch reference platform: the live map's alerts (rw::AlertMonitor, rw::AlertStore, GET /api/v1/alerts).
-- Applied by rw::SchemaMigrator inside one transaction. Times: *_ms are Unix milliseconds UTC.

-- One row per alert. An alert is open while closed_ms is NULL; a condition that clears (a vehicle that
-- gets its certificate) closes it, and a recurrence opens a new one. The partial unique index keeps one
-- open alert per (kind, company, subject) — subject: the plate for vehicle kinds, the driver's LicenseId
-- for driver kinds, the OrderId for order kinds — so a restart can never raise the same alert twice.
-- revision: a change counter over the table (every insert and update takes MAX + 1), the cursor of
-- GET /api/v1/alerts?since=<revision>; written by one connection only (the monitor's).
CREATE TABLE alert (
    id            INTEGER PRIMARY KEY,
    revision      INTEGER NOT NULL UNIQUE,
    kind          TEXT    NOT NULL,
    article       TEXT    NOT NULL,
    rule_id       TEXT    NOT NULL,
    company_id    TEXT    NOT NULL,
    region_code   TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    vehicle_no    TEXT    NOT NULL DEFAULT '',
    license_id    TEXT    NOT NULL DEFAULT '',
    order_id      TEXT    NOT NULL DEFAULT '',
    first_seen_ms INTEGER NOT NULL,
    last_seen_ms  INTEGER NOT NULL,
    closed_ms     INTEGER,
    -- JSON object: the findings behind the alert (rule id, article, measured value, limit, unit, message).
    detail        TEXT    NOT NULL DEFAULT '{}',
    CHECK (last_seen_ms >= first_seen_ms)
);
CREATE UNIQUE INDEX alert_open ON alert (kind, company_id, subject) WHERE closed_ms IS NULL;
CREATE INDEX alert_region_revision ON alert (region_code, revision);
