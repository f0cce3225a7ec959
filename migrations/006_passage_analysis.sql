-- The analysis an answer needs of a passage, made at ingest (server/ask/passage-analysis.ts) so that no process
-- analyses a passage again when it first reads it: its quotable sentences with their terms and aspects (JSON), and
-- the reranker's heading and sentence terms (one line each). Read per passage when first needed. NULL for rows
-- written before these columns; `npm run ingest` (and every start) fills those in, and readers use the columns only
-- while index_meta 'analysis' names the current way of analysing.
ALTER TABLE index_passages ADD COLUMN sentences TEXT;
ALTER TABLE index_passages ADD COLUMN rerank_terms TEXT;
