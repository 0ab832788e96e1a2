-- Lists and the type-ahead read solutions in name order; without an index every look sorted them all.
CREATE INDEX solution_name_idx ON solution (name);
