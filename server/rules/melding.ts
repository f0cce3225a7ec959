import { ageOn, dutchDate, todayIso } from './dates.js';
import { decideLeerplicht } from './leerplicht.js';
import { protocolRef, ref } from './legal.js';
import { param, region, wetTerugdringenSchoolverzuim, type Region } from './params.js';
import type { LegalRef, MeldingCode, MeldingInput, MissingFact, Onderwijssoort, SoortVerzuim } from './schemas.js';
import { Trace } from './trace.js';

// The DUO-melding beslisboom. National law first (Lpw art. 21a, WROD art. 12 lid 3, WEB art. 9.2.1–9.2.2,
// WVO 2020 art. 8.20), DUO's report categories second, the regional protocol overlay last.

export type Ontvanger = 'leerplichtambtenaar' | 'doorstroompunt' | 'niemand';
export type UrenEenheid = 'klokuren' | 'lesuren' | 'uren lestijd';

export interface Acties {
  school: string[];
  leerplichtambtenaar: string[];
}

export interface RegionaleTrigger {
  id: string;
  omschrijving: string;
  sectie: string;
  melding?: MeldingCode;
  acties: Acties;
}

export interface MeldingResult {
  melding: MeldingCode | undefined;
  verplicht: boolean;
  aan: Ontvanger;
  termijn: string;
  einddatumRegel: string;
  urenEenheid?: UrenEenheid;
  acties: Acties;
  regionaal?: { regio: string; naam: string; triggers: RegionaleTrigger[] };
  extraMeldingen: string[];
  /** The report fell due earlier and was not made: it is to be made now (alsnog, onverwijld). */
  alsnog?: true;
  /** Luxe verzuim while an objection against the refused leave is pending (it does not suspend the refusal). */
  bezwaarLopend?: true;
  uitleg: string[];
  legalBasis: LegalRef[];
  steps: string[];
  missing: MissingFact[];
}

export function urenEenheid(o: Onderwijssoort | undefined): UrenEenheid | undefined {
  if (o === 'po' || o === 'so') return 'klokuren';
  if (o === 'vo' || o === 'vso' || o === 'pro') return 'lesuren';
  if (o === 'mbo' || o === 'vavo') return 'uren lestijd';
  return undefined;
}

const NATIONAAL: Record<MeldingCode, Acties> = {
  '16-uur-in-4-weken': {
    school: [
      "Meld '16 uur in 4 weken' in het DUO-verzuimloket.",
      'Vul als begindatum de eerste verzuimdag in en als einddatum de dag waarop de 16 uur is bereikt.',
      'Informeer de ouders over de melding.',
      'Tel vanaf de dag na de einddatum opnieuw; bereikt de leerling weer 16 uur in 4 lesweken, doe dan een nieuwe melding.',
    ],
    leerplichtambtenaar: [
      'Ontvang de melding via DUO en start een verzuimonderzoek.',
      'Hoor de ouders en, vanaf 12 jaar, de jongere zelf.',
      'Kies een route uit de MAS: ondersteuning of jeugdhulp, Halt, civiel kader of strafrechtelijk kader.',
    ],
  },
  'langdurig-relatief-verzuim': {
    school: [
      "Meld 'langdurig relatief verzuim' in het DUO-verzuimloket.",
      'Vul de einddatum in zodra de leerling weer naar school komt of wordt uitgeschreven.',
      'Bespreek de leerling in de interne ondersteuningsstructuur en met het samenwerkingsverband.',
    ],
    leerplichtambtenaar: [
      'Onderzoek de situatie en beoordeel of de leerling een thuiszitter is.',
      'Zoek met school en samenwerkingsverband naar een passende plek of hulp en volg de routes van de MAS.',
    ],
  },
  'luxe-verzuim': {
    school: ["Meld 'luxe verzuim' in het DUO-verzuimloket.", 'Informeer de ouders schriftelijk over de melding.'],
    leerplichtambtenaar: [
      'Onderzoek de afwezigheid en hoor de ouders.',
      'Eerste keer en ten hoogste 1 hele schooldag: een waarschuwing in plaats van een proces-verbaal (OM-richtlijn schoolverzuim).',
      'In andere gevallen kan een proces-verbaal volgen.',
    ],
  },
  'overig-verzuim': {
    school: [
      "Meld 'overig verzuim' in het DUO-verzuimloket als u de leerplichtambtenaar wilt inschakelen; dat mag, het moet niet.",
      'Bespreek de afwezigheid met de leerling en de ouders.',
    ],
    leerplichtambtenaar: ['Voer een preventief gesprek; een DUO-melding van minimaal 1 uur geeft daarvoor de wettelijke basis.'],
  },
  '18-plus-verzuim': {
    school: ["Meld het verzuim als '18-plus-verzuim' (Doorstroompunt) in het DUO-verzuimloket.", 'Vul de einddatum in bij terugkeer of uitschrijving.'],
    leerplichtambtenaar: ['Niet de leerplichtambtenaar maar het Doorstroompunt van de woongemeente neemt contact op en begeleidt naar onderwijs of werk.'],
  },
  'geen-melding': {
    school: ['Registreer de afwezigheid in het eigen leerlingvolgsysteem; een DUO-melding is niet nodig.'],
    leerplichtambtenaar: [],
  },
  'absoluut-verzuim': {
    school: [
      'Doe geen verzuimmelding: de leerling staat niet ingeschreven. DUO signaleert absoluut verzuim aan de gemeente.',
      'Wijs de ouders op de plicht tot inschrijving en neem bij twijfel contact op met de leerplichtambtenaar.',
    ],
    leerplichtambtenaar: [
      'Onderzoek waarom de jongere niet is ingeschreven en hoor de ouders.',
      'Weigeren de ouders zonder vrijstelling in te schrijven, stuur dan een proces-verbaal naar de officier van justitie.',
    ],
  },
};

const EINDDATUM: Record<MeldingCode, string> = {
  '16-uur-in-4-weken':
    'Begindatum: de eerste verzuimdag in het venster. Einddatum: de dag waarop de 16 uur is bereikt. De telling begint opnieuw op de dag na de einddatum.',
  'langdurig-relatief-verzuim': 'Begindatum: de eerste dag van het aaneengesloten verzuim. Einddatum: verplicht; vul die in zodra de leerling terugkeert of wordt uitgeschreven.',
  'luxe-verzuim': 'Begindatum: de eerste afwezige dag. Einddatum: de laatste afwezige dag.',
  'overig-verzuim': 'Begindatum: de eerste verzuimdag. Einddatum: de laatste verzuimdag die u meldt.',
  '18-plus-verzuim': 'Begindatum: de eerste dag van het aaneengesloten verzuim. Einddatum: verplicht; vul die in bij terugkeer of uitschrijving.',
  'geen-melding': 'Niet van toepassing.',
  'absoluut-verzuim': 'Niet van toepassing: de school meldt niet.',
};

function inferSoort(i: MeldingInput): SoortVerzuim | undefined {
  if (i.soortVerzuim) return i.soortVerzuim;
  if (i.ongeoorloofdeUren !== undefined || i.aaneengeslotenWekenAfwezig !== undefined || i.keerOngeoorloofd !== undefined) return 'ongeoorloofd';
  if (i.keerTeLaat !== undefined) return 'te-laat';
  if (i.ziekmeldingenIn12Weken !== undefined || i.aaneengeslotenZiekeDagen !== undefined || i.mazlNietVerschenen !== undefined) return 'ziek';
  return undefined;
}

class MeldingBuilder {
  readonly t = new Trace();
  readonly triggers: RegionaleTrigger[] = [];
  readonly extra: string[] = [];
  readonly peildatum: string;
  readonly age: number | undefined;
  readonly reg: Region | undefined;

  constructor(readonly i: MeldingInput) {
    this.peildatum = i.peildatum ?? todayIso();
    this.age = i.leeftijd ?? (i.geboortedatum ? ageOn(i.geboortedatum, this.peildatum) : undefined);
    this.reg = region(i.regio);
    if (i.regio && !this.reg) this.t.explain(`Voor regio '${i.regio}' is geen regionaal protocol opgeslagen; alleen de landelijke regels zijn toegepast.`);
  }

  /** Under 18 (leer- of kwalificatieplicht) or 18+; po/so pupils are under 18. */
  leeftijdsgroep(): 'onder18' | '18plus' | undefined {
    const grens = param('melding.verplichtOnder', this.peildatum);
    if (this.age !== undefined) return this.age < grens ? 'onder18' : '18plus';
    if (this.i.onderwijssoort === 'po' || this.i.onderwijssoort === 'so') return 'onder18';
    this.t.ask('leeftijd', 'Hoe oud is de leerling (of wat is de geboortedatum)?');
    if (this.i.onderwijssoort === 'vo' || this.i.onderwijssoort === 'vso' || this.i.onderwijssoort === 'pro') {
      // Nearly every pupil in secondary school is under 18; the answer says so and asks for the age.
      this.t.explain('De leeftijd is niet bekend; voor een leerling in het voortgezet onderwijs gaan we uit van jonger dan 18. Is de leerling 18 of ouder, dan gelden de regels van het Doorstroompunt.');
      return 'onder18';
    }
    return undefined;
  }

  regionApplies(list: string[]): boolean {
    return !this.i.onderwijssoort || list.includes(this.i.onderwijssoort);
  }

  trigger(tr: RegionaleTrigger) {
    this.triggers.push(tr);
    this.t.cite(protocolRef(this.reg!.id, tr.sectie));
  }

  /**
   * A report to the leerplichtambtenaar is mandatory only while the pupil is leer- or kwalificatieplichtig on the
   * peildatum (Lpw art. 3, 4a, 4b; the leerplichtambtenaar's tasks in art. 16 and 22 concern those pupils). 'onbekend'
   * when the age alone cannot tell: a 5-year-old may be before the first school day of the next month, a
   * 16- or 17-year-old with a startkwalificatie may be past the end of leerplicht.
   */
  plicht(): 'ja' | 'geen' | 'onbekend' {
    this.plichtStatus ??= this.bepaalPlicht();
    return this.plichtStatus;
  }

  private plichtStatus: 'ja' | 'geen' | 'onbekend' | undefined;

  private bepaalPlicht(): 'ja' | 'geen' | 'onbekend' {
    const { i, peildatum } = this;
    if (i.geboortedatum) {
      const r = decideLeerplicht({ geboortedatum: i.geboortedatum, peildatum, ...(i.startkwalificatie !== undefined ? { startkwalificatie: i.startkwalificatie } : {}), ...(i.regio ? { regio: i.regio } : {}) });
      if (r.status !== 'geen') return 'ja';
      if (peildatum < r.leerplichtStart) {
        this.t.step(`De leerplicht begint pas op ${dutchDate(r.leerplichtStart, true)}, de eerste schooldag van de maand na de 5e verjaardag; vóór die dag is er geen verzuim om verplicht te melden.`, ref('lpw:3', 1));
      } else {
        this.t.step('Op deze datum is de jongere niet (meer) leer- of kwalificatieplichtig: de leerplicht is voorbij en de jongere heeft een startkwalificatie of is 18. Een melding aan de leerplichtambtenaar is dan niet verplicht; melden mag wel.', ref('lpw:4b'));
      }
      return 'geen';
    }
    const start = param('leerplicht.startLeeftijd', peildatum);
    // Leerplicht ends at the latest on 31 July of the school year of the 16th birthday (art. 3 lid 1), so it is over
    // at 17 whatever the birth date; with a startkwalificatie no kwalificatieplicht follows (art. 4a lid 1).
    if (this.age !== undefined && this.age > param('leerplicht.eindLeeftijd', peildatum) && this.age < param('kwalificatieplicht.eindLeeftijd', peildatum) && i.startkwalificatie === true) {
      this.t.step(`De jongere is ${this.age}: de leerplicht eindigde uiterlijk aan het einde van het schooljaar waarin hij 16 werd, en met een startkwalificatie geldt geen kwalificatieplicht. Een melding aan de leerplichtambtenaar is niet verplicht; melden mag wel.`, ref('lpw:3', 1), ref('lpw:4a', 1));
      return 'geen';
    }
    if (this.age === start || (this.age !== undefined && this.age >= 16 && this.age < param('kwalificatieplicht.eindLeeftijd', peildatum) && i.startkwalificatie === true)) {
      this.t.ask('geboortedatum', 'Wat is de geboortedatum van de leerling (daarmee staat vast of de leer- of kwalificatieplicht op deze dag al of nog geldt)?');
      this.t.explain(
        this.age === start
          ? 'Een kind van 5 is leerplichtig vanaf de eerste schooldag van de maand na de 5e verjaardag. Is die dag al voorbij, dan is de melding verplicht; daarvóór niet.'
          : 'Met een startkwalificatie loopt alleen de leerplicht nog door, tot het einde van het schooljaar waarin de jongere 16 werd. Daarna is de melding niet meer verplicht, al mag de school wel melden.',
      );
      return 'onbekend';
    }
    return 'ja';
  }

  /** "de melding is verplicht", or its condition while the leerplicht itself is still unknown. */
  verplichtZin(): string {
    return this.plicht() === 'onbekend' ? 'de melding is verplicht zodra vaststaat dat de leerplicht op deze dag geldt' : 'de melding is verplicht';
  }

  result(melding: MeldingCode | undefined, verplicht: boolean, aan: Ontvanger): MeldingResult {
    // Reading: the duty to report to the leerplichtambtenaar follows the leer- of kwalificatieplicht (see plicht()).
    if (verplicht && aan === 'leerplichtambtenaar' && this.plicht() !== 'ja') verplicht = false;
    const acties: Acties = melding ? { school: [...NATIONAAL[melding].school], leerplichtambtenaar: [...NATIONAAL[melding].leerplichtambtenaar] } : { school: [], leerplichtambtenaar: [] };
    for (const tr of this.triggers) {
      acties.school.push(...tr.acties.school.filter((a) => !acties.school.includes(a)));
      acties.leerplichtambtenaar.push(...tr.acties.leerplichtambtenaar.filter((a) => !acties.leerplichtambtenaar.includes(a)));
    }
    const dagen = param('melding.inspectieWerkdagen', this.peildatum);
    const termijn = !melding
      ? 'Nog niet te bepalen: beantwoord eerst de open vragen.'
      : verplicht
        ? `Onverwijld. De wet noemt geen aantal dagen; de Inspectie verwacht de melding binnen ${dagen} werkdagen${melding === '16-uur-in-4-weken' ? ' nadat de grens is bereikt' : ''}.`
        : melding === 'geen-melding' || melding === 'absoluut-verzuim'
          ? 'Niet van toepassing.'
          : 'Geen wettelijke termijn: de melding is niet verplicht. Meld zo snel als het helpt.';
    // A report due earlier and not made is still due: late is no reason to skip it, and not reporting is what
    // art. 27 onder b fines (facts.md item 9, §4.8; VZ-CH-05).
    const alsnog = melding !== undefined && verplicht && this.i.meldingUitgebleven === true;
    if (alsnog) {
      this.t.step(
        `De melding had al gedaan moeten worden toen de grens werd bereikt. Ze vervalt niet: doe haar alsnog, nu. Wie niet meldt, komt de plicht van artikel 21a Leerplichtwet en artikel 12, derde lid, WROD niet na; de minister kan het hoofd daarvoor een bestuurlijke boete opleggen van ten hoogste € ${param('boete.directeurPerOvertreding', this.peildatum)} per overtreding (artikel 27, onder b).`,
        ref('wrod:12', 3),
        ref('lpw:27'),
      );
      this.t.explain('Vul als begindatum de eerste verzuimdag in en als einddatum de dag waarop de grens werd bereikt; het verzuim daarna telt in een nieuw venster.');
    }
    // Reading (facts.md, open doubt 5): no number of days in Lpw 21a / WROD 12; the Inspectie reads 5 working days.
    if (melding && verplicht) this.t.explain(`De wet zegt 'onverwijld' zonder aantal dagen; de termijn van ${dagen} werkdagen is de lezing van de Inspectie.`);
    if (melding && aan === 'leerplichtambtenaar' && !['geen-melding', 'absoluut-verzuim'].includes(melding)) {
      acties.school.push('Geef de leerplichtambtenaar alle inlichtingen die hij voor de uitvoering van de Leerplichtwet vraagt.');
      this.t.cite(ref('lpw:18', 3));
    }
    const out: MeldingResult = {
      melding,
      verplicht,
      aan,
      termijn,
      einddatumRegel: melding ? EINDDATUM[melding] : 'Nog niet te bepalen.',
      acties,
      extraMeldingen: this.extra,
      uitleg: this.t.uitleg,
      legalBasis: this.t.legalBasis,
      steps: this.t.steps,
      missing: this.t.missing,
    };
    const eenheid = urenEenheid(this.i.onderwijssoort);
    if (eenheid) out.urenEenheid = eenheid;
    if (this.reg && this.triggers.length) out.regionaal = { regio: this.reg.id, naam: this.reg.naam, triggers: this.triggers };
    if (alsnog) {
      out.alsnog = true;
      out.termijn = `Alsnog en onverwijld: de melding was al verschuldigd. ${termijn.replace(/^Onverwijld\. /, '')}`;
    }
    return out;
  }
}

/** Which DUO report the school makes, mandatory or not, to whom, and what follows. */
export function decideMelding(input: MeldingInput): MeldingResult {
  const b = new MeldingBuilder(input);
  const { t, i } = b;

  if (i.vrijstelling === true) {
    t.step('Een vrijstelling (artikel 5, 5a of 15) dekt deze periode; er is geen verzuim om te melden.', ref('lpw:5'), ref('lpw:art5a'), ref('lpw:15'));
    t.explain('Staat een vrijgestelde jongere toch ingeschreven, dan meldt DUO (namens de minister) dat aan de directeur (artikel 15a).');
    t.cite(ref('lpw:15a'));
    return b.result('geen-melding', false, 'niemand');
  }

  // Art. 23: work against the child-labour rules is reported at once to the Arbeidsinspectie, beside any verzuim.
  if (i.werktInStrijdMetArbeidsregels === true) {
    t.step('De jongere werkt in strijd met de regels over kinderarbeid: de directeur of de leerplichtambtenaar meldt dat onverwijld aan de Nederlandse Arbeidsinspectie.', ref('lpw:23'));
    b.extra.push('Nederlandse Arbeidsinspectie: onverwijld melden dat de jongere in strijd met de arbeidsregels werkt (artikel 23 Leerplichtwet).');
  }

  if (i.geenSchoolMeer === true) return geenSchool(b);
  if (i.verwijdering === true) return verwijdering(b);

  // Below the leerplicht age there is no leerplicht, so no verzuim in the sense of the law (art. 3 lid 1).
  const startLeeftijd = param('leerplicht.startLeeftijd', b.peildatum);
  if (b.age !== undefined && b.age < startLeeftijd) {
    t.step(`Een kind van ${b.age} is nog niet leerplichtig (dat begint na de ${startLeeftijd}e verjaardag): er is geen verzuim om bij DUO te melden.`, ref('lpw:3', 1));
    t.explain('Een kind van 4 mag al naar school; dan gelden de afspraken van de school, en bij zorgen overlegt de school met de ouders.');
    return b.result('geen-melding', false, 'niemand');
  }
  // Leerplicht starts on the first school day of the month after the 5th birthday; with a startkwalificatie it ends
  // at the end of the school year of the 16th birthday (art. 3, 4a, 4b). Outside it there is nothing to report.
  if (i.ingeschreven !== false && (b.age === undefined || b.age < param('melding.verplichtOnder', b.peildatum)) && b.plicht() === 'geen') {
    return b.result('geen-melding', false, 'niemand');
  }

  if (i.ingeschreven === false) {
    if (i.startkwalificatie === true && b.age !== undefined && b.age >= 16) {
      t.step('De jongere heeft een startkwalificatie en is niet meer leerplichtig (alleen tot het einde van het schooljaar van de 16e verjaardag): er is geen kwalificatieplicht en dus geen absoluut verzuim.', ref('lpw:4b'), ref('lpw:1'));
      t.explain('Is het schooljaar waarin de jongere 16 werd nog niet voorbij, dan geldt de leerplicht nog; controleer dat met de geboortedatum.');
      return b.result('geen-melding', false, 'niemand');
    }
    if (i.uitschrijvingZonderBewijs) {
      t.step('De leerling is uitgeschreven zonder bewijs van inschrijving op een andere school; dat mag niet binnen de leer- en kwalificatieplicht.', ref('lpw:10'));
    }
    if (b.age !== undefined && b.age >= param('kwalificatieplicht.eindLeeftijd', b.peildatum)) {
      t.step('De jongere is 18 of ouder en staat niet ingeschreven: er is geen leer- of kwalificatieplicht en de school heeft niets te melden.', ref('lpw:4b'));
      t.explain('Zonder startkwalificatie hoort de jongere wel bij de doelgroep van het Doorstroompunt; dat krijgt de gegevens via DUO.');
      t.cite(ref('web:9.2.1'));
      return b.result('geen-melding', false, 'niemand');
    }
    if (i.startkwalificatie === false && b.age !== undefined && b.age >= 16) {
      t.step('Zonder startkwalificatie (havo, vwo of mbo niveau 2 of hoger; een vmbo-diploma telt niet) geldt tot 18 jaar de kwalificatieplicht.', ref('lpw:4a', 1), ref('lpw:1'));
    }
    t.step('De leerling staat nergens ingeschreven: dat is absoluut verzuim.', ref('lpw:2', 1), ref('duo'));
    // Absoluut verzuim exists only within the leer- and kwalificatieplicht: without an age the answer says so.
    if (b.age === undefined) t.explain('Dit geldt voor een jongere die leerplichtig is (vanaf 5 jaar) of kwalificatieplichtig (tot 18 jaar, zonder startkwalificatie); is de jongere 18 of ouder, dan is er geen absoluut verzuim.');
    t.step('De school meldt absoluut verzuim niet; de gemeente controleert of iedere leerplichtige jongere staat ingeschreven, DUO signaleert het en de leerplichtambtenaar onderzoekt het.', ref('lpw:19'), ref('lpw:22', 1), ref('duo'));
    return b.result('absoluut-verzuim', false, 'niemand');
  }

  if (i.uitschrijvingZonderBewijs) {
    t.step(
      'De leerling is vertrokken zonder bewijs van inschrijving op een andere school: schrijf niet uit, maar registreer de afwezigheid als ongeoorloofd verzuim.',
      ref('lpw:10'),
    );
    t.explain('Twijfelt de school over een goede overstap, schrijf dan pas uit na overleg met de leerplichtambtenaar.');
  }

  if (i.rondVakantie && i.twijfelAanZiekmelding) {
    t.step('De school twijfelt aan een ziekmelding vlak voor of na een schoolvakantie: behandel dit als vermoedelijk luxe verzuim.', ref('duo'));
    return luxe(b);
  }

  // School days missed with no reason told: absence without a known or valid reason is ongeoorloofd (facts.md §2.5,
  // DUO); the assumption is said, so a sick report or leave the text left out can correct it.
  const zonderReden = !inferSoort(i) && (i.verzuimDagen ?? 0) > 0;
  if (zonderReden) t.step('Er is geen reden voor de afwezigheid genoemd: afwezigheid zonder bekende of geldige reden telt als ongeoorloofd verzuim. Was de leerling ziekgemeld of had hij verlof, dan verandert de uitkomst.', ref('lpw:21a'), ref('duo'));
  const soort = inferSoort(i) ?? (i.uitschrijvingZonderBewijs || zonderReden ? 'ongeoorloofd' : undefined);
  // A day out or trip of a child under 6 may be covered by art. 11a; absence registered as ongeoorloofd is not.
  if (soort === 'vakantie-zonder-verlof' && b.age !== undefined && b.age < param('verlof.onder6Leeftijd', b.peildatum)) {
    const r = artikel11a(b);
    if (r) return r;
  }
  switch (soort) {
    case undefined:
      t.ask('soortVerzuim', 'Om wat voor afwezigheid gaat het: ongeoorloofd, te laat, ziek, schorsing, vakantie zonder verlof, religieus of verleend verlof?');
      return b.result(undefined, false, 'niemand');
    case 'schorsing':
      return schorsing(b);
    case 'verlof':
      t.step('Het verlof is verleend (artikel 11 onder f of g); de afwezigheid is geoorloofd.', ref('lpw:11f'), ref('lpw:11g'));
      return b.result('geen-melding', false, 'niemand');
    case 'religieus':
      if (i.kennisgevingTijdig === true) {
        t.step('De religieuze plicht (godsdienst of levensovertuiging) is uiterlijk 2 dagen vooraf aan de directeur gemeld; de afwezigheid is geoorloofd.', ref('lpw:11e'), ref('lpw:13'));
        return b.result('geen-melding', false, 'niemand');
      }
      if (i.kennisgevingTijdig === undefined) {
        t.ask('kennisgevingTijdig', 'Hebben de ouders de directeur uiterlijk 2 dagen vóór de afwezigheid laten weten dat het om een religieuze plicht gaat?');
        t.cite(ref('lpw:13'));
        return b.result(undefined, false, 'niemand');
      }
      t.step('De religieuze plicht is niet uiterlijk 2 dagen vooraf gemeld; een beroep op artikel 11 onder e kan dan niet en de afwezigheid is ongeoorloofd.', ref('lpw:13'));
      return ongeoorloofd(b);
    case 'vakantie-zonder-verlof':
      t.step('Vakantie buiten de schoolvakanties zonder verleend verlof is luxe verzuim.', ref('lpw:13a'), ref('duo'));
      return luxe(b);
    case 'ziek':
      return ziek(b);
    case 'te-laat':
    case 'ongeoorloofd':
      return ongeoorloofd(b);
  }
}

/** WPO art. 40c (po, so through the WEC alike) and WVO 2020 art. 8.14 (vo): at most a week, in writing, the Inspectie told. */
function schorsing(b: MeldingBuilder): MeldingResult {
  const { t, i, peildatum } = b;
  const po = i.onderwijssoort === 'po' || i.onderwijssoort === 'so';
  const wet = po ? ref('wpo:40c') : ref('wvo:8.14');
  t.step('Schorsing is geoorloofde afwezigheid (artikel 11 onder c); er volgt geen verzuimmelding.', ref('lpw:11c'));
  t.step(
    po
      ? 'In het primair onderwijs schorst het bevoegd gezag met opgave van redenen, ten hoogste een week; het besluit gaat schriftelijk naar de ouders. Een schorsing van meer dan één dag meldt het bevoegd gezag onverwijld schriftelijk en met redenen aan de Inspectie.'
      : 'Een schorsing duurt ten hoogste een week en gaat schriftelijk en met redenen naar de leerling en, onder 18, de ouders. Een schorsing van meer dan één dag meldt de school schriftelijk en met redenen aan de Inspectie van het Onderwijs.',
    wet,
  );
  if (!i.onderwijssoort) t.explain('Voor het primair onderwijs staat de regel in artikel 40c WPO, voor het voortgezet onderwijs in artikel 8.14 WVO 2020; de inhoud is gelijk.');
  b.extra.push(`Inspectie van het Onderwijs: schriftelijke melding van een schorsing van meer dan één dag${po ? '' : ' (vo: via het Internet Schooldossier)'}.`);
  const max = param(po ? 'schorsing.maxSchooldagenPo' : 'schorsing.maxSchooldagenVo', peildatum);
  if (i.onderwijssoort && i.onderwijssoort !== 'mbo' && i.onderwijssoort !== 'vavo' && i.verzuimDagen !== undefined && i.verzuimDagen > max) {
    t.step(`Een schorsing duurt ten hoogste een week (${max} schooldagen); ${i.verzuimDagen} schooldagen is langer dan de wet toestaat.`, wet);
  }
  const r = b.result('geen-melding', false, 'niemand');
  r.acties.school.push(po ? 'Maak de schorsing schriftelijk en met redenen bekend aan de ouders.' : 'Maak de schorsing schriftelijk en met redenen bekend aan de leerling en, onder 18, aan de ouders.', 'Meld een schorsing van meer dan één dag schriftelijk aan de Inspectie.');
  return r;
}

/** Removal: Lpw art. 18 lid 1 (B&W told at once); WPO art. 40 lid 11 and 63, WVO 2020 art. 8.15 (only once another school admits). */
function verwijdering(b: MeldingBuilder): MeldingResult {
  const { t, i } = b;
  const po = i.onderwijssoort === 'po' || i.onderwijssoort === 'so';
  t.step('De directeur meldt een beslissing tot verwijdering terstond aan burgemeester en wethouders (de leerplichtambtenaar).', ref('lpw:18', 1));
  t.step(
    po
      ? 'Voordat het bevoegd gezag tot verwijdering besluit, hoort het de groepsleraar en de ouders. Definitief verwijderen mag pas als een andere school (ook een school voor speciaal onderwijs) bereid is de leerling toe te laten.'
      : 'Voordat de school tot verwijdering besluit, hoort zij de leerling en, onder 18, de ouders en overlegt zij met de Inspectie. Een leerplichtige leerling mag pas definitief worden verwijderd als een andere school of instelling bereid is hem toe te laten.',
    po ? ref('wpo:40', 11) : ref('wvo:8.15'),
  );
  if (po) t.explain('Bij een bijzondere school deelt het bevoegd gezag de beslissing schriftelijk en met redenen mee; de ouders kunnen binnen 6 weken bezwaar maken (artikel 63 WPO).');
  t.explain('Tot de leerling elders is ingeschreven, blijft hij ingeschreven en leerplichtig: schrijf niet uit (artikel 10).');
  t.cite(ref('lpw:10'));
  b.extra.push('Burgemeester en wethouders (leerplichtambtenaar): terstond melden dat tot verwijdering is besloten (artikel 18, eerste lid, Leerplichtwet).');
  const r = b.result('geen-melding', false, 'niemand');
  r.acties.school.push('Meld de beslissing tot verwijdering terstond aan de leerplichtambtenaar van de woongemeente.', 'Zoek, met het samenwerkingsverband, een andere school die de leerling toelaat voordat de verwijdering definitief wordt.');
  return r;
}

/** Lpw art. 1a1 lid 4 and 22 lid 4: the onderwijsvoorziening is no longer a school, so the pupil is not enrolled at one. */
function geenSchool(b: MeldingBuilder): MeldingResult {
  const { t, peildatum } = b;
  const dagen = param('geenSchool.ouderInformerenDagen', peildatum);
  const onderzoek = param('geenSchool.onderzoekWeken', peildatum);
  const inschrijven = param('geenSchool.inschrijvenWeken', peildatum);
  t.step(`De onderwijsvoorziening is geen school meer in de zin van de Leerplichtwet. Het college laat de ouders dat binnen ${dagen} dagen schriftelijk weten.`, ref('lpw:1a1', 4));
  t.step(
    `Binnen ${onderzoek} weken daarna onderzoekt de leerplichtambtenaar of het kind op een school staat ingeschreven of is vrijgesteld. Zo niet, dan wijst hij de ouders onverwijld op hun plicht; staat het kind ${inschrijven} weken later nog nergens ingeschreven, dan stuurt hij proces-verbaal naar de officier van justitie.`,
    ref('lpw:22', 4),
  );
  const r = b.result('absoluut-verzuim', false, 'niemand');
  r.acties.leerplichtambtenaar.unshift(`Onderzoek binnen ${onderzoek} weken of het kind elders staat ingeschreven of is vrijgesteld (artikel 22, vierde lid).`);
  return r;
}

/**
 * Art. 11a: for a child under 6 the parents may use 5 hours a week on notice to the head, and 5 more with his
 * consent; absence within that is no verzuim. undefined when the absence falls outside it (the normal rules apply).
 */
function artikel11a(b: MeldingBuilder): MeldingResult | undefined {
  const { t, i, peildatum } = b;
  const vrij = param('verlof.onder6KennisgevingUren', peildatum);
  const extra = param('verlof.onder6ExtraUren', peildatum);
  t.step(`Het kind is jonger dan 6: de ouders mogen het ten hoogste ${vrij} uur per week thuishouden als ze dat aan de directeur melden, en ten hoogste ${extra} uur meer met toestemming van de directeur.`, ref('lpw:11a', 1), ref('lpw:11a', 2));
  if (i.mededeling11a === undefined) {
    t.ask('mededeling11a', `Hebben de ouders de directeur laten weten dat ze het kind thuishouden (artikel 11a, ten hoogste ${vrij} uur per week)?`);
    t.explain('Hebben de ouders het gemeld en blijft het binnen de uren van artikel 11a, dan is er geen verzuim en valt er niets te melden.');
    return b.result(undefined, false, 'niemand');
  }
  if (i.mededeling11a === false) {
    t.step('De ouders hebben het niet aan de directeur gemeld: artikel 11a dekt de afwezigheid niet.', ref('lpw:11a', 1));
    return undefined;
  }
  if (i.toestemming11a === true) {
    t.step(`Gemeld en met toestemming van de directeur voor de extra uren: binnen ${vrij + extra} uur per week is er geen verzuim.`, ref('lpw:11a', 2));
    t.explain(`Gaat het om meer dan ${vrij + extra} uur in een week, dan is het meerdere wel verzuim.`);
    return b.result('geen-melding', false, 'niemand');
  }
  if (i.toestemming11a === undefined) {
    t.ask('toestemming11a', `Gaat het om meer dan ${vrij} uur in die week, en heeft de directeur daarvoor toestemming gegeven?`);
    t.explain(`Tot ${vrij} uur per week is de melding van de ouders genoeg; voor meer (tot ${vrij + extra} uur) is toestemming van de directeur nodig.`);
    return b.result(undefined, false, 'niemand');
  }
  t.step(`Gemeld, maar zonder toestemming voor meer dan ${vrij} uur: de eerste ${vrij} uur van die week zijn geoorloofd, de rest is verzuim.`, ref('lpw:11a', 2));
  return undefined;
}

function luxe(b: MeldingBuilder): MeldingResult {
  const { t, i } = b;
  const groep = b.leeftijdsgroep();
  if (groep === '18plus') {
    t.step('De jongere is 18 of ouder: luxe verzuim bestaat alleen binnen de leer- en kwalificatieplicht, die op de 18e verjaardag eindigt. Er is geen melding luxe verzuim; de school beoordeelt het als ongeoorloofd verzuim van een 18-plusser.', ref('lpw:4b'), ref('lpw:2', 1));
    // A trip shorter than the weeks of the Doorstroompunt duty is no mandatory report, with or without a diploma:
    // the diploma need not be asked (known, the 18-plus rules below say what may be reported).
    if (i.startkwalificatie === undefined && (i.aaneengeslotenWekenAfwezig ?? 0) < param('melding.achttienPlusWeken', b.peildatum)) {
      t.step('Een vakantie zonder toestemming die korter duurt dan 4 weken aaneengesloten, hoeft de school voor een 18-plusser niet bij DUO te melden; zonder startkwalificatie mag een melding aan het Doorstroompunt wel.', ref('web:9.2.1'), ref('duo'));
      return b.result('geen-melding', false, 'niemand');
    }
    return ongeoorloofd(b);
  }
  // Awb art. 6:16: an objection does not suspend the decision objected to; the refusal stands until it is revoked.
  if (i.bezwaarTegenWeigering) t.step('Een bezwaar tegen de weigering schorst die weigering niet (artikel 6:16 Algemene wet bestuursrecht): zolang geen verlof is verleend, moet het kind naar school en is op vakantie gaan luxe verzuim.', ref('awb:6:16'));
  t.step(`Luxe verzuim gaat naar de leerplichtambtenaar van de woongemeente: ${b.verplichtZin()}.`, ref('lpw:2', 1), ref('duo'));
  const maxDagen = b.reg?.luxeVerzuim.waarschuwingMaxDagen ?? 1;
  const eerste = i.eersteKeer === true && i.verzuimDagen !== undefined && i.verzuimDagen <= maxDagen;
  if (eerste) t.step(`Eerste keer en ten hoogste ${maxDagen === 1 ? '1 hele schooldag' : `${maxDagen} hele schooldagen`}: de leerplichtambtenaar geeft een waarschuwing, geen proces-verbaal.`);
  if (b.reg && b.regionApplies(b.reg.interventies.onderwijssoorten)) {
    const l = b.reg.luxeVerzuim;
    b.trigger({ id: 'luxe-verzuim', omschrijving: 'Afwezig zonder toestemming rond een schoolvakantie, vermoedelijk vakantie.', sectie: l.sectie, melding: 'luxe-verzuim', acties: { school: l.school, leerplichtambtenaar: l.leerplichtambtenaar } });
    t.explain(l.voorwaarde);
  }
  const r = b.result('luxe-verzuim', true, 'leerplichtambtenaar');
  if (i.bezwaarTegenWeigering) r.bezwaarLopend = true;
  return r;
}

function ziek(b: MeldingBuilder): MeldingResult {
  const { t, i, reg } = b;
  if (i.ziekmeldingTijdig === false) {
    t.step('De ziekte is niet binnen 2 dagen aan de directeur gemeld; een beroep op ziekte kan dan niet en de afwezigheid telt als ongeoorloofd.', ref('lpw:12'));
    return ongeoorloofd(b);
  }
  const m = reg?.mazl;
  let mazlTrigger = false;
  if (reg && m && b.regionApplies(m.onderwijssoorten)) {
    const vaak = i.ziekmeldingenIn12Weken !== undefined && i.ziekmeldingenIn12Weken >= m.ziekmeldingen;
    const lang = i.aaneengeslotenZiekeDagen !== undefined && i.aaneengeslotenZiekeDagen >= m.aaneengeslotenDagen;
    const contact = m.contactNaDagen !== undefined && i.aaneengeslotenZiekeDagen !== undefined && i.aaneengeslotenZiekeDagen >= m.contactNaDagen && !lang;
    if (contact && m.contact) {
      b.trigger({
        id: 'mazl-contact-ouders',
        omschrijving: `${m.contactNaDagen} aaneengesloten schooldagen ziek: de mentor neemt contact op met de ouders (M@ZL, eerste stap).`,
        sectie: m.sectie,
        acties: { school: m.contact.school, leerplichtambtenaar: m.contact.leerplichtambtenaar },
      });
      t.step(`Na ${m.contactNaDagen} aaneengesloten ziektedagen vraagt het protocol contact met de ouders; aanmelding bij de jeugdarts volgt pas bij de ${m.aaneengeslotenDagen}e dag of de ${m.ziekmeldingen}e ziekmelding in ${m.schoolweken} schoolweken.`, ref('mazl'));
    }
    if (vaak || lang) {
      mazlTrigger = true;
      b.trigger({
        id: 'mazl-aanmelding-jeugdarts',
        omschrijving: vaak
          ? `${m.ziekmeldingen}e ziekmelding binnen ${m.schoolweken} schoolweken: aanmelden bij de jeugdarts (M@ZL).`
          : `${m.aaneengeslotenDagen}e aaneengesloten schooldag ziek: aanmelden bij de jeugdarts (M@ZL).`,
        sectie: m.sectie,
        acties: { school: m.school, leerplichtambtenaar: m.leerplichtambtenaar },
      });
      t.step('Het regionale protocol vraagt om aanmelding bij de jeugdarts via M@ZL; dat is zorg, geen verzuimmelding.', ref('mazl'));
    }
  } else if (m && i.onderwijssoort && !m.onderwijssoorten.includes(i.onderwijssoort)) {
    t.explain('M@ZL geldt in dit protocol voor vo en mbo, niet voor het primair onderwijs.');
  }
  const drempel = m?.nietVerschenenMelding ?? 2;
  if (i.mazlNietVerschenen !== undefined && i.mazlNietVerschenen >= drempel) {
    t.step(`De leerling is ${i.mazlNietVerschenen} keer niet bij de jeugdarts verschenen: de zorgcoördinator meldt 'overig verzuim', zodat de leerplichtambtenaar wordt ingeschakeld.`, ref('mazl'));
    if (reg && m) b.trigger({ id: 'mazl-niet-verschenen', omschrijving: `${drempel} keer niet verschenen bij de jeugdarts.`, sectie: m.sectie, melding: 'overig-verzuim', acties: m.nietVerschenen });
    return b.result('overig-verzuim', false, 'leerplichtambtenaar');
  }
  if (i.twijfelAanZiekmelding || i.zorgen) {
    t.step('De ziekmelding is formeel geoorloofd, maar de school twijfelt of maakt zich zorgen: meld dit als zorgsignaal onder overig verzuim (niet verplicht).', ref('lpw:11d'), ref('duo'));
    t.explain('De afwezigheid blijft in de eigen registratie geoorloofd; de melding informeert de leerplichtambtenaar.');
    wetTerugdringen(b);
    return b.result('overig-verzuim', false, 'leerplichtambtenaar');
  }
  if (i.ziekmeldingTijdig === true || mazlTrigger || b.triggers.length > 0 || i.ziekmeldingenIn12Weken !== undefined || i.aaneengeslotenZiekeDagen !== undefined) {
    t.step('Ziekte die op tijd is gemeld (uiterlijk binnen twee dagen, artikel 12), is geoorloofde afwezigheid; er volgt geen verzuimmelding.', ref('lpw:11d'), ref('lpw:12'));
    // Four weeks of school days (5 a week): the protocol's thuiszitter check applies to illness too.
    if (reg && i.aaneengeslotenZiekeDagen !== undefined && i.aaneengeslotenZiekeDagen >= param('melding.lrvWeken', b.peildatum) * 5) {
      t.explain('Bij 4 weken afwezigheid, ook door ziekte, neemt de school altijd contact op met de leerplichtambtenaar om te bepalen of de leerling een thuiszitter is.');
      t.cite(protocolRef(reg.id, reg.thuiszitter.sectie));
    }
    return b.result('geen-melding', false, 'niemand');
  }
  t.ask('ziekmeldingTijdig', 'Is de ziekte binnen 2 dagen na de eerste ziektedag aan de school gemeld (door de ouders, of door de jongere zelf als die niet bij de ouders woont)?');
  t.cite(ref('lpw:12'));
  return b.result(undefined, false, 'niemand');
}

function ongeoorloofd(b: MeldingBuilder): MeldingResult {
  const groep = b.leeftijdsgroep();
  if (!groep) return b.result(undefined, false, 'niemand');
  return groep === '18plus' ? achttienPlus(b) : onder18(b);
}

function achttienPlus(b: MeldingBuilder): MeldingResult {
  const { t, i, peildatum } = b;
  const tot = param('doorstroompunt.leeftijdTot', peildatum);
  if (b.age !== undefined && b.age >= tot) {
    t.step(`De jongere is ${b.age}: de meldplicht voor 18-plussers zonder startkwalificatie geldt tot ${tot} jaar. Er is niets te melden.`, ref('web:9.2.1'));
    return b.result('geen-melding', false, 'niemand');
  }
  if (i.startkwalificatie === true) {
    t.step('De jongere is 18 of ouder en heeft een startkwalificatie: er is geen wettelijke meldplicht.', ref('lpw:4b'));
    return b.result('geen-melding', false, 'niemand');
  }
  const wekenGrens18 = param('melding.achttienPlusWeken', peildatum);
  if (i.startkwalificatie === undefined) {
    t.ask('startkwalificatie', 'Heeft de student een havo-, vwo- of mbo-diploma op niveau 2 of hoger (startkwalificatie)?');
    // Below the weeks of the Doorstroompunt duty nothing is mandatory with or without a startkwalificatie: say so.
    const absence = (i.ongeoorloofdeUren ?? 0) > 0 || (i.keerOngeoorloofd ?? 0) > 0 || (i.keerTeLaat ?? 0) > 0 || (i.verzuimDagen ?? 0) > 0;
    if (!absence || (i.aaneengeslotenWekenAfwezig ?? 0) >= wekenGrens18) return b.result(undefined, false, 'niemand');
    t.step('Met of zonder startkwalificatie is er voor een jongere van 18 of ouder bij dit verzuim geen meldplicht: zonder startkwalificatie mag de school het melden (naar het Doorstroompunt), met een startkwalificatie is er niets te melden.', ref('web:9.2.1'), ref('duo'));
  }
  t.step(`De jongere is 18 of ouder, jonger dan ${tot} en heeft geen startkwalificatie: de regels van het Doorstroompunt gelden.`, ref('web:9.2.1'));
  if (tot !== 23 && b.age !== undefined && b.age >= 23) t.explain(`Sinds 1 januari 2026 geldt de meldplicht tot ${tot} jaar; daarvoor lag de grens bij 23 jaar.`);
  const weken = i.aaneengeslotenWekenAfwezig;
  const wekenGrens = wekenGrens18;
  const wetRef = i.onderwijssoort === 'mbo' || i.onderwijssoort === 'vavo' ? ref('web:9.2.2') : i.onderwijssoort === 'vso' ? ref('wec:47b') : ref('wvo:8.20');
  if (weken !== undefined && weken >= wekenGrens) {
    t.step(`De jongere volgt al ${weken} weken aaneengesloten geen onderwijs zonder geldige reden (${wekenGrens} weken of meer): de melding 18-plus-verzuim aan het Doorstroompunt is verplicht.`, wetRef, ref('duo'));
    const sfWeken = param('melding.studiefinancieringWeken', peildatum);
    if (weken >= sfWeken) {
      if (i.studiefinanciering === true) {
        b.extra.push("DUO-formulier 'Melding Afwezigheid Scholier/student' (tegemoetkoming scholieren of studiefinanciering bol niveau 1/2), met een kopie aan de student.");
        t.step(`Bij ${sfWeken} weken of meer en studiefinanciering of een tegemoetkoming: ook het aparte DUO-formulier invullen.`, ref('wvo:8.30'));
      } else if (i.studiefinanciering === undefined) {
        t.ask('studiefinanciering', 'Ontvangt de student studiefinanciering (mbo bol niveau 1 of 2) of een tegemoetkoming scholieren (vo)?');
      }
    }
    return b.result('18-plus-verzuim', true, 'doorstroompunt');
  }
  const uren = i.ongeoorloofdeUren;
  const grens = param('melding.zestienUren', peildatum);
  if (uren !== undefined && uren >= grens) {
    t.step(`De jongere mist ${uren} uur in 4 lesweken; voor 18-plussers is de 16-urenmelding niet verplicht maar wel mogelijk (naar het Doorstroompunt).`, ref('duo'));
    // Reading (facts.md, open doubt 4): art. 21a names no age; DUO treats the report as optional from 18.
    t.explain('Artikel 21a noemt geen leeftijd; we volgen DUO, dat de 16-urenmelding vanaf 18 jaar facultatief noemt.');
    return b.result('16-uur-in-4-weken', false, 'doorstroompunt');
  }
  if ((uren ?? 0) > 0 || (i.keerOngeoorloofd ?? 0) > 0 || (i.keerTeLaat ?? 0) > 0 || (weken ?? 0) > 0) {
    t.step('Het verzuim blijft onder de grenzen: een melding overig verzuim aan het Doorstroompunt mag altijd, maar hoeft niet.', ref('duo'));
    return b.result('overig-verzuim', false, 'doorstroompunt');
  }
  t.ask('aaneengeslotenWekenAfwezig', 'Hoeveel weken is de student al aaneengesloten zonder geldige reden afwezig?');
  return b.result(undefined, false, 'niemand');
}

function onder18(b: MeldingBuilder): MeldingResult {
  const { t, i, reg, peildatum } = b;
  const grens = param('melding.zestienUren', peildatum);
  const venster = param('melding.vensterLesweken', peildatum);
  const lrv = param('melding.lrvWeken', peildatum);
  const eenheid = urenEenheid(i.onderwijssoort);
  const lid = i.onderwijssoort === 'mbo' || i.onderwijssoort === 'vavo' ? 2 : 1;
  const weken = i.aaneengeslotenWekenAfwezig;
  const regioOk = reg !== undefined && b.regionApplies(reg.interventies.onderwijssoorten);

  if (weken !== undefined && weken > lrv) {
    // Art. 11 lists the grounds for being away (illness, schorsing, leave by the head or the lpa, …): an arrangement
    // with a mentor or other staff is none of them, so the absence stays without a legal ground.
    if (i.inOverlegMetSchool) t.step('Dat de leerling in overleg met een mentor of andere medewerker van school thuis is, maakt de afwezigheid niet geoorloofd: artikel 11 Leerplichtwet noemt de gronden voor vrijstelling van geregeld schoolbezoek, en zo\'n afspraak is daar geen van. Alleen de directeur of de leerplichtambtenaar kan verlof geven (artikel 13a en 14).', ref('lpw:11'), ref('lpw:14'));
    t.step(`De leerling is ${weken} weken aaneengesloten ongeoorloofd afwezig, langer dan ${lrv} weken: dat is langdurig relatief verzuim en ${b.verplichtZin()}.`, ref('lpw:21a', lid), ref('duo'));
    // DUO practice (facts.md, open doubt 6).
    t.explain('Na een eerste 16-urenmelding en ten hoogste 4 wekelijkse herhaalmeldingen gaat doorlopend verzuim over in langdurig relatief verzuim.');
    if (regioOk && reg && weken * 7 >= reg.thuiszitter.dagen) {
      b.trigger({
        id: 'thuiszitter',
        omschrijving: `${reg.thuiszitter.dagen} dagen of langer aaneengesloten afwezig zonder geldige reden: (dreigende) thuiszitter.`,
        sectie: reg.thuiszitter.sectie,
        melding: 'langdurig-relatief-verzuim',
        acties: { school: reg.thuiszitter.school, leerplichtambtenaar: reg.thuiszitter.leerplichtambtenaar },
      });
      t.explain(`Het protocol spreekt van ${reg.thuiszitter.dagen} dagen aaneengesloten; wij lezen dat als kalenderdagen, gelijk aan de grens van meer dan 4 weken.`);
    }
    return b.result('langdurig-relatief-verzuim', true, 'leerplichtambtenaar');
  }

  let uren = i.ongeoorloofdeUren;
  // Under 16 a pupil follows full-time education (volledige leerplicht), whatever the school type not named.
  const volleWeek = i.onderwijssoort ? ['po', 'so', 'vo', 'vso', 'pro'].includes(i.onderwijssoort) : b.age !== undefined && b.age < 16;
  if (uren === undefined && weken !== undefined && weken >= 1 && volleWeek) {
    t.step(i.onderwijssoort ? 'Een hele lesweek afwezig is in het po en vo altijd meer dan 16 uur lestijd.' : 'Een hele lesweek afwezig is voor een volledig leerplichtige leerling altijd meer dan 16 uur lestijd.');
    uren = grens;
  }
  if (uren !== undefined && uren >= grens) {
    t.step(
      `De leerling heeft ${uren === grens && i.ongeoorloofdeUren === grens ? 'precies ' : ''}${i.ongeoorloofdeUren ?? `meer dan ${grens}`} ${eenheid ?? 'uur'} ongeoorloofd gemist binnen ${venster} aaneengesloten lesweken. De grens is bereikt bij ${grens} uur (niet pas daarboven): ${b.verplichtZin()}.`,
      ref('lpw:21a', lid),
      ref('wrod:12', 3),
    );
    t.explain('Schoolvakanties tellen niet mee als lesweek: het venster van 4 lesweken slaat vakantieweken over.');
    if (eenheid) t.explain(eenheid === 'klokuren' ? 'In het po telt u in klokuren.' : eenheid === 'lesuren' ? 'In het vo telt u in lesuren (lessen van 60 minuten of korter).' : 'In het mbo en vavo telt u in uren lestijd (artikel 21a, tweede lid).');
    if (regioOk && reg) regionaleNiveaus(b, reg, Math.max(keer(i, uren), 16));
    return b.result('16-uur-in-4-weken', true, 'leerplichtambtenaar');
  }

  const aantal = keer(i, uren);
  // Whole school days without their length: a school day holds at least minUren and at most maxUren hours of
  // lestijd (parameters with their source). Decide only when every length in that range gives the same answer.
  // The minimum rests on full-time onderwijstijd: an mbo day can be much shorter, so there the hours are asked.
  const perDag = param('melding.maxUrenPerSchooldag', peildatum);
  const minPerDag = param('melding.minUrenPerSchooldag', peildatum);
  const verzuimdagen = i.verzuimDagen ?? 0;
  const dagen = `${getal(verzuimdagen)} ${verzuimdagen === 1 ? 'schooldag' : 'schooldagen'}`;
  if (uren === undefined && aantal === 0 && volleWeek && verzuimdagen > 0 && verzuimdagen * minPerDag >= grens) {
    t.step(
      `${dagen} ongeoorloofd afwezig is ten minste ${getal(verzuimdagen * minPerDag)} uur lestijd (een hele schooldag heeft ten minste ${minPerDag} uur les): de grens van ${grens} uur in ${venster} lesweken is bereikt als deze dagen binnen ${venster} aaneengesloten lesweken vallen, en ${b.verplichtZin()}.`,
      ref('lpw:21a', lid),
      ref('wrod:12', 3),
    );
    t.explain(`Aanname: een hele schooldag telt ten minste ${minPerDag} uur lestijd. Registreer de werkelijke uren van die dagen; die gaan in de melding.`);
    if (regioOk && reg) regionaleNiveaus(b, reg, Math.max(Math.floor(verzuimdagen * minPerDag), 16));
    return b.result('16-uur-in-4-weken', true, 'leerplichtambtenaar');
  }
  if (uren === undefined && aantal === 0 && verzuimdagen > 0 && verzuimdagen * perDag < grens) {
    t.step(`${dagen} ${verzuimdagen <= 1 ? 'is' : 'zijn'} hoogstens ${getal(verzuimdagen * perDag)} uur lestijd, minder dan ${grens} uur.`, ref('lpw:21a', lid));
  } else if (uren === undefined && aantal === 0) {
    if (verzuimdagen > 0) t.explain(`Bij ${dagen} hangt het af van de lengte van die dagen: bij ${minPerDag} uur per dag is het ${getal(verzuimdagen * minPerDag)} uur, bij ${perDag} uur ${getal(verzuimdagen * perDag)} uur. De grens is ${grens} uur in ${venster} lesweken.`);
    t.ask('ongeoorloofdeUren', `Hoeveel ${eenheid ?? 'uur'} heeft de leerling ongeoorloofd gemist in de laatste 4 lesweken?`);
    return b.result(undefined, false, 'niemand');
  }
  // Missed days are absence too: "nothing registered" only when there are no hours, incidents or days at all.
  if (aantal === 0 && (uren ?? 0) === 0 && verzuimdagen === 0) {
    t.step('Er is geen ongeoorloofd verzuim geregistreerd.', ref('lpw:21a'));
    return b.result('geen-melding', false, 'niemand');
  }
  t.step(`Het verzuim blijft onder de wettelijke grens van ${grens} uur in ${venster} lesweken: er is (nog) geen meldplicht.`, ref('lpw:21a', lid));

  if (regioOk && reg) {
    const niveau = regionaleNiveaus(b, reg, aantal);
    if (niveau?.melding === '16-uur-in-4-weken') {
      t.step(`Het regionale protocol vraagt bij ${niveau.vanafKeer} keer of meer om een melding '16 uur in 4 weken'; wettelijk verplicht is die pas bij 16 uur in 4 lesweken.`);
      return b.result('16-uur-in-4-weken', false, 'leerplichtambtenaar');
    }
    if (niveau?.melding === 'overig-verzuim') {
      t.step(`Volgens het regionale protocol meldt de school bij ${aantal} keer preventief 'overig verzuim' bij DUO.`, ref('duo'));
      return b.result('overig-verzuim', false, 'leerplichtambtenaar');
    }
    const spreekuur = reg.interventies.niveaus.find((n) => n.alleenMetSpreekuur);
    if (spreekuur && aantal >= spreekuur.vanafKeer && i.spreekuurAfspraken === undefined) {
      t.ask('spreekuurAfspraken', 'Heeft de school met de leerplichtambtenaar afspraken over een preventief spreekuur?');
    }
    t.step(`Volgens het regionale protocol is bij ${aantal} keer nog geen DUO-melding afgesproken; de school neemt zelf maatregelen.`);
    t.explain("Een melding 'overig verzuim' mag altijd, ook eerder dan het protocol afspreekt.");
    return b.result('geen-melding', false, 'niemand');
  }
  t.step("Onder de grens kan de school preventief 'overig verzuim' melden; dat is niet verplicht.", ref('duo'));
  return b.result('overig-verzuim', false, 'leerplichtambtenaar');
}

/** Regional incidents: each late arrival and each hour absent counts as one "keer" (protocol §7). */
function keer(i: MeldingInput, uren: number | undefined): number {
  return (i.keerOngeoorloofd ?? Math.floor(uren ?? 0)) + (i.keerTeLaat ?? 0);
}

function regionaleNiveaus(b: MeldingBuilder, reg: Region, aantal: number) {
  const passend = reg.interventies.niveaus.filter((n) => aantal >= n.vanafKeer && (!n.alleenMetSpreekuur || b.i.spreekuurAfspraken === true));
  const hoogste = passend.at(-1);
  if (hoogste) {
    b.trigger({
      id: hoogste.id,
      omschrijving: `${aantal} keer ongeoorloofd te laat of afwezig (protocol: vanaf ${hoogste.vanafKeer} keer).`,
      sectie: hoogste.sectie,
      ...(hoogste.melding ? { melding: hoogste.melding as MeldingCode } : {}),
      acties: { school: hoogste.school, leerplichtambtenaar: hoogste.leerplichtambtenaar },
    });
    b.t.explain('Het protocol telt "keer" (elke keer te laat of elk uur afwezig); de wet telt uren in 4 lesweken. De wettelijke grens blijft leidend voor de verplichte melding.');
  }
  return hoogste;
}


/**
 * The Wet terugdringen schoolverzuim (36663) is not in the Lpw text of 1 August 2026; it starts by royal decree
 * (parameter wetTerugdringenSchoolverzuim.inWerking). Until then the answer says what it would change.
 */
function wetTerugdringen(b: MeldingBuilder): void {
  if (wetTerugdringenSchoolverzuim(b.peildatum)) {
    b.t.explain('Sinds de inwerkingtreding van de Wet terugdringen schoolverzuim is er een wettelijke grond om zorgelijk verzuim aan de leerplichtambtenaar te melden; volg de verzuimcategorieën van de school.');
    return;
  }
  b.t.explain(
    'De Wet terugdringen schoolverzuim (wetsvoorstel 36663) geldt nog niet: die treedt pas in werking op een datum die bij koninklijk besluit wordt vastgesteld. Zij zou scholen verplichten tot verzuimbeleid en registratie van alle afwezigheid in categorieën, en een wettelijke grond geven om zorgelijk verzuim tijdig aan de leerplichtambtenaar te melden. Tot dan is zo\'n melding een vrijwillige melding overig verzuim.',
  );
}

/** A count as Dutch writes it: "1,5", "16". */
const getal = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');
