-- Lists and the type-ahead read solutions in name order; without an index every look sorted them all.
CREATE INDEX solution_name_idx ON solution (name);
-- A merge points earlier merges at the record that remains; only merged rows are indexed.
CREATE INDEX person_merged_idx ON person (merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX organization_merged_idx ON organization (merged_into_id) WHERE merged_into_id IS NOT NULL;
