import { calendarFor, firstLesweekOfSchoolYear, hasSchoolYear, possibleCalendars, schoolDaysBetween, schoolDaysFrom } from './calendar.js';
import { aantal, dagen } from './telwoord.js';
import { addDays, addMonths, ageOn, birthday, daysBetween, dutchDate, firstOfNextMonth, todayIso, type IsoDate } from './dates.js';
import { protocolRef, ref } from './legal.js';
import { param, paramText, region, ruleData, type Richtlijn } from './params.js';
import type { LegalRef, MissingFact, Omstandigheid, VerlofInput, VerlofSoort } from './schemas.js';
import { Trace } from './trace.js';

// Leave (art. 11–14, 11a) and exemptions (art. 3a/3b, 5, 5a, 6–9, 15): whether it can be granted, and by whom.

export type Toegestaan = true | false | 'afhankelijk';
type ContractBeslisser = 'directeur' | 'leerplichtambtenaar' | 'niemand';
/** Who decides in law: 'college' is B&W (vrijstellingen, vervangende leerplicht). decideVerlof reports B&W as the
 *  leerplichtambtenaar (the contract's value); 'college' stays in this type for callers written against the old value. */
export type Beslisser = ContractBeslisser | 'college';

export interface VerlofResult {
  soort: VerlofSoort | undefined;
  toegestaan: Toegestaan;
  beslisser: Beslisser;
  /** Who decides in law ('college' for B&W), where `beslisser` gives the contract's value; the answer names this one. */
  bevoegd: Beslisser;
  /** The statutory maximum of the decider named in `beslisser`: only the directeur has one (art. 13a lid 2, 14 lid 3). */
  maxDagen?: number;
  /** The guideline day count for the circumstance (Beleidsregel, regional practice): a starting point, not a maximum. */
  richtlijnDagen?: number;
  voorwaarden: string[];
  termijnen: string[];
  documenten: string[];
  bezwaar: string;
  uitleg: string[];
  legalBasis: LegalRef[];
  steps: string[];
  missing: MissingFact[];
  /** The pupil is 18 or older, or not yet leerplichtig: the Leerplichtwet's leave rules do not apply; the school's own rules do. */
  buitenLeerplichtwet?: 'volwassen' | 'nog-niet-leerplichtig';
}

/** The contract's beslisser values: B&W decide through the leerplichtambtenaar (mandaat). */
export function contractBeslisser(b: Beslisser): ContractBeslisser {
  return b === 'college' ? 'leerplichtambtenaar' : b;
}

class VerlofBuilder {
  readonly t = new Trace();
  readonly voorwaarden: string[] = [];
  readonly termijnen: string[] = [];
  readonly documenten: string[] = [];
  readonly peildatum: string;
  maxDagen: number | undefined;
  richtlijnDagen: number | undefined;
  /** The guideline leaves whether and how long to the directeur's judgement (Richtlijn.afweging). */
  afweging = false;
  /** 18 or older, or not yet leerplichtig: the Leerplichtwet's leave rules do not apply (see buitenDeWet). */
  buiten: VerlofResult['buitenLeerplichtwet'];
  constructor(readonly i: VerlofInput) {
    this.peildatum = i.peildatum ?? i.aanvraagdatum ?? todayIso();
  }
  age(): number | undefined {
    return this.i.leeftijd ?? (this.i.geboortedatum ? ageOn(this.i.geboortedatum, this.peildatum) : undefined);
  }
  done(soort: VerlofSoort | undefined, toegestaan: Toegestaan, bevoegd: Beslisser): VerlofResult {
    // The contract has no 'college': B&W decide, and the leerplichtambtenaar handles it on their behalf (mandaat).
    const beslisser = contractBeslisser(bevoegd);
    // "Yes" needs every fact the law asks for: with an open question the answer depends on it.
    if (toegestaan === true && this.t.missing.length > 0) toegestaan = 'afhankelijk';
    if (bevoegd === 'college') {
      this.t.explain('Formeel beslist het college van burgemeester en wethouders (B&W) van de woongemeente; de leerplichtambtenaar behandelt de zaak namens het college.');
    }
    const weken = param('bezwaar.termijnWeken', this.peildatum);
    const bezwaar =
      beslisser === 'niemand'
        ? 'Er is geen besluit om bezwaar tegen te maken. Wie het niet eens is met een afwijzing door school of gemeente, kan binnen ' + `${weken} weken bezwaar maken bij wie het besluit nam.`
        : `Tegen het besluit van ${bevoegd === 'directeur' ? 'de directeur' : bevoegd === 'college' ? 'het college van B&W' : 'de leerplichtambtenaar'} kunnen de ouders binnen ${weken} weken bezwaar maken bij ${beslisser === 'directeur' ? 'de directeur' : 'het college'}; daarna volgt beroep bij de rechter.`;
    if (beslisser !== 'niemand') this.t.cite(ref('awb:6:7'));
    const r: VerlofResult = {
      soort,
      toegestaan,
      beslisser,
      bevoegd,
      voorwaarden: this.voorwaarden,
      termijnen: this.termijnen,
      documenten: this.documenten,
      bezwaar,
      uitleg: this.t.uitleg,
      legalBasis: this.t.legalBasis,
      steps: this.t.steps,
      missing: this.t.missing,
    };
    // A maximum belongs to who decides: the leerplichtambtenaar above 10 days has no statutory maximum, and when
    // nobody can grant the leave there is no maximum to state (the steps say what the directeur could have granted).
    if (this.maxDagen !== undefined && beslisser === 'directeur') r.maxDagen = this.maxDagen;
    if (this.richtlijnDagen !== undefined) r.richtlijnDagen = this.richtlijnDagen;
    if (this.buiten) r.buitenLeerplichtwet = this.buiten;
    return r;
  }
  /** Pro rata for kwalificatieplichtigen (art. 13a lid 2, art. 14 lid 3): days ∝ lesdagen per week. */
  proRata(max: number, artikel: string): number {
    const { i } = this;
    if (i.kwalificatieplichtig !== true) return max;
    if (i.lesdagenPerWeek === undefined) {
      this.t.ask('lesdagenPerWeek', 'Op hoeveel dagen per week moet de jongere naar school of de opleiding (bij bbl: de lesdagen)?');
      return max;
    }
    const week = param('verlof.volledigeWeekDagen', this.peildatum);
    const n = Math.floor((max * i.lesdagenPerWeek) / week);
    this.t.step(`De jongere is kwalificatieplichtig en heeft ${aantal(i.lesdagenPerWeek!, 'lesdag', 'lesdagen')} per week: naar rato ten hoogste ${dagen(n)} in plaats van ${max}.`, ref(artikel, artikel === 'lpw:13a' ? 2 : 3), ref('lpw:4c'));
    return n;
  }
}

const REJECT = (o: Omstandigheid | undefined) => ruleData().beleidsregel.afwijzen.find((a) => a.omstandigheid === o);

export function decideVerlof(input: VerlofInput): VerlofResult {
  const b = new VerlofBuilder(input);
  // Before leerplicht starts (art. 3 lid 1) there is no attendance duty, so no leave of art. 11–14 is needed either,
  // whatever the occasion.
  if ((input.soort === undefined || LPW_VERLOF.has(input.soort)) && nogNietLeerplichtig(b, b.age())) return nogNiet(b, input.soort, b.age());
  let soort = input.soort;
  if (!soort && input.omstandigheid) {
    soort = input.omstandigheid === 'vakantie' && input.werkgeversverklaring !== undefined ? 'vakantie-beroep' : 'gewichtige-omstandigheden';
    b.t.step(soort === 'vakantie-beroep' ? 'Vakantie met een verklaring over het beroep: beoordeeld als vakantieverlof (artikel 13a).' : 'Verlof om een omstandigheid buiten de vakanties: beoordeeld als gewichtige omstandigheid (artikel 14).');
  }
  const age = b.age();
  // From 18 neither leerplicht nor kwalificatieplicht applies (art. 4b, 1b): the leave of art. 11–14 is not needed.
  // Whatever kind of leave is meant: from 18 none of them is the Leerplichtwet's to grant.
  if (age !== undefined && (soort === undefined || LPW_VERLOF.has(soort)) && age >= param('kwalificatieplicht.eindLeeftijd', b.peildatum)) return volwassen(b, soort, age);
  // Art. 11a: a child under 6 may stay away 5 hours a week on notice and 5 more with the head's consent; for a day
  // out or a trip that is the route, whatever the circumstance is called.
  const onder6 = age !== undefined && age < param('verlof.onder6Leeftijd', b.peildatum);
  if (onder6 && soort === 'gewichtige-omstandigheden' && (REJECT(input.omstandigheid) || input.omstandigheid === 'anders')) {
    b.t.step(`Het kind is ${age}: voor een kind jonger dan 6 geldt artikel 11a, ook voor een dag weg of een reisje.`, ref('lpw:11a'));
    return jongerDan6(b);
  }
  switch (soort) {
    case undefined:
      b.t.cite(ref('lpw:11'));
      b.t.ask('soort', 'Om welk verlof of welke vrijstelling gaat het: vakantie om het beroep van een ouder, een gewichtige omstandigheid, een religieuze plicht, ziekte, een kind jonger dan 6, of een vrijstelling?');
      return b.done(undefined, 'afhankelijk', 'niemand');
    case 'vakantie-beroep':
      return vakantieBeroep(b);
    case 'gewichtige-omstandigheden':
      return gewichtig(b);
    case 'religieus':
      return religieus(b);
    case 'ziekte':
      return ziekte(b);
    case 'jonger-dan-6':
      return jongerDan6(b);
    case 'vrijstelling-5a':
    case 'vrijstelling-5b':
    case 'vrijstelling-5c':
      return vrijstelling5(b, soort);
    case 'trekkend-bestaan':
      return trekkend(b);
    case 'vervangende-leerplicht':
      return vervangend(b);
    case 'vrijstelling-kwalificatieplicht':
      return artikel15(b);
  }
}

/** The kinds of leave that exist only because of the attendance duty of art. 2 and 4a. */
const LPW_VERLOF = new Set<VerlofSoort>(['vakantie-beroep', 'gewichtige-omstandigheden', 'religieus', 'ziekte', 'jonger-dan-6']);

/** An adult (18+): no leerplicht and no kwalificatieplicht, so the Leerplichtwet has no leave to grant or refuse. */
function volwassen(b: VerlofBuilder, soort: VerlofSoort | undefined, age: number): VerlofResult {
  const { t, peildatum } = b;
  const eind = param('kwalificatieplicht.eindLeeftijd', peildatum);
  t.step(
    `De jongere is ${age}: de kwalificatieplicht eindigt op de ${eind}e verjaardag, dus de verlofregels van de Leerplichtwet (artikel 11 tot en met 14) gelden niet meer; de directeur of de leerplichtambtenaar hoeft op grond van die wet geen verlof te geven.`,
    ref('lpw:4b'),
    ref('lpw:11'),
  );
  t.explain('Of de student weg mag, regelt de school of de instelling in haar eigen regels (schoolgids, studentenstatuut, onderwijsovereenkomst); vraag het verlof daar aan.');
  t.explain('Wegblijven zonder toestemming is voor een 18-plusser geen luxe verzuim in de zin van de Leerplichtwet; de school registreert het als verzuim.');
  t.explain('Afwezigheid zonder geldige reden registreert de school wel; bij langer verzuim kan zij een melding 18-plus verzuim doen (Doorstroompunt), en bij een tegemoetkoming of studiefinanciering kan lang verzuim gevolgen hebben.');
  t.cite(ref('web:9.2.1'));
  b.buiten = 'volwassen';
  return b.done(soort, 'afhankelijk', 'niemand');
}

/** Leerplicht starts on the first school day of the month after the 5th birthday (art. 3 lid 1): with a birth date
 *  that day is compared with the first day of the leave (or the peildatum); with only an age, only a child under 5
 *  is certainly not leerplichtig (a 5-year-old may be in the month of the birthday). */
function nogNietLeerplichtig(b: VerlofBuilder, age: number | undefined): boolean {
  const start = param('leerplicht.startLeeftijd', b.peildatum);
  const { geboortedatum, startdatum } = b.i;
  if (geboortedatum) return (startdatum ?? b.peildatum) < firstOfNextMonth(birthday(geboortedatum, start));
  return age !== undefined && age < start;
}

/** A child not yet leerplichtig: enrolled (from 4) but without the Leerplichtwet's attendance duty. */
function nogNiet(b: VerlofBuilder, soort: VerlofSoort | undefined, age: number | undefined): VerlofResult {
  const { t, peildatum } = b;
  const start = param('leerplicht.startLeeftijd', peildatum);
  t.step(
    `${age !== undefined ? `Het kind is ${age}: ` : ''}de leerplicht begint pas op de eerste schooldag van de maand na de ${start}e verjaardag. Daarvoor geldt de Leerplichtwet nog niet, dus is er geen verlof van de directeur of de leerplichtambtenaar nodig (en ook geen vrijstelling op grond van artikel 11a).`,
    ref('lpw:3', 1),
  );
  t.explain('Een kind mag vanaf 4 jaar naar school; de school mag dan wel eigen afspraken over aanwezigheid maken. Overleg de afwezigheid daarom met de school (de leerkracht of de directeur).');
  t.explain('Wegblijven is voor een kind dat nog niet leerplichtig is geen verzuim in de zin van de Leerplichtwet: de school meldt het niet bij DUO.');
  b.buiten = 'nog-niet-leerplichtig';
  // Allowed as far as the law goes: nobody's permission is needed (the school's own agreements are not a legal bar).
  return b.done(soort, true, 'niemand');
}

function vakantieBeroep(b: VerlofBuilder): VerlofResult {
  const { t, i, peildatum } = b;
  const s = 'vakantie-beroep' as const;
  t.step('Vakantieverlof vanwege de specifieke aard van het beroep van een ouder: alleen de directeur kan het verlenen.', ref('lpw:11f'), ref('lpw:13a', 1));
  const max = b.proRata(param('verlof.vakantieMaxDagen', peildatum), 'lpw:13a');
  b.maxDagen = max;
  const weken = param('verlof.vakantieNietEersteLesweken', peildatum);
  b.voorwaarden.push(
    `Ten hoogste ${max} schooldagen, eenmaal per schooljaar.`,
    `Niet in de eerste ${weken} lesweken van het schooljaar.`,
    'Door het beroep van een ouder kan het gezin in geen enkele schoolvakantie samen op vakantie (ook geen 2 weken aaneengesloten).',
    'Het gaat om een gezinsvakantie.',
  );
  b.documenten.push('Werkgeversverklaring dat in geen enkele schoolvakantie verlof mogelijk is; zelfstandigen: bewijs van aanzienlijk inkomensverlies of onoverkomelijke bedrijfsproblemen (bijvoorbeeld een accountantsverklaring).');
  const aanvraagWeken = param('verlof.vakantieAanvraagWeken', peildatum);
  b.termijnen.push(`Vraag het verlof bij voorkeur ${aanvraagWeken} weken vooraf aan bij de directeur; de wet noemt geen termijn, dus een late aanvraag is niet alleen daarom af te wijzen.`);
  if (i.dagenVooraf !== undefined && i.dagenVooraf >= 0 && i.dagenVooraf < aanvraagWeken * 7) {
    t.step(`De aanvraag komt ${i.dagenVooraf} dagen vooraf, korter dan de aangeraden ${aanvraagWeken} weken; dat is een richtlijn, geen wettelijke eis, dus alleen daarom weigeren kan niet.`, ref('lpw:13a', 1));
  }
  // The lead time is guidance (Rijksoverheid, juridischloket); art. 13a sets none (facts.md, open doubt 15).
  t.explain(`De termijn van ${aanvraagWeken} weken is een richtlijn, geen wettelijke eis.`);
  t.cite(ref('lpw:27'));
  b.voorwaarden.push(`Een directeur die meer verleent dan artikel 13a toestaat, riskeert een bestuurlijke boete van ten hoogste € ${param('boete.directeurPerOvertreding', peildatum)} per overtreding.`);

  if (i.dagen !== undefined && i.dagen > max) {
    t.step(`Er worden ${i.dagen} schooldagen gevraagd; meer dan ${max} dagen vakantieverlof kan niemand verlenen. Ook de leerplichtambtenaar heeft onder artikel 13a geen bevoegdheid.`, ref('lpw:13a', 2));
    t.explain(`Een aanvraag voor ten hoogste ${max} dagen kan de directeur wel toekennen, met een werkgeversverklaring of (voor zelfstandigen) bewijs van inkomensverlies.`);
    return b.done(s, false, 'niemand');
  }
  // Only earlier holiday leave uses up the one time a school year; leave for a funeral (art. 14) or a religious day
  // (art. 11 onder e) is another kind and does not count (art. 13a lid 2).
  if (i.eerderVakantieverlofDitSchooljaar === true) {
    t.step('Er is dit schooljaar al vakantieverlof verleend; artikel 13a staat het maar eenmaal per schooljaar toe. Extra vakantieverlof kan niemand verlenen, ook de leerplichtambtenaar niet.', ref('lpw:13a', 2));
    return b.done(s, false, 'niemand');
  }
  const eerste = i.inEersteTweeLesweken ?? (i.startdatum ? eersteLesweken(b, i.startdatum, weken) : undefined);
  if (eerste === true) {
    t.step(
      i.startdatum
        ? `Het verlof vanaf ${dutchDate(i.startdatum)} raakt de eerste ${weken} lesweken van het schooljaar; daar mag geen vakantieverlof vallen, ook niet voor een deel.`
        : `Het verlof valt in de eerste ${weken} lesweken van het schooljaar; daar mag geen vakantieverlof vallen.`,
      ref('lpw:13a', 2),
    );
    return b.done(s, false, 'niemand');
  }
  if (eerste === false && i.startdatum) t.step(`Geen van de gevraagde schooldagen valt in de eerste ${weken} lesweken van het schooljaar.`, ref('lpw:13a', 2));
  if (i.geenVakantieMogelijk === false) {
    t.step('Het gezin kan in een andere schoolvakantie wel samen op vakantie. Artikel 13a geldt alleen als het beroep van een ouder een gezinsvakantie in elke schoolvakantie onmogelijk maakt; dan mag de directeur geen vakantieverlof verlenen.', ref('lpw:11f'), ref('lpw:13a'));
    return b.done(s, false, 'directeur');
  }
  if (i.werkgeversverklaring === false) {
    t.step('Zonder bewijs dat het gezin in geen enkele schoolvakantie weg kan, mag de directeur geen vakantieverlof verlenen.', ref('lpw:13a'));
    return b.done(s, false, 'directeur');
  }
  // Every condition art. 13a sets must be known before the answer is yes; each unknown one is asked.
  if (i.werkgeversverklaring === undefined && i.geenVakantieMogelijk === undefined) {
    t.ask('werkgeversverklaring', 'Is er een werkgeversverklaring (of voor zelfstandigen een ander bewijs) dat het gezin in geen enkele schoolvakantie samen op vakantie kan?');
  }
  // Earlier leave of an unknown kind may have been holiday leave: ask; no earlier leave at all (0 days) settles it.
  if (i.eerderVakantieverlofDitSchooljaar === undefined && i.eerderVerlofDagen !== 0) t.ask('eerderVakantieverlofDitSchooljaar', 'Is dit schooljaar al eerder vakantieverlof verleend?');
  if (i.dagen === undefined) {
    t.ask('dagen', 'Om hoeveel schooldagen gaat het?');
    t.step(`De directeur kan ten hoogste ${max} schooldagen verlenen als aan de voorwaarden is voldaan.`);
  }
  if (eerste === undefined && !i.startdatum) {
    t.ask('startdatum', `Op welke datum begint het verlof? Het mag niet in de eerste ${weken} lesweken van het schooljaar vallen.`);
  }
  if (b.t.missing.length > 0) return b.done(s, 'afhankelijk', 'directeur');
  t.step(`Met bewijs, buiten de eerste ${weken} lesweken en ten hoogste ${max} dagen (gevraagd: ${i.dagen}) kan de directeur het verlof verlenen.`, ref('lpw:13a', 2));
  return b.done(s, true, 'directeur');
}

/**
 * Whether a school day of the leave falls in the first lesweken of its school year (art. 13a lid 2), checked for
 * every school day of the period against the school's own calendar or every calendar the school may follow.
 * undefined when it depends on the region, or when no holiday dates are known for that school year.
 */
function eersteLesweken(b: VerlofBuilder, start: IsoDate, weken: number): boolean | undefined {
  const { i } = b;
  const { kalenders, eigen } = possibleCalendars(i.kalender, i.regio);
  const uitkomsten = kalenders.map((k) => {
    const dagen = i.einddatum ? schoolDaysBetween(k, start, i.einddatum) : schoolDaysFrom(k, start, Math.max(1, i.dagen ?? 1));
    if (!eigen && dagen.some((d) => !hasSchoolYear(d))) return undefined;
    return dagen.some((d) => {
      const eerste = firstLesweekOfSchoolYear(k, d);
      return d >= eerste && d < addDays(eerste, 7 * weken);
    });
  });
  if (uitkomsten.every((u) => u === true)) return true;
  if (uitkomsten.every((u) => u === false)) return false;
  if (uitkomsten.includes(undefined)) {
    b.t.ask('kalender', 'Welke vakanties heeft de school in dat schooljaar (in elk geval het einde van de zomervakantie)? Daarvoor zijn geen landelijke vakantiedata opgeslagen.');
  } else {
    b.t.ask('regio', 'In welke regio (of vakantieregio noord, midden of zuid) ligt de school? De eerste lesweken verschillen per regio.');
  }
  return undefined;
}

/** The guideline for the occasion: the region's own, or the national one. */
function richtlijnVoor(i: VerlofInput): Richtlijn | undefined {
  const o = i.omstandigheid;
  return region(i.regio)?.verlofRichtlijnen?.find((x) => x.omstandigheid === o) ?? ruleData().beleidsregel.richtlijnen.find((x) => x.omstandigheid === o);
}

function richtlijnDagen(b: VerlofBuilder, o: Omstandigheid): number | undefined {
  const { t, i } = b;
  const regionaal = region(i.regio)?.verlofRichtlijnen?.find((x) => x.omstandigheid === o);
  const r = regionaal ?? ruleData().beleidsregel.richtlijnen.find((x) => x.omstandigheid === o);
  if (!r) return undefined;
  if (regionaal) t.step(`De regio ${i.regio} hanteert een eigen richtlijn voor deze omstandigheid.`, protocolRef(i.regio!));
  b.voorwaarden.push(`Richtlijn: ${r.omschrijving}.`);
  b.afweging = r.afweging === true;
  if (r.maxGraad !== undefined && i.graad !== undefined && i.graad > r.maxGraad) {
    t.step(`Het gaat om familie in de ${i.graad}e graad; de richtlijn geldt tot en met de ${r.maxGraad}e graad.`, ref('beleidsregel-verlof'));
    return 0;
  }
  if (r.maxGraad !== undefined && i.graad === undefined) b.voorwaarden.push(`Het gaat om bloed- of aanverwanten tot en met de ${r.maxGraad}e graad.`);
  if (i.buitenland === true && r.dagenBuitenland !== undefined) return r.dagenBuitenland;
  if (i.buitenWoonplaats === true && r.dagenBuitenWoonplaats !== undefined) return r.dagenBuitenWoonplaats;
  if (r.dagenPerGraad) {
    if (i.graad === undefined) {
      t.ask('graad', 'In welke graad is de overledene familie van de leerling (1: ouder, 2: grootouder, broer of zus, 3: oom, tante, neef of nicht)?');
      return Math.min(...Object.values(r.dagenPerGraad));
    }
    return r.dagenPerGraad[String(i.graad)];
  }
  if (i.buitenland === undefined && r.dagenBuitenland !== undefined) {
    b.voorwaarden.push(`In het buitenland ten hoogste ${r.dagenBuitenland} dagen${r.dagenBuitenWoonplaats ? `; buiten de woonplaats in Nederland ${r.dagenBuitenWoonplaats}` : ''}.`);
  }
  return r.dagen;
}

function gewichtig(b: VerlofBuilder): VerlofResult {
  const { t, i, peildatum } = b;
  const s = 'gewichtige-omstandigheden' as const;
  t.step('Verlof wegens andere gewichtige omstandigheden vraagt toestemming vooraf (artikel 11 onder g en artikel 14).', ref('lpw:11g'), ref('lpw:14', 1));
  const reject = REJECT(i.omstandigheid);
  if (reject) {
    t.step(`${reject.reden} Niemand kan hiervoor verlof verlenen.`, ref('lpw:14'), ref('beleidsregel-verlof'));
    if (i.omstandigheid === 'vakantie') t.explain('Alleen als het beroep van een ouder elke vakantie in de schoolvakanties onmogelijk maakt, kan de directeur vakantieverlof geven op grond van artikel 13a.');
    return b.done(s, false, 'niemand');
  }
  if (!i.omstandigheid) {
    t.ask('omstandigheid', 'Om welke omstandigheid gaat het (bijvoorbeeld huwelijk, overlijden, ernstige ziekte, verhuizing, jubileum)?');
    return b.done(s, 'afhankelijk', 'directeur');
  }
  // Facts that put the occasion outside its guideline: a friend's wedding, an appointment that can be made after school.
  const grens = richtlijnVoor(i);
  if (grens?.alleenFamilie && i.verwant === false) {
    t.step(`Het gaat om iemand die geen familie van de leerling is. Gewichtige omstandigheden zijn familiesituaties; de richtlijn geldt alleen voor de ${grens.omschrijving}. Hiervoor kan niemand verlof verlenen.`, ref('lpw:14'), ref('beleidsregel-verlof'));
    return b.done(s, false, 'niemand');
  }
  if (grens?.alleenBinnenLestijd && i.buitenLestijdMogelijk === true) {
    t.step('Dit kan ook buiten de lestijd (buiten schooltijd) plaatsvinden; verlof is alleen mogelijk als het niet buiten de lesuren kan. De directeur verleent hiervoor geen verlof.', ref('lpw:14'), ref('beleidsregel-verlof'));
    return b.done(s, false, 'niemand');
  }
  b.documenten.push('Bewijs van de omstandigheid, bijvoorbeeld een uitnodiging, rouwkaart of verklaring van een arts.');
  const directeurMax = b.proRata(param('verlof.gewichtigDirecteurMaxDagen', peildatum), 'lpw:14');
  const totaal = (i.dagen ?? 0) + (i.eerderVerlofDagen ?? 0);
  const richtlijn = richtlijnDagen(b, i.omstandigheid);
  // The day counts come from the municipal model rules; only two are confirmed from the Beleidsregel itself
  // (facts.md, open doubt 2). They are guidelines and configurable per region.
  t.explain('De dagen per omstandigheid zijn een richtlijn uit de praktijk van gemeenten, geen wettelijk maximum; een regio kan eigen richtlijnen hebben.');
  t.cite(ref('beleidsregel-verlof'));
  if (richtlijn === 0) {
    // The day counts are guidelines, not law: outside them the head still weighs the case (art. 14 lid 3).
    t.step(`De richtlijn noemt deze situatie niet; de directeur kan binnen de ${directeurMax} dagen per schooljaar zelf afwegen of het een gewichtige omstandigheid is.`, ref('lpw:14', 3));
    return b.done(s, 'afhankelijk', 'directeur');
  }

  // Reasons given too late (art. 14 lid 2) rule out leave afterwards, however many days are asked.
  const achteraf = i.dagenVooraf !== undefined && i.dagenVooraf < 0;
  if (achteraf) {
    const termijn = param('kennisgeving.gewichtigAchterafDagen', peildatum);
    if (-i.dagenVooraf! <= termijn) t.step(`De redenen zijn binnen ${termijn} dagen na de verhindering gemeld: het verlof kan dan achteraf worden verleend.`, ref('lpw:14', 2));
    else {
      t.step(`De redenen zijn later dan ${termijn} dagen na de verhindering gemeld: verlof achteraf kan dan niet.`, ref('lpw:14', 2));
      return b.done(s, false, 'niemand');
    }
  }
  if (i.dagen !== undefined && totaal > directeurMax) {
    t.step(
      `Samen met eerder verlof dit schooljaar gaat het om ${totaal} dagen, meer dan ${directeurMax}: de leerplichtambtenaar van de woongemeente beslist, na de directeur te hebben gehoord.`,
      ref('lpw:14', 3),
    );
    b.termijnen.push('Dien de aanvraag via de directeur in bij de leerplichtambtenaar, als het kan 8 weken vooraf (regionale praktijk, geen wettelijke termijn).');
    b.voorwaarden.push(
      `De wet geeft de leerplichtambtenaar geen maximum aantal dagen; hij weegt af of de omstandigheid zo lang verlof rechtvaardigt${richtlijn !== undefined ? `. De richtlijn noemt ${dagen(richtlijn)} als uitgangspunt, geen wettelijk maximum` : ''}.`,
    );
    if (richtlijn !== undefined) b.richtlijnDagen = richtlijn;
    return b.done(s, 'afhankelijk', 'leerplichtambtenaar');
  }
  b.maxDagen = directeurMax;
  if (richtlijn !== undefined) b.richtlijnDagen = richtlijn;
  b.termijnen.push('Vraag het verlof vooraf aan bij de directeur. Kon dat niet, meld de redenen dan binnen 2 dagen na de verhindering.');
  if (i.dagen === undefined) {
    t.ask('dagen', 'Om hoeveel schooldagen gaat het?');
    t.step(`De directeur beslist over ten hoogste ${directeurMax} dagen per schooljaar; de richtlijn voor deze omstandigheid is ${dagen(richtlijn ?? directeurMax)}.`, ref('lpw:14', 3));
    return b.done(s, 'afhankelijk', 'directeur');
  }
  if (richtlijn !== undefined && i.dagen > richtlijn) {
    t.step(`Er worden ${i.dagen} dagen gevraagd; de richtlijn voor deze omstandigheid is ${richtlijn}. Meer kan alleen met een goede onderbouwing.`, ref('beleidsregel-verlof'));
    return b.done(s, 'afhankelijk', 'directeur');
  }
  if (i.kwalificatieplichtig === true && i.lesdagenPerWeek === undefined) return b.done(s, 'afhankelijk', 'directeur');
  if (b.afweging) {
    // Serious illness, or a circumstance the list does not name: the directeur weighs the case and the length.
    t.step(`${dagen(i.dagen)} valt binnen de ${directeurMax} dagen per schooljaar van de directeur: de directeur beslist, en weegt af of de omstandigheid zo lang verlof rechtvaardigt (met bewijs, zoals een verklaring van een arts).`, ref('lpw:14', 3));
    return b.done(s, 'afhankelijk', 'directeur');
  }
  // Art. 14 lid 3: at most 10 days per school year for the same pupil. Earlier leave that the question does not
  // mention is read as none (the reading of the application form), and the yes carries that condition explicitly.
  if (i.eerderVerlofDagen === undefined) {
    b.voorwaarden.push(`Alleen als de leerling dit schooljaar niet al zoveel verlof kreeg dat het totaal boven ${directeurMax} dagen komt; daarboven beslist de leerplichtambtenaar.`);
    t.step(`${dagen(i.dagen)} past binnen de richtlijn en binnen de ${directeurMax} dagen per schooljaar van de directeur (eerder verlof dit schooljaar is niet genoemd en telt dan niet mee): de directeur kan het verlof verlenen.`, ref('lpw:14', 3));
    return b.done(s, true, 'directeur');
  }
  t.step(`${dagen(i.dagen)} past binnen de richtlijn en, met eerder verlof, binnen de ${directeurMax} dagen per schooljaar van de directeur: de directeur kan het verlof verlenen.`, ref('lpw:14', 3));
  return b.done(s, true, 'directeur');
}

function notice(b: VerlofBuilder): number | undefined {
  const { i } = b;
  if (i.dagenVooraf !== undefined) return i.dagenVooraf;
  if (i.aanvraagdatum && i.startdatum) return daysBetween(i.aanvraagdatum, i.startdatum);
  return undefined;
}

function religieus(b: VerlofBuilder): VerlofResult {
  const { t, peildatum } = b;
  const s = 'religieus' as const;
  const termijn = param('kennisgeving.religieusDagen', peildatum);
  t.step('Voor een plicht uit godsdienst of levensovertuiging (zoals een religieuze feestdag) is geen toestemming en geen vrijstelling van het college nodig: de ouders melden het de directeur. Woont de jongere niet meer bij de ouders, dan meldt hij het zelf.', ref('lpw:11e'), ref('lpw:13'), ref('lpw:13b'));
  b.termijnen.push(`Uiterlijk ${termijn} dagen vóór de verhindering melden aan de directeur.`);
  t.explain('Dit is iets anders dan een vrijstelling van inschrijving (artikel 5) met een kennisgeving aan de gemeente vóór 1 juli: voor een feestdag is alleen een melding aan de school nodig.');
  b.voorwaarden.push(`Richtlijn: ${param('verlof.religieusRichtlijnDagen', peildatum)} dag per plicht of feestdag; extra dagen gelden als vakantie.`);
  // Reading (facts.md, open doubt 3): the law does not say calendar or school days.
  t.explain(`De wet zegt niet of de ${termijn} dagen kalender- of schooldagen zijn. We rekenen met kalenderdagen, de ruimste lezing.`);
  const n = notice(b);
  if (n === undefined && b.i.kennisgevingTijdig !== false) {
    t.ask('dagenVooraf', 'Hoeveel dagen vóór de afwezigheid hebben de ouders het de directeur laten weten?');
    return b.done(s, 'afhankelijk', 'niemand');
  }
  if (n !== undefined && n >= termijn) {
    t.step(`De melding kwam ${n} dagen vooraf, op tijd: de leerling is vrijgesteld. De directeur hoeft niets toe te staan en kan het niet weigeren.`, ref('lpw:13'));
    return b.done(s, true, 'niemand');
  }
  // Art. 13: the claim "kan slechts worden gedaan" with notice at least two days before. Counted in calendar days a
  // notice is never later than in school days, so a notice late in calendar days is late in either reading.
  t.step(`De melding kwam ${n === undefined ? 'te laat' : `${dagen(n)} vooraf`}, later dan ${termijn} dagen vóór de verhindering: een beroep op artikel 11 onder e kan dan niet worden gedaan. De afwezigheid is ongeoorloofd verzuim, tenzij de directeur op een andere grond verlof verleent.`, ref('lpw:13'));
  return b.done(s, false, 'niemand');
}

function ziekte(b: VerlofBuilder): VerlofResult {
  const { t, peildatum } = b;
  const s = 'ziekte' as const;
  const termijn = param('kennisgeving.ziekteDagen', peildatum);
  t.step('Bij ziekte is geen toestemming nodig; de ouders melden de ziekte aan de directeur, zo mogelijk met de aard ervan.', ref('lpw:11d'), ref('lpw:12'));
  b.termijnen.push(`Binnen ${termijn} dagen na het ontstaan van de verhindering melden.`);
  t.explain(`De wet zegt niet of de ${termijn} dagen kalender- of schooldagen zijn; we rekenen met kalenderdagen.`);
  const n = notice(b);
  if (n === undefined) {
    t.ask('dagenVooraf', 'Hoeveel dagen na de eerste ziektedag is de ziekte gemeld (0 = dezelfde dag)?');
    return b.done(s, 'afhankelijk', 'niemand');
  }
  const na = -n;
  if (na <= termijn) {
    t.step(`De ziekte is ${dagen(Math.max(0, na))} na de eerste ziektedag gemeld, op tijd: de afwezigheid is geoorloofd.`, ref('lpw:12'));
    return b.done(s, true, 'niemand');
  }
  t.step(`De ziekte is later dan ${termijn} dagen gemeld: een beroep op ziekte kan dan niet zonder meer; wie zich op ziekte beroept, moet die aantonen.`, ref('lpw:12'));
  return b.done(s, 'afhankelijk', 'niemand');
}

function jongerDan6(b: VerlofBuilder): VerlofResult {
  const { t, i, peildatum } = b;
  const s = 'jonger-dan-6' as const;
  const grens = param('verlof.onder6Leeftijd', peildatum);
  const vrij = param('verlof.onder6KennisgevingUren', peildatum);
  const extra = param('verlof.onder6ExtraUren', peildatum);
  const age = b.age();
  t.step(`Voor een kind jonger dan ${grens}: ten hoogste ${vrij} uur per week vrij op mededeling van de ouders, en ten hoogste ${extra} uur meer met toestemming van de directeur.`, ref('lpw:11a', 1), ref('lpw:11a', 2));
  if (age === undefined) {
    t.ask('leeftijd', 'Hoe oud is het kind (of wat is de geboortedatum)?');
    return b.done(s, 'afhankelijk', 'directeur');
  }
  if (age >= grens) {
    t.step(`Het kind is ${age}; artikel 11a geldt alleen tot de ${grens}e verjaardag.`, ref('lpw:11a'));
    return b.done(s, false, 'niemand');
  }
  if (i.geboortedatum) b.voorwaarden.push(`Geldt tot de ${grens}e verjaardag: ${dutchDate(birthday(i.geboortedatum, grens))}.`);
  const uren = i.urenPerWeek;
  // A whole school week away: even the shortest kleuter week (WPO art. 8: 3520 hours over the first four years,
  // about 22 a week) is far more than the 10 hours art. 11a allows.
  if (uren === undefined && i.dagen !== undefined && i.dagen >= 5) {
    t.step(`${i.dagen} schooldagen weg is meer dan ${vrij + extra} uur in een week: dat kan niet op grond van artikel 11a. Blijft het kind langer weg, dan is dat ongeoorloofd verzuim (luxe verzuim bij een vakantie), tenzij er verlof op een andere grond is.`, ref('lpw:11a'));
    return b.done(s, false, 'niemand');
  }
  if (uren === undefined) {
    t.ask('urenPerWeek', 'Hoeveel uur per week wil het gezin het kind thuishouden?');
    return b.done(s, 'afhankelijk', 'directeur');
  }
  if (uren <= vrij) {
    t.step(`${uren} uur per week is ten hoogste ${vrij}: de ouders melden het alleen aan de directeur; toestemming is niet nodig.`, ref('lpw:11a', 1));
    return b.done(s, true, 'niemand');
  }
  if (uren <= vrij + extra) {
    t.step(`${uren} uur per week: ${vrij} uur op mededeling, de overige ${uren - vrij} uur alleen met toestemming van de directeur.`, ref('lpw:11a', 2));
    b.voorwaarden.push(`De eerste ${vrij} uur per week door een mededeling aan de directeur; de rest alleen na een verzoek en toestemming, samen ten hoogste ${vrij + extra} uur per week.`);
    return b.done(s, 'afhankelijk', 'directeur');
  }
  t.step(`${uren} uur per week is meer dan ${vrij + extra}: dat kan niet op grond van artikel 11a.`, ref('lpw:11a'));
  t.explain('Past het kind minder onderwijstijd, dan zijn maatwerk in onderwijstijd (met instemming van de Inspectie) of een vrijstelling op grond van artikel 5 onder a de routes.');
  return b.done(s, false, 'niemand');
}

function kennisgevingTermijnen(b: VerlofBuilder, art: LegalRef) {
  const { i, peildatum, t } = b;
  const maanden = param('vrijstelling.kennisgevingMaandenVooraf', peildatum);
  const jaarlijks = paramText('vrijstelling.jaarlijksVoor', peildatum);
  if (i.geboortedatum) {
    const start = calendarStart(i.geboortedatum, i.regio);
    const uiterlijk = addMonths(start, -maanden);
    b.termijnen.push(`Eerste kennisgeving aan het college van B&W uiterlijk ${dutchDate(uiterlijk)}: ten minste ${maanden} maand vóór de leerplicht begint (${dutchDate(start, true)}).`);
    t.step(`De leerplicht begint op ${dutchDate(start, true)}; de kennisgeving moet uiterlijk ${dutchDate(uiterlijk)} bij het college zijn.`, ref('lpw:6', 2), ref('lpw:3', 1));
  } else {
    b.termijnen.push(`Eerste kennisgeving aan het college van B&W ten minste ${maanden} maand vóór de leerplicht begint.`);
  }
  b.termijnen.push(`Daarna elk jaar opnieuw vóór ${dagMaand(jaarlijks)}.`);
  t.cite(ref('lpw:6', 2), art);
  b.documenten.push('Kennisgeving met de gegevens van de jongere (naam, geboortedatum, adres, BSN) en de grond van de vrijstelling.');
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** "07-01" → "1 juli" */
function dagMaand(mmdd: string): string {
  const [mm, dd] = mmdd.split('-');
  return `${Number(dd)} ${MAANDEN[Number(mm) - 1] ?? mm}`;
}

function calendarStart(dob: IsoDate, regio: string | undefined): IsoDate {
  const k = calendarFor(regio);
  let d = firstOfNextMonth(birthday(dob, 5));
  for (let n = 0; n < 60 && (k.vakanties.some((v) => v.van <= d && d <= v.tot) || [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())); n++) d = addDays(d, 1);
  return d;
}

function vrijstelling5(b: VerlofBuilder, soort: 'vrijstelling-5a' | 'vrijstelling-5b' | 'vrijstelling-5c'): VerlofResult {
  const { t, i, peildatum } = b;
  t.step('Een vrijstelling van de inschrijvingsplicht ontstaat door een kennisgeving aan het college van B&W; de leerplichtambtenaar toetst die namens het college.', ref('lpw:5'), ref('lpw:6', 1));
  t.explain('Een vrijstelling op grond van artikel 5 wordt niet verleend maar ontstaat als aan de wettelijke eisen is voldaan; alleen de rechter kan vaststellen dat dat niet zo is.');
  if (soort === 'vrijstelling-5a') {
    const maanden = param('vrijstelling.verklaringMaxMaanden', peildatum);
    kennisgevingTermijnen(b, ref('lpw:5a'));
    b.documenten.push(`Verklaring van een door het college aangewezen arts (niet de behandelend arts), of aangewezen academisch gevormde pedagoog of psycholoog, niet ouder dan ${maanden} maanden.`);
    b.termijnen.push('Zegt de verklaring dat de jongere nooit naar school kan, dan hoeft de kennisgeving niet elk jaar opnieuw.');
    // Art. 7: a statement older than the limit carries no claim, whoever wrote it.
    const kennisgeving = i.aanvraagdatum ?? peildatum;
    if (i.verklaringDatum && addMonths(i.verklaringDatum, maanden) < kennisgeving) {
      t.step(`De verklaring is van ${dutchDate(i.verklaringDatum)}: bij de kennisgeving op ${dutchDate(kennisgeving)} is die ouder dan ${maanden} maanden, en dan kan er geen beroep op vrijstelling worden gedaan.`, ref('lpw:7'));
      t.explain('Met een nieuwe verklaring van een door het college aangewezen deskundige kan de kennisgeving opnieuw worden gedaan.');
      return b.done(soort, false, 'college');
    }
    if (i.verklaringOnafhankelijkeDeskundige === true) {
      if (!i.verklaringDatum) t.ask('verklaringDatum', `Van welke datum is de verklaring? Bij de kennisgeving mag die niet ouder zijn dan ${maanden} maanden.`);
      t.step('Er is een verklaring van een door het college aangewezen, onafhankelijke deskundige: met een tijdige kennisgeving geldt de vrijstelling.', ref('lpw:7'));
      return b.done(soort, 'afhankelijk', 'college');
    }
    if (i.verklaringBehandelaar === true || i.verklaringOnafhankelijkeDeskundige === false) {
      t.step(
        i.verklaringBehandelaar === true
          ? 'Een verklaring van de eigen behandelaar is niet genoeg: de wet vraagt een deskundige die het college aanwijst en die het kind niet behandelt.'
          : 'Een verklaring van een deskundige die het college niet heeft aangewezen is niet genoeg: de wet vraagt een arts, psycholoog of pedagoog die het college aanwijst en die het kind niet behandelt.',
        ref('lpw:7'),
      );
      t.explain('De ouders dienen de kennisgeving in bij het college van B&W (de leerplichtambtenaar) van de woongemeente; die regelt een onafhankelijke deskundige.');
      return b.done(soort, false, 'college');
    }
    t.ask('verklaringOnafhankelijkeDeskundige', 'Is er een verklaring van een door de gemeente aangewezen arts, psycholoog of pedagoog die het kind niet behandelt?');
    return b.done(soort, 'afhankelijk', 'college');
  }
  if (soort === 'vrijstelling-5b') {
    kennisgevingTermijnen(b, ref('lpw:5b'));
    b.documenten.push('Verklaring dat de ouders overwegende bedenkingen hebben tegen de richting van het onderwijs op alle scholen binnen redelijke afstand.');
    if (i.eerderIngeschrevenRichting === true) {
      t.step('De jongere stond het jaar vóór de kennisgeving op een school van de richting waartegen bezwaar bestaat: de verklaring is dan ongeldig.', ref('lpw:8', 2));
      return b.done(soort, false, 'college');
    }
    if (i.schoolZonderBezwaarBinnenAfstand === true) {
      t.step('Binnen redelijke afstand is een school waartegen de ouders geen bezwaar hebben: de bedenkingen moeten gelden voor de richting van alle scholen binnen redelijke afstand, dus er ontstaat geen vrijstelling.', ref('lpw:8', 1));
      return b.done(soort, false, 'college');
    }
    t.step('Met een tijdige kennisgeving en een geldige verklaring ontstaat de vrijstelling; de leerplichtambtenaar mag vragen naar de bezwaren.', ref('lpw:8', 1));
    if (i.eerderIngeschrevenRichting === undefined) t.ask('eerderIngeschrevenRichting', 'Stond het kind het afgelopen jaar op een school van de richting waartegen de ouders bezwaar hebben?');
    t.explain('Na de eerste leerplichtige periode is een eerste kennisgeving in beginsel niet meer mogelijk, behalve bij gewijzigde omstandigheden zoals een verhuizing.');
    return b.done(soort, 'afhankelijk', 'college');
  }
  kennisgevingTermijnen(b, ref('lpw:5c'));
  b.documenten.push('Verklaring van de directeur van de school in het buitenland dat de jongere daar staat ingeschreven en geregeld de school bezoekt.');
  if (i.verklaringSchoolBuitenland === false) {
    t.step('Zonder verklaring van de buitenlandse school geldt de vrijstelling niet.', ref('lpw:9'));
    return b.done(soort, false, 'college');
  }
  t.step(
    `Met de verklaring van de buitenlandse school en een kennisgeving die elk jaar vóór ${dagMaand(paramText('vrijstelling.jaarlijksVoor', b.peildatum))} opnieuw wordt gedaan, geldt de vrijstelling.`,
    ref('lpw:9'),
    ref('lpw:6', 2),
  );
  if (i.verklaringSchoolBuitenland === undefined) t.ask('verklaringSchoolBuitenland', 'Is er een verklaring van de buitenlandse school dat het kind daar ingeschreven is en geregeld naar school gaat?');
  return b.done(soort, 'afhankelijk', 'college');
}

function trekkend(b: VerlofBuilder): VerlofResult {
  const { t } = b;
  const s = 'trekkend-bestaan' as const;
  t.step('Ouders met een trekkend bestaan (kermis of circus) zijn vrijgesteld zolang de jongere met hen meereist.', ref('lpw:art5a'));
  if (b.i.reistMee === false) {
    t.step('De jongere reist niet met de ouders mee: dan geldt de vrijstelling van artikel 5a niet, en moet de jongere op een school ingeschreven staan.', ref('lpw:art5a'));
    return b.done(s, false, 'niemand');
  }
  b.voorwaarden.push('Het gezin trekt rond als kermisexploitant of circusmedewerker (maart tot en met oktober) en het kind reist mee.', 'Geen vrijstelling als een rijdende school op minder dan 5 kilometer bereikbaar is.');
  if (b.i.reistMee === undefined) t.ask('reistMee', 'Reist het kind met de ouders mee? Alleen dan geldt de vrijstelling van artikel 5a.');
  // Reading (facts.md, open doubt 13): art. 6 is ambiguous for art. 5a; the safe reading is to notify.
  t.explain('De wet is niet duidelijk over de vraag of ook bij een trekkend bestaan een kennisgeving nodig is; doe voor de zekerheid wel een kennisgeving.');
  kennisgevingTermijnen(b, ref('lpw:art5a'));
  return b.done(s, 'afhankelijk', 'college');
}

function vervangend(b: VerlofBuilder): VerlofResult {
  const { t, i, peildatum } = b;
  const s = 'vervangende-leerplicht' as const;
  const min = param('vervangend.minimumLeeftijd', peildatum);
  const weken = param('besluit.termijnWeken', peildatum);
  const age = b.age();
  t.step('Vervangende leerplicht verleent het college van B&W op verzoek van de ouders: artikel 3a (vanaf 14 jaar, programma met lichte praktijkarbeid) of artikel 3b (laatste leerplichtjaar op een mbo- of vavo-instelling).', ref('lpw:3a'), ref('lpw:3b'));
  b.voorwaarden.push(`Artikel 3a: de jongere is ten minste ${min} jaar, is naar het oordeel van het college niet geschikt voor volledig dagonderwijs, en de school stemt in.`, 'Artikel 3b: alleen voor het laatste leerplichtige schooljaar.');
  b.documenten.push('Plan van aanpak van de school of instelling.', 'Gegevens van de jongere en of eerder vervangende leerplicht is verleend.');
  b.termijnen.push(`Het college hoort de betrokkenen en beslist binnen ${weken} weken.`, 'Verlenging: ten minste 8 weken voor het einde van de periode aanvragen.');
  if (i.vervangendArtikel === '3b') {
    t.step(`Artikel 3b: het college kan toestaan dat de jongere het laatste leerplichtige schooljaar als mbo- of vavo-student op een instelling doorbrengt. De aanvraag gaat met een plan van aanpak van die instelling; het college hoort de betrokkenen en beslist binnen ${weken} weken.`, ref('lpw:3b', 1), ref('lpw:3b', 5));
    b.voorwaarden.push('Het gaat om het laatste schooljaar van de leerplicht (artikel 3, eerste lid, onder a of b).', 'Het plan van aanpak beschrijft de onderwijs- en vormingsdoelen en het lichte werk naast het onderwijs.');
    return b.done(s, 'afhankelijk', 'college');
  }
  if (age !== undefined && age < min) {
    t.step(`De jongere is ${age}; artikel 3a geldt vanaf ${min} jaar.`, ref('lpw:3a'));
    if (i.vervangendArtikel === undefined) t.explain('Artikel 3b (het laatste leerplichtige schooljaar op een mbo- of vavo-instelling) kent geen leeftijdsgrens; gaat het daarom, dan kan het college het toestaan.');
    return b.done(s, false, 'niemand');
  }
  return b.done(s, 'afhankelijk', 'college');
}

function artikel15(b: VerlofBuilder): VerlofResult {
  const { t, i } = b;
  const s = 'vrijstelling-kwalificatieplicht' as const;
  t.step('Artikel 15 geeft het college van B&W de mogelijkheid tot vrijstelling van de kwalificatieplicht, als de jongere op een andere manier voldoende onderwijs krijgt.', ref('lpw:15', 1));
  const age = b.age();
  const kpEinde = param('kwalificatieplicht.eindLeeftijd', b.peildatum);
  if (age !== undefined && age >= kpEinde) {
    t.step(`De jongere is ${age}: de kwalificatieplicht eindigt op de ${kpEinde}e verjaardag, dus er is niets meer om vrijstelling van te geven.`, ref('lpw:4b'), ref('lpw:15'));
    t.explain('Zonder startkwalificatie hoort de jongere wel bij de doelgroep van het Doorstroompunt (tot 27 jaar): ondersteuning naar school of werk, geen plicht.');
    t.cite(ref('web:9.2.1'));
    return b.done(s, false, 'niemand');
  }
  const leerplichtig = i.leerplichtig ?? (age !== undefined && age < 16 ? true : undefined);
  if (leerplichtig === true) {
    t.step('De jongere is nog volledig leerplichtig; artikel 15 geldt alleen voor kwalificatieplichtigen. Voor hem zijn artikel 3a/3b of artikel 5 de mogelijke routes.', ref('lpw:15'), ref('lpw:4a'));
    return b.done(s, false, 'niemand');
  }
  b.voorwaarden.push('De jongere is kwalificatieplichtig (leerplicht voorbij, jonger dan 18, geen startkwalificatie).', 'Er zijn bijzondere omstandigheden en aangetoond is dat de jongere op een andere manier voldoende onderwijs krijgt.');
  b.documenten.push('Gegevens van de jongere, begin- en einddatum van de vrijstelling en of eerder vrijstelling is gevraagd.');
  if (i.voldoendeOnderwijsElders === false) {
    t.step('Alleen werken, zonder onderwijs, is geen "voldoende onderwijs op een andere manier": daarvoor kan het college geen vrijstelling geven.', ref('lpw:15', 1));
    t.explain('De wettelijke route om te werken en te leren is een combinatie van leren en werken, zoals de bbl (beroepsbegeleidende leerweg) in het mbo: dan voldoet de jongere aan de kwalificatieplicht.');
    t.cite(ref('lpw:4a', 1));
    return b.done(s, false, 'niemand');
  }
  if (leerplichtig === undefined) t.ask('leerplichtig', 'Is de jongere nog volledig leerplichtig, of alleen kwalificatieplichtig?');
  if (i.voldoendeOnderwijsElders === undefined) {
    t.ask('voldoendeOnderwijsElders', 'Krijgt de jongere op een andere manier voldoende onderwijs (welk onderwijs, hoeveel uur)? Alleen werken is niet genoeg.');
    t.explain('Wil de jongere vooral werken, dan is een combinatie van leren en werken zoals de bbl de wettelijke route; artikel 15 vraagt voldoende ander onderwijs.');
  }
  return b.done(s, 'afhankelijk', 'college');
}
