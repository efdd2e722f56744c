-- RideWatch reference platform: the cities' bad-record lists (不良记录名单, seed 002 Art. 33–34;
-- rw::BadRecordStore, /api/v1/badrecords). Applied by rw::SchemaMigrator inside one transaction.
-- Times: *_ms are Unix milliseconds UTC; until_day is INTEGER yyyymmdd in China Standard Time, the last
-- day the entry is on the list (inclusive); NULL: no end.
--
-- History: rows are never deleted. Removing an entry stamps removed_ms, removed_by and remove_reason; the
-- row stays (who listed whom, when and why is itself a record the city must keep, Art. 33). A vehicle is
-- listed by its plate (normalised: no spaces, "·" or "-", upper case), a driver by the licence number
-- companies upload as LicenseId, so that the live alerts match what arrives. Several regions may list
-- the same subject; one region holds at most one active entry per subject (BadRecordStore checks it:
-- "active" depends on the day, which an index cannot express).
CREATE TABLE bad_record (
    id            INTEGER PRIMARY KEY,
    subject       TEXT    NOT NULL CHECK (subject IN ('vehicle', 'driver')),
    region_code   TEXT    NOT NULL,
    plate         TEXT    NOT NULL DEFAULT '',
    licence       TEXT    NOT NULL DEFAULT '',
    name          TEXT    NOT NULL DEFAULT '',  -- the driver's name in the permit registry, if known
    certificate   TEXT    NOT NULL DEFAULT '',  -- the permit's certificate number, if known
    reason        TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    added_by      TEXT    NOT NULL,
    added_ms      INTEGER NOT NULL,
    until_day     INTEGER,
    removed_by    TEXT,
    removed_ms    INTEGER,
    remove_reason TEXT,
    CHECK ((subject = 'vehicle' AND plate <> '') OR (subject = 'driver' AND licence <> '')),
    CHECK (removed_ms IS NULL OR (removed_by IS NOT NULL AND length(trim(remove_reason)) > 0))
);
-- Lookups by subject (the permit search's badRecord flag, /api/v1/conduct with the removed entries as
-- history, the duplicate check); the region's list reads by region.
CREATE INDEX bad_record_plate ON bad_record (plate) WHERE subject = 'vehicle';
CREATE INDEX bad_record_licence ON bad_record (licence) WHERE subject = 'driver';
CREATE INDEX bad_record_region ON bad_record (region_code, id);
