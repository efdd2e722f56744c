-- RideWatch reference platform: initial schema.
-- Applied by rw::SchemaMigrator inside one transaction; no BEGIN/COMMIT here.
-- Times: *_ms are Unix milliseconds UTC (the platform's own clock); starts_at/ends_at are Unix
-- seconds UTC, like the rw_business_time of the interface tables they are compared with.
-- The per-interface record tables (ipc_*) are not here: rw::InterfaceTables derives them from the
-- interface catalogue.

-- One row per accepted upload request (a POST whose body could be decoded).
CREATE TABLE upload_batch (
    id           INTEGER PRIMARY KEY,
    company_id   TEXT    NOT NULL,
    ipc_type     TEXT    NOT NULL,
    source       TEXT    NOT NULL DEFAULT '',
    content_type TEXT    NOT NULL DEFAULT '',
    peer         TEXT    NOT NULL DEFAULT '',
    received_ms  INTEGER NOT NULL,
    record_count INTEGER NOT NULL CHECK (record_count >= 0),
    accepted     INTEGER NOT NULL CHECK (accepted >= 0),
    rejected     INTEGER NOT NULL CHECK (rejected >= 0)
);
CREATE INDEX upload_batch_company_received ON upload_batch (company_id, received_ms);
CREATE INDEX upload_batch_received ON upload_batch (received_ms);

-- Rejected records and undecodable bodies, kept with their raw bytes, never dropped (DESIGN §4).
-- reasons: JSON array of {"field","rule","value","message"}; envelope_error: why a whole body
-- could not be decoded (then batch_id, ipc_type and record_index may be NULL).
CREATE TABLE quarantine (
    id             INTEGER PRIMARY KEY,
    batch_id       INTEGER REFERENCES upload_batch (id) ON DELETE SET NULL,
    company_id     TEXT    NOT NULL,
    ipc_type       TEXT,
    record_index   INTEGER,
    received_ms    INTEGER NOT NULL,
    content_type   TEXT    NOT NULL DEFAULT '',
    peer           TEXT    NOT NULL DEFAULT '',
    path           TEXT,
    raw            BLOB    NOT NULL,
    reasons        TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(reasons) AND json_type(reasons) = 'array'),
    envelope_error TEXT
);
CREATE INDEX quarantine_company_id ON quarantine (company_id, id);
CREATE INDEX quarantine_received ON quarantine (received_ms);
CREATE INDEX quarantine_batch ON quarantine (batch_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- Upload credentials: only the SHA-256 of a company's token is stored.
CREATE TABLE company_credential (
    company_id   TEXT    PRIMARY KEY NOT NULL,
    token_sha256 BLOB    NOT NULL CHECK (length(token_sha256) = 32),
    name         TEXT    NOT NULL DEFAULT '',
    created_ms   INTEGER NOT NULL,
    disabled     INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);
CREATE UNIQUE INDEX company_credential_token ON company_credential (token_sha256);

-- Outage notices (Art. 11: planned stops 72 h ahead; Art. 12: incidents, restoration, written
-- report). streams: JSON array of stream names ("positions", "orders", …); body: the notice as sent.
CREATE TABLE notice (
    id          INTEGER PRIMARY KEY,
    company_id  TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('planned_stop', 'incident', 'restoration', 'written_report')),
    received_ms INTEGER NOT NULL,
    starts_at   INTEGER,
    ends_at     INTEGER,
    streams     TEXT    CHECK (streams IS NULL OR json_valid(streams)),
    reason      TEXT,
    contact     TEXT,
    body        TEXT    CHECK (body IS NULL OR json_valid(body))
);
CREATE INDEX notice_company_starts ON notice (company_id, starts_at);
CREATE INDEX notice_company_received ON notice (company_id, received_ms);
