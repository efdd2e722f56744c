-- RideWatch reference platform: data-quality tallies (DESIGN §6; seed 000 Art. 14–17).
-- Applied by rw::SchemaMigrator inside one transaction.
--
-- Kept up to date at ingest, in the same transaction as the upload's records, so that a month's table is
-- a sum over at most 31 rows per company and a recompute from the raw records gives the same numbers.
-- A record counts in the CST day (UTC+8) of its receipt; months and years (Art. 17) are sums of days.
-- Every row carries the version of the quality model that produced it (resources/quality/*.json).

-- Per company, CST day and model version: records received and, per dimension, records checked and passed;
-- 订单合规率: orders checked against the permit registry and those whose vehicle and driver both held a
-- valid permit.
CREATE TABLE quality_day (
    company_id            TEXT    NOT NULL,
    day                   INTEGER NOT NULL,  -- CST date as yyyymmdd
    model_version         TEXT    NOT NULL,
    records               INTEGER NOT NULL DEFAULT 0 CHECK (records >= 0),
    completeness_checked  INTEGER NOT NULL DEFAULT 0,
    completeness_passed   INTEGER NOT NULL DEFAULT 0,
    conformance_checked   INTEGER NOT NULL DEFAULT 0,
    conformance_passed    INTEGER NOT NULL DEFAULT 0,
    timeliness_checked    INTEGER NOT NULL DEFAULT 0,
    timeliness_passed     INTEGER NOT NULL DEFAULT 0,
    authenticity_checked  INTEGER NOT NULL DEFAULT 0,
    authenticity_passed   INTEGER NOT NULL DEFAULT 0,
    orders_checked        INTEGER NOT NULL DEFAULT 0,
    orders_compliant      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (company_id, day, model_version)
) WITHOUT ROWID;

-- Violations per company, CST day, model version, rule and interface.
CREATE TABLE quality_rule_day (
    company_id    TEXT    NOT NULL,
    day           INTEGER NOT NULL,  -- CST date as yyyymmdd
    model_version TEXT    NOT NULL,
    rule_id       TEXT    NOT NULL,  -- a rule id of the model, e.g. "timeliness.withinLimit"
    ipc_type      TEXT    NOT NULL,
    violations    INTEGER NOT NULL DEFAULT 0 CHECK (violations >= 0),
    PRIMARY KEY (company_id, day, model_version, rule_id, ipc_type)
) WITHOUT ROWID;

-- Sample records per company, CST month, model version and rule (the model's samplesPerRule, the first
-- ones received), each with the way back to its raw record: rw_id of the interface table ipc_<ipc_type>
-- (source 'record') or the quarantine row (source 'quarantine').
CREATE TABLE quality_sample (
    id            INTEGER PRIMARY KEY,
    company_id    TEXT    NOT NULL,
    month         INTEGER NOT NULL,  -- CST month as yyyymm
    model_version TEXT    NOT NULL,
    rule_id       TEXT    NOT NULL,
    ipc_type      TEXT    NOT NULL,
    source        TEXT    NOT NULL CHECK (source IN ('record', 'quarantine')),
    row_id        INTEGER NOT NULL,
    record_key    TEXT    NOT NULL DEFAULT '',
    received_ms   INTEGER NOT NULL
);
CREATE INDEX quality_sample_rule ON quality_sample (company_id, month, model_version, rule_id, id);
