-- RideWatch reference platform: review and publication of monthly and yearly quality results (seed 000
-- Art. 18: the industry platform publishes the results). Applied by rw::SchemaMigrator in one transaction.
-- One row per region and period; the audit log holds every change (who, when, the comment).
CREATE TABLE quality_review (
    region_code   TEXT    NOT NULL,  -- the scope the results were reviewed for: 6-digit region code
    period        TEXT    NOT NULL,  -- "yyyy-mm" (month) or "yyyy" (year), CST
    model_version TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('reviewed', 'published')),
    comment       TEXT    NOT NULL DEFAULT '',
    reviewed_by   TEXT    NOT NULL,
    reviewed_ms   INTEGER NOT NULL,
    published_by  TEXT,
    published_ms  INTEGER,
    PRIMARY KEY (region_code, period)
) WITHOUT ROWID;
