import { dateShort, numberNl, parseDateNl, parseNumberNl } from './format.js';

// How the page asks for and writes each fact of the rules vocabulary (server/rules/schemas.ts), in the wizard
// and in follow-up questions. Input kinds and short labels only: which question comes next, and what follows
// from the answers, is decided by the server.

export type FactKind =
  | { kind: 'boolean' }
  | { kind: 'number'; min: number; max: number; step: number; unit?: string }
  | { kind: 'choice'; options: readonly (readonly [string, string])[] }
  | { kind: 'date' }
  | { kind: 'text' };

export interface FactSpec {
  label: string;
  input: FactKind;
  /** Another fact the same question accepts ("Hoe oud is de leerling (of wat is de geboortedatum)?"). */
  or?: string;
}

const yesNo: FactKind = { kind: 'boolean' };
const count = (unit: string): FactKind => ({ kind: 'number', min: 0, max: 1000, step: 1, unit });

export const ONDERWIJSSOORT = [
  ['po', 'Basisonderwijs (po)'],
  ['so', 'Speciaal onderwijs (so)'],
  ['vo', 'Voortgezet onderwijs (vo)'],
  ['vso', 'Voortgezet speciaal onderwijs (vso)'],
  ['pro', 'Praktijkonderwijs (pro)'],
  ['mbo', 'Middelbaar beroepsonderwijs (mbo)'],
  ['vavo', 'Volwassenenonderwijs (vavo)'],
] as const;

export const SOORT_VERZUIM = [
  ['ongeoorloofd', 'Ongeoorloofd: spijbelen of geen geldige reden'],
  ['te-laat', 'Te laat komen'],
  ['ziek', 'Ziek gemeld'],
  ['schorsing', 'Geschorst'],
  ['vakantie-zonder-verlof', 'Op vakantie zonder verlof'],
  ['religieus', 'Religieuze feestdag of plicht'],
  ['verlof', 'Verlof dat is gegeven'],
] as const;

export const FACTS: Record<string, FactSpec> = {
  peildatum: { label: 'Datum van de situatie', input: { kind: 'date' } },
  leeftijd: { label: 'Leeftijd', input: { kind: 'number', min: 0, max: 99, step: 1, unit: 'jaar' }, or: 'geboortedatum' },
  geboortedatum: { label: 'Geboortedatum', input: { kind: 'date' } },
  onderwijssoort: { label: 'Soort onderwijs', input: { kind: 'choice', options: ONDERWIJSSOORT } },
  ingeschreven: { label: 'Ingeschreven op een school', input: yesNo },
  startkwalificatie: { label: 'Heeft een startkwalificatie', input: yesNo },
  vrijstelling: { label: 'Heeft een vrijstelling', input: yesNo },
  soortVerzuim: { label: 'Soort verzuim', input: { kind: 'choice', options: SOORT_VERZUIM } },
  ongeoorloofdeUren: { label: 'Ongeoorloofd gemiste uren in 4 schoolweken', input: { kind: 'number', min: 0, max: 2000, step: 0.5, unit: 'uur' } },
  aaneengeslotenWekenAfwezig: { label: 'Weken achter elkaar afwezig', input: { kind: 'number', min: 0, max: 520, step: 1, unit: 'weken' } },
  keerOngeoorloofd: { label: 'Keer ongeoorloofd afwezig dit schooljaar', input: count('keer') },
  keerTeLaat: { label: 'Keer te laat dit schooljaar', input: count('keer') },
  ziekmeldingenIn12Weken: { label: 'Ziekmeldingen in 12 schoolweken', input: count('keer') },
  aaneengeslotenZiekeDagen: { label: 'Schooldagen achter elkaar ziek', input: count('dagen') },
  ziekmeldingTijdig: { label: 'Ziekte op tijd gemeld (binnen 2 dagen)', input: yesNo },
  twijfelAanZiekmelding: { label: 'Twijfel aan de ziekmelding', input: yesNo },
  zorgen: { label: 'Zorgen over de leerling', input: yesNo },
  rondVakantie: { label: 'Afwezig vlak voor of na een vakantie', input: yesNo },
  mazlNietVerschenen: { label: 'Keer niet verschenen bij de jeugdarts', input: count('keer') },
  spreekuurAfspraken: { label: 'Afspraken over een preventief spreekuur', input: yesNo },
  studiefinanciering: { label: 'Krijgt studiefinanciering of tegemoetkoming', input: yesNo },
  eersteKeer: { label: 'Gebeurt voor het eerst', input: yesNo },
  uitschrijvingZonderBewijs: { label: 'Uitgeschreven zonder bewijs van een nieuwe school', input: yesNo },
  meldingUitgebleven: { label: 'Een melding die al verplicht was, is niet gedaan', input: yesNo },
  bezwaarTegenWeigering: { label: 'Bezwaar gemaakt tegen een geweigerd verlof', input: yesNo },
  inOverlegMetSchool: { label: 'Thuis in overleg met een mentor of andere medewerker van school', input: yesNo },
  kennisgevingTijdig: { label: 'Religieuze plicht op tijd gemeld (2 dagen vooraf)', input: yesNo },
  verzuimDagen: { label: 'Dagen afwezig', input: { kind: 'number', min: 0, max: 400, step: 0.5, unit: 'dagen' } },
  regio: { label: 'Regio', input: { kind: 'text' } },
  verwijdering: { label: 'School heeft besloten tot verwijdering', input: yesNo },
  geenSchoolMeer: { label: 'De onderwijsvoorziening is geen school meer', input: yesNo },
  werktInStrijdMetArbeidsregels: { label: 'Werkt in strijd met de regels over kinderarbeid', input: yesNo },
  mededeling11a: { label: 'Ouders hebben het thuishouden gemeld (kind jonger dan 6)', input: yesNo },
  toestemming11a: { label: 'Directeur gaf toestemming voor extra uren (kind jonger dan 6)', input: yesNo },
  // Verlof facts that the ask pipeline may ask for as follow-up.
  dagen: { label: 'Aantal schooldagen verlof', input: { kind: 'number', min: 0, max: 400, step: 1, unit: 'dagen' } },
  graad: { label: 'Graad van de familieband', input: { kind: 'number', min: 1, max: 4, step: 1 } },
  eerderVerlofDagen: { label: 'Dagen verlof dit schooljaar al gekregen', input: { kind: 'number', min: 0, max: 400, step: 1, unit: 'dagen' } },
  lesdagenPerWeek: { label: 'Lesdagen per week', input: { kind: 'number', min: 0, max: 5, step: 0.5, unit: 'dagen' } },
  buitenland: { label: 'In het buitenland', input: yesNo },
  werkgeversverklaring: { label: 'Verklaring van de werkgever', input: yesNo },
  kwalificatieplichtig: { label: 'Kwalificatieplichtig', input: yesNo },
  startdatum: { label: 'Eerste dag van het verlof', input: { kind: 'date' } },
  dagenVooraf: { label: 'Dagen tussen melding en afwezigheid', input: { kind: 'number', min: -400, max: 400, step: 1, unit: 'dagen' } },
  aanvraagdatum: { label: 'Datum van de aanvraag', input: { kind: 'date' } },
  eerderVakantieverlofDitSchooljaar: { label: 'Dit schooljaar al vakantieverlof gekregen', input: yesNo },
  urenPerWeek: { label: 'Uren per week thuis', input: { kind: 'number', min: 0, max: 40, step: 0.5, unit: 'uur' } },
  voldoendeOnderwijsElders: { label: 'Krijgt elders voldoende onderwijs', input: yesNo },
  verklaringDatum: { label: 'Datum van de verklaring', input: { kind: 'date' } },
  // Leerplicht facts for the 12-year count (art. 3).
  startdatumSchool: { label: 'Begonnen in groep 1 op', input: { kind: 'date' } },
  basisschoolJaren: { label: 'Schooljaren op de basisschool', input: { kind: 'number', min: 4, max: 12, step: 1, unit: 'schooljaren' } },
  brugklasSchooljaar: { label: 'Brugklas in schooljaar (jaar van 1 augustus)', input: { kind: 'number', min: 1990, max: 2100, step: 1 } },
};

export function specOf(fact: string): FactSpec {
  return FACTS[fact] ?? { label: fact, input: { kind: 'text' } };
}

/** URL value (numbers with a point, dates as ISO) → typed fact value; undefined when it does not fit the fact's kind. */
export function parseFact(fact: string, raw: string): unknown {
  const input = specOf(fact).input;
  switch (input.kind) {
    case 'boolean':
      return raw === 'ja' ? true : raw === 'nee' ? false : undefined;
    case 'number': {
      const n = Number(raw.replace(',', '.'));
      return raw.trim() !== '' && Number.isFinite(n) && n >= input.min && n <= input.max ? n : undefined;
    }
    case 'choice':
      return input.options.some(([v]) => v === raw) ? raw : undefined;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined;
    case 'text':
      return raw.trim() ? raw.trim() : undefined;
  }
}

/** Typed fact value → readable Dutch answer for the path overview. */
export function showFact(fact: string, raw: string): string {
  const input = specOf(fact).input;
  if (input.kind === 'boolean') return raw === 'ja' ? 'Ja' : 'Nee';
  if (input.kind === 'choice') return input.options.find(([v]) => v === raw)?.[1] ?? raw;
  if (input.kind === 'number') {
    const n = Number(raw);
    const shown = Number.isFinite(n) ? numberNl(n) : raw;
    return input.unit ? `${shown} ${input.unit}` : shown;
  }
  if (input.kind === 'date') return dateShort(raw);
  return raw;
}

/** What a typed answer became: the fact it answers (possibly the question's alternative) and its URL value. */
export type Answer = { ok: true; fact: string; value: string } | { ok: false; error: string };

function kindHint(input: FactKind, label: string): string {
  const what = `de ${label.toLowerCase()}`;
  switch (input.kind) {
    case 'number':
      return `${what} als getal van ${numberNl(input.min)} tot en met ${numberNl(input.max)}${input.unit ? ` (${input.unit})` : ''}`;
    case 'date':
      return `${what} als dag-maand-jaar (bijvoorbeeld 14-03-2011)`;
    case 'boolean':
      return 'Ja of Nee';
    case 'choice':
      return 'een van de keuzes';
    case 'text':
      return what;
  }
}

/**
 * Reads what someone typed or chose for a question about `fact`: numbers with a comma or point, dates as
 * dd-mm-jjjj (or "3 maart 2011", or ISO), and, when the question also allows another fact (a birth date for an
 * age), that one. A wrong answer gets a Dutch message that says what to enter.
 */
export function readAnswer(fact: string, raw: string): Answer {
  const spec = specOf(fact);
  const text = raw.trim();
  const kinds = [[fact, spec] as const, ...(spec.or ? [[spec.or, specOf(spec.or)] as const] : [])];
  if (!text) return { ok: false, error: `Vul eerst een antwoord in: ${kinds.map(([, s]) => kindHint(s.input, s.label)).join(', of ')}.` };
  for (const [f, s] of kinds) {
    const value = s.input.kind === 'date' ? parseDateNl(text) : s.input.kind === 'number' ? parseNumberNl(text)?.toString() : text;
    if (value !== undefined && parseFact(f, value) !== undefined) return { ok: true, fact: f, value };
  }
  const hints = kinds.map(([, s]) => kindHint(s.input, s.label)).join(', of ');
  const number = spec.input.kind === 'number' ? parseNumberNl(text) : undefined;
  if (number !== undefined) return { ok: false, error: `${numberNl(number)} kan niet. Vul ${hints} in.` };
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(text) && kinds.some(([, s]) => s.input.kind === 'date')) {
    return { ok: false, error: `De datum ${text} bestaat niet. Vul ${hints} in.` };
  }
  return { ok: false, error: `Dit antwoord kunnen we niet lezen. Vul ${hints} in.` };
}
