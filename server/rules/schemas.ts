import { z } from 'zod';

// The facts vocabulary shared by the rules, the HTTP layer, the ask pipeline and the page.
// Every fact is optional: a rule that needs a missing fact answers with `missing`, it never guesses.

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik een datum als JJJJ-MM-DD.').refine(
  (s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  },
  { message: 'Deze datum bestaat niet.' },
);

export const onderwijssoort = z.enum(['po', 'so', 'vo', 'vso', 'pro', 'mbo', 'vavo']);
export type Onderwijssoort = z.infer<typeof onderwijssoort>;

export const regio = z.string().regex(/^[a-z0-9-]{2,40}$/, 'Gebruik de regiocode, bijvoorbeeld ijssel-vecht.');

export const soortVerzuim = z.enum([
  'ongeoorloofd', // spijbelen, unknown or invalid reason
  'te-laat',
  'ziek',
  'schorsing',
  'vakantie-zonder-verlof',
  'religieus',
  'verlof', // leave that was granted
]);
export type SoortVerzuim = z.infer<typeof soortVerzuim>;

/** A reference to a legal or policy source, ids as in the contract ("lpw:14", "protocol:ijssel-vecht"). */
export const legalRef = z.object({ id: z.string(), label: z.string(), url: z.string().optional() });
export type LegalRef = z.infer<typeof legalRef>;

export const missingFact = z.object({ fact: z.string(), question: z.string() });
export type MissingFact = z.infer<typeof missingFact>;

const uren = z.number().min(0).max(2000);
const aantal = z.number().int().min(0).max(1000);

export const meldingInput = z
  .object({
    peildatum: isoDate.optional(),
    leeftijd: z.number().int().min(0).max(99).optional(),
    geboortedatum: isoDate.optional(),
    onderwijssoort: onderwijssoort.optional(),
    ingeschreven: z.boolean().optional(),
    startkwalificatie: z.boolean().optional(),
    /** An exemption (art. 5, 5a, 15) covers the period. */
    vrijstelling: z.boolean().optional(),
    soortVerzuim: soortVerzuim.optional(),
    /** The pupil stays home by arrangement with a mentor or other staff (no ground under Lpw art. 11). */
    inOverlegMetSchool: z.boolean().optional(),
    /** Leave was refused and the parents' objection (bezwaar) against the refusal is pending. */
    bezwaarTegenWeigering: z.boolean().optional(),
    /** A report that fell due earlier was not made ("de 16 uur was al op 3 november bereikt, we hebben niet gemeld"). */
    meldingUitgebleven: z.boolean().optional(),
    /** Unauthorised hours within the last 4 consecutive school weeks (po: klokuren, vo: lesuren). */
    ongeoorloofdeUren: uren.optional(),
    /** Consecutive weeks absent without a valid reason. */
    aaneengeslotenWekenAfwezig: z.number().min(0).max(520).optional(),
    /** Times absent without valid reason this school year (regional thresholds count incidents). */
    keerOngeoorloofd: aantal.optional(),
    keerTeLaat: aantal.optional(),
    ziekmeldingenIn12Weken: aantal.optional(),
    aaneengeslotenZiekeDagen: aantal.optional(),
    /** Illness notified to the head within 2 days (art. 12). */
    ziekmeldingTijdig: z.boolean().optional(),
    /** The school doubts the sick report (e.g. seen leaving on holiday). */
    twijfelAanZiekmelding: z.boolean().optional(),
    /** Worries about the pupil (thuissituatie, pattern around tests). */
    zorgen: z.boolean().optional(),
    /** Absence directly before or after a school holiday. */
    rondVakantie: z.boolean().optional(),
    /** Times the pupil did not show up at the jeugdarts (M@ZL). */
    mazlNietVerschenen: aantal.optional(),
    /** The school and the leerplichtambtenaar agreed a preventive spreekuur (IJssel-Vecht). */
    spreekuurAfspraken: z.boolean().optional(),
    /** 18+: receives studiefinanciering (mbo bol 1/2) or tegemoetkoming scholieren (vo). */
    studiefinanciering: z.boolean().optional(),
    /** First time this happens (luxe verzuim: warning instead of proces-verbaal). */
    eersteKeer: z.boolean().optional(),
    /** Religious duty notified to the head at least 2 days before (art. 13). */
    kennisgevingTijdig: z.boolean().optional(),
    /** The pupil left (e.g. abroad) without proof of enrolment at a new school (Lpw art. 10). */
    uitschrijvingZonderBewijs: z.boolean().optional(),
    /** The school decided to remove (verwijderen) the pupil (Lpw art. 18 lid 1; WPO art. 40, WVO 2020 art. 8.15). */
    verwijdering: z.boolean().optional(),
    /** The pupil's onderwijsvoorziening is no longer a school under Lpw art. 1 onder b sub 3 (art. 1a1, 22 lid 4). */
    geenSchoolMeer: z.boolean().optional(),
    /** The head or lpa found the jongere working against the child-labour rules (Lpw art. 23). */
    werktInStrijdMetArbeidsregels: z.boolean().optional(),
    /** Art. 11a (under 6): the parents told the head they use the 5 hours a week. */
    mededeling11a: z.boolean().optional(),
    /** Art. 11a lid 2: the head consented to up to 5 more hours that week. */
    toestemming11a: z.boolean().optional(),
    /** Days of absence in this incident (luxe verzuim: warning only up to 1 whole day the first time). */
    verzuimDagen: z.number().min(0).max(400).optional(),
    regio: regio.optional(),
  })
  .strict();
export type MeldingInput = z.infer<typeof meldingInput>;

export const meldingCode = z.enum([
  '16-uur-in-4-weken',
  'langdurig-relatief-verzuim',
  'luxe-verzuim',
  'overig-verzuim',
  '18-plus-verzuim',
  'geen-melding',
  'absoluut-verzuim',
]);
export type MeldingCode = z.infer<typeof meldingCode>;

export const verlofSoort = z.enum([
  'gewichtige-omstandigheden', // art. 11 onder g + art. 14
  'vakantie-beroep', // art. 11 onder f + art. 13a
  'religieus', // art. 11 onder e + art. 13
  'ziekte', // art. 11 onder d + art. 12
  'jonger-dan-6', // art. 11a
  'vrijstelling-5a', // art. 5 onder a + art. 7
  'vrijstelling-5b', // art. 5 onder b + art. 8
  'vrijstelling-5c', // art. 5 onder c + art. 9
  'trekkend-bestaan', // art. 5a
  'vervangende-leerplicht', // art. 3a / 3b
  'vrijstelling-kwalificatieplicht', // art. 15
]);
export type VerlofSoort = z.infer<typeof verlofSoort>;

/** Circumstances behind a leave request: the accepted ones (Beleidsregel, art. 14) and the usual rejects. */
export const omstandigheid = z.enum([
  'verhuizing',
  'huwelijk',
  'ernstige-ziekte',
  'levensbedreigende-ziekte',
  'overlijden',
  'jubileum',
  'bevalling',
  'wettelijke-verplichting',
  'medische-behandeling',
  // not gewichtig (reject list)
  'vakantie',
  'wereldreis',
  'goedkope-tickets',
  'reis-aangeboden',
  'familiebezoek',
  'carnaval',
  'topsport',
  'eerder-vertrek',
  'familiebedrijf',
  'feestdag',
  'anders',
]);
export type Omstandigheid = z.infer<typeof omstandigheid>;

/** Calendar regions of the national advice dates for school holidays. */
export const kalenderRegioCode = z.enum(['noord', 'midden', 'zuid']);

/** A school's own calendar: its holidays and free days (van/tot inclusive); they replace the national advice dates. */
export const schoolVakantie = z
  .object({ naam: z.string().max(100).optional(), van: isoDate, tot: isoDate })
  .strict()
  .refine((v) => v.tot >= v.van, { message: 'De vakantie eindigt vóór die begint: zet "tot" op of na "van".' });
export const schoolKalender = z
  .object({
    regio: kalenderRegioCode.optional(),
    vakanties: z.array(schoolVakantie).max(200).optional(),
  })
  .strict();
export type SchoolKalender = z.infer<typeof schoolKalender>;

export const verlofInput = z
  .object({
    soort: verlofSoort.optional(),
    omstandigheid: omstandigheid.optional(),
    /** Degree of kinship: 1 (ouder, kind), 2 (grootouder, broer, zus), 3 (oom, tante, neef, nicht), 4. */
    graad: z.number().int().min(1).max(4).optional(),
    /** false: the occasion is of someone who is no relative (a friend, neighbour, colleague). */
    verwant: z.boolean().optional(),
    /** The appointment or treatment can take place outside school hours (then no leave is needed). */
    buitenLestijdMogelijk: z.boolean().optional(),
    /** In the Netherlands or abroad, for guideline day counts. */
    buitenland: z.boolean().optional(),
    dagen: z.number().int().min(0).max(400).optional(),
    /** Days of leave already granted this school year for gewichtige omstandigheden (art. 14): they count towards
     *  the directeur's 10 days. Earlier holiday leave (art. 13a) is eerderVakantieverlofDitSchooljaar, never these days. */
    eerderVerlofDagen: z.number().int().min(0).max(400).optional(),
    eerderVakantieverlofDitSchooljaar: z.boolean().optional(),
    startdatum: isoDate.optional(),
    aanvraagdatum: isoDate.optional(),
    /** Religious duty notified to the head at least 2 days before (art. 13); false also when the day count is unknown. */
    kennisgevingTijdig: z.boolean().optional(),
    peildatum: isoDate.optional(),
    /** Schooldagen per week the pupil must attend (kwalificatieplichtigen: pro rata, art. 13a/14). */
    lesdagenPerWeek: z.number().min(0).max(5).optional(),
    kwalificatieplichtig: z.boolean().optional(),
    werkgeversverklaring: z.boolean().optional(),
    /** A holiday of 2 consecutive weeks is impossible in every school holiday (13a). */
    geenVakantieMogelijk: z.boolean().optional(),
    leeftijd: z.number().int().min(0).max(99).optional(),
    geboortedatum: isoDate.optional(),
    /** Hours per week requested (art. 11a, under-6s). */
    urenPerWeek: z.number().min(0).max(40).optional(),
    /** 5 onder a: statement by the designated independent expert (not the treating practitioner). */
    verklaringOnafhankelijkeDeskundige: z.boolean().optional(),
    verklaringBehandelaar: z.boolean().optional(),
    /** 5 onder b: the pupil was enrolled at a school of the objected richting in the past year. */
    eerderIngeschrevenRichting: z.boolean().optional(),
    /** 5 onder b: within reasonable distance there is a school of a richting the parents do not object to (art. 8 lid 1). */
    schoolZonderBezwaarBinnenAfstand: z.boolean().optional(),
    /** 5 onder c: statement that the pupil attends school abroad. */
    verklaringSchoolBuitenland: z.boolean().optional(),
    /** Art. 5a: the jongere travels with the parents (false: stays behind, e.g. with grandparents). */
    reistMee: z.boolean().optional(),
    /** Art. 15: the alternative education offered. */
    leerplichtig: z.boolean().optional(),
    /** Art. 15: the jongere is shown to receive sufficient education in another way (false: e.g. full-time work only). */
    voldoendeOnderwijsElders: z.boolean().optional(),
    /** Art. 7: date of the 5 onder a statement (at most 3 months old at the kennisgeving). */
    verklaringDatum: isoDate.optional(),
    /** Vervangende leerplicht: art. 3a (from 14, programme with light work) or art. 3b (last leerplicht year at an mbo or vavo instelling). */
    vervangendArtikel: z.enum(['3a', '3b']).optional(),
    /** Days between the notice to the head and the absence (art. 12, 13, 14 lid 2); negative = notice afterwards. */
    dagenVooraf: z.number().int().min(-400).max(400).optional(),
    regio: regio.optional(),
    /** Last day of the leave (inclusive); without it the period is `dagen` school days from the startdatum. */
    einddatum: isoDate.optional(),
    /** The school's own calendar (13a: the first two lesweken); otherwise the national advice dates of the region. */
    kalender: schoolKalender.optional(),
    /** 13a: the leave falls in the first two lesweken of the school year, stated without a date ("eerste week na de zomervakantie"). */
    inEersteTweeLesweken: z.boolean().optional(),
    /** The event is outside the family's own town (guideline days: dagenBuitenWoonplaats); abroad is `buitenland`. */
    buitenWoonplaats: z.boolean().optional(),
  })
  .strict();
export type VerlofInput = z.infer<typeof verlofInput>;
/** A leave request as the HTTP edge accepts it: the facts plus the checks between them. */
export const verlofRequest = verlofInput.refine((v) => !v.startdatum || !v.einddatum || v.einddatum >= v.startdatum, {
  message: 'De einddatum ligt vóór de startdatum.',
  path: ['einddatum'],
});

export const leerplichtInput = z
  .object({
    geboortedatum: isoDate,
    peildatum: isoDate.optional(),
    /** Full school years completed (for the 12-year rule). */
    volledigeSchooljaren: z.number().int().min(0).max(20).optional(),
    /** School year in which schooling began, as the calendar year of its 1 August (2014 = 2014-2015). */
    startSchooljaar: z.number().int().min(1990).max(2100).optional(),
    /** First day at school (groep 1): a school year counts only when attended from its first school day. */
    startdatumSchool: isoDate.optional(),
    /** The start school year was attended from its first school day (when no start date is known). */
    vanafBeginSchooljaar: z.boolean().optional(),
    /** School years spent at the basisschool, a partly attended first year included; fewer than 8 counts as 8 (art. 3 lid 2). */
    basisschoolJaren: z.number().int().min(4).max(12).optional(),
    /** School year in which the pupil entered the brugklas, as the calendar year of its 1 August. */
    brugklasSchooljaar: z.number().int().min(1990).max(2100).optional(),
    startkwalificatie: z.boolean().optional(),
    startkwalificatieDatum: isoDate.optional(),
    diplomaPraktijkonderwijs: z.boolean().optional(),
    /** vso uitstroomprofiel arbeidsmarkt or dagbesteding (art. 4a lid 2 onder b). */
    vsoUitstroomArbeidsmarktOfDagbesteding: z.boolean().optional(),
    ingeschreven: z.boolean().optional(),
    /** Region code (ijssel-vecht) or calendar region (noord/midden/zuid), for the first school day. */
    regio: regio.optional(),
  })
  .strict();
export type LeerplichtInput = z.infer<typeof leerplichtInput>;

export const leerplichtStatus = z.enum(['leerplicht', 'kwalificatieplicht', 'geen']);
export type LeerplichtStatus = z.infer<typeof leerplichtStatus>;

// ---- Additions for the rules module (additive; existing names unchanged) ----


export const verzuimSoortRegistratie = z.enum([
  'ongeoorloofd',
  'te-laat',
  'ziek',
  'vakantie-zonder-verlof',
  'geoorloofd', // leave granted, religious duty, schorsing: counted for nothing
]);
export type VerzuimSoortRegistratie = z.infer<typeof verzuimSoortRegistratie>;

export const verzuimRegistratie = z
  .object({
    datum: isoDate,
    /** Hours missed that day in the unit below (te laat: the minutes as a fraction, e.g. 0.25). */
    uren: z.number().min(0).max(24),
    eenheid: z.enum(['lesuur', 'klokuur']).optional(),
    soort: verzuimSoortRegistratie,
    /** The whole school day was missed (needed to see uninterrupted absence, langdurig relatief verzuim). */
    heleDag: z.boolean().optional(),
  })
  .strict();
export type VerzuimRegistratie = z.infer<typeof verzuimRegistratie>;

export const verzuimEvaluateInput = z
  .object({
    leerling: z
      .object({
        id: z.string().max(100).optional(),
        geboortedatum: isoDate.optional(),
        onderwijssoort: onderwijssoort,
        startkwalificatie: z.boolean().optional(),
      })
      .strict(),
    regio: regio.optional(),
    kalender: schoolKalender.optional(),
    peildatum: isoDate.optional(),
    /** IJssel-Vecht: the school and the leerplichtambtenaar agreed a preventive spreekuur. */
    spreekuurAfspraken: z.boolean().optional(),
    registraties: z.array(verzuimRegistratie).max(5000),
  })
  .strict();
export type VerzuimEvaluateInput = z.infer<typeof verzuimEvaluateInput>;
