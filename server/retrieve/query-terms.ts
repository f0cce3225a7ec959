import { normalize } from './analysis.js';

// Words about the asking, not about the subject ("klopt het", "mijn collega zegt", "welk artikel regelt", "wat
// hoort erin"). They match passage headings that happen to use them ("Waarom vraagt de leerplichtambtenaar …")
// and say nothing about which passage answers, so heading matching and the "not covered" check leave them out.
export const FRAME_WORDS = new Set(
  ('klopt kloppen collega collegas zegt zeggen denkt dacht beweert gehoord vraag vragen vraagt graag eigenlijk precies ' +
    'welk welke artikel artikelen wetsartikel wetsartikelen grond gronden grondslag regelt geregeld staat vanaf ' +
    'rekenen gebeurt gebeuren weten bedoeld situatie leeftijd krijgt krijgen krijg hoort horen erin eraan ' +
    'iemand hierover daarover jarig jarige gehad steeds vaak soms altijd telkens weer ' +
    // Conjunctions and adverbs that carry no topic: no heading match, and no "not covered" hedge over them.
    'terwijl waarvan waarop waarmee waarin waardoor waarbij zomaar gewoon alsnog inmiddels nadat voordat omdat zodat')
    .split(' '),
);

export type Analyze = (text: string) => string[];

/** The analysed terms of a question without its frame words. */
export function contentTerms(question: string, analyze: Analyze): string[] {
  const words = normalize(question).match(/[\p{L}\d]+(?:[.-][\p{L}\d]+)*/gu) ?? [];
  return analyze(words.filter((w) => !FRAME_WORDS.has(w)).join(' '));
}
