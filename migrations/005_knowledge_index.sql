-- The knowledge index: the one source of truth for documents and passages (server/index/store.ts). The search
-- structures beside the database (BM25 postings, hnswlib graph) are derived from these tables and carry the
-- generation they were made at; every committed change raises the generation.

CREATE TABLE index_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO index_meta (key, value) VALUES ('generation', '0'), ('purged_through', '0');

-- The folders `npm run ingest` remembers, in scan order.
CREATE TABLE index_roots (
  position INTEGER PRIMARY KEY,
  path     TEXT NOT NULL UNIQUE,
  builtin  INTEGER NOT NULL DEFAULT 0,
  type     TEXT,
  region   TEXT,
  url      TEXT
);

-- One row per document: from a file (source = absolute path) or published at runtime (source IS NULL).
CREATE TABLE index_documents (
  id     TEXT PRIMARY KEY,
  source TEXT UNIQUE,
  hash   TEXT NOT NULL
);

-- Passages are never updated: a change removes the old rows (removed_gen) and adds new ones, so the label (the
-- hnswlib point id) of a row never changes meaning. Removed rows stay until every derived file has caught up.
CREATE TABLE index_passages (
  label       INTEGER PRIMARY KEY AUTOINCREMENT,
  id          TEXT NOT NULL,
  document_id TEXT NOT NULL,
  position    INTEGER NOT NULL,
  passage     TEXT NOT NULL,
  head_terms  TEXT NOT NULL,
  body_terms  TEXT NOT NULL,
  cover_terms TEXT NOT NULL,
  vector      BLOB NOT NULL,
  added_gen   INTEGER NOT NULL,
  removed_gen INTEGER
);
CREATE UNIQUE INDEX index_passages_live_id ON index_passages(id) WHERE removed_gen IS NULL;
CREATE INDEX index_passages_document ON index_passages(document_id) WHERE removed_gen IS NULL;
CREATE INDEX index_passages_removed ON index_passages(removed_gen) WHERE removed_gen IS NOT NULL;
