import { calendarFor, hasSchoolYear, holidayName, isSchoolDay, lesweken, regionCalendar, type Kalender } from './calendar.js';
import { schooldagen } from './telwoord.js';
import { addDays, ageOn, daysBetween, dutchDate, mondayOf, schoolYearLabel, schoolYearStart, todayIso, type IsoDate } from './dates.js';
import { protocolRef, ref } from './legal.js';
import { decideLeerplicht } from './leerplicht.js';
import { urenEenheid, type Acties, type Ontvanger, type UrenEenheid } from './melding.js';
import { param, region, type Region } from './params.js';
import type { LegalRef, MeldingCode, MissingFact, VerzuimEvaluateInput, VerzuimRegistratie } from './schemas.js';
import { Trace } from './trace.js';

// Evaluates a pupil's absence registrations against the calendar: every DUO report that falls due
// (Lpw art. 21a: 16 hours within 4 consecutive lesweken, holiday weeks skipped), langdurig relatief verzuim,
// 18-plus-verzuim, luxe verzuim, and the regional protocol's triggers (incl. M@ZL).

export interface VerzuimMelding {
  melding: MeldingCode;
  verplicht: boolean;
  aan: Ontvanger;
  /** 'eerste' report, 'vervolg' after counting restarted, 'herhaal' during uninterrupted absence. */
  type: 'eerste' | 'vervolg' | 'herhaal';
  begindatum: IsoDate;
  /** null while the absence is still going on: fill it in when the pupil returns. */
  einddatum: IsoDate | null;
  /** The day the report became due. */
  datum: IsoDate;
  uren?: number;
  toelichting: string;
}

export interface Signaal {
  id: string;
  datum: IsoDate;
  omschrijving: string;
  sectie: string;
  melding?: MeldingCode;
  acties: Acties;
}

export interface VerzuimEvaluation {
  leerling: { id?: string; onderwijssoort: string; leeftijd?: number };
  peildatum: IsoDate;
  kalender: { bron: 'eigen' | 'regio' | 'gemeenschappelijk'; regio?: string; ongecontroleerd: string[] };
  urenEenheid?: UrenEenheid;
  totaalOngeoorloofdeUren: number;
  meldingen: VerzuimMelding[];
  regionaal: Signaal[];
  mazl: Signaal[];
  waarschuwingen: string[];
  legalBasis: LegalRef[];
  steps: string[];
  missing: MissingFact[];
}

const TELT = new Set(['ongeoorloofd', 'te-laat']);

interface Dag {
  datum: IsoDate;
  uren: number;
  soort: VerzuimRegistratie['soort'];
  heleDag: boolean;
}

function kalenderVoor(input: VerzuimEvaluateInput, reg: Region | undefined): { k: Kalender; bron: VerzuimEvaluation['kalender'] } {
  const eigen = input.kalender?.vakanties;
  if (eigen && eigen.length) {
    return { k: { vakanties: eigen.map((v) => ({ naam: v.naam ?? 'vakantie', van: v.van, tot: v.tot })), ongecontroleerd: [] }, bron: { bron: 'eigen', ongecontroleerd: [] } };
  }
  const r = input.kalender?.regio ?? reg?.kalenderregio;
  if (r) {
    const k = regionCalendar(r);
    return { k, bron: { bron: 'regio', regio: r, ongecontroleerd: k.ongecontroleerd } };
  }
  const k = calendarFor(undefined);
  return { k, bron: { bron: 'gemeenschappelijk', ongecontroleerd: k.ongecontroleerd } };
}

/** Merge registrations per day (sum of hours per kind), sorted; days outside school time are left out with a warning. */
function dagen(input: VerzuimEvaluateInput, k: Kalender, t: Trace, waarschuwingen: string[]): Dag[] {
  const map = new Map<string, Dag>();
  for (const r of input.registraties) {
    if (!isSchoolDay(k, r.datum)) {
      const h = holidayName(k, r.datum);
      waarschuwingen.push(`De registratie op ${dutchDate(r.datum)} valt ${h ? `in de ${h}` : 'in het weekend'} en telt niet mee.`);
      continue;
    }
    const key = `${r.datum}|${r.soort}`;
    const d = map.get(key);
    if (d) {
      d.uren += r.uren;
      d.heleDag ||= r.heleDag === true;
    } else map.set(key, { datum: r.datum, uren: r.uren, soort: r.soort, heleDag: r.heleDag === true });
  }
  const eenheid = urenEenheid(input.leerling.onderwijssoort);
  const verkeerd = input.registraties.find((r) => r.eenheid && ((eenheid === 'klokuren' && r.eenheid === 'lesuur') || (eenheid === 'lesuren' && r.eenheid === 'klokuur')));
  if (verkeerd) {
    waarschuwingen.push(
      eenheid === 'klokuren'
        ? 'Het po telt verzuim in klokuren; er staan lesuren in de registraties. Reken die om naar klokuren.'
        : 'Het vo telt verzuim in lesuren (van ten hoogste 60 minuten); er staan klokuren in de registraties. Reken die om naar lesuren.',
    );
    t.cite(ref('duo'));
  }
  return [...map.values()].sort((a, b) => a.datum.localeCompare(b.datum));
}

/** Consecutive school days with a whole-day unauthorised absence (holidays and weekends do not break a run). */
function aaneengesloten(dagenLijst: Dag[], k: Kalender, soorten: Set<string>, heleDag: boolean): { start: IsoDate; eind: IsoDate; schooldagen: IsoDate[] }[] {
  const dagSet = new Set(dagenLijst.filter((d) => soorten.has(d.soort) && (!heleDag || d.heleDag)).map((d) => d.datum));
  const sorted = [...dagSet].sort();
  const runs: { start: IsoDate; eind: IsoDate; schooldagen: IsoDate[] }[] = [];
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last) {
      let next = addDays(last.eind, 1);
      while (!isSchoolDay(k, next) && next < d) next = addDays(next, 1);
      if (next === d) {
        last.eind = d;
        last.schooldagen.push(d);
        continue;
      }
    }
    runs.push({ start: d, eind: d, schooldagen: [d] });
  }
  return runs;
}

export function evaluateVerzuim(input: VerzuimEvaluateInput): VerzuimEvaluation {
  const t = new Trace();
  const waarschuwingen: string[] = [];
  const peildatum = input.peildatum ?? input.registraties.map((r) => r.datum).sort().at(-1) ?? todayIso();
  const reg = region(input.regio);
  if (input.regio && !reg) waarschuwingen.push(`Voor regio '${input.regio}' is geen regionaal protocol opgeslagen; alleen de landelijke regels zijn toegepast.`);
  const { k, bron } = kalenderVoor(input, reg);
  if (bron.bron === 'gemeenschappelijk') {
    waarschuwingen.push('Er is geen regio of eigen vakantierooster opgegeven; alleen vakanties die in heel Nederland gelijk zijn, zijn overgeslagen.');
    t.ask('kalender.regio', 'In welke vakantieregio ligt de school (noord, midden of zuid), of welke vakanties heeft de school?');
  }
  if (input.registraties.some((r) => bron.ongecontroleerd.includes(schoolYearLabel(schoolYearStart(r.datum))))) {
    waarschuwingen.push(`De opgeslagen vakantiedata voor ${bron.ongecontroleerd.join(', ')} zijn niet tegen rijksoverheid.nl gecontroleerd; controleer ze met het eigen rooster.`);
  }
  if (bron.bron !== 'eigen' && input.registraties.some((r) => !hasSchoolYear(r.datum))) {
    waarschuwingen.push('Voor een deel van de registraties zijn geen vakantiedata opgeslagen; geef het eigen vakantierooster mee.');
  }

  const o = input.leerling.onderwijssoort;
  const eenheid = urenEenheid(o);
  const dob = input.leerling.geboortedatum;
  if (!dob && o !== 'po' && o !== 'so') {
    t.ask('leerling.geboortedatum', 'Wat is de geboortedatum van de leerling? Vanaf 18 jaar gelden andere meldregels.');
    waarschuwingen.push('Zonder geboortedatum gaan we uit van een leerling jonger dan 18.');
  }
  const ageAt = (d: IsoDate) => (dob ? ageOn(dob, d) : undefined);
  const grens18 = param('melding.verplichtOnder', peildatum);
  const sk = input.leerling.startkwalificatie;
  const doorstroomTot = param('doorstroompunt.leeftijdTot', peildatum);
  // Reading: reports to the leerplichtambtenaar follow the leer- of kwalificatieplicht (Lpw art. 3, 4a, 4b), which
  // starts on the first school day of the month after the 5th birthday; absence before that is no verzuim.
  const regioCode = input.regio ?? input.kalender?.regio;
  const plichtOp = (d: IsoDate) =>
    dob ? decideLeerplicht({ geboortedatum: dob, peildatum: d, ...(sk !== undefined ? { startkwalificatie: sk } : {}), ...(regioCode ? { regio: regioCode } : {}) }) : undefined;
  const leerplichtStart = plichtOp(peildatum)?.leerplichtStart;
  if (!dob && (o === 'po' || o === 'so')) waarschuwingen.push('Zonder geboortedatum gaan we ervan uit dat de leerling al leerplichtig is (de leerplicht begint op de eerste schooldag van de maand na de 5e verjaardag).');
  /** Who receives a report on day d; undefined = no report at all (before leerplicht, no duty left, 18+ with startkwalificatie or too old). */
  const ontvanger = (d: IsoDate): { aan: Ontvanger; plus: boolean } | undefined => {
    const a = ageAt(d);
    if (a === undefined) return { aan: 'leerplichtambtenaar', plus: false };
    if (a < grens18) return plichtOp(d)!.status === 'geen' ? undefined : { aan: 'leerplichtambtenaar', plus: false };
    if (sk === true || a >= doorstroomTot) return undefined;
    return { aan: 'doorstroompunt', plus: true };
  };

  const alle = dagen(input, k, t, waarschuwingen);
  const lijst = leerplichtStart ? alle.filter((d) => d.datum >= leerplichtStart) : alle;
  if (lijst.length < alle.length) {
    waarschuwingen.push(`Afwezigheid vóór ${dutchDate(leerplichtStart!)} telt niet mee: de leerplicht begint op de eerste schooldag van de maand na de 5e verjaardag.`);
    t.cite(ref('lpw:3', 1));
  }
  const meldingen: VerzuimMelding[] = [];
  const regionaal: Signaal[] = [];
  const mazl: Signaal[] = [];
  const grens = param('melding.zestienUren', peildatum);
  const venster = param('melding.vensterLesweken', peildatum);
  const lid = o === 'mbo' || o === 'vavo' ? 2 : 1;
  t.step(`Tel ongeoorloofde ${eenheid ?? 'uren'} per venster van ${venster} aaneengesloten lesweken; vakantieweken tellen niet als lesweek. Bij ${grens} uur is de grens bereikt.`, ref('lpw:21a', lid), ref('wrod:12', 3));

  if (!input.registraties.some((r) => r.heleDag !== undefined)) {
    const lang = aaneengesloten(lijst, k, TELT, false).some((r) => r.schooldagen.length > param('melding.lrvWeken', peildatum) * 5);
    if (lang) {
      waarschuwingen.push('Er is meer dan 4 weken achter elkaar verzuim geregistreerd, maar zonder heleDag. Geef aan welke dagen helemaal gemist zijn; alleen dan herkennen we langdurig relatief verzuim.');
      t.ask('registraties.heleDag', 'Heeft de leerling op deze dagen de hele schooldag gemist?');
    }
  }

  // Uninterrupted whole-day absence: langdurig relatief verzuim (< 18) or 18-plus-verzuim.
  const lrvWeken = param('melding.lrvWeken', peildatum);
  const plusWeken = param('melding.achttienPlusWeken', peildatum);
  const runs = aaneengesloten(lijst, k, TELT, true);
  const laatsteDatum = lijst.at(-1)?.datum;
  const lrvIn = new Map<IsoDate, IsoDate>(); // run start → date LRV/18+ became due
  for (const run of runs) {
    const o18 = ontvanger(run.schooldagen[0]!);
    const nodig = o18?.plus ? plusWeken * 5 : lrvWeken * 5 + 1; // 18+: at least 4 weeks; < 18: longer than 4 weeks
    const dag = run.schooldagen[nodig - 1];
    if (!dag) continue;
    const rv = ontvanger(dag);
    if (!rv) continue;
    lrvIn.set(run.start, dag);
    const lopend = run.eind === laatsteDatum;
    meldingen.push({
      melding: rv.plus ? '18-plus-verzuim' : 'langdurig-relatief-verzuim',
      verplicht: true,
      aan: rv.aan,
      type: 'eerste',
      begindatum: run.start,
      einddatum: lopend ? null : run.eind,
      datum: dag,
      toelichting: rv.plus
        ? `Sinds ${dutchDate(run.start)} aaneengesloten afwezig zonder geldige reden, ${plusWeken} weken of langer.`
        : `Sinds ${dutchDate(run.start)} aaneengesloten afwezig zonder geldige reden, langer dan ${lrvWeken} weken (${lrvWeken * 5} schooldagen).`,
    });
    t.step(
      rv.plus
        ? `Aaneengesloten verzuim van een 18-plusser zonder startkwalificatie van ${plusWeken} weken of meer: verplichte melding 18-plus-verzuim aan het Doorstroompunt.`
        : `Aaneengesloten verzuim van meer dan ${lrvWeken} weken: verplichte melding langdurig relatief verzuim.`,
      rv.plus ? ref(o === 'mbo' || o === 'vavo' ? 'web:9.2.2' : 'wvo:8.20') : ref('duo'),
    );
    if (reg && run.schooldagen.length > 0) {
      const dagen30 = reg.thuiszitter.dagen;
      const eindRun = run.eind;
      if (daysBetween(run.start, eindRun) + 1 >= dagen30) {
        regionaal.push({
          id: 'thuiszitter',
          datum: addDays(run.start, dagen30 - 1),
          omschrijving: `${dagen30} kalenderdagen aaneengesloten afwezig zonder geldige reden: (dreigende) thuiszitter.`,
          sectie: reg.thuiszitter.sectie,
          melding: 'langdurig-relatief-verzuim',
          acties: { school: reg.thuiszitter.school, leerplichtambtenaar: reg.thuiszitter.leerplichtambtenaar },
        });
      }
    }
  }

  // 16 hours within 4 lesweken; counting restarts the day after the end date (DUO, Inspectie).
  const herhaalMax = param('melding.herhaalmeldingen', peildatum);
  const herhaalDagen = param('melding.herhaalIntervalDagen', peildatum);
  // One entry per day: lateness and truancy on the same day add up; the day is whole when either says so.
  const tellen: Dag[] = [];
  for (const d of lijst.filter((x) => TELT.has(x.soort))) {
    const last = tellen.at(-1);
    if (last?.datum === d.datum) {
      last.uren += d.uren;
      last.heleDag ||= d.heleDag;
    } else tellen.push({ ...d });
  }
  let vanaf: IsoDate = '0000-01-01';
  const perRun = new Map<IsoDate, { laatste: IsoDate; herhaal: number }>();
  const vensterCache = new Map<IsoDate, IsoDate[]>();
  let eerste = 0; // window start index; both the window start and `vanaf` only move forward
  for (const [idx, d] of tellen.entries()) {
    if (d.datum < vanaf) continue;
    const maandag = mondayOf(d.datum);
    const weken = vensterCache.get(maandag) ?? lesweken(k, d.datum, venster);
    vensterCache.set(maandag, weken);
    const begin = [weken[0]!, vanaf].sort().at(-1)!;
    while (tellen[eerste]!.datum < begin) eerste++;
    const inVenster = tellen.slice(eerste, idx + 1);
    const som = Math.round(inVenster.reduce((s, x) => s + x.uren, 0) * 100) / 100;
    if (som < grens) continue;
    vanaf = addDays(d.datum, 1);
    const rv = ontvanger(d.datum);
    if (!rv) {
      t.step(`Op ${dutchDate(d.datum)} is de grens bereikt, maar de jongere is 18 of ouder met startkwalificatie of boven de leeftijdsgrens: geen melding.`);
      continue;
    }
    const run = runs.find((r) => r.start <= inVenster[0]!.datum && d.datum <= r.eind && d.heleDag);
    let type: VerzuimMelding['type'] = meldingen.some((m) => m.melding === '16-uur-in-4-weken') ? 'vervolg' : 'eerste';
    if (run) {
      const lrvDag = lrvIn.get(run.start);
      if (lrvDag && d.datum >= lrvDag) continue; // after the hand-over to LRV no more 16-hour reports in this run
      const state = perRun.get(run.start);
      if (state) {
        if (daysBetween(state.laatste, d.datum) < herhaalDagen || state.herhaal >= herhaalMax) continue;
        state.herhaal += 1;
        state.laatste = d.datum;
        type = 'herhaal';
      } else perRun.set(run.start, { laatste: d.datum, herhaal: 0 });
    }
    meldingen.push({
      melding: '16-uur-in-4-weken',
      verplicht: !rv.plus && type !== 'herhaal',
      aan: rv.aan,
      type,
      begindatum: inVenster[0]!.datum,
      einddatum: d.datum,
      datum: d.datum,
      uren: som,
      toelichting:
        type === 'herhaal'
          ? `Herhaalmelding bij doorlopend verzuim (ten hoogste ${herhaalMax}, één per ${herhaalDagen} dagen); daarna volgt langdurig relatief verzuim.`
          : `${som} ${eenheid ?? 'uur'} ongeoorloofd binnen ${venster} lesweken (${dutchDate(weken[0]!)} tot en met ${dutchDate(d.datum)}). De telling begint opnieuw op ${dutchDate(vanaf)}.${rv.plus ? ' Voor 18-plussers is deze melding niet verplicht.' : ''}`,
    });
  }
  if (meldingen.some((m) => m.melding === '16-uur-in-4-weken')) t.step('Elke keer dat de grens opnieuw wordt bereikt, volgt een nieuwe melding; de telling begint de dag na de einddatum.', ref('duo'));

  // Luxe verzuim: each run of vacation days without leave.
  for (const run of aaneengesloten(lijst, k, new Set(['vakantie-zonder-verlof']), false)) {
    const rv = ontvanger(run.start);
    if (!rv || rv.plus) continue;
    meldingen.push({
      melding: 'luxe-verzuim',
      verplicht: true,
      aan: 'leerplichtambtenaar',
      type: 'eerste',
      begindatum: run.start,
      einddatum: run.eind,
      datum: run.start,
      uren: lijst.filter((d) => d.soort === 'vakantie-zonder-verlof' && d.datum >= run.start && d.datum <= run.eind).reduce((s, d) => s + d.uren, 0),
      toelichting: `Vakantie zonder verlof van ${dutchDate(run.start)} tot en met ${dutchDate(run.eind)} (${schooldagen(run.schooldagen.length)}); deze uren tellen niet nog eens mee voor de 16 uur.`,
    });
    t.step('Vakantie buiten de schoolvakanties zonder verleend verlof: verplichte melding luxe verzuim.', ref('lpw:13a'), ref('duo'));
    if (reg && regionApplies(reg.interventies.onderwijssoorten, o)) {
      regionaal.push({ id: 'luxe-verzuim', datum: run.start, omschrijving: 'Luxe verzuim rond een vakantie.', sectie: reg.luxeVerzuim.sectie, melding: 'luxe-verzuim', acties: { school: reg.luxeVerzuim.school, leerplichtambtenaar: reg.luxeVerzuim.leerplichtambtenaar } });
    }
  }

  if (reg && regionApplies(reg.interventies.onderwijssoorten, o)) regionaleKeer(reg, lijst, regionaal, input.spreekuurAfspraken);
  if (reg && regionApplies(reg.mazl.onderwijssoorten, o)) mazlSignalen(reg, lijst, k, mazl);
  if (regionaal.length || mazl.length) t.cite(protocolRef(reg!.id));
  if (mazl.length) t.cite(ref('mazl'));

  meldingen.sort((a, b) => a.datum.localeCompare(b.datum));
  regionaal.sort((a, b) => a.datum.localeCompare(b.datum));
  if (!meldingen.length) t.step('Er is in deze registraties geen moment waarop een melding verplicht of afgesproken is.');
  const leeftijd = ageAt(peildatum);
  const result: VerzuimEvaluation = {
    leerling: { ...(input.leerling.id ? { id: input.leerling.id } : {}), onderwijssoort: o, ...(leeftijd !== undefined ? { leeftijd } : {}) },
    peildatum,
    kalender: bron,
    totaalOngeoorloofdeUren: Math.round(tellen.reduce((s, d) => s + d.uren, 0) * 100) / 100,
    meldingen,
    regionaal,
    mazl,
    waarschuwingen,
    legalBasis: t.legalBasis,
    steps: t.steps,
    missing: t.missing,
  };
  if (eenheid) result.urenEenheid = eenheid;
  return result;
}

function regionApplies(list: string[], o: string): boolean {
  return list.includes(o);
}

/** Protocol levels count "keer" per school year: each late arrival is 1, each hour absent is 1. */
function regionaleKeer(reg: Region, lijst: Dag[], out: Signaal[], spreekuur: boolean | undefined) {
  let jaar = -1;
  let keer = 0;
  let bereikt = new Set<string>();
  for (const d of lijst) {
    if (!TELT.has(d.soort)) continue; // luxe verzuim has its own row in the protocol
    const sy = schoolYearStart(d.datum);
    if (sy !== jaar) {
      jaar = sy;
      keer = 0;
      bereikt = new Set();
    }
    keer += d.soort === 'te-laat' ? 1 : Math.ceil(d.uren);
    for (const n of reg.interventies.niveaus) {
      if (keer < n.vanafKeer || bereikt.has(n.id)) continue;
      bereikt.add(n.id);
      const geldt = !n.alleenMetSpreekuur || spreekuur === true;
      out.push({
        id: n.id,
        datum: d.datum,
        omschrijving: `${n.vanafKeer}e keer ongeoorloofd te laat of afwezig dit schooljaar.${n.alleenMetSpreekuur ? (geldt ? ' Er zijn spreekuurafspraken.' : ' De melding geldt alleen als er afspraken over een preventief spreekuur zijn.') : ''}`,
        sectie: n.sectie,
        ...(n.melding && geldt ? { melding: n.melding as MeldingCode } : {}),
        acties: { school: n.school, leerplichtambtenaar: n.leerplichtambtenaar },
      });
    }
  }
}

/** M@ZL: the 4th consecutive sick day (contact with the parents), the 4th sick report within 12 school weeks, or the 7th consecutive sick school day (jeugdarts). */
function mazlSignalen(reg: Region, lijst: Dag[], k: Kalender, out: Signaal[]) {
  const m = reg.mazl;
  const runs = aaneengesloten(lijst, k, new Set(['ziek']), false);
  let laatsteVaak: IsoDate | undefined;
  for (const [idx, run] of runs.entries()) {
    const weken = lesweken(k, run.start, m.schoolweken);
    const binnen = runs.slice(0, idx + 1).filter((r) => r.start >= weken[0]!);
    if (binnen.length >= m.ziekmeldingen && (!laatsteVaak || !weken.includes(mondayOf(laatsteVaak)))) {
      laatsteVaak = run.start;
      out.push({
        id: 'mazl-ziekmeldingen',
        datum: run.start,
        omschrijving: `${binnen.length}e ziekmelding binnen ${m.schoolweken} schoolweken: aanmelden bij de jeugdarts.`,
        sectie: m.sectie,
        acties: { school: m.school, leerplichtambtenaar: m.leerplichtambtenaar },
      });
    }
    const contactDag = m.contactNaDagen !== undefined ? run.schooldagen[m.contactNaDagen - 1] : undefined;
    if (contactDag && m.contact) {
      out.push({
        id: 'mazl-contact-ouders',
        datum: contactDag,
        omschrijving: `${m.contactNaDagen}e aaneengesloten schooldag ziek: de mentor neemt contact op met de ouders.`,
        sectie: m.sectie,
        acties: { school: m.contact.school, leerplichtambtenaar: m.contact.leerplichtambtenaar },
      });
    }
    const zevende = run.schooldagen[m.aaneengeslotenDagen - 1];
    if (zevende) {
      out.push({
        id: 'mazl-aaneengesloten',
        datum: zevende,
        omschrijving: `${m.aaneengeslotenDagen}e aaneengesloten schooldag ziek: aanmelden bij de jeugdarts.`,
        sectie: m.sectie,
        acties: { school: m.school, leerplichtambtenaar: m.leerplichtambtenaar },
      });
    }
  }
  out.sort((a, b) => a.datum.localeCompare(b.datum));
}
