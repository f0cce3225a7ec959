import type { KnowledgeIndex } from '../../server/index/passage.js';

/** A knowledge index without passages, for route tests that do not search. */
export const emptyIndex = (stats = { documents: 0, chunks: 0 }): KnowledgeIndex => ({
  search: async () => [],
  get: () => undefined,
  byLegalId: () => [],
  regions: () => [],
  documentFrequency: () => 0,
  passages: () => [],
  stats: () => stats,
});
