-- Concept answers of the helpdesk with their full revision history.
CREATE TABLE drafts (
  id             INTEGER PRIMARY KEY,
  question       TEXT NOT NULL,
  persona        TEXT NOT NULL,
  answer         TEXT NOT NULL,
  citations      TEXT NOT NULL DEFAULT '[]',
  decision       TEXT,
  confidence     TEXT NOT NULL,
  category       TEXT NOT NULL DEFAULT 'algemeen',
  legal_ids      TEXT NOT NULL DEFAULT '[]',
  status         TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'ter-review', 'goedgekeurd', 'afgewezen')),
  revision       INTEGER NOT NULL DEFAULT 1,
  created_by     INTEGER NOT NULL REFERENCES users(id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  reviewer_id    INTEGER REFERENCES users(id),
  review_comment TEXT,
  reviewed_at    TEXT
);
CREATE INDEX drafts_status ON drafts(status, updated_at);

-- One row per saved state of a draft; revision 1 is the pipeline's own answer.
CREATE TABLE draft_revisions (
  id         INTEGER PRIMARY KEY,
  draft_id   INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  revision   INTEGER NOT NULL,
  question   TEXT NOT NULL,
  answer     TEXT NOT NULL,
  category   TEXT NOT NULL,
  legal_ids  TEXT NOT NULL,
  status     TEXT NOT NULL,
  note       TEXT,
  author_id  INTEGER NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  UNIQUE (draft_id, revision)
);
