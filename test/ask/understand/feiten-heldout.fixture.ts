// Held-out questions per failure class of reading facts (u-feiten), written before the capability was changed.
// Each case names the facts that must be read (a value, or a test on the value) and the outcome the rules then give.
// They are measured through understand → rules → first sentence (read-question.ts); never tuned one by one.

export type FactCheck = string | number | boolean | ((v: unknown) => boolean);

export interface HeldOut {
  klasse: 'a' | 'b' | 'c' | 'c-datum' | 'd' | 'e' | 'f';
  q: string;
  facts?: Record<string, FactCheck>;
  /** Facts the text does not state (or states as absent) that must stay undefined. */
  absent?: string[];
  toegestaan?: true | false | 'afhankelijk';
  beslisser?: string;
  melding?: string;
  /** The first sentence of the answer. */
  lead?: RegExp;
  /** Not read yet: the reason (the test expects it to fail, so a fix shows up). */
  open?: string;
}

const positive = (v: unknown) => typeof v === 'number' && v > 0;
const earlierLeave = (v: unknown) => v === true;

export const heldOut: HeldOut[] = [
  // ---- a. stated history: earlier leave, notice relative to the absence, earlier enrolment ----
  {
    klasse: 'a',
    q: 'Wij hebben een bollenkwekerij en kunnen in geen enkele schoolvakantie weg; de werkgeversverklaring hebben we. In oktober waren de kinderen ook al een week weg met toestemming van de directeur. Mogen ze in maart nog 5 dagen vakantieverlof?',
    facts: { soort: 'vakantie-beroep', eerderVakantieverlofDitSchooljaar: earlierLeave },
    toegestaan: false,
    lead: /^Nee/,
  },
  {
    klasse: 'a',
    q: 'Vader werkt als seizoenswerker op een camping en kan nooit in de schoolvakanties weg. Eerder dit schooljaar heeft onze dochter al vier dagen vakantieverlof gekregen. Kunnen we in mei nog eens 6 dagen vakantieverlof aanvragen?',
    facts: { soort: 'vakantie-beroep', eerderVakantieverlofDitSchooljaar: earlierLeave },
    toegestaan: false,
  },
  {
    klasse: 'a',
    q: 'Ik ben directeur. Een ouder met een strandpaviljoen vraagt 8 dagen vakantieverlof in juni, de werkgeversverklaring zit erbij. Dit gezin is in november al met mijn toestemming een week op vakantie geweest. Mag ik dit toekennen?',
    facts: { dagen: 8, eerderVakantieverlofDitSchooljaar: earlierLeave },
    toegestaan: false,
  },
  {
    klasse: 'a',
    q: 'Mijn opa is plotseling overleden en we zijn meteen naar Turkije gevlogen voor de begrafenis, 5 dagen. We hebben de school pas achteraf gebeld, vier dagen na vertrek. Kan het verlof nog worden verleend?',
    facts: { omstandigheid: 'overlijden', dagenVooraf: -4 },
    toegestaan: false,
  },
  {
    klasse: 'a',
    q: 'De ouders hebben het verlof voor de bruiloft van de tante in Marokko twee maanden van tevoren aangevraagd; het gaat om 5 dagen. Kan de directeur dat geven?',
    facts: { omstandigheid: 'huwelijk', dagen: 5, dagenVooraf: (v) => typeof v === 'number' && v >= 56 && v <= 62 },
    toegestaan: true,
    beslisser: 'directeur',
  },
  {
    klasse: 'a',
    q: 'Hij was vorige maand al 6 dagen vrij voor de begrafenis van zijn vader in Suriname. Nu trouwt zijn zus in Paramaribo en vragen de ouders 5 dagen verlof. Mag de directeur dat geven?',
    facts: { eerderVerlofDagen: 6, dagen: 5 },
    toegestaan: 'afhankelijk',
    beslisser: 'leerplichtambtenaar',
  },
  {
    klasse: 'a',
    q: 'Vorig schooljaar kreeg hij 5 dagen verlof voor een bruiloft. Nu is zijn oma overleden en vragen we 2 dagen verlof voor de uitvaart. Mag dat?',
    absent: ['eerderVerlofDagen'],
    facts: { dagen: 2 },
    toegestaan: true,
    beslisser: 'directeur',
  },
  {
    klasse: 'a',
    q: 'We hebben de ziekte van onze zoon pas na een week aan school doorgegeven. Is zijn afwezigheid dan toch geoorloofd?',
    // Only the notice is tested here: recognising the kind (ziekte) belongs to the kind-of-leave work.
    facts: { dagenVooraf: -7 },
  },
  {
    klasse: 'a',
    q: 'In januari hebben we al 3 dagen verlof gekregen voor de verhuizing en de bruiloft van mijn broer. Nu vragen we 8 dagen voor de ernstige ziekte van opa. Wie beslist daarover?',
    facts: { eerderVerlofDagen: 3, dagen: 8 },
    toegestaan: 'afhankelijk',
    beslisser: 'leerplichtambtenaar',
  },

  // ---- b. limits applied to the request ----
  {
    klasse: 'b',
    q: 'Ik heb een ijssalon en kan in geen enkele schoolvakantie weg; een verklaring van de accountant heb ik. Mogen mijn kinderen in februari 12 schooldagen vakantieverlof krijgen?',
    facts: { soort: 'vakantie-beroep', dagen: 12 },
    toegestaan: false,
    lead: /10/,
  },
  {
    klasse: 'b',
    q: 'We zijn melkveehouders en kunnen in geen enkele schoolvakantie weg. Kunnen we in januari voor drie weken vakantieverlof krijgen?',
    facts: { dagen: 15 },
    toegestaan: false,
    lead: /10/,
  },
  {
    klasse: 'b',
    q: 'Vakantieverlof vanwege het beroep van vader (hij is visser): kan dat in de tweede week na de zomervakantie?',
    facts: { inEersteTweeLesweken: true },
    toegestaan: false,
  },
  {
    klasse: 'b',
    q: 'Een boerengezin vraagt dit schooljaar voor de tweede keer vakantieverlof vanwege het werk van de ouders. Mag de directeur dat toekennen?',
    facts: { eerderVakantieverlofDitSchooljaar: true },
    toegestaan: false,
  },
  {
    klasse: 'b',
    q: 'De leerling (15) wil 12 dagen verlof voor de bruiloft van zijn broer in Indonesië. Wie beslist?',
    facts: { dagen: 12 },
    toegestaan: 'afhankelijk',
    beslisser: 'leerplichtambtenaar',
  },
  {
    klasse: 'b',
    q: 'Wij hebben een camping; kunnen we de kinderen direct na de zomervakantie een week vakantieverlof geven?',
    facts: { inEersteTweeLesweken: true },
    toegestaan: false,
  },
  {
    klasse: 'b',
    q: 'Mijn man is seizoenswerker in de bollenteelt en in het voorjaar heel druk. In de herfstvakantie kunnen we wel weg. Mogen we in mei 5 dagen vakantieverlof?',
    facts: { geenVakantieMogelijk: false },
    toegestaan: false,
  },
  {
    klasse: 'b',
    q: 'Een kwalificatieplichtige student gaat 2 dagen per week naar school (bbl). Hij vraagt 5 dagen verlof voor de bruiloft van zijn zus in Turkije. Mag de directeur dat geven?',
    facts: { kwalificatieplichtig: true, lesdagenPerWeek: 2, dagen: 5 },
    toegestaan: 'afhankelijk',
    beslisser: 'leerplichtambtenaar',
  },
  {
    klasse: 'b',
    q: 'Ons gezin heeft een boerderij, in geen enkele vakantie kunnen we weg en de verklaring is er. We willen 14 dagen in november. Wat kan de school toestaan?',
    facts: { dagen: 14 },
    toegestaan: false,
    lead: /10/,
  },

  // ---- c. numbers, durations and dates in words ----
  {
    klasse: 'c',
    q: 'Het gezin heeft een hotel en kan in geen enkele schoolvakantie weg. Ze vragen anderhalve week vakantieverlof in maart. Hoeveel dagen mag de directeur geven?',
    facts: { dagen: (v) => v === 7 || v === 8 },
  },
  {
    klasse: 'c',
    q: 'Vader is visser en kan in geen enkele schoolvakantie weg. Ze willen in februari een week of drie op vakantie met vakantieverlof. Mag dat?',
    facts: { dagen: 15 },
    toegestaan: false,
  },
  {
    klasse: 'c',
    q: 'Wij hebben een akkerbouwbedrijf en kunnen nooit in de schoolvakanties weg. We willen ruim twee weken vakantieverlof in maart. Kan dat?',
    facts: { dagen: (v) => typeof v === 'number' && v > 10 },
    toegestaan: false,
  },
  {
    klasse: 'c',
    q: 'Opa is in Ghana overleden; we willen een dag of vijf weg voor de begrafenis. Mag dat?',
    facts: { omstandigheid: 'overlijden', dagen: 5 },
    toegestaan: true,
  },
  {
    klasse: 'c',
    q: 'Mijn dochter van 13 zit al een half jaar thuis en gaat niet naar school. Wat moet de school doen?',
    facts: { aaneengeslotenWekenAfwezig: (v) => typeof v === 'number' && v >= 20 },
    melding: 'langdurig-relatief-verzuim',
  },
  {
    klasse: 'c',
    q: 'Leerling van 14 (vo) heeft in drie weken tijd zeventien lesuren ongeoorloofd verzuimd. Moet ik melden?',
    facts: { ongeoorloofdeUren: 17 },
    melding: '16-uur-in-4-weken',
  },
  {
    klasse: 'c',
    q: 'Zijn oom trouwt in Duitsland en ze willen anderhalve week weg. Kan de directeur dat verlof geven?',
    facts: { omstandigheid: 'huwelijk', dagen: (v) => v === 7 || v === 8 },
    toegestaan: 'afhankelijk',
  },
  {
    klasse: 'c',
    q: 'Een leerling van 15 op het vmbo heeft de afgelopen vier weken drie dagen van 6 lesuren gespijbeld. Moet dat gemeld worden?',
    facts: { ongeoorloofdeUren: 18 },
    melding: '16-uur-in-4-weken',
  },
  {
    klasse: 'c',
    q: 'Mijn nicht trouwt in Spanje en we vragen twee en een halve week verlof. Mag de directeur dat geven?',
    facts: { dagen: (v) => typeof v === 'number' && v >= 12 },
    toegestaan: 'afhankelijk',
    beslisser: 'leerplichtambtenaar',
  },

  // ---- f. negation scope: a negated fact is not read as present ----
  {
    klasse: 'f',
    q: 'Mijn zoon van 17 heeft geen diploma en zit niet meer op school. Is hij nog kwalificatieplichtig?',
    facts: { startkwalificatie: false },
  },
  {
    klasse: 'f',
    q: 'Het meisje (11) is na de verhuizing nergens ingeschreven. Moet ik dit melden?',
    facts: { ingeschreven: false },
    melding: 'absoluut-verzuim',
  },
  {
    klasse: 'f',
    q: 'De leerling (14, vo) is drie dagen zonder toestemming met zijn ouders op vakantie gegaan. Wat moet de school doen?',
    facts: { soortVerzuim: 'vakantie-zonder-verlof' },
    absent: ['eerderVerlofDagen'],
  },
  {
    klasse: 'f',
    q: 'Een leerling van 13 was de hele week afwezig en is niet ziek gemeld. Moet ik dit melden?',
    absent: ['ziekmeldingTijdig'],
    facts: { soortVerzuim: (v) => v !== 'ziek' },
  },
  {
    klasse: 'f',
    q: 'Ons kind (12) heeft het afgelopen jaar geen verlof gehad. We willen 2 dagen vrij voor de bruiloft van haar tante. Mag dat?',
    facts: { eerderVerlofDagen: (v) => v === undefined || v === 0, dagen: 2 },
    // A wedding of an aunt (3rd degree) has a guideline of 1 day: 2 days is for the directeur to weigh.
    toegestaan: 'afhankelijk',
  },
  {
    klasse: 'f',
    q: 'Er is dit schooljaar nog geen vakantieverlof verleend. Vader is visser en kan in geen enkele schoolvakantie weg; de verklaring van de werkgever is er. Mogen de kinderen in maart 5 dagen weg?',
    facts: { eerderVakantieverlofDitSchooljaar: false },
  },
  {
    klasse: 'f',
    q: 'De directeur heeft het verlof niet toegekend, maar de ouders zijn toch 4 dagen naar Spanje gegaan. Leerling is 9. Wat nu?',
    facts: { soortVerzuim: 'vakantie-zonder-verlof' },
    absent: ['eerderVerlofDagen'],
  },
  {
    klasse: 'f',
    q: 'Het behandelplan kan niet buiten schooltijd; de leerling (10) moet 3 dagen naar het ziekenhuis voor een behandeling. Mag hij daarvoor verlof krijgen?',
    facts: { buitenLestijdMogelijk: (v) => v !== true },
  },

  // ---- c (dates). Today is 2026-11-22 (expect.ts): the coming school year's dates ----
  {
    klasse: 'c-datum',
    q: 'Mijn dochter wil de dag na Koningsdag vrij voor de bruiloft van haar oom in Gent. Mag dat?',
    facts: { startdatum: '2027-04-28' },
  },
  {
    klasse: 'c-datum',
    q: 'Vader is visser en kan in geen enkele schoolvakantie weg. Mogen de kinderen de week voor de kerstvakantie vrij?',
    facts: { inEersteTweeLesweken: false, dagen: 5 },
  },
  {
    klasse: 'c-datum',
    q: 'Wij hebben een camping en kunnen nooit in de schoolvakanties weg. We willen vlak na de meivakantie 5 dagen vakantieverlof. Mag dat?',
    facts: { inEersteTweeLesweken: false, dagen: 5 },
  },
  {
    klasse: 'c-datum',
    q: 'De leerling (14, vo) is deze maand voor de derde keer zonder reden weggebleven. Moet ik dat melden?',
    facts: { keerOngeoorloofd: 3 },
  },
  {
    klasse: 'c-datum',
    q: 'We zijn akkerbouwers en kunnen in geen enkele vakantie weg. Kunnen we de eerste week na de herfstvakantie vakantieverlof krijgen, 5 dagen?',
    facts: { inEersteTweeLesweken: false },
  },
  {
    klasse: 'c-datum',
    q: 'Onze zoon wil op 3 maart vrij voor de begrafenis van zijn opa. Kan dat?',
    facts: { startdatum: '2027-03-03' },
  },
  {
    klasse: 'c-datum',
    q: 'De moeder belde de dag na de uitvaart dat haar zoon 2 dagen afwezig was vanwege het overlijden van zijn oma. Kan het verlof achteraf?',
    facts: { dagenVooraf: (v) => typeof v === 'number' && v < 0 },
  },
  {
    klasse: 'c-datum',
    q: 'Mijn broer trouwt op de vrijdag voor de voorjaarsvakantie in Utrecht. Mag mijn dochter die dag vrij?',
    facts: { dagen: 1, omstandigheid: 'huwelijk' },
  },

  // ---- d. week-by-week absence lists: registrations in the rolling window of 4 lesweken ----
  {
    klasse: 'd',
    q: 'Leerling (14, havo) spijbelde week 1: 3 lesuren, week 2: 6 lesuren, week 3: 5 lesuren, week 4: 4 lesuren. Moet ik melden?',
    facts: { ongeoorloofdeUren: 18 },
    melding: '16-uur-in-4-weken',
  },
  {
    klasse: 'd',
    q: 'Ongeoorloofd verzuim per week: week 1 8 uur, week 2 0 uur, week 3 0 uur, week 4 0 uur, week 5 9 uur. Het gaat om een 15-jarige op het vmbo. Moet dit gemeld worden?',
    facts: { ongeoorloofdeUren: (v) => typeof v === 'number' && v < 16 },
    // Under 16 hours in every window: no 16-hour report; the school may still report other absence.
    melding: 'overig-verzuim',
  },
  {
    klasse: 'd',
    q: 'In week 38 spijbelde hij 5 uur, in week 39 7 uur en in week 40 6 uur. Hij is 14 en zit op het vmbo. Wat moet ik doen?',
    facts: { ongeoorloofdeUren: 18 },
    melding: '16-uur-in-4-weken',
  },
  {
    klasse: 'd',
    q: 'Groep 7, leerling van 10: de eerste week 4 uur, de tweede week 3 uur, de derde week 4 uur en de vierde week 3 uur ongeoorloofd afwezig. Melden?',
    facts: { ongeoorloofdeUren: 14 },
    // Under 16 hours in every window: no 16-hour report; the school may still report other absence.
    melding: 'overig-verzuim',
  },
  {
    klasse: 'd',
    q: 'Brugklasser (12) verzuimt al drie weken elke maandag 4 lesuren en elke vrijdag 3 lesuren zonder geldige reden. Moet de school melden?',
    facts: { ongeoorloofdeUren: 21 },
    melding: '16-uur-in-4-weken',
  },
  {
    klasse: 'd',
    q: 'Overzicht ongeoorloofd verzuim van een leerling van 13 (vo): week 1 - 2 uur, week 2 - 4 uur, week 3 - 5 uur, week 4 - 6 uur, week 5 - 1 uur. Is dit meldplichtig?',
    facts: { ongeoorloofdeUren: 17 },
    melding: '16-uur-in-4-weken',
  },
  {
    klasse: 'd',
    q: 'Onze leerling (15, vo) was ongeoorloofd afwezig: eerste week 6 uur, tweede week niets, derde week 6 uur, vierde week 5 uur. Moeten we dit melden bij DUO?',
    facts: { ongeoorloofdeUren: 17 },
    melding: '16-uur-in-4-weken',
  },
  {
    klasse: 'd',
    q: 'Spijbeluren van een 14-jarige (vo), per week: 4, 4, 4 en 3. Moet er een melding komen?',
    facts: { ongeoorloofdeUren: 15 },
    // Under 16 hours in every window: no 16-hour report; the school may still report other absence.
    melding: 'overig-verzuim',
  },

  // ---- e. indirect birth date or age ----
  {
    klasse: 'e',
    q: 'Mijn zoon is van 2013 en zit in de tweede klas. Is hij leerplichtig?',
    facts: { geboortedatum: (v) => typeof v === 'string' && v.startsWith('2013') },
  },
  {
    klasse: 'e',
    q: 'Zij werd in de zomer 12 en zit nu in de brugklas. Mag ze 2 dagen vrij voor de bruiloft van haar tante in Parijs?',
    facts: { leeftijd: 12 },
  },
  {
    klasse: 'e',
    q: 'Hij wordt over twee maanden 16. Moet hij na dit schooljaar nog naar school?',
    facts: { leeftijd: 15 },
  },
  {
    klasse: 'e',
    q: 'Een meisje dat in 2008 geboren is en geen diploma heeft, verzuimt al 5 weken. Wat moet de school doen?',
    facts: { geboortedatum: (v) => typeof v === 'string' && v.startsWith('2008') },
  },
  {
    klasse: 'e',
    q: '2011 geboren jongen, havo 4, heeft 20 lesuren gespijbeld in 3 weken. Moet ik dit melden?',
    facts: { geboortedatum: (v) => typeof v === 'string' && v.startsWith('2011') },
    melding: '16-uur-in-4-weken',
  },
  {
    klasse: 'e',
    q: 'Mijn dochter, in 2020 geboren, mag ze 5 uur per week thuisblijven?',
    facts: { geboortedatum: (v) => typeof v === 'string' && v.startsWith('2020') },
  },
  {
    klasse: 'e',
    open: 'a birth month giving one age is read as that age, not as the month (leeftijd 16)',
    q: 'Jongen (geb. maart 2010) zonder startkwalificatie wil stoppen met school. Mag dat?',
    facts: { geboortedatum: (v) => typeof v === 'string' && v.startsWith('2010-03') },
  },
  {
    klasse: 'e',
    q: 'Onze zoon is in 2014 geboren en zit in groep 8. Is hij nog leerplichtig?',
    facts: { geboortedatum: (v) => typeof v === 'string' && v.startsWith('2014') },
  },
  {
    klasse: 'e',
    q: 'Mijn kind is afgelopen voorjaar 5 geworden. Mag ik haar 5 uur per week thuishouden?',
    facts: { leeftijd: 5 },
  },
];
