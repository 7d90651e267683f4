-- The directory's name search looks for a fragment anywhere in `name_folded`
-- (`LIKE '%frag%'`), which no B-tree index can answer: a fragment nobody has read every
-- organisation of the country to find that none matches (bench/REPORT.md). A trigram index
-- finds the few organisations whose folded name holds a fragment of 3 characters or more
-- without reading the others; `store::traces::search` decides when to use it.
--
-- External content: the index keeps only the trigrams and reads `organisations` for the rest.
-- Case-insensitive (the tokenizer's default) although `name_folded` is already lower-cased:
-- the index then finds at least every row `LIKE` finds, and the search keeps `LIKE` as the
-- rule, so the two can never disagree.
CREATE VIRTUAL TABLE organisation_name_trigrams USING fts5 (
    name_folded,
    content = 'organisations',
    content_rowid = 'id',
    tokenize = 'trigram'
);

-- Kept in step with `organisations` by the database itself, whoever writes the table (the
-- server, `server directory import`, the training reset, the benchmark's loader).
CREATE TRIGGER organisation_name_trigrams_insert AFTER INSERT ON organisations BEGIN
    INSERT INTO organisation_name_trigrams (rowid, name_folded) VALUES (new.id, new.name_folded);
END;

CREATE TRIGGER organisation_name_trigrams_delete AFTER DELETE ON organisations BEGIN
    INSERT INTO organisation_name_trigrams (organisation_name_trigrams, rowid, name_folded)
    VALUES ('delete', old.id, old.name_folded);
END;

CREATE TRIGGER organisation_name_trigrams_update AFTER UPDATE OF id, name_folded ON organisations BEGIN
    INSERT INTO organisation_name_trigrams (organisation_name_trigrams, rowid, name_folded)
    VALUES ('delete', old.id, old.name_folded);
    INSERT INTO organisation_name_trigrams (rowid, name_folded) VALUES (new.id, new.name_folded);
END;

-- The organisations that exist already.
INSERT INTO organisation_name_trigrams (organisation_name_trigrams) VALUES ('rebuild');
