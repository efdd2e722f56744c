-- Placeholder on the badrecords branch only: migration 0005 belongs to another branch of issue 5, and
-- SchemaMigrator refuses a gap (0004 → 0006). Delete this file when merging that branch's 0005.
SELECT 1;
