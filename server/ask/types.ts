import { z } from 'zod';
import { leerplichtInput, meldingInput, verlofInput, type LegalRef, type MissingFact } from '../rules/schemas.js';

// Request and response of POST /api/ask (contract).
export const persona = z.enum(['school', 'leerplichtambtenaar', 'helpdesk']);
export type Persona = z.infer<typeof persona>;

/** Facts a client may pass: any fact of the three rules questions, each validated as the rules validate it. */
export const askFacts = z.object({ ...meldingInput.shape, ...verlofInput.shape, ...leerplichtInput.shape }).partial().strict();

/** A region as people write it ("IJssel-Vecht", "ijssel vecht") becomes the id the protocols use ("ijssel-vecht"). */
export const regionId = z
  .string()
  .trim()
  .max(60, 'Een regio mag hoogstens 60 tekens lang zijn.')
  .transform((s) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  )
  .pipe(z.string().regex(/^[a-z0-9-]{2,40}$/, 'Geef de regio als naam, bijvoorbeeld "ijssel-vecht".'));

export const askInput = z
  .object({
    question: z.string().trim().min(1, 'Stel een vraag.').max(4000, 'Een vraag mag hoogstens 4000 tekens lang zijn.'),
    persona: persona.optional(),
    region: regionId.optional(),
    facts: askFacts.optional(),
    conversationId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/).optional(),
  })
  .strict();
export type AskInput = z.infer<typeof askInput>;

export interface Citation {
  n: number;
  id: string;
  title: string;
  section?: string;
  page?: number;
  url?: string;
  quote: string;
}

export interface Decision {
  type: 'melding' | 'verlof' | 'vrijstelling' | 'leerplicht';
  melding?: string;
  toegestaan?: true | false | 'afhankelijk';
  beslisser?: 'directeur' | 'leerplichtambtenaar' | 'niemand';
  status?: 'leerplicht' | 'kwalificatieplicht' | 'geen';
  legalBasis: LegalRef[];
  steps: string[];
}

export interface AskResponse {
  answer: string;
  citations: Citation[];
  decision?: Decision;
  followUp?: MissingFact[];
  confidence: 'hoog' | 'midden' | 'laag';
  conversationId?: string;
}
