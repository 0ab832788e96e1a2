-- The consent ledger stays append-only in what it says (kind, purposes, notice, when, source),
-- but a merge of two person rows must move each entry to the person who remains: only
-- person_id may change now.
DROP TRIGGER consent_is_a_ledger;
CREATE TRIGGER consent_is_a_ledger BEFORE UPDATE OF id, kind, purposes, notice_version, occurred_at, source, created_at
    ON consent
BEGIN
    SELECT RAISE(ABORT, 'consent rows are never updated: add a withdrawal instead');
END;
