// Builds test/privacy/pii-corpus.jsonl: realistic Dutch questions with planted personal data and their spans.
// Deterministic (seeded), so the corpus only changes when this file does. Run: npx tsx test/privacy/build-corpus.ts
// Names are drawn partly from outside the redactor's first-name list, so the name recall is not measured on its own list.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let seed = 20261122;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

const firstNames = [
  'Sanne', 'Daan', 'Jurre', 'Tygo', 'Fenna', 'Mohammed', 'Fatima', 'Elif', 'Yusuf', 'Noor', 'Bram', 'Lotte', 'Kees',
  'Anouk', 'Ayoub', 'Zeynep', 'Milan', 'Jasmijn', 'Piotr', 'Priya', 'Sem', 'Liam', 'Emma', 'Julia',
  // not in the redactor's list
  'Senna', 'Wiebe', 'Marit', 'Djenna', 'Xander', 'Tijmen', 'Rutger', 'Giel', 'Maik', 'Chayenne', 'Kenan', 'Dewi',
  'Guusje', 'Melle', 'Ouassima', 'Yfke', 'Brent', 'Joëlle', 'Rowan', 'Naomi',
];
const tussen = ['', '', '', 'de ', 'van ', 'van der ', 'van den ', 'ter ', 'el '];
const lastNames = [
  'Vries', 'Jong', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Boer', 'Mulder', 'Groot', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'Leeuwen', 'Dekker', 'Brouwer', 'Wit', 'Dijkstra', 'Wolters', 'Öztürk', 'Yilmaz', 'Amrani', 'Haddou',
  'Kowalski', 'Nguyen', 'Pietersen', 'Kamphuis', 'Scholten', 'Hofstede', 'Veldhuis', 'Brink', 'Huisman', 'Koster',
];
const streets = [
  'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsplein', 'Burgemeester de Withstraat', 'Assendorperstraat',
  'Thorbeckegracht', 'Diezerkade', 'Melkmarkt', 'Hoogstraat', 'Bachlaan', 'Oosterlaan', 'Zandweg', 'Eikenhof',
  'Van Karnebeekstraat', 'Kastanjedreef', 'Boerhaavelaan', 'Nieuwe Markt', 'Sallandsweg', 'IJsselkade',
];
const places = ['Zwolle', 'Kampen', 'Deventer', 'Dalfsen', 'Raalte', 'Hardenberg', 'Ommen', 'Hattem', 'Staphorst'];
const domains = ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'school-zwolle.nl', 'live.nl'];
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function bsn(): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => int(0, 9));
    if (d[0] === 0) d[0] = 1;
    const sum = d.reduce((s, v, i) => s + v * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) {
      const s = d.join('') + String(last);
      return pick([s, s, `${s.slice(0, 4)}.${s.slice(4, 6)}.${s.slice(6)}`, `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`]);
    }
  }
}

function iban(): string {
  const bank = pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ']);
  const acct = String(int(100000000, 999999999)) + String(int(0, 9));
  const numeric = [...`${bank}${acct}NL00`].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  const check = String(98 - rest).padStart(2, '0');
  const compact = `NL${check}${bank}${acct}`;
  return rnd() < 0.5 ? compact : compact.replace(/(.{4})/g, '$1 ').trim();
}

function phone(): string {
  const mob = `${int(1, 9)}${int(1000000, 9999999)}`;
  const area = pick(['038', '0570', '020', '030', '0529', '0523']);
  const rest = String(int(10 ** (9 - area.length + 1 - 1), 10 ** (10 - area.length) - 1));
  return pick([
    `06-${mob}`, `06 ${mob}`, `06${mob}`, `06 ${mob.slice(0, 2)} ${mob.slice(2, 4)} ${mob.slice(4, 6)} ${mob.slice(6)}`,
    `+31 6 ${mob}`, `+316${mob}`, `+31 (0)6 ${mob}`, `0031 6 ${mob}`, `${area}-${rest}`, `${area} ${rest}`,
    `(${area}) ${rest}`,
  ]);
}

function postcode(): string {
  const letters = 'ABCEGHJKLMNPRTVWXZ';
  return `${int(1000, 9999)}${pick([' ', ''])}${letters[int(0, letters.length - 1)]}${letters[int(0, letters.length - 1)]}`;
}

const person = () => `${pick(firstNames)} ${pick(tussen)}${pick(lastNames)}`;
const achternaam = () => `${pick(['De ', 'Van ', 'Van der ', '', '', ''])}${pick(lastNames)}`;
const email = () => `${pick(firstNames).toLowerCase().replace('ë', 'e')}.${pick(lastNames).toLowerCase().replace('ö', 'o')}${pick(['', String(int(1, 99))])}@${pick(domains)}`;
const birth = () => pick([
  `${int(1, 28)}-${String(int(1, 12)).padStart(2, '0')}-${int(2008, 2020)}`,
  `${int(1, 28)} ${pick(months)} ${int(2008, 2020)}`,
]);
const initialen = () => `${pick(['J.', 'A.B.', 'M.', 'P.J.', 'S.', 'K.L.M.', 'E. ', 'R.'])}${pick(['', ' '])}${pick(['', 'de ', 'van ', 'van der '])}${pick(lastNames)}`.replace(/\s+/g, ' ');
const adres = () => `${pick(streets)} ${int(1, 250)}${pick(['', '', 'a', 'B', '-2'])}`;

// `{type:value}` marks a planted span; `[keep]` marks a fact the rules need that must survive redaction.
type Slot = () => string;
const S: Record<string, Slot> = {
  naam: person, voornaam: () => pick(firstNames), achternaam, bsn, iban, telefoon: phone, 'e-mail': email,
  postcode, adres, geboortedatum: birth, initialen,
};

const templates: string[] = [
  'Mijn leerling {naam:voornaam-achter} is [14 jaar] en heeft [16 uur] ongeoorloofd verzuim in [4 weken], moet ik melden?',
  'Leerling {naam:naam} uit [havo 3] was [12 lesuren] afwezig zonder reden, BSN {bsn}.',
  'Kunt u mij terugbellen op {telefoon}? Het gaat over mijn zoon {naam:voornaam} ([15 jaar], [vmbo]).',
  'De moeder van {naam:naam} ({geboortedatum}) vraagt [10 dagen] verlof voor een bruiloft in [Turkije].',
  'Mevrouw {naam:achternaam} wil verlof voor haar dochter, mail haar op {e-mail}.',
  'De heer {naam:achternaam} woont op {adres}, {postcode} Zwolle en zijn zoon zit in [groep 7].',
  'Graag het boetebedrag overmaken op {iban} t.n.v. de ouders van {naam:naam}.',
  'Onze leerling {naam:naam}, geboren op {geboortedatum}, woont aan de {adres} in Kampen.',
  '{naam:voornaam} ([13 jaar]) zit op het [vwo] en is sinds [3 weken] thuis; vader is bereikbaar via {telefoon}.',
  'Ik ben de mentor van {naam:naam} en wil weten of [luxe verzuim] gemeld moet worden in [IJssel-Vecht].',
  'BSN van de leerling: {bsn}; geboortedatum {naam:naam}: {geboortedatum}.',
  'Is {naam:naam} leerplichtig als hij op [1 augustus 2026] [16 jaar] is en geen startkwalificatie heeft?',
  'Vraag van dhr. {naam:achternaam} ({e-mail}) over [verlof buiten de schoolvakanties].',
  'Het gezin {naam:achternaam} verhuist naar {adres}, {postcode} Deventer, per [1 september].',
  'Kind: {naam:naam}, adres {adres}, {postcode} Raalte, tel {telefoon}, school: [praktijkonderwijs].',
  'Hoi, ik bel namens {naam:naam}, haar nummer is {telefoon} en haar BSN {bsn}.',
  'Onze leerling {naam:naam} heeft [8 keer te laat] gemeld, moet dit naar de leerplichtambtenaar?',
  'De ouders van {naam:voornaam} willen [2 weken] naar [Marokko] vanwege een begrafenis, wie beslist?',
  'Leerlinge {naam:naam} zit in [mbo niveau 2] en is [18 jaar]; haar e-mail is {e-mail}.',
  'Graag contact met mevrouw {naam:naam} via {e-mail} of {telefoon} over het [verzuim].',
  '{naam:naam} (geb. {geboortedatum}) staat ingeschreven op {adres}, {postcode}.',
  'Wij hebben {naam:naam} ({geboortedatum}) uitgeschreven, want het gezin is naar [Polen] vertrokken.',
  'Rekeningnummer van de ouder: {iban}. Het gaat om leerling {naam:naam}.',
  'Mijn dochter {naam:voornaam} is [5 jaar], mag ze [5 uur per week] thuisblijven?',
  'Zoon {naam:naam} heeft in [4 weken] [20 lesuren] gemist; bsn {bsn}; woonadres {adres}.',
  'Bij deze de gegevens: {naam:naam}, {adres}, {postcode} Dalfsen, {telefoon}, {e-mail}.',
  'Geachte mevrouw {naam:achternaam}, uw verzoek voor [3 dagen] verlof op [12 mei] is ontvangen.',
  'Beste {naam:voornaam}, kun je de verzuimmelding van [havo 4] vandaag sturen naar {e-mail}?',
  'Leerling {naam:naam} ({geboortedatum}) had [16 uur] verzuim, het [16-uur-in-4-weken] moet gemeld worden.',
  'Ik heb {naam:naam} gesproken; zij is [17 jaar] en werkt [3 dagen per week] bij een bakker.',
  'Vader ({telefoon}) zegt dat {naam:voornaam} ziek was, maar de school twijfelt aan de ziekmelding.',
  'Leerplichtige {naam:naam} is al [6 weken] niet op school geweest, geen inschrijving na verhuizing naar {adres}.',
  'Hierbij het BSN {bsn} en IBAN {iban} van de aanvrager.',
  'De intern begeleider {naam:naam} vraagt of [M@ZL] nodig is na [4 ziekmeldingen in 12 weken].',
  'Mail {e-mail}, postcode {postcode}, telefoon {telefoon}: alles over leerling {naam:voornaam-achter}.',
  'Mag {naam:naam} op [vrijdag 20 december] eerder weg voor de [kerstvakantie]?',
  'Student {naam:naam} uit [bol niveau 3] is [19 jaar] en krijgt [studiefinanciering].',
  'Op {adres} in Ommen woont {naam:naam}, geboren {geboortedatum}, die [vso] volgt.',
  'Zijn telefoonnummer: {telefoon}. Hij heet {naam:voornaam-achter} en zit in [klas 2].',
  'Mevr. {naam:achternaam} meldt dat haar zoon [10 dagen] in [Suriname] was voor een begrafenis.',
  'Leerling {naam:naam} heeft volgens {e-mail} een vrijstelling op grond van [artikel 5 onder a].',
  'Vraag: moet ik het [verzuim] van {naam:naam} ([14 jaar], [groep 8]) via DUO melden?',
  'Oma van {naam:voornaam} belde vanaf {telefoon}; het kind is sinds [maandag] afwezig.',
  'Stuur het verslag over {naam:naam} naar {e-mail} en bel {telefoon} bij vragen.',
  'Onze leerling heet {naam:voornaam-achter} en woont aan {adres}, {postcode} Hattem.',
  'Bijgaand de gegevens van {naam:naam}: BSN {bsn}, geboren op {geboortedatum}.',
  'Juf {naam:voornaam} zegt dat [groep 5] op [15 april 2026] een studiedag heeft.',
  'De zus van {naam:naam} zit ook op onze school; beiden [12 uur] afwezig in [4 weken].',
  'Meneer {naam:achternaam} heeft op {e-mail} gevraagd om [verlof wegens gewichtige omstandigheden].',
  'Kunt u {naam:naam} ({geboortedatum}) inschrijven? Ouders zijn bereikbaar op {telefoon}.',
  '{naam:naam} uit Zwolle heeft [4 keer] gespijbeld en is [15 jaar].',
  'Leerling {naam:naam} kreeg [1 dag] schorsing, moet ik dat melden bij [Inspectie]?',
  'Ouders {naam:achternaam}, {adres}, {postcode} Kampen: verzoek [extra vakantieverlof] van [5 dagen].',
  'Mijn leerling {naam:naam} met BSN {bsn} is vanaf [1 oktober] niet meer ingeschreven.',
  'Het IBAN {iban} staat op het verlofformulier van {naam:naam}.',
  'Hoe lang blijft {naam:naam} kwalificatieplichtig? Zij is [17 jaar] en zit op de [havo].',
  // Forms that slipped through the probe of issue 14: capitalised address cues, initials, names at the start of a
  // sentence, two-word names without a cue word. Also the shape of staff text (draft answers, notes, comments).
  'Woont aan de {adres} in Zwolle; de leerling is [15 jaar] en zit op het [vmbo].',
  'Adres: {adres}, {postcode} Deventer. Verzuim: [12 uur] in [4 weken].',
  'Verhuisd naar {adres} per [1 maart], nieuwe school onbekend.',
  'Woonachtig op {adres} te Kampen, [groep 8].',
  'Volgens {naam:initialen} is de leerling [16 uur] afwezig geweest.',
  '{naam:initialen} heeft het verzuim al gemeld bij de [leerplichtambtenaar].',
  'Het verslag van {naam:initialen} over [luxe verzuim] komt morgen.',
  '{naam:voornaam} heeft [20 uur] gespijbeld in [3 weken] en is [14 jaar].',
  '{naam:voornaam-achter} is [14 jaar] en zit in [havo 3]; wie beslist over [verlof]?',
  '{naam:naam} vroeg om [3 dagen] verlof voor de bruiloft van een oom.',
  'Gisteren belde {naam:voornaam-achter} over het [verzuim] van haar zoon.',
  'Volgens {naam:voornaam-achter} is het kind al [2 weken] ziek.',
  'Dit antwoord is besproken met {naam:voornaam-achter} van de school; de [directeur] beslist.',
  'Toelichting: {naam:voornaam-achter} belde op [12 mei] en bevestigde de [10 dagen].',
];

interface Entry { text: string; pii: Array<{ type: string; start: number; end: number; value: string }>; keep: string[] }

function render(template: string): Entry {
  const pii: Entry['pii'] = [];
  const keep: string[] = [];
  let text = '';
  const re = /\{([a-z-]+)(?::([a-z-]+))?\}|\[([^\]]+)\]/g;
  let at = 0;
  for (const m of template.matchAll(re)) {
    text += template.slice(at, m.index);
    at = m.index + m[0].length;
    if (m[3]) {
      keep.push(m[3]);
      text += m[3];
      continue;
    }
    const type = m[1]!;
    const gen = m[2] === 'voornaam-achter' ? () => `${pick(firstNames)} ${pick(lastNames)}` : S[m[2] ?? type]!;
    const value = gen();
    pii.push({ type, start: text.length, end: text.length + value.length, value });
    text += value;
  }
  text += template.slice(at);
  return { text, pii, keep };
}

const entries: Entry[] = [];
for (let round = 0; round < 6; round++) for (const t of templates) entries.push(render(t));
const out = fileURLToPath(new URL('./pii-corpus.jsonl', import.meta.url));
writeFileSync(out, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
console.log(`${entries.length} zinnen → ${out}`);
