// Masks personal data in free text before it leaves the request (logs, stored metadata, LLM prompts).
// Structured identifiers (BSN, IBAN, e-mail, phone, postcode) are matched exactly and validated where a checksum
// exists; names, addresses and birth dates are heuristics tuned to keep what the rules need: ages, school types,
// hours, ordinary dates, article numbers and place names stay readable.

export type PiiType = 'bsn' | 'e-mail' | 'telefoon' | 'iban' | 'postcode' | 'adres' | 'geboortedatum' | 'naam';

export interface PiiSpan {
  type: PiiType;
  start: number;
  end: number;
}

export interface Redaction {
  text: string;
  found: PiiSpan[];
}

export const PLACEHOLDER: Record<PiiType, string> = {
  bsn: '[bsn]',
  'e-mail': '[e-mail]',
  telefoon: '[telefoon]',
  iban: '[iban]',
  postcode: '[postcode]',
  adres: '[adres]',
  geboortedatum: '[geboortedatum]',
  naam: '[naam]',
};

/** The 11-test for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** ISO 13616 check: move the first four characters to the end, letters → numbers, mod 97 must be 1. */
export function ibanValid(raw: string): boolean {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (v > 9 ? 100 : 10) + v) % 97;
  }
  return rest === 1;
}

const UP = 'A-ZÀ-ÖØ-Þ';
const LOW = 'a-zß-öø-ÿ';
/** One capitalised name word, also double names ("Anne-Fleur") and apostrophes ("D'Souza"); starts only at a word start (linear time). */
const WORD = `(?<![${UP}${LOW}'’-])[${UP}][${LOW}]+(?:['’-][${UP}]?[${LOW}]+)*(?![${UP}${LOW}])`;
const INITIALS = `(?:[${UP}]\\.\\s?){1,4}`;
/** Tussenvoegsels: lower case inside a full name, capitalised when the surname stands alone. */
const TV = "(?<![A-Za-zÀ-ÿ])(?:[vV]an (?:der|den|de|het|'t)|[iI]n (?:'t|het)|[oO]p (?:de|den|ten)|[vV]an|[dD]e|[dD]er|[dD]en|[tT]en|[tT]er|[tT]e|'[tT]|[eE]l|[aA]l|[lL]a|[lL]e|[dD]a|[dD]i|[dD]u|[bB]in|[bB]en)";
const NAME_SEQ = `(?:${INITIALS}(?:${TV}\\s)?${WORD}|(?:${TV}\\s)?${WORD}(?:\\s(?:${TV}\\s)?${WORD}){0,3})`;

// Words after which the next capitalised sequence is a person: pupil words, family, forms of address.
const TRIGGER =
  "(?:(?:[lL]eerling(?:e|en)?|[sS]tudent(?:e|en)?|[dD]eelnemer|[pP]upil|[jJ]ongere|[lL]eerplichtige|[zZ]oon(?:tje)?|[dD]ochter(?:tje)?|[kK]ind(?:je)?|[pP]leegkind|[jJ]ongen|[mM]eisje|[bB]roer(?:tje)?|[zZ]us(?:je)?|[mM]oeder|[vV]ader|[oO]uders?|[sS]tief(?:vader|moeder)|[oO]pa|[oO]ma|[oO]om|[tT]ante|[nN]eef(?:je)?|[nN]icht(?:je)?|[mM]entor|[dD]ocent(?:e)?|[cC]ollega|[jJ]uf(?:frouw)?|[mM]eester|[mM]eneer|[mM]evrouw|[mM]evr\\.|[mM]w\\.|[dD]hr\\.|[hH]eer|[fF]amilie|[gG]ezin|[gG]enaamd|[hH]eet|[nN]aam is|[nN]amens|[bB]este|[gG]eachte|[lL]eerplichtambtenaar|[cC]onsulent|[bB]eslisser|[iI]ntern begeleider|[zZ]orgcoördinator)[:,]?\\s)";

/** Capitalised words that are not people: places, institutions, months, school types, question words. */
const NOT_A_NAME = new Set(
  `IJssel Vecht Zwolle Kampen Deventer Dalfsen Hardenberg Raalte Ommen Staphorst Zwartewaterland Hattem Heerde Oldebroek
  Steenwijkerland Olst Wijhe Meppel Apeldoorn Enschede Amsterdam Rotterdam Utrecht Groningen Leeuwarden Arnhem Nijmegen
  Eindhoven Tilburg Breda Almere Lelystad Assen Emmen Den Haag Bosch Helder Nederland Turkije Marokko Suriname Spanje
  Frankrijk Duitsland Belgi België Polen Syrië Syri Eritrea Ghana Indonesië Curaçao Aruba Bonaire Italië Griekenland Egypte
  Pakistan India China Portugal Oekraïne Afghanistan Somalië Irak Iran Europa Afrika Azië Amerika Engeland Ierland
  Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December Maandag Dinsdag Woensdag
  Donderdag Vrijdag Zaterdag Zondag Kerst Kerstmis Kerstvakantie Pasen Pinksteren Ramadan Suikerfeest Offerfeest Carnaval
  Herfstvakantie Voorjaarsvakantie Meivakantie Zomervakantie Hemelvaart Koningsdag Wet Leerplichtwet Beleidsregel Protocol
  Artikel Ingrado Inspectie Gemeente School College Lyceum Gymnasium Basisschool Regio Raad Kinderbescherming Veilig Thuis
  Jeugdarts Jeugdgezondheidszorg Zorg Advies Team Onderwijs Voortgezet Passend Samenwerkingsverband Doorstroompunt
  Openbaar Ministerie Halt Havo Vwo Vmbo Mbo Pro Praktijkonderwijs Atheneum Nederlands Engels Turks Arabisch Duits Frans
  Pools Islam Islamitisch Christelijk Katholiek Joods Hindoe Mijn Onze Uw Zijn Haar Hun Het Een De Deze Die Dit Dat
  Wat Wie Waar Wanneer Hoe Hoeveel Waarom Welke Mag Moet Kan Kunnen Moeten Mogen Is Zijn Heeft Hebben Wordt Worden Graag
  Ja Nee Ook Als Dan Maar En Of Na Voor Tijdens Sinds Vanaf Tot Volgens Bij Met Zonder Over Op In Aan Om Uit Per Via Dag
  Goedemorgen Goedemiddag Hallo Hoi Groet Groeten Vriendelijke Dank Bedankt Alvast Vraag Antwoord Melding Verlof Verzuim
  Lpw Wvo Web Wpo Wec Duo Rmc Mas Mazl Bsn Iban Ggd Sociaal Wijkteam Jeugdzorg Schoolmaatschappelijk Werk Vecht Rijn
  Maas Schelde Noord Zuid Oost West Holland Brabant Gelderland Overijssel Drenthe Friesland Limburg Zeeland Flevoland
  Leerling Leerlinge Leerlingen Jongen Jongens Meisje Meisjes Kind Kinderen Zoon Dochter Student Studente Jongere
  Jongeren Deelnemer Pupil Broer Zus Moeder Vader Ouder Ouders Oma Opa Mentor Docent Juf Meester Mevrouw Meneer Heer
  Familie Gezin Collega Beste Geachte Centrum Jeugd Gezin Stichting Vereniging Bureau Lesweek Schooljaar Magister Somtoday Parnassys Teams Outlook Gmail Google Microsoft Whatsapp WhatsApp Sint Heilige
  Regionale Meld Coördinatiefunctie Algemene Vergadering Methodische Aanpak Schoolverzuim Landelijke Ministerie Minister
  Staatssecretaris Kamer Tweede Eerste Rijksoverheid Overheid Handreiking Toelichting Memorie Nota Grondslag Bron Bronnen
  Hij Zij Ze Wij We Jij Je Ik U Er Daar Hier Toen Nu Soms Vaak Altijd Nooit Eerst Daarna Verder Ook Bovendien Volgens
  Gisteren Vandaag Morgen Vorige Volgende Deze Iedereen Niemand Alle Elke Iedere Geen Veel Weinig Sommige Andere
  Medische Advisering Ziekgemelde Directeur Directie Leerplichtambtenaar Consulent Ambtenaar Schoolleider Begeleider Verzuimcoördinator Mentoren`.split(/\s+/),
);

/** Common first names (Dutch and of Dutch children with a migration background): names without a trigger word. */
const FIRST_NAMES = new Set(
  `Sanne Daan Sem Lucas Levi Finn Milan Bram Thijs Jesse Lars Ruben Tim Tom Thomas Niels Stijn Luuk Jens Max Sven Koen
  Gijs Julian Noah Liam Luca Mees Jayden Dylan Kevin Joris Pieter Jan Klaas Kees Henk Gerrit Willem Hendrik Johannes
  Jeroen Mark Erik Martijn Bas Sander Rick Wouter Vincent Joost Dennis Youri Teun Siem Olivier Hugo Jurre Tygo Boaz
  Emma Julia Mila Tess Sophie Zoë Zoe Sara Eva Anna Lotte Lieke Fleur Noor Isa Lisa Femke Anouk Iris Roos Esmee Evi
  Nina Lina Lynn Yara Saar Maud Elin Vera Fenna Jasmijn Sofie Sophia Olivia Amber Demi Kim Lara Floor Nova Liv Nora
  Maria Marieke Anne Annelies Ingrid Petra Monique Sandra Linda Wendy Esther Karin Ellen Marloes Ilse Janneke Hanneke
  Mohammed Mohamed Muhammed Ahmed Ayoub Yassin Yassine Adam Bilal Hamza Ibrahim Omar Youssef Yusuf Mehmet Mustafa Emir
  Ali Amir Rayan Zakaria Ilias Anas Soufiane Mounir Karim Hassan Hüseyin Emre Burak Kerem Efe Berat Arda Eymen Ömer
  Fatima Fatma Aya Amira Salma Imane Nour Yasmina Yasmine Hiba Meryem Elif Zeynep Ayse Ayşe Esra Büşra Ecem Defne
  Sevda Naima Khadija Malika Layla Leyla Samira Hanna Dounia Ikram Chaima Rania Ranya Aziz Abdel Abdelkader Rachid
  Jamal Kofi Kwame Ama Akosua Priya Raj Ravi Anil Sunita Wei Mei Minh Anh Dmitri Olga Oksana Piotr Kasia Katarzyna
  Tomasz Jakub Zofia Mateusz Agnieszka Andrei Elena Ionut Nikola Marko Ivana Dragan Ilona Natasja Shanti Gianni Marco
  Giulia Luis Carlos Diego Lucia Pablo Jose José Ana Sofia Mateo Tijn Morris Quinten Quinn Roan Ties Ryan Robin Romy
  Rosalie Rosa Britt Sterre Puck Pien Jip Janne Merel Noa Norah Floortje Ilja Jelle Jort Hidde Wessel Stan Luc Mats`.split(/\s+/),
);

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
/** A written date: 12-03-2012, 2012-03-12, 12 maart 2012. */
export const DATE = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|\\d{1,2}(?:e|ste|de)?\\s(?:${MONTHS})\\.?\\s(?:19|20)\\d{2})`;
const BIRTH_WORD = /(?:geboren|geb\.|geboortedatum|geboortedag|geb\.datum|°|\*)\s*(?:op|:|is|=)?\s*(?:op\s)?$/i;

const STREET_SUFFIX =
  'straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|pad|dreef|park|markt|veld|allee|boulevard|ring|wal|haven|erf|burg|baan|stede|hoek|dam|zijde|oord|akker|kamp|horst|brink|esch|es|weide|wijk|bos|heuvel|berg|water|vaart|hage|poort|kant|lei|plantsoen|passage|promenade|rondweg';
/** A suffix that stands as a word of its own: "Nieuwe Markt 12", "Oude Haven 3". */
const STREET_WORD = `(?:${STREET_SUFFIX.split('|').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`;
const STREET = new RegExp(
  `(?:(?:(?:IJ|[${UP}])[${LOW}]*\\.?|van|de|der|den|het|'t)\\s){0,3}(?:(?:IJ|[${UP}])[${LOW}]*(?:${STREET_SUFFIX})|${STREET_WORD})\\s\\d{1,5}(?:\\s?[a-zA-Z](?![${LOW}]))?(?:\\s?-\\s?\\d{1,4}|\\s(?:hs|bis|boven|rood))?\\b`,
  'g',
);
/** "woont aan de Brink 3", "adres: Oude Rijn 12": a capitalised name plus number after an address cue. */
const ADDRESS_CUE = new RegExp(
  `(?<=(?:woon(?:t|de|en|achtig)?|wonend|verhuisd|adres(?:\\s?is)?:?)\\s(?:(?:aan|op|in|naar)\\s)?(?:de\\s|het\\s)?)(?:[${UP}][${LOW}]+\\s){1,3}\\d{1,5}(?:\\s?[a-zA-Z](?![${LOW}]))?\\b`,
  'g',
);

interface Rule {
  type: PiiType;
  re: RegExp;
  /** Returns the span to mask inside the match (relative), or null to reject the match. */
  accept?: (m: RegExpExecArray, text: string) => [number, number] | null;
}

const whole = (m: RegExpExecArray): [number, number] => [0, m[0].length];

export const RULES: Rule[] = [
  // The lookbehind makes a match start only at the beginning of a token, which keeps long junk input linear.
  { type: 'e-mail', re: /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  {
    // Dutch IBANs are masked by shape even with a typo in the checksum; other countries need the checksum.
    type: 'iban',
    re: /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/gi,
    accept: (m) => {
      const raw = m[0];
      if (/^NL\d{2}\s?[A-Z]{4}(?:\s?\d){10}$/i.test(raw)) return whole(m);
      // Shrink from the right until the checksum holds (a following word may have been swallowed).
      for (let end = raw.length; end >= 15; end--) {
        if (/[A-Z0-9]$/i.test(raw.slice(0, end)) && ibanValid(raw.slice(0, end))) return [0, end];
      }
      return null;
    },
  },
  {
    type: 'bsn',
    re: /(?<![\d.,-])(?:\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3}|\d{2}[.\s]\d{2}[.\s]\d{2}[.\s]\d{3})(?!\d|[.,]\d)/g,
    accept: (m, text) => {
      if (elfproef(m[0].replace(/\D/g, ''))) return whole(m);
      // A number written right after "BSN" is one, even when mistyped.
      return /(?:bsn|burgerservicenummer|sofinummer)\W{0,4}$/i.test(text.slice(Math.max(0, m.index - 25), m.index)) ? whole(m) : null;
    },
  },
  {
    type: 'telefoon',
    re: /(?<![\w+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s.-]?\d){8}|\(0\d{1,3}\)[\s-]?\d{2,4}(?:\s?\d{2,4}){1,3}|0\d{1,3}[\s-]?\d{2,4}(?:\s?\d{2,4}){0,3})(?!\d)/g,
    accept: (m) => {
      const raw = m[0];
      if (!/^0(?!0)|^\(0/.test(raw)) return whole(m);
      // National form: exactly 10 digits; cut extra groups that belong to what follows ("06 12345678 14 jaar").
      let digits = 0;
      for (let i = 0; i < raw.length; i++) {
        if (/\d/.test(raw[i]!)) digits++;
        if (digits === 10) return /\d/.test(raw[i + 1] ?? '') ? null : [0, i + 1];
      }
      return null;
    },
  },
  {
    // Postcode with an optional house number after it: "8011 AB 12", "8011AB".
    type: 'postcode',
    re: /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])(?:\s\d{1,5}(?:\s?[a-z](?![\p{L}]))?(?!\s?(?:jaar|uur|dag|week|weken|maand)))?/gu,
  },
  { type: 'adres', re: STREET },
  { type: 'adres', re: ADDRESS_CUE },
];

const INITIALLED = new RegExp(`(?<![\\p{L}.])(?:[${UP}]\\.\\s?){1,4}(?:${TV}\\s?)?${WORD}(?:-${WORD})?`, 'gu');
const TRIGGERED_NAME = new RegExp(`(?<=${TRIGGER}(?:\\(?))${NAME_SEQ}`, 'g');
const WORD_RE = new RegExp(`^${WORD}$`);
const SEQ_ANYWHERE = new RegExp(NAME_SEQ, 'g');
const TV_WORD = /^(?:van|de|der|den|het|'t|ten|ter|te|in|op|el|al|la|le|da|di|du|bin|ben)$/i;

/** Verbs and words after which a bare capitalised word is someone acting or being described: "Wiebe heeft…", "dat Melle ziek was". */
const PERSON_VERB =
  'heeft|had|is|was|vroeg|vraagt|zegt|zei|belde|belt|meldde|meldt|mailde|wil|wilde|woont|woonde|zit|zat|gaat|ging|kwam|komt|werd|wordt|spijbelt|spijbelde|verzuimt|verzuimde|ziek|kreeg|krijgt|vertelde|vertelt|liet|laat|bleef|blijft|moest|mocht|kon|zal|zou';
/** Endings of Dutch nouns and adjectives that begin sentences ("Schoolverzuim is…", "Vrijstelling heeft…"), not of names. */
const NOUN_ENDING = /(?:heid|ing|plicht|verzuim|schap|tie|teit|wet|regel|dag|uur|isme|ment|baar|lijk|ijk|sel|dom|nis|ie|ers|en|aal|ief|oor|tal|punt|school|recht|zorg|werk|kantoor|wijs|beleid|melding|verlof|termijn)$/;
/**
 * A bare capitalised sequence (one or two words) at the start of a sentence or after a conjunction, followed by a
 * verb of a person: names without a cue word ("Chayenne heeft 20 uur gespijbeld", "zegt dat Melle ziek was").
 */
const BARE_SUBJECT = new RegExp(
  `(?:^|(?<=[.!?;:]\\s{1,3}|\\n\\s{0,3}|(?<![\\p{L}])(?:dat|of|omdat|zodat|want|maar|en|toen|als|nu|die|hoe)\\s))(${WORD}(?:\\s${WORD})?)(?=\\s(?:${PERSON_VERB})\\b)`,
  'gu',
);

const PERSON_AFTER = new RegExp(`^(?:\\s?[(,]|\\s(?:${PERSON_VERB})\\b)`);

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?;"“(\n-]$/.test(before);
}

/** Trims words off the end of a sequence that are not names ("Sanne Bakker Zwolle" → "Sanne Bakker"). */
function trimSequence(seq: string): string {
  const words = seq.split(/\s+/);
  while (words.length && (NOT_A_NAME.has(words[words.length - 1]!) || TV_WORD.test(words[words.length - 1]!))) words.pop();
  return words.join(' ');
}

function nameSpans(text: string, taken: (s: number, e: number) => boolean): PiiSpan[] {
  const out: PiiSpan[] = [];
  const push = (start: number, seq: string) => {
    const kept = trimSequence(seq);
    if (!kept) return;
    const first = kept.split(/\s+/)[0]!;
    if (NOT_A_NAME.has(first) && !TV_WORD.test(first)) return;
    const end = start + kept.length;
    if (!taken(start, end) && !out.some((s) => s.start < end && start < s.end)) out.push({ type: 'naam', start, end });
  };

  // 1. After a trigger word: "mijn leerling Sanne de Vries", "mevrouw De Wit", "dhr. J.P. Bakker".
  for (const m of text.matchAll(TRIGGERED_NAME)) push(m.index, m[0]);

  // 2. Anywhere: a sequence that starts with a known first name, or one that holds a tussenvoegsel between two
  //    capitalised words ("Jurre de Wit"), or two capitalised words mid-sentence (places and institutions excepted).
  for (const m of text.matchAll(SEQ_ANYWHERE)) {
    const words = m[0].split(/\s+/);
    const caps = words.filter((w) => WORD_RE.test(w) && !NOT_A_NAME.has(w));
    const knownFirst = FIRST_NAMES.has((words.find((w) => !TV_WORD.test(w)) ?? '').replace(/['’]s$/, ''));
    const withTv = words.length >= 3 && words.some((w, i) => i > 0 && TV_WORD.test(w)) && caps.length >= 2 && !NOT_A_NAME.has(words[0]!);
    // Two or more capitalised words, none of them a known ordinary word or place. At the start of a sentence the
    // first word is capitalised anyway, so there the pair must be followed by what follows a person: a verb, "(" or ",".
    const pair = caps.length >= 2 && caps.length === words.filter((w) => !TV_WORD.test(w)).length;
    const midSentencePair = pair && (!atSentenceStart(text, m.index) || PERSON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)));
    if (knownFirst || withTv || midSentencePair) {
      // A sentence-initial ordinary word before a name ("Gisteren Sanne…" does not occur; "Mag Sanne…" does).
      if (!knownFirst && NOT_A_NAME.has(words[0]!)) continue;
      push(m.index, m[0]);
    } else if (words.length > 1 && NOT_A_NAME.has(words[0]!) && (FIRST_NAMES.has(words[1]!) || caps.length >= 2)) {
      // "Mag Sanne de Vries mee?", "Is Kenan Hendriks leerplichtig?": the question word is not part of the name.
      const offset = m[0].indexOf(words[1]!, words[0]!.length);
      push(m.index + offset, m[0].slice(offset));
    }
  }

  // 2b. Initials before a surname are always a person: "E. van der Bos", "A.B.Jansen", "K.L.M. de Wit".
  for (const m of text.matchAll(INITIALLED)) push(m.index, m[0]);

  // 2c. A bare name as the subject of a sentence or clause, recognised by the verb after it.
  for (const m of text.matchAll(BARE_SUBJECT)) {
    const words = m[1]!.split(/\s+/);
    if (words.some((w) => NOT_A_NAME.has(w)) || (words.length === 1 && NOUN_ENDING.test(words[0]!))) continue;
    push(m.index, m[1]!);
  }

  // 3. A capitalised sequence followed by an age or a birth date: "Daan (14)", "Jurre, 15 jaar,", "Marit Hofstede (geb. …".
  const aged = new RegExp(
    `${NAME_SEQ}(?=\\s?\\((?:\\d{1,2}(?:\\s?jaar|\\s?jr\\.?)?\\)|geb|${DATE})|,\\s\\d{1,2}\\sjaar|,\\s(?:geb\\.|geboren))`,
    'g',
  );
  for (const m of text.matchAll(aged)) {
    // Drop leading ordinary words: in "Vandaag Daan (14)" only "Daan" is the name.
    const words = m[0].split(/\s+/);
    let i = 0;
    while (i < words.length - 1 && (NOT_A_NAME.has(words[i]!) || !WORD_RE.test(words[i]!))) i++;
    const offset = words.slice(0, i).reduce((n, w) => n + w.length + 1, 0);
    if (WORD_RE.test(words[i]!) && !NOT_A_NAME.has(words[i]!)) push(m.index + offset, m[0].slice(offset));
  }
  return out;
}

/** A date is a birth date of a named person when a birth word precedes it, or it stands right after a name. */
function birthDateSpans(text: string, names: PiiSpan[], taken: (s: number, e: number) => boolean): PiiSpan[] {
  const out: PiiSpan[] = [];
  for (const m of text.matchAll(new RegExp(DATE, 'gi'))) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    // The sentence around the date, looked for in a bounded window so long input stays linear.
    const windowStart = Math.max(0, start - 300);
    const before = text.slice(windowStart, start);
    const sentenceStart = windowStart + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), 0);
    const namedInSentence = names.some((n) => n.start >= sentenceStart && n.start < start + 200);
    const afterBirthWord = BIRTH_WORD.test(text.slice(Math.max(0, start - 30), start));
    const rightAfterName = names.some((n) => /^[\s,:]*(?:\(|,\s*)?\s*(?:geb(?:oren)?\.?\s*(?:op\s)?)?$/i.test(text.slice(n.end, start)) && start - n.end <= 20);
    if ((afterBirthWord && namedInSentence) || rightAfterName) out.push({ type: 'geboortedatum', start, end });
  }
  return out;
}

/** Finds personal data in `text` and replaces each span with its placeholder. Offsets in `found` refer to the input. */
export function redact(text: string): Redaction {
  const spans: PiiSpan[] = [];
  const taken = (s: number, e: number) => spans.some((x) => x.start < e && s < x.end);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const rel = rule.accept ? rule.accept(m, text) : whole(m);
      if (!rel) continue;
      const start = m.index + rel[0];
      const end = m.index + rel[1];
      if (!taken(start, end)) spans.push({ type: rule.type, start, end });
    }
  }
  const names = nameSpans(text, taken);
  spans.push(...names);
  spans.push(...birthDateSpans(text, names, taken));
  spans.sort((a, b) => a.start - b.start);

  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + PLACEHOLDER[s.type];
    at = s.end;
  }
  return { text: out + text.slice(at), found: spans };
}

/** The masked text only: the shape the ask pipeline and the logger take. */
export const redactText = (text: string): string => redact(text).text;
