import type { Passage } from '../../server/index/passage.js';

/** A passage for composer tests: the document id is the part of the id before the colon. */
export const passage = (id: string, section: string, text: string, legalIds: string[], type: Passage['type'] = 'kennisbank'): Passage => ({
  id,
  documentId: id.split(':')[0]!,
  title: `Document ${id.split(':')[0]}`,
  section,
  type,
  legalIds,
  text,
});
