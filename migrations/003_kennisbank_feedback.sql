-- Published kennisbank answers (every version kept) and feedback on answers.
ALTER TABLE drafts ADD COLUMN supersedes_number INTEGER;

CREATE TABLE kennisbank_entries (
  id                   INTEGER PRIMARY KEY,
  number               INTEGER NOT NULL,
  version              INTEGER NOT NULL,
  draft_id             INTEGER NOT NULL REFERENCES drafts(id),
  question             TEXT NOT NULL,
  answer               TEXT NOT NULL,
  category             TEXT NOT NULL,
  legal_basis          TEXT NOT NULL DEFAULT '[]',
  legal_ids            TEXT NOT NULL DEFAULT '[]',
  status               TEXT NOT NULL CHECK (status IN ('gepubliceerd', 'ingetrokken', 'vervangen')),
  published_at         TEXT NOT NULL,
  published_by         INTEGER NOT NULL REFERENCES users(id),
  laatst_gecontroleerd TEXT NOT NULL,
  withdrawn_at         TEXT,
  withdrawn_by         INTEGER REFERENCES users(id),
  withdraw_reason      TEXT,
  UNIQUE (number, version)
);
-- At most one live version per question number.
CREATE UNIQUE INDEX kennisbank_live ON kennisbank_entries(number) WHERE status = 'gepubliceerd';

CREATE TABLE feedback (
  id              INTEGER PRIMARY KEY,
  conversation_id TEXT,
  draft_id        INTEGER REFERENCES drafts(id),
  question        TEXT,
  rating          TEXT NOT NULL CHECK (rating IN ('klopt', 'klopt-niet')),
  comment         TEXT,
  user_id         INTEGER REFERENCES users(id),
  created_at      TEXT NOT NULL,
  new_draft_id    INTEGER REFERENCES drafts(id),
  CHECK ((conversation_id IS NULL) <> (draft_id IS NULL))
);
CREATE INDEX feedback_created ON feedback(created_at);
