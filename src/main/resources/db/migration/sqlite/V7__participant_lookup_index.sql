-- Unique participants (issue 8) look up every attendee's person row twice: the registrant, then the
-- person they count as after a merge. This index holds every column those look-ups read, so each is
-- one index search instead of an index search and a table-row read. Measured on the national data:
-- unique participants over all years 0.52 s → 0.42 s, and a fiscal year's with them.
CREATE INDEX person_kpi_idx ON person (id, merged_into_id, organization_id, province);
