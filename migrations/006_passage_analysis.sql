-- The analysis an answer needs of a passage (its quotable sentences with their terms and aspects, the reranker's
-- sentence and heading terms), made at ingest (server/ask/passage-analysis.ts) so that no process analyses a
-- passage again when it first reads it. NULL for rows written before this column; `npm run ingest` (and every start)
-- fills those in, and readers use the column only while index_meta 'analysis' names the current way of analysing.
ALTER TABLE index_passages ADD COLUMN analysis TEXT;
