import type { z } from 'zod';
import { schooldagen } from '../rules/telwoord.js';
import { addDays, ageOn, dutchDate } from '../rules/dates.js';
import { decideLeerplicht, type LeerplichtResult } from '../rules/leerplicht.js';
import { decideMelding, type MeldingResult } from '../rules/melding.js';
import { param } from '../rules/params.js';
import { leerplichtInput, meldingInput, verlofInput, type LeerplichtInput, type MeldingCode, type MeldingInput, type MissingFact } from '../rules/schemas.js';
import type { Bereik } from './understand/index.js';
import { contractBeslisser, decideVerlof, type VerlofResult } from '../rules/verlof.js';
import type { Claim, RuleOutcome } from './compose.js';
import { agesIn, impliedAge, type ImpliedAge } from './implied.js';
import type { Decision, Persona } from './types.js';

// Turns the rules' outcome into the short sentences an answer leads with. The rules decide; this file only words it.

type Intent = 'melding' | 'verlof' | 'vrijstelling' | 'leerplicht';

// Decide from implied facts: when the question bounds a missing fact (the age of "a pupil in 3 havo"), the rules —
// pure functions — are run for every value in the range. One outcome for all: decide and say the assumption. An
// outcome that depends on the value: the rule's own follow-up question stands.

interface DecideContext {
  region?: string;
  persona: Persona;
  today: string;
}

const MELDING_LABEL: Record<MeldingCode, string> = {
  '16-uur-in-4-weken': "'16 uur in 4 weken'",
  'langdurig-relatief-verzuim': "'langdurig relatief verzuim'",
  'luxe-verzuim': "'luxe verzuim'",
  'overig-verzuim': "'overig verzuim'",
  '18-plus-verzuim': "'18-plus verzuim' (Doorstroompunt)",
  'geen-melding': 'geen melding',
  'absoluut-verzuim': "'absoluut verzuim'",
};

/** Exemptions that arise by the parents' notice (Lpw art. 5 onder a, b, c with art. 6-9), not by a decision. */
export const BY_NOTICE = new Set(['vrijstelling-5a', 'vrijstelling-5b', 'vrijstelling-5c']);

const VRIJSTELLINGEN = new Set(['vrijstelling-5a', 'vrijstelling-5b', 'vrijstelling-5c', 'trekkend-bestaan', 'vervangende-leerplicht', 'vrijstelling-kwalificatieplicht']);

/** Only the facts a schema knows, and only those it accepts: a bad fact is dropped, never guessed at. */
function factsFor<S extends z.ZodObject>(schema: S, facts: Record<string, unknown>): z.infer<S> {
  const keys = new Set(Object.keys(schema.shape));
  const picked: Record<string, unknown> = Object.fromEntries(Object.entries(facts).filter(([k, v]) => keys.has(k) && v !== undefined));
  for (let attempt = 0; attempt < 5; attempt++) {
    const parsed = schema.safeParse(picked);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete picked[String(issue.path[0])];
  }
  return schema.parse({});
}

export function decide(intents: Intent[], facts: Record<string, unknown>, ctx: DecideContext): RuleOutcome | undefined {
  const primary = intents[0];
  if (!primary) return undefined;
  const ages = Array.isArray(facts.leeftijden) ? [...new Set(facts.leeftijden as number[])] : [];
  if (ages.length > 1) return forEachChild(intents, facts, ages, ctx);
  const withRegion = ctx.region ? { ...facts, regio: ctx.region } : facts;
  const born = birthSpan(facts.geboortedatum, ctx.today);
  // A birth year bounds the age more tightly than a class year does.
  const implied = (born && agesOf(born, ctx.today)) ?? impliedAge(typeof facts.leerjaar === 'string' ? facts.leerjaar : undefined);
  if (primary === 'melding') {
    // "One day" in a leave-shaped sentence is, for a report, the number of days absent.
    const days = facts.verzuimDagen ?? facts.dagen;
    const input = factsFor(meldingInput, { ...withRegion, verzuimDagen: days });
    const known = input.leeftijd !== undefined || input.geboortedatum !== undefined;
    const klas = input.startkwalificatie === undefined && typeof facts.klasZonderStartkwalificatie === 'string' ? facts.klasZonderStartkwalificatie : undefined;
    const run = (extra: Partial<MeldingInput>) =>
      withoutStartkwalificatie(klas, (sk) => overBereik(bereikVan(facts.bereik, input), (vals) => decideMelding({ ...input, ...sk, ...extra, ...vals }), (r) => [r.melding, r.verplicht, r.aan, ...r.missing.map((m) => m.fact)]));
    const over = known || !implied ? undefined : overAges(implied, (leeftijd) => run({ leeftijd }), (r) => [r.melding, r.verplicht, r.aan, ...r.steps, ...r.missing.map((m) => m.fact)]);
    const result = over ? assumed(over, implied!) : run({});
    return meldingOutcome(result, ctx, result.open);
  }
  if (primary === 'leerplicht') {
    const input = factsFor(leerplichtInput.partial(), facts);
    if (!input.geboortedatum && born) {
      const peildatum = input.peildatum ?? ctx.today;
      return leerplichtBetween(input, born.to, born.from, peildatum, born.wie, birthAssumption(born, peildatum)) ?? missingOutcome('leerplicht', [BIRTH_DATE], ['lpw:3', 'lpw:4b']);
    }
    if (!input.geboortedatum) {
      const leeftijd = typeof facts.leeftijd === 'number' ? facts.leeftijd : undefined;
      const ages = leeftijd !== undefined ? { van: leeftijd, tot: leeftijd, wie: `een jongere van ${leeftijd}` } : implied;
      const fromAge = ages ? leerplichtFromAges(input, ages, input.peildatum ?? ctx.today) : undefined;
      return fromAge ?? missingOutcome('leerplicht', [BIRTH_DATE], ['lpw:3', 'lpw:4b']);
    }
    return leerplichtOutcome(decideLeerplicht({ ...input, geboortedatum: input.geboortedatum, peildatum: input.peildatum ?? ctx.today }));
  }
  const verlof = factsFor(verlofInput, withRegion);
  const first = decideVerlof(verlof);
  const over =
    implied && first.missing.some((m) => m.fact === 'leeftijd')
      ? overAges(implied, (leeftijd) => decideVerlof({ ...verlof, leeftijd }), (r) => [r.soort, r.toegestaan, r.beslisser, r.maxDagen, ...r.steps, ...r.missing.map((m) => m.fact)])
      : undefined;
  return verlofOutcome(over ? assumed(over, implied!) : first, primary === 'vrijstelling', verlof.omstandigheid);
}

/**
 * A pupil still in a vo class ("5 havo", "4 vmbo-t") has no startkwalificatie from it yet (Lpw art. 1 onder f; the
 * class table in knowledge/lexicon/onderwijs.yaml): the rule runs with that assumption and the answer says it. Only
 * where the outcome depends on it; a stated diploma (or a follow-up answer) always wins.
 */
function withoutStartkwalificatie<R extends { steps: string[]; missing: MissingFact[] }>(klas: string | undefined, run: (sk: Partial<MeldingInput>) => R): R {
  const open = run({});
  if (!klas || !open.missing.some((m) => m.fact === 'startkwalificatie')) return open;
  const r = run({ startkwalificatie: false });
  return { ...r, steps: [`Aanname: een leerling in ${klas} heeft nog geen startkwalificatie (een havo-, vwo- of mbo-diploma op niveau 2 of hoger); heeft de leerling die al wel, geef dat dan op.`, ...r.steps] };
}

/**
 * Several children asked about together ("de kinderen (8 en 11)"): the rules run for each age. The same outcome for
 * each: decided, and the answer says so. Outcomes that differ: no rules decision for the question as a whole (the
 * sources answer, and the asker can ask per child).
 */
function forEachChild(intents: Intent[], facts: Record<string, unknown>, ages: number[], ctx: DecideContext): RuleOutcome | undefined {
  const { leeftijden: _l, geboortedatum: _g, leerjaar: _j, ...rest } = facts;
  const per = ages.map((leeftijd) => decide(intents, { ...rest, leeftijd }, ctx));
  const key = (o: RuleOutcome | undefined) => o && JSON.stringify([o.decided, o.decision.type, o.decision.melding, o.decision.toegestaan, o.decision.beslisser, o.decision.status]);
  const first = per[0];
  if (!first?.decided || !per.every((o) => key(o) === key(first))) return undefined;
  const step = `Voor elk kind (${ages.join(' en ')} jaar) geven de regels dezelfde uitkomst.`;
  return { ...first, decision: { ...first.decision, steps: [step, ...first.decision.steps] }, points: [claim(step, first.decision), ...first.points] };
}

/** Ranges of facts the input does not state itself (a stated fact, e.g. from a follow-up answer, wins). */
function bereikVan(value: unknown, input: Record<string, unknown>): Bereik {
  const out: Bereik = {};
  if (!value || typeof value !== 'object') return out;
  for (const [fact, r] of Object.entries(value as Record<string, unknown>)) {
    const b = r as Bereik[string];
    if (input[fact] === undefined && b && typeof b.van === 'number' && typeof b.tot === 'number' && b.van <= b.tot && typeof b.uitleg === 'string') out[fact] = b;
  }
  return out;
}

/**
 * Decide over bounded facts: the rule is run at both ends of every range (its thresholds are monotone in hours and
 * weeks). One outcome: it stands, with the lower end's wording and the range as an assumption. Outcomes that differ:
 * the rule runs without the fact, so it asks for it, and says what the range leaves open (a vague date or duration).
 */
function overBereik<R extends { steps: string[] }>(bereik: Bereik, run: (vals: Record<string, number>) => R, key: (r: R) => unknown[]): R & { open?: string } {
  const facts = Object.keys(bereik).slice(0, 3);
  if (!facts.length) return run({});
  const corners = facts.reduce<Record<string, number>[]>((acc, f) => acc.flatMap((c) => [{ ...c, [f]: bereik[f]!.van }, { ...c, [f]: bereik[f]!.tot }]), [{}]);
  const results = corners.map(run);
  const first = JSON.stringify(key(results[0]!));
  const uitleg = facts.map((f) => bereik[f]!.uitleg);
  if (results.every((r) => JSON.stringify(key(r)) === first)) return { ...results[0]!, steps: [`Aanname: ${uitleg.join('; ')}. Bij elk aantal daarin is de uitkomst dezelfde.`, ...results[0]!.steps] };
  const undecided = run({});
  const open = `Dit hangt af van het precieze aantal: ${uitleg.join('; ')}. Daarbinnen verschilt de uitkomst.`;
  return { ...undecided, steps: [open, ...undecided.steps], open };
}

/** The rule's result when it is the same for every age in the range (compared on `key`), else undefined. */
function overAges<R>(range: ImpliedAge, run: (leeftijd: number) => R, key: (r: R) => unknown[]): R | undefined {
  const results = agesIn(range).map(run);
  const first = JSON.stringify(key(results[0]!));
  return results.every((r) => JSON.stringify(key(r)) === first) ? results[0] : undefined;
}

const BIRTH_DATE: MissingFact = { fact: 'geboortedatum', question: 'Wat is de geboortedatum van de jongere?' };

/** A birth year or month told alone ("2013", "2010-03"): its first and last day, and how the answer names the pupil. */
interface BirthSpan {
  from: string;
  to: string;
  wie: string;
}
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
function birthSpan(value: unknown, today: string): BirthSpan | undefined {
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d{2}))?$/.exec(value) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const from = `${m[1]}-${m[2] ?? '01'}-01`;
  const to = month ? addDays(month === 12 ? `${year + 1}-01-01` : `${m[1]}-${String(month + 1).padStart(2, '0')}-01`, -1) : `${m[1]}-12-31`;
  if (from > today) return undefined;
  return { from, to: to > today ? today : to, wie: `een jongere geboren in ${month ? `${MAANDEN[month - 1]} ` : ''}${m[1]}` };
}

/** The ages a birth span gives today, as a range the rules are run over. */
function agesOf(born: BirthSpan, today: string): ImpliedAge {
  return { van: ageOn(born.to, today), tot: ageOn(born.from, today), wie: born.wie, aanname: birthAssumption(born, today) };
}

function birthAssumption(born: BirthSpan, on: string): string {
  const [van, tot] = [ageOn(born.to, on), ageOn(born.from, on)];
  const ages = van === tot ? `${van} jaar` : `${van} of ${tot} jaar`;
  return `Zonder precieze geboortedatum is ${born.wie} op ${dutchDate(on)} ${ages}; voor elke geboortedatum daarin geven de regels dezelfde uitkomst.`;
}

function assumption(range: ImpliedAge): string {
  if (range.aanname) return range.aanname;
  if (range.van === range.tot) return `De geboortedatum is niet gegeven; voor elke geboortedatum die bij ${range.van} jaar past, geven de regels dezelfde uitkomst.`;
  return `Aanname: ${range.wie} is ${range.van} tot en met ${range.tot} jaar oud. Voor elke leeftijd daarin geven de regels dezelfde uitkomst; wijkt de leeftijd af, geef die dan op.`;
}

/** The result decided over the range, with the assumption as its first step. */
function assumed<R extends { steps: string[] }>(result: R, range: ImpliedAge): R {
  return { ...result, steps: [assumption(range), ...result.steps] };
}

/**
 * Status from an age (range) without a birth date. For a fixed peildatum the status only moves forward as the birth
 * date moves back (not yet → leerplicht → kwalificatieplicht → none), so when the youngest and the oldest birth date
 * the ages allow give the same status, every birth date between does too.
 */
function leerplichtFromAges(input: Partial<LeerplichtInput>, range: ImpliedAge, peildatum: string): RuleOutcome | undefined {
  const [y, m, d] = peildatum.split('-').map(Number) as [number, number, number];
  const yearsBefore = (n: number) => `${String(y - n).padStart(4, '0')}-${String(m).padStart(2, '0')}-${m === 2 && d === 29 ? 28 : String(d).padStart(2, '0')}`;
  return leerplichtBetween(input, yearsBefore(range.van), addDays(yearsBefore(range.tot + 1), 1), peildatum, range.wie, assumption(range));
}

/** Status for every birth date from `oldestDob` to `youngestDob`, when it is the same for both ends (see above). */
function leerplichtBetween(input: Partial<LeerplichtInput>, youngestDob: string, oldestDob: string, peildatum: string, wie: string, aanname: string): RuleOutcome | undefined {
  const youngest = decideLeerplicht({ ...input, geboortedatum: youngestDob, peildatum });
  const oldest = decideLeerplicht({ ...input, geboortedatum: oldestDob, peildatum });
  if (youngest.status !== oldest.status) return eenVanBeide(youngest, oldest, wie, aanname);
  const status = youngest.status;
  const legalBasis = [...youngest.legalBasis, ...oldest.legalBasis.filter((l) => !youngest.legalBasis.some((k) => k.id === l.id))];
  const steps = [aanname, 'De precieze begin- en einddatum hangen af van de geboortedatum; geef die op voor de data.'];
  // WEB art. 9.2.1: no duty left and no startkwalificatie → the Doorstroompunt's group, for every birth date in the range.
  const doorstroompunt = (r: LeerplichtResult) => r.legalBasis.some((l) => l.id === 'web:9.2.1');
  if (status === 'geen' && doorstroompunt(youngest) && doorstroompunt(oldest)) {
    steps.push(`Zonder startkwalificatie hoort de jongere tot ${param('doorstroompunt.leeftijdTot', peildatum)} jaar bij de doelgroep van het Doorstroompunt (RMC): ondersteuning naar onderwijs of werk, geen plicht.`);
  }
  const decision: Decision = { type: 'leerplicht', status, legalBasis, steps };
  const op = dutchDate(peildatum);
  const Wie = wie.charAt(0).toUpperCase() + wie.slice(1);
  const headline =
    status === 'leerplicht'
      ? `Ja, ${wie} is op ${op} leerplichtig.`
      : status === 'kwalificatieplicht'
        ? `${Wie} is op ${op} niet meer leerplichtig, maar wel kwalificatieplichtig: tot de 18e verjaardag of tot het behalen van een startkwalificatie.`
        : youngest.leeftijd < 6
          ? `Nee, ${wie} is op ${op} nog niet leerplichtig; de leerplicht begint op de eerste schooldag van de maand na de vijfde verjaardag.`
          : `Nee, voor ${wie} geldt op ${op} geen leerplicht en geen kwalificatieplicht meer.`;
  const missing = [...youngest.missing, ...oldest.missing].filter((f, i, all) => all.findIndex((g) => g.fact === f.fact) === i);
  return {
    decision,
    decided: true,
    headline: claim(headline, decision),
    points: claims(unique([...steps, ...youngest.uitleg.filter((u) => oldest.uitleg.includes(u))]), decision),
    actions: { school: [], leerplichtambtenaar: [] },
    followUp: missing,
    searchTerms: 'leerplicht kwalificatieplicht startkwalificatie schooljaar',
  };
}

/**
 * Leerplichtig at one end of the birth dates, kwalificatieplichtig at the other (a 16-year-old: art. 3 lid 1 ends the
 * leerplicht with the school year of the 16th birthday, art. 4a lid 1 continues with the kwalificatieplicht). Which
 * of the two needs the birth date, but either way school is not over: the answer says so, and asks the date. Any
 * other pair (one end without any duty) stays undecided.
 */
function eenVanBeide(youngest: LeerplichtResult, oldest: LeerplichtResult, wie: string, aanname: string): RuleOutcome | undefined {
  const plicht = new Set(['leerplicht', 'kwalificatieplicht']);
  if (!plicht.has(youngest.status) || !plicht.has(oldest.status)) return undefined;
  const legalBasis = [...youngest.legalBasis, ...oldest.legalBasis.filter((l) => !youngest.legalBasis.some((k) => k.id === l.id))];
  const kpAge = param('kwalificatieplicht.eindLeeftijd', youngest.peildatum);
  const Wie = wie.charAt(0).toUpperCase() + wie.slice(1);
  const steps = [
    aanname.replace(/geven de regels dezelfde uitkomst/, 'geldt een van beide plichten'),
    `De leerplicht loopt tot het einde van het schooljaar waarin de jongere ${param('leerplicht.eindLeeftijd', youngest.peildatum)} wordt; daarna geldt de kwalificatieplicht tot de ${kpAge}e verjaardag of tot een startkwalificatie (havo, vwo of mbo niveau 2 of hoger). Welke van de twee nu geldt, hangt af van de geboortedatum.`,
  ];
  const decision: Decision = { type: 'leerplicht', legalBasis, steps };
  // Only the facts that tell the two apart or end both: the school career can end the leerplicht earlier, but then
  // the kwalificatieplicht holds all the same.
  const sk = [...youngest.missing, ...oldest.missing].find((f) => f.fact === 'startkwalificatie');
  const missing = sk ? [BIRTH_DATE, sk] : [BIRTH_DATE];
  return {
    decision,
    decided: true,
    headline: claim(
      `${Wie} is op ${dutchDate(youngest.peildatum)} nog leerplichtig of al kwalificatieplichtig (artikel 3 en 4a Leerplichtwet): de kwalificatieplicht loopt tot de ${kpAge}e verjaardag of tot een startkwalificatie. Zonder startkwalificatie mag de jongere dus niet stoppen met school om alleen te werken.`,
      decision,
    ),
    points: claims(unique([...steps, ...youngest.uitleg.filter((u) => oldest.uitleg.includes(u))]), decision),
    actions: { school: [], leerplichtambtenaar: [] },
    followUp: missing,
    searchTerms: 'leerplicht kwalificatieplicht startkwalificatie schooljaar',
  };
}

const ids = (d: Decision) => d.legalBasis.map((l) => l.id);
const claim = (text: string, d: Decision): Claim => ({ text, legalIds: ids(d) });
const claims = (texts: string[], d: Decision): Claim[] => texts.map((t) => claim(t, d));

function missingOutcome(type: Decision['type'], followUp: MissingFact[], legalIds: string[]): RuleOutcome {
  const decision: Decision = { type, legalBasis: [], steps: [] };
  return {
    decision,
    decided: false,
    headline: { text: 'Om dit te kunnen beslissen heb ik nog een gegeven nodig.', legalIds },
    points: [],
    actions: { school: [], leerplichtambtenaar: [] },
    followUp,
    searchTerms: legalIds.join(' '),
  };
}

function meldingHeadline(r: MeldingResult, persona: Persona): string {
  const wij = persona === 'school';
  const doe = wij ? 'Doe' : 'De school doet';
  // The report is due only while the leerplicht holds, and the birth date decides that (melding.ts plicht()).
  const geboortedatumOpen = r.aan === 'leerplichtambtenaar' && r.missing.some((m) => m.fact === 'geboortedatum');
  switch (r.melding) {
    case undefined:
      return 'Welke melding nodig is, kan ik nog niet zeggen: er ontbreekt een gegeven.';
    case '16-uur-in-4-weken':
      return r.verplicht
        ? `${doe} een verplichte melding '16 uur in 4 weken' bij DUO (artikel 21a Leerplichtwet): de grens van 16 uur ongeoorloofd verzuim binnen 4 lesweken is bereikt.`
        : geboortedatumOpen
          ? `Een melding '16 uur in 4 weken' bij DUO is alleen verplicht zolang de leer- of kwalificatieplicht geldt (artikel 21a Leerplichtwet); dat hangt hier af van de geboortedatum.`
          : `Een melding '16 uur in 4 weken' bij DUO mag, maar is voor een leerling van 18 jaar of ouder niet verplicht.`;
    case 'langdurig-relatief-verzuim':
      if (!r.verplicht && geboortedatumOpen) return `Een melding 'langdurig relatief verzuim' bij DUO is alleen verplicht zolang de leerplicht geldt (artikel 21a Leerplichtwet); dat hangt hier af van de geboortedatum.`;
      return `${doe} een verplichte melding 'langdurig relatief verzuim' bij DUO (artikel 21a Leerplichtwet): de leerling is langer dan 4 weken aaneengesloten zonder geldige reden afwezig.`;
    case 'luxe-verzuim':
      return `Dit is luxe verzuim: ${wij ? 'meld het' : 'de school meldt het'} verplicht als 'luxe verzuim' bij DUO (verzuimloket).`;
    case 'overig-verzuim':
      // Below the 16 hours of art. 21a the article is named, so the answer says which duty is not (yet) met.
      return r.legalBasis.some((l) => l.id === 'lpw:21a')
        ? `Melden is nog niet verplicht (artikel 21a Leerplichtwet vraagt een melding vanaf 16 uur in 4 lesweken), maar ${wij ? 'u kunt' : 'de school kan'} dit als 'overig verzuim' bij DUO melden om de leerplichtambtenaar in te schakelen.`
        : `Melden is nog niet verplicht, maar ${wij ? 'u kunt' : 'de school kan'} dit als 'overig verzuim' bij DUO melden om ${r.aan === 'doorstroompunt' ? 'het Doorstroompunt' : 'de leerplichtambtenaar'} in te schakelen.`;
    case '18-plus-verzuim':
      return r.verplicht
        ? `${doe} een verplichte melding '18-plus verzuim' bij DUO; die gaat naar het Doorstroompunt (RMC) van de woongemeente.`
        : `Een melding '18-plus verzuim' bij DUO is hier niet verplicht, maar mag wel; die gaat naar het Doorstroompunt (RMC).`;
    case 'geen-melding':
      return `${wij ? 'U hoeft' : 'De school hoeft'} dit niet als verzuim bij DUO te melden: er is geen melding nodig.`;
    case 'absoluut-verzuim':
      return `Dit is absoluut verzuim: ${wij ? 'u doet' : 'de school doet'} geen verzuimmelding bij DUO, want de leerling staat niet ingeschreven; de gemeente controleert de inschrijving (artikel 19 Leerplichtwet) en de leerplichtambtenaar van de woongemeente pakt dit op.`;
  }
}

function meldingOutcome(r: MeldingResult, ctx: DecideContext, open?: string): RuleOutcome {
  const decision: Decision = { type: 'melding', legalBasis: r.legalBasis, steps: r.steps };
  if (r.melding) decision.melding = r.melding;
  const triggers = r.regionaal?.triggers ?? [];
  // The regional protocol is the more specific instruction: its steps go before the national ones.
  const ordered = (role: 'school' | 'leerplichtambtenaar') => unique([...triggers.flatMap((t) => t.acties[role]), ...r.acties[role]]);
  const timing = r.melding && r.verplicht ? [r.termijn] : [];
  return {
    decision,
    decided: r.melding !== undefined,
    ...(open && r.melding === undefined ? { open } : {}),
    headline: claim(meldingHeadline(r, ctx.persona), decision),
    points: claims(unique([...r.steps, ...timing, ...r.extraMeldingen, ...r.uitleg]), decision),
    actions: { school: claims(ordered('school'), decision), leerplichtambtenaar: claims(ordered('leerplichtambtenaar'), decision) },
    followUp: r.missing,
    searchTerms: `melding ${r.melding ? MELDING_LABEL[r.melding] : ''} DUO verzuimloket ${triggers.map((t) => t.omschrijving).join(' ')}`,
  };
}

/** The rules number their doubts after the facts file ("open twijfel 5"); a reader needs only that it is a doubt. */
const plain = (text: string) =>
  text
    .replace(/\s*\((?:open twijfel [0-9]+[a-z]?)(?:, ([^)]*))?\)/gi, (_, rest: string | undefined) => (rest ? ` (${rest})` : ''))
    .replace(/^Open twijfel [0-9]+[a-z]?: /i, 'Niet zeker: ');

const unique = (list: string[]) => [...new Set(list.filter((x) => x.trim().length > 0).map(plain))];

function verlofHeadline(r: VerlofResult, vrijstelling: boolean): string {
  const wat = vrijstelling ? 'deze vrijstelling' : 'dit verlof';
  if (r.buitenLeerplichtwet) return 'De verlofregels van de Leerplichtwet gelden niet voor een leerling of student van 18 jaar of ouder (artikel 4b Leerplichtwet: de kwalificatieplicht eindigt op de 18e verjaardag): er is geen verlof van de directeur of de leerplichtambtenaar nodig, de school of instelling beslist volgens haar eigen regels.';
  // Art. 5 exemptions are not granted: they arise by the parents' notice (art. 6) with the statement the law asks
  // (art. 7-9); the leerplichtambtenaar checks the notice for the college, it does not decide (facts.md VR-NAT-01).
  if (vrijstelling && r.toegestaan === 'afhankelijk' && r.soort && BY_NOTICE.has(r.soort)) {
    return 'Deze vrijstelling wordt niet verleend: ze ontstaat door een tijdige kennisgeving van de ouders aan het college van B&W (artikel 6 Leerplichtwet) met de verklaring die de wet vraagt; de leerplichtambtenaar toetst alleen of de kennisgeving aan de wet voldoet.';
  }
  const max = r.maxDagen !== undefined ? ` (ten hoogste ${schooldagen(r.maxDagen)})` : '';
  if (r.toegestaan === true) {
    if (r.beslisser === 'niemand') return `Ja, dit mag zonder toestemming: een tijdige kennisgeving aan de directeur is genoeg.`;
    return `Ja, ${r.beslisser === 'directeur' ? 'de directeur' : r.beslisser === 'college' ? 'het college van B&W' : 'de leerplichtambtenaar'} kan ${wat} verlenen${max}.`;
  }
  if (r.toegestaan === false) {
    // A refusal names the fact that rules it out: the rules' last step is the one that decided.
    const reden = r.steps.at(-1) ? ` ${plain(r.steps.at(-1)!)}` : '';
    if (vrijstelling) return `Nee, op deze grond ontstaat geen geldige vrijstelling.${reden}`;
    // Refused as asked, but the competent person could grant it once a condition is met (e.g. proof).
    if (r.beslisser !== 'niemand') return `Nee, ${r.beslisser === 'directeur' ? 'de directeur' : 'de leerplichtambtenaar'} kan dit verlof zo niet verlenen.${reden}`;
    return `Nee, dit verlof kan niemand verlenen: de directeur niet en de leerplichtambtenaar ook niet.${reden}`;
  }
  // The decider in law: B&W (the college) decide on exemptions and vervangende leerplicht, even where the contract's
  // value is the leerplichtambtenaar who handles the case for them.
  const wie =
    r.bevoegd === 'directeur'
      ? 'de directeur beslist'
      : r.bevoegd === 'leerplichtambtenaar'
        ? 'de leerplichtambtenaar van de woongemeente beslist'
        : r.bevoegd === 'college'
          ? 'het college van B&W (de leerplichtambtenaar) beoordeelt dit'
          : 'toestemming is niet nodig';
  return `Dat kan, onder voorwaarden${max}: ${wie}.`;
}

// Staying away after a refusal is ongeoorloofd; a trip or holiday is DUO's category 'luxe verzuim'.
const TRIP = new Set(['vakantie', 'wereldreis', 'goedkope-tickets', 'familiebezoek', 'eerder-vertrek', 'carnaval']);

function verlofOutcome(r: VerlofResult, askedVrijstelling: boolean, omstandigheid?: string): RuleOutcome {
  const vrijstelling = askedVrijstelling || (r.soort !== undefined && VRIJSTELLINGEN.has(r.soort));
  const decision: Decision = {
    type: vrijstelling ? 'vrijstelling' : 'verlof',
    toegestaan: r.toegestaan,
    beslisser: contractBeslisser(r.beslisser),
    legalBasis: r.legalBasis,
    steps: r.steps,
  };
  // Why first (the path through the rules), then what it takes, then caveats.
  const points = unique([
    // A refusal's deciding step stands in the headline already.
    ...(r.toegestaan === false ? r.steps.slice(0, -1) : r.steps),
    // After a refusal, what is still possible matters more than the conditions of what was refused.
    ...(r.toegestaan === false && !vrijstelling ? r.uitleg : []),
    ...r.voorwaarden.slice(0, 3),
    ...r.documenten.slice(0, 2),
    ...r.termijnen.slice(0, 2),
    ...(r.beslisser !== 'niemand' && r.toegestaan !== false ? [r.bezwaar] : []),
    ...r.uitleg,
  ]);
  if (r.toegestaan === false && !vrijstelling) {
    points.splice(
      1,
      0,
      r.soort === 'vakantie-beroep' || (omstandigheid && TRIP.has(omstandigheid))
        ? "Gaat het kind toch zonder verlof, dan is dat luxe verzuim: de school moet dat melden bij DUO en de leerplichtambtenaar kan optreden."
        : 'Blijft het kind toch zonder verlof weg, dan is dat ongeoorloofd verzuim dat de school registreert en bij de wettelijke grens bij DUO meldt.',
    );
  }
  return {
    decision,
    decided: r.soort !== undefined || r.buitenLeerplichtwet === true,
    headline: claim(r.soort || r.buitenLeerplichtwet ? verlofHeadline(r, vrijstelling) : 'Om welk soort verlof of vrijstelling gaat het? Dat bepaalt wie beslist.', decision),
    points: claims(points, decision),
    actions: { school: [], leerplichtambtenaar: [] },
    followUp: r.missing,
    searchTerms: `${r.soort ?? 'verlof'} ${decision.legalBasis.map((l) => l.label).join(' ')}`,
  };
}

function leerplichtOutcome(r: LeerplichtResult): RuleOutcome {
  const decision: Decision = { type: 'leerplicht', status: r.status, legalBasis: r.legalBasis, steps: r.steps };
  const op = dutchDate(r.peildatum);
  let headline: string;
  if (r.status === 'leerplicht') headline = `Ja, op ${op} is de jongere leerplichtig; de leerplicht loopt tot en met ${dutchDate(r.leerplichtEinde)}.`;
  else if (r.status === 'kwalificatieplicht')
    headline = `Op ${op} is de jongere niet meer leerplichtig, maar wel kwalificatieplichtig${r.kwalificatieplichtEinde ? ` tot ${dutchDate(r.kwalificatieplichtEinde)}` : ''} of tot het behalen van een startkwalificatie.`;
  else if (r.peildatum < r.leerplichtStart)
    headline = `Nee, op ${op} is het kind nog niet leerplichtig; de leerplicht begint op ${dutchDate(r.leerplichtStart, true)}, de eerste schooldag van de maand na de vijfde verjaardag.`;
  else headline = `Nee, op ${op} geldt voor deze jongere geen leerplicht en geen kwalificatieplicht meer.`;
  const dates = [
    `Leerplicht: van ${dutchDate(r.leerplichtStart)} tot en met ${dutchDate(r.leerplichtEinde)}.`,
    r.kwalificatieplichtEinde ? `Kwalificatieplicht: tot ${dutchDate(r.kwalificatieplichtEinde)}, of eerder als een startkwalificatie is behaald.` : '',
    r.doorstroompuntTot ? `Zonder startkwalificatie hoort de jongere tot en met ${dutchDate(r.doorstroompuntTot)} bij de doelgroep van het Doorstroompunt (RMC).` : '',
  ].filter(Boolean);
  return {
    decision,
    decided: true,
    headline: claim(headline, decision),
    points: claims(unique([...r.steps, ...dates, ...r.uitleg]), decision),
    actions: { school: [], leerplichtambtenaar: [] },
    followUp: r.missing,
    searchTerms: 'leerplicht kwalificatieplicht startkwalificatie schooljaar',
  };
}
