-- RideWatch reference platform: accounts, password history, TOTP enrolment and the audit trail
-- (DESIGN §8, reference/security.md). Applied by rw::SchemaMigrator inside one transaction.
-- Times: *_ms are Unix milliseconds UTC from the platform's clock (rw::Clock).

-- One row per person (GB/T 22239-2019 §8.1.4.1 a: unique identification; §8.1.4.2 c: no shared
-- accounts). Accounts are disabled, never deleted: the audit trail names them. One role per account,
-- so no person holds two of the separated administrator roles. Business roles are bound to a
-- GB/T 2260 region code (rw::RegionScope); administrators to none.
CREATE TABLE account (
    id                  INTEGER PRIMARY KEY,
    user_name           TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(user_name) BETWEEN 1 AND 64),
    display_name        TEXT    NOT NULL DEFAULT '',
    role                TEXT    NOT NULL CHECK (role IN ('cityOfficer', 'provincialSupervisor', 'enforcementOfficer',
                                                         'systemAdministrator', 'securityAdministrator',
                                                         'auditAdministrator')),
    region_code         TEXT    CHECK (region_code IS NULL
                                       OR (length(region_code) = 6 AND region_code GLOB '[1-9][0-9][0-9][0-9][0-9][0-9]')),
    -- rw::PasswordHasher's encoded hash: "$pbkdf2-sha256$i=…$salt$hash"; never a password.
    password_hash       TEXT    NOT NULL,
    password_changed_ms INTEGER NOT NULL,
    -- Set at creation and by an administrator's reset: the next sign-in must change the password
    -- (L3-CES1-06: no default passwords survive the first sign-in).
    must_change         INTEGER NOT NULL DEFAULT 1 CHECK (must_change IN (0, 1)),
    disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    -- rw::LoginThrottle's state (L3-CES1-02: 限制非法登录次数).
    failed_count        INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
    locked_until_ms     INTEGER NOT NULL DEFAULT 0,
    created_ms          INTEGER NOT NULL,
    CHECK ((role IN ('cityOfficer', 'provincialSupervisor', 'enforcementOfficer')) = (region_code IS NOT NULL))
);

-- Previous password hashes, for rw::PasswordPolicyChecker's history rule (the last N are compared,
-- each with its own salt and cost).
CREATE TABLE password_history (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    hash       TEXT    NOT NULL,
    changed_ms INTEGER NOT NULL
);
CREATE INDEX password_history_account ON password_history (account_id, changed_ms DESC);

-- The TOTP second factor (GB/T 22239-2019 §8.1.4.1 d), kept apart from the account row so that a
-- query of accounts never carries it. secret: the RFC 6238 key encrypted with AES-256-GCM under a key
-- held outside the database (ASVS 2.8.2), as nonce ‖ ciphertext ‖ tag (rw::SecretBox).
-- last_step: the time step of the last accepted code; a code for the same or an older step is refused.
CREATE TABLE account_totp (
    account_id  INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret      BLOB    NOT NULL,
    algorithm   TEXT    NOT NULL DEFAULT 'SHA1' CHECK (algorithm IN ('SHA1', 'SHA256', 'SHA512')),
    digits      INTEGER NOT NULL DEFAULT 6 CHECK (digits BETWEEN 6 AND 8),
    period_s    INTEGER NOT NULL DEFAULT 30 CHECK (period_s > 0),
    last_step   INTEGER NOT NULL DEFAULT -1,
    enrolled_ms INTEGER NOT NULL
);

-- The audit trail (GB/T 22239-2019 §8.1.4.3; seed 000 Art. 20): append-only, each row chained to the
-- one before by an HMAC-SHA256 (rw::AuditChain) under a key that is not in this database:
--   mac = HMAC(key, prev_mac ‖ canonical(at_ms, actor, role, peer, action, target, outcome, detail)).
-- AUTOINCREMENT: a seq is never handed out twice, so sqlite_sequence remembers how far the trail got
-- even when its last rows are deleted (rw::AuditStore::verify() reports that as truncation).
CREATE TABLE audit_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms    INTEGER NOT NULL,
    actor    TEXT    NOT NULL,
    role     TEXT    NOT NULL DEFAULT '',
    peer     TEXT    NOT NULL DEFAULT '',
    action   TEXT    NOT NULL,
    target   TEXT    NOT NULL DEFAULT '',
    outcome  TEXT    NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
    detail   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
    prev_mac BLOB    NOT NULL CHECK (length(prev_mac) = 32),
    mac      BLOB    NOT NULL UNIQUE CHECK (length(mac) = 32)
);
CREATE INDEX audit_log_at ON audit_log (at_ms);
CREATE INDEX audit_log_actor_at ON audit_log (actor, at_ms);
CREATE INDEX audit_log_action_at ON audit_log (action, at_ms);

-- Append-only inside SQLite too. This stops mistakes in our own code and casual edits; someone who
-- can drop a trigger or edit the file is caught by the HMAC chain instead.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE is not allowed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: DELETE is not allowed');
END;
