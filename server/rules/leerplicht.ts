import { calendarFor, hasSchoolYear, holidayName, nextSchoolDay } from './calendar.js';
import { addDays, ageOn, birthday, dutchDate, firstOfNextMonth, schoolYearLabel, schoolYearStart, todayIso, type IsoDate } from './dates.js';
import { ref } from './legal.js';
import { param, paramText } from './params.js';
import type { LegalRef, LeerplichtInput, LeerplichtStatus, MissingFact } from './schemas.js';
import { eindeNaTwaalfSchooljaren, vraagSchoolloopbaan } from './schooljaren.js';
import { Trace } from './trace.js';

export interface LeerplichtResult {
  status: LeerplichtStatus;
  peildatum: IsoDate;
  leeftijd: number;
  /** First school day of the month after the 5th birthday (Lpw art. 3 lid 1). */
  leerplichtStart: IsoDate;
  /** Last day of leerplicht: 31 July (Lpw art. 3 lid 1 onder a/b). */
  leerplichtEinde: IsoDate;
  /** Day the kwalificatieplicht ends (18th birthday or date of the startkwalificatie); null when it does not apply. */
  kwalificatieplichtEinde: IsoDate | null;
  /** Last day in the Doorstroompunt target group when there is no startkwalificatie (WEB art. 9.2.1). */
  doorstroompuntTot: IsoDate | null;
  legalBasis: LegalRef[];
  steps: string[];
  uitleg: string[];
  missing: MissingFact[];
}

const julyEnd = (year: number) => `${year}-07-31`;

/** Leerplicht and kwalificatieplicht on a peildatum, Lpw art. 3, 4a, 4b; Doorstroompunt group WEB art. 9.2.1. */
export function decideLeerplicht(input: LeerplichtInput): LeerplichtResult {
  const t = new Trace();
  const peildatum = input.peildatum ?? todayIso();
  const dob = input.geboortedatum;
  const leap = paramText('verjaardag.29februari', peildatum);
  const b = (n: number) => birthday(dob, n, leap);
  if (dob.endsWith('-02-29')) {
    t.explain(
      `Geboren op 29 februari: in een jaar zonder 29 februari rekenen we de verjaardag op ${leap === '03-01' ? '1 maart' : '28 februari'}. De Leerplichtwet regelt dit niet; dit is een instelbare lezing.`,
    );
  }

  // Start: first school day of the month after the month of the 5th birthday (art. 3 lid 1).
  const kal = calendarFor(input.regio);
  const startAge = param('leerplicht.startLeeftijd', peildatum);
  const first = firstOfNextMonth(b(startAge));
  const leerplichtStart = nextSchoolDay(kal, first);
  t.step(
    `De leerling wordt ${startAge} op ${dutchDate(b(startAge))}; de leerplicht begint op de eerste schooldag van de maand daarna: ${dutchDate(leerplichtStart, true)}.`,
    ref('lpw:3', 1),
  );
  // Missing holiday data only matters when the start date is still close.
  if (!hasSchoolYear(first) && first >= addDays(peildatum, -366)) {
    t.explain(`Voor het schooljaar van ${dutchDate(first)} zijn geen vakantiedata opgeslagen; alleen weekenden zijn overgeslagen.`);
  }
  const startJaar = schoolYearLabel(schoolYearStart(first));
  if (kal.ongecontroleerd.includes(startJaar) && leerplichtStart !== first) {
    t.explain(`De vakantiedata van schooljaar ${startJaar} zijn niet tegen een officiële bron nagekeken; controleer de eerste schooldag met het rooster van de school.`);
  }
  if (leerplichtStart !== first) {
    const h = holidayName(kal, first);
    t.explain(`${dutchDate(first)} is geen schooldag${h ? ` (${h})` : ' (weekend)'}; daarom begint de leerplicht op ${dutchDate(leerplichtStart, true)}.`);
    if (!input.regio && h) t.explain('De vakantiedata verschillen per regio; geef de regio mee voor de precieze eerste schooldag.');
  }

  // End: 31 July of the school year of the 16th birthday, or after 12 full school years (art. 3 lid 1 and 2).
  const endAge = param('leerplicht.eindLeeftijd', peildatum);
  const end16 = julyEnd(schoolYearStart(b(endAge)) + 1);
  t.step(`De leerling wordt ${endAge} op ${dutchDate(b(endAge))}; de leerplicht eindigt uiterlijk op ${dutchDate(end16)}, het einde van dat schooljaar.`, ref('lpw:3', 1));
  const needYears = param('leerplicht.volledigeSchooljaren', peildatum);
  const end12 = eindeNaTwaalfSchooljaren(input, peildatum, t);
  let leerplichtEinde = end16;
  if (end12 && end12 < end16) {
    leerplichtEinde = end12;
    t.step(`Na ${needYears} volledige schooljaren eindigt de leerplicht eerder: op ${dutchDate(end12)}.`, ref('lpw:3', 1));
  } else if (end12) {
    t.step(`De ${needYears} volledige schooljaren zijn niet eerder vol dan ${dutchDate(end16)}; de leeftijdsgrens beslist.`, ref('lpw:3', 1));
  }
  // The school career only matters in the last school year before the age limit: then ask what could end it earlier.
  if (leerplichtEinde === end16 && peildatum > julyEnd(schoolYearStart(end16) - 1) && peildatum <= end16 && (!end12 || t.missing.length > 0)) {
    vraagSchoolloopbaan(input, t);
    t.explain(`Zonder volledige gegevens over de schoolloopbaan gaan we uit van de leeftijdsgrens; na ${needYears} volledige schooljaren eindigt de leerplicht eerder.`);
  }

  // Kwalificatieplicht (art. 4a, 4b).
  const kpAge = param('kwalificatieplicht.eindLeeftijd', peildatum);
  const b18 = b(kpAge);
  const uitgezonderd = input.diplomaPraktijkonderwijs === true || input.vsoUitstroomArbeidsmarktOfDagbesteding === true;
  const skDatum = input.startkwalificatieDatum;
  const skBehaald = input.startkwalificatie === true || (skDatum !== undefined && skDatum <= peildatum);
  let kwalificatieplichtEinde: IsoDate | null = uitgezonderd ? null : skDatum && skDatum < b18 ? skDatum : b18;
  if (skBehaald && skDatum === undefined) kwalificatieplichtEinde = null;

  let status: LeerplichtStatus;
  if (peildatum < leerplichtStart) {
    status = 'geen';
    t.step(`Op ${dutchDate(peildatum)} is de leerplicht nog niet begonnen.`, ref('lpw:3', 1));
    if (ageOn(dob, peildatum, leap) >= 4) t.explain('Vanaf 4 jaar mag een kind al naar school; de leerplicht begint pas bij de startdatum.');
  } else if (peildatum <= leerplichtEinde) {
    status = 'leerplicht';
    t.step(`Op ${dutchDate(peildatum)} is de leerling volledig leerplichtig (tot en met ${dutchDate(leerplichtEinde)}).`, ref('lpw:3', 1));
    if (skBehaald) {
      // Reading of the text (facts.md, open doubt 4): art. 3 ends leerplicht by school years and age, not by a diploma.
      t.explain('Een startkwalificatie beëindigt de volledige leerplicht niet; die loopt tot het einde van het schooljaar (zo leest de wettekst van artikel 3).');
    }
  } else if (uitgezonderd) {
    status = 'geen';
    t.step(
      input.diplomaPraktijkonderwijs
        ? 'De jongere heeft het schooldiploma praktijkonderwijs; de kwalificatieplicht geldt dan niet.'
        : 'De jongere volgde vso in het uitstroomprofiel arbeidsmarkt of dagbesteding; de kwalificatieplicht geldt dan niet.',
      ref('lpw:4a', 2),
    );
  } else if (skBehaald) {
    status = 'geen';
    t.step('De jongere heeft een startkwalificatie (havo, vwo of mbo niveau 2 of hoger); de kwalificatieplicht is voorbij.', ref('lpw:4b'), ref('lpw:1'));
  } else if (peildatum < b18) {
    status = 'kwalificatieplicht';
    t.step(`Na de leerplicht geldt de kwalificatieplicht tot de ${kpAge}e verjaardag (${dutchDate(b18)}) of tot een startkwalificatie.`, ref('lpw:4a', 1), ref('lpw:4b'));
    if (input.startkwalificatie === false) {
      t.step('De jongere heeft geen startkwalificatie: alleen een havo- of vwo-diploma of een mbo-diploma op niveau 2 of hoger telt, een vmbo-diploma niet.', ref('lpw:1'));
    }
    if (input.startkwalificatie === undefined) {
      t.ask('startkwalificatie', 'Heeft de jongere een havo-, vwo- of mbo-diploma op niveau 2 of hoger (startkwalificatie)?');
    }
    if (input.ingeschreven === false) {
      t.explain('Een kwalificatieplichtige jongere die nergens staat ingeschreven, verzuimt absoluut; de leerplichtambtenaar onderzoekt dit.');
      t.cite(ref('lpw:22', 1));
    }
  } else {
    status = 'geen';
    t.step(`De jongere is ${kpAge} of ouder; er is geen leer- of kwalificatieplicht meer.`, ref('lpw:4b'));
  }

  let doorstroompuntTot: IsoDate | null = null;
  // WEB art. 9.2.1: no startkwalificatie and no duty left (a pro diploma included) → Doorstroompunt group.
  if (!skBehaald && peildatum >= leerplichtStart) {
    const tot = param('doorstroompunt.leeftijdTot', peildatum);
    const grens = b(tot);
    if (status === 'geen' && peildatum < grens) {
      doorstroompuntTot = addDays(grens, -1);
      t.step(
        `Zonder startkwalificatie hoort de jongere tot en met ${dutchDate(doorstroompuntTot)} (jonger dan ${tot}) bij de doelgroep van het Doorstroompunt: ondersteuning, geen plicht.`,
        ref('web:9.2.1'),
      );
    } else if (status !== 'geen') {
      doorstroompuntTot = addDays(grens, -1);
    }
  }

  return {
    status,
    peildatum,
    leeftijd: ageOn(dob, peildatum, leap),
    leerplichtStart,
    leerplichtEinde,
    kwalificatieplichtEinde,
    doorstroompuntTot,
    legalBasis: t.legalBasis,
    steps: t.steps,
    uitleg: t.uitleg,
    missing: t.missing,
  };
}
