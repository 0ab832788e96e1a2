-- Covering indexes for the KPI questions (issue 8: every KPI for a fiscal year within 200 ms at
-- national scale). Each holds every column its question reads, so SQLite answers from the index
-- without visiting the table rows.

-- Attended and no-shows of the workshops held in a period, and who they were (unique participants).
CREATE INDEX registration_kpi_held_idx ON registration (workshop_id, status, person_id);
-- Registrations received in a period.
CREATE INDEX registration_kpi_received_idx ON registration (registered_at, status, workshop_id);
-- Moves into each stage, proposals and adoptions in a period.
CREATE INDEX match_stage_change_kpi_idx ON match_stage_change (changed_at, to_stage, from_stage, match_id);
-- Action items open and overdue at the end of a period.
CREATE INDEX action_item_kpi_idx ON action_item (created_at, done_at, due_on);

-- The single-column indexes these extend are now their prefixes, kept up to date for nothing.
DROP INDEX registration_registered_at_idx;
DROP INDEX match_stage_change_when_idx;
