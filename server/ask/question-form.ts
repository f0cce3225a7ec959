import { normalize } from '../retrieve/analysis.js';
import { asksForGround } from './legal-ground.js';

// What shape of answer a question asks for, read from its form rather than its topic: a legal ground wants the
// article first, a yes/no question or a stated premise wants "Ja" or "Nee" first, a procedure wants the steps.

export type QuestionForm = 'grondslag' | 'ja-nee' | 'keuze' | 'procedure' | 'open';

export interface QuestionShape {
  form: QuestionForm;
  /** The question states a claim to confirm or correct ("klopt het dat …", "we hoeven toch niet …", "mijn collega zegt …"). */
  premise: boolean;
  /** For a premise: the claim itself ("de school heeft toestemming nodig" from "Een ouder zegt dat … Klopt dat?"). */
  claim?: string;
  /** The asked proposition is negative ("hoeven we niet te melden?", "dat mag toch niet?"): "Ja" then confirms a negative. */
  negated: boolean;
}

const PROCEDURE = /\b(wat (doe|moet|kan|moeten|kunnen) (ik|we|wij|de school|ik als)|welke stappen|hoe (vraag|meld|regel|pak|gaat)|wat is de procedure|wat nu\b|wat te doen)/;
// A yes/no question opens with a finite verb (inversion) or a yes/no frame.
const YES_NO_START =
  /^(mag|mogen|moet|moeten|kan|kunnen|is|zijn|heeft|hebben|hoeft|hoeven|krijgt|krijgen|telt|tellen|geldt|gelden|blijft|blijven|valt|vallen|wordt|worden|mocht|klopt|bestaat|staat|gaat|zit|ben|word|hoef|heb|krijg|tel)\b/;
const PREMISE = /\b(klopt (het|dat)|toch\b|(mijn|een|onze|de) \w*(collega|directeur|mentor|docent|leidinggevende|teamleider|leraar|lerares|ouder|ouders|vader|moeder|school)\w* (zegt|zeggen|denkt|denken|beweert|beweren|stelt|stellen)|ik (dacht|heb gehoord|las)|is het waar|het is toch|dat (mag|moet|kan|hoeft) toch|of niet\?|(heeft|hebben) (hij|zij|ze|die|hun|zij) gelijk)/;
/** A reporting frame before the claim ("een ouder zegt dat", "mijn collega beweert dat"): not part of what is claimed. */
const REPORTING_FRAME = /^.*?\b(zegt|zeggen|denkt|denken|beweert|beweren|stelt|stellen|dacht|gehoord|las|waar) (dat|:)\s+/;
/** Either-or: "moeten we A of B?" asks which, not whether ("of niet" and "vragen of" excepted). */
const EITHER_OR = /(?<!\b(?:vragen|vraag|vraagt|weten|weet|kijken|checken|nagaan|controleren|bepalen|beoordelen|zien|onderzoeken|toetsen|twijfel|twijfelen|benieuwd|na te gaan)) \bof\b (?!niet\b|nog\b|wel\b)(?:\w+ ){0,8}\w+\?$/;
const NEGATION = /\b(niet|geen|nooit|nergens)\b/;
// "zonder" opens a clause only as "zonder te …" or "zonder dat"; "zonder startkwalificatie" is part of the claim.
const SIDE_CLAUSE = /\b(omdat|als|wanneer|indien|terwijl|zodat|nadat|voordat|zolang|tenzij|die|waarin|waarbij|zonder (?=te |dat ))/;
// A greeting or a frame before the question proper ("Goedemiddag, mag …", "Vraagje: moet …").
const GREETING = /^((goede(morgen|middag|navond)|hallo|hoi|dag|beste \w+|vraagje|vraag|hulp gezocht)[,:!.]?\s+)+/;

/** Reads the form of a question; the last sentence with a question mark (or the whole text) carries it. */
export function questionShape(question: string): QuestionShape {
  const text = normalize(question).replace(/\s+/g, ' ').trim();
  const sentences = text.split(/(?<=[.?!])\s+/).filter(Boolean);
  const asked = ([...sentences].reverse().find((s) => s.endsWith('?')) ?? sentences[sentences.length - 1] ?? text).replace(GREETING, '');
  const premise = PREMISE.test(text);
  // In a premise the claim may sit in the sentence before "klopt dat?"; its negation is the claim's negation.
  const claimSentence = premise && /^(klopt (dat|het)|is dat (zo|waar)|of niet|(heeft|hebben) (hij|zij|ze|die) gelijk)\??$/.test(asked) ? (sentences[sentences.findIndex((x) => x === asked) - 1] ?? asked) : asked;
  const claim = claimSentence.replace(REPORTING_FRAME, '');
  // A negation in a clause of reason or condition ("… omdat de ouders niet betaald hebben") is no part of the claim.
  const negated = NEGATION.test(claim.split(SIDE_CLAUSE)[0] ?? claim);
  let form: QuestionForm = 'open';
  // "Op grond waarvan …", "welke bevoegdheid heb ik …", "wat zegt de wet …": the phrases of knowledge/grondslagen.yaml.
  if (asksForGround(question)) form = 'grondslag';
  else if (!premise && EITHER_OR.test(asked) && YES_NO_START.test(asked)) form = 'keuze';
  else if (premise || YES_NO_START.test(asked.replace(/^(en|maar|dus|of)\s+/, ''))) form = 'ja-nee';
  else if (PROCEDURE.test(text)) form = 'procedure';
  return { form, premise, negated, ...(premise ? { claim } : {}) };
}
