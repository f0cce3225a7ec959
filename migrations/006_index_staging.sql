-- Passages an ingest has prepared (analysed and embedded) but not yet committed. They are written in batches while
-- the ingest reads its files, so an ingest of 100,000 passages never holds them all in memory; its one commit copies
-- them into index_passages (which gives them their labels) and they are deleted. Readers never look here, so a crash
-- before the commit leaves the index as it was; rows of an ingest whose process died are removed by the next one.
CREATE TABLE index_staging (
  run         TEXT NOT NULL,
  pid         INTEGER NOT NULL,
  file_key    TEXT NOT NULL,
  position    INTEGER NOT NULL,
  id          TEXT NOT NULL,
  passage     TEXT NOT NULL,
  head_terms  TEXT NOT NULL,
  body_terms  TEXT NOT NULL,
  cover_terms TEXT NOT NULL,
  vector      BLOB NOT NULL
);
CREATE INDEX index_staging_file ON index_staging(run, file_key, position);
