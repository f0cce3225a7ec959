// Shapes shared with the server: type-only imports, so nothing from the server ends up in the bundle.
export type { AskResponse, Citation, Decision, Persona } from '../../server/ask/types.js';
export type { LegalRef, MissingFact, MeldingInput, VerlofInput, LeerplichtInput } from '../../server/rules/schemas.js';

/** GET /api/sources/:id (contract). */
export interface Source {
  id: string;
  documentId: string;
  title: string;
  section?: string;
  page?: number;
  url?: string;
  text: string;
  type?: string;
  geldigVanaf?: string;
  geldigTot?: string;
  laatstGecontroleerd?: string;
}
