-- Imports (issue 10). A saved column mapping may carry a name, so the command line can pick it
-- (`--mapping NAME`); names are unique per kind (NULLs are distinct, so unnamed ones are fine).
ALTER TABLE import_mapping ADD COLUMN name VARCHAR(100);
CREATE UNIQUE INDEX import_mapping_name_idx ON import_mapping (kind, name);

-- What the import report showed: the encoding the file was read with, and the count of every
-- outcome (new, existing, duplicate in the file, rejected, registered, waitlisted, …) as JSON.
ALTER TABLE data_import ADD COLUMN encoding VARCHAR(40);
ALTER TABLE data_import ADD COLUMN outcome_counts TEXT;
