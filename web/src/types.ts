// Shapes shared with the server: type-only imports, so nothing from the server ends up in the bundle.
export type { AskResponse, Citation, Decision, Persona } from '../../server/ask/types.js';
import type { Passage } from '../../server/index/passage.js';
export type { LegalRef, MissingFact, MeldingInput, VerlofInput, LeerplichtInput } from '../../server/rules/schemas.js';

/** GET /api/sources/:id (contract, plus type, region and validity dates). */
export type Source = Pick<Passage, 'id' | 'documentId' | 'title' | 'section' | 'page' | 'url' | 'text' | 'region' | 'geldigVanaf' | 'geldigTot' | 'laatstGecontroleerd'> & {
  type?: Passage['type'];
};
