import { calendarFor, nextSchoolDay, regionCalendar, type Kalender } from './calendar.js';
import { ageOn, birthday, dutchDate, schoolYearLabel, schoolYearStart, type IsoDate } from './dates.js';
import { ref } from './legal.js';
import { param } from './params.js';
import type { LeerplichtInput } from './schemas.js';
import type { Trace } from './trace.js';

// The 12-year end of leerplicht (Lpw art. 3 lid 1 onder a and lid 2): the end of the school year after which the
// pupil attended school for at least twelve *volledige* school years; a basisschool done in fewer than eight school
// years counts as eight. Readings chosen where the law is open (each says so in `uitleg`):
// - a school year counts only when the pupil was at school from its first school day; a child cannot be admitted
//   before its 4th birthday (WPO art. 39), so a start year that began before that birthday was partial;
// - when it is unknown whether the first year was full, it is not counted (the end never falls too early) and the
//   start month is asked;
// - the partial first year counts as a basisschool year for "in minder dan acht schooljaren" (again: never too early).

const julyEnd = (year: number) => `${year}-07-31`;
const VRAAG_START = 'In welke maand (of op welke datum) begon de leerling in groep 1 (alleen een schooljaar vanaf de eerste schooldag telt als volledig schooljaar)?';

/** First school day of the school year that opens in August of `jaar`. */
function eersteSchooldag(k: Kalender, jaar: number): IsoDate {
  return nextSchoolDay(k, `${jaar}-08-01`);
}

/** true/false when every possible calendar gives the same answer; undefined when it depends on the region. */
function vanafEersteSchooldag(datum: IsoDate, jaar: number, regio: string | undefined): boolean | undefined {
  const kalenders = regio ? [calendarFor(regio)] : (['noord', 'midden', 'zuid'] as const).map(regionCalendar);
  const uitkomsten = kalenders.map((k) => datum <= eersteSchooldag(k, jaar));
  if (uitkomsten.every((u) => u)) return true;
  if (uitkomsten.every((u) => !u)) return false;
  return undefined;
}

/** The last day of leerplicht by the 12-year count, or undefined when the school career is not known well enough. */
export function eindeNaTwaalfSchooljaren(input: LeerplichtInput, peildatum: IsoDate, t: Trace): IsoDate | undefined {
  const dob = input.geboortedatum;
  const nodig = param('leerplicht.volledigeSchooljaren', peildatum);
  const basisAls = param('leerplicht.basisschoolTeltAls', peildatum);
  const birthYear = Number(dob.slice(0, 4));
  const mogelijkeJaren = Math.max(0, ageOn(dob, peildatum) - 3);

  // A school career that starts before the child is 3, or counts more years than it can have, is a typing error:
  // it is set aside (and said so) instead of producing an end before the start.
  const startJaar = input.startdatumSchool ? schoolYearStart(input.startdatumSchool) : input.startSchooljaar;
  const eersteJaar = startJaar !== undefined && startJaar >= birthYear + 3 ? startJaar : undefined;
  if (startJaar !== undefined && eersteJaar === undefined) t.explain(`Schooljaar ${startJaar} ligt vóór het vierde levensjaar; dat gegeven is niet gebruikt.`);
  const volledig = input.volledigeSchooljaren !== undefined && input.volledigeSchooljaren <= mogelijkeJaren ? input.volledigeSchooljaren : undefined;
  if (input.volledigeSchooljaren !== undefined && volledig === undefined) {
    t.explain(`${input.volledigeSchooljaren} volledige schooljaren kan een kind van deze leeftijd niet hebben; dat gegeven is niet gebruikt.`);
  }
  const bj = input.basisschoolJaren ?? (eersteJaar !== undefined && input.brugklasSchooljaar !== undefined && input.brugklasSchooljaar > eersteJaar ? input.brugklasSchooljaar - eersteJaar : undefined);

  if (volledig !== undefined) {
    // Full school years counted by the school itself; a short basisschool adds the years it is deemed to have.
    const sy = schoolYearStart(peildatum);
    // The deemed years count only once the basisschool is behind the pupil (the brugklas has begun by the peildatum).
    const basisschoolAf = input.brugklasSchooljaar === undefined || input.brugklasSchooljaar <= sy;
    const extra = bj !== undefined && bj < basisAls && basisschoolAf ? basisAls - bj : 0;
    if (extra > 0) t.step(`De basisschool is in ${bj} schooljaren doorlopen; dat telt als ${basisAls} schooljaren.`, ref('lpw:3', 2));
    const gedaan = volledig + extra;
    return gedaan >= nodig ? julyEnd(sy) : julyEnd(sy + nodig - gedaan);
  }
  if (eersteJaar === undefined) return undefined;

  const label = schoolYearLabel(eersteJaar);
  const vier = birthday(dob, 4);
  let vanafBegin: boolean | undefined;
  const alleRegios = (['noord', 'midden', 'zuid'] as const).map(regionCalendar);
  if (alleRegios.every((k) => vier > eersteSchooldag(k, eersteJaar)) || (input.regio && vier > eersteSchooldag(calendarFor(input.regio), eersteJaar))) {
    vanafBegin = false;
    t.step(`De leerling werd pas op ${dutchDate(vier)} 4 jaar en kon dus niet vanaf de eerste schooldag van schooljaar ${label} op school zitten; dat schooljaar telt niet als volledig schooljaar.`, ref('lpw:3', 1));
  } else if (input.startdatumSchool) {
    vanafBegin = vanafEersteSchooldag(input.startdatumSchool, eersteJaar, input.regio);
    if (vanafBegin === undefined) t.ask('regio', 'In welke regio (vakantieregio noord, midden of zuid) lag de basisschool? Het eerste schooljaar begon daar op een andere dag.');
    else t.step(`De leerling begon op ${dutchDate(input.startdatumSchool)}: ${vanafBegin ? `vanaf het begin van schooljaar ${label}, dat telt als volledig schooljaar` : `halverwege schooljaar ${label}, dat telt niet als volledig schooljaar`}.`, ref('lpw:3', 1));
  } else {
    vanafBegin = input.vanafBeginSchooljaar;
    if (vanafBegin === false) t.step(`De leerling begon halverwege schooljaar ${label}; dat telt niet als volledig schooljaar.`, ref('lpw:3', 1));
  }
  if (vanafBegin === undefined) {
    if (!input.startdatumSchool) t.ask('startdatumSchool', VRAAG_START);
    t.explain(`Of schooljaar ${label} vanaf de eerste schooldag is gevolgd, is niet bekend; we tellen het daarom niet mee, zodat de leerplicht nooit te vroeg eindigt.`);
  }
  const eersteVolle = vanafBegin === true ? eersteJaar : eersteJaar + 1;

  if (bj !== undefined && bj < basisAls) {
    // Art. 3 lid 2: a basisschool done in fewer than eight school years counts as eight, from the first year at school.
    const brugklas = eersteJaar + bj;
    t.step(`De basisschool is in ${bj} schooljaren doorlopen (een overgeslagen groep telt mee); dat telt als ${basisAls} schooljaren. Vanaf de brugklas in ${schoolYearLabel(brugklas)} zijn nog ${nodig - basisAls} volledige schooljaren nodig.`, ref('lpw:3', 2));
    if (vanafBegin !== true) t.explain('Het schooljaar waarin de leerling halverwege in groep 1 begon, tellen we mee als basisschooljaar; zo eindigt de leerplicht nooit te vroeg.');
    return julyEnd(brugklas + nodig - basisAls);
  }
  if (bj !== undefined && bj > basisAls) t.explain('Een overgedane groep maakt de leerplicht niet langer of korter: elk volledig schooljaar op school telt mee.');
  return julyEnd(eersteVolle + nodig);
}

/** The facts still needed when the 12-year count could end leerplicht before the age limit. */
export function vraagSchoolloopbaan(input: LeerplichtInput, t: Trace): void {
  if (!input.startdatumSchool && input.startSchooljaar === undefined && input.volledigeSchooljaren === undefined) {
    t.ask('startdatumSchool', VRAAG_START);
  }
  if (input.basisschoolJaren === undefined && input.brugklasSchooljaar === undefined) {
    t.ask('basisschoolJaren', 'Heeft de leerling op de basisschool een groep overgeslagen of overgedaan? In hoeveel schooljaren is de basisschool doorlopen?');
    t.ask('brugklasSchooljaar', 'In welk schooljaar ging de leerling naar de brugklas (bijvoorbeeld 2022-2023)?');
  }
}
