// The worst inputs for one question (issue 14, finding 5): 4,000 characters of repetition, of numbers, of long
// compounds and of distinct words. Shared by `npm run bench` (CPU per question against the budget) and
// `npm run test:robust` (health while they run).

const fill = (unit: string) => unit.repeat(Math.floor(4000 / unit.length)).trim();
const DOMAIN = ('leerplicht verzuim melding verlof vrijstelling kwalificatieplicht directeur leerplichtambtenaar ongeoorloofd ' +
  'schoolvakantie gewichtige omstandigheden huwelijk begrafenis jubileum verhuizing ziekte religieuze verplichting ' +
  'beroep seizoensarbeid startkwalificatie basisschool voortgezet mbo havo vwo vmbo praktijkonderwijs lesuren ' +
  'lesweken verzuimregister proces-verbaal halt-verwijzing thuiszitter schorsing verwijdering zorgplicht ' +
  'samenwerkingsverband inschrijving uitschrijving bewijsstukken aanvraag termijn bezwaar beroepschrift').split(' ');
/** Up to 4,000 characters of the words `word(i)` gives. */
const upTo = (word: (i: number) => string) => {
  let s = '';
  for (let i = 0; s.length < 3980; i++) s += `${word(i)} `;
  return s.slice(0, 4000).trim();
};
/** Made-up words of 4–11 letters from a fixed seed: nothing for the vocabulary, the stemmer or the lexicon to share. */
const madeUp = (i: number) => {
  let s = (i * 2654435761) >>> 0;
  let w = '';
  for (let n = 4 + (s % 8); n > 0; n--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    w += 'abcdefghijklmnopqrstuvwxyz'[(s >>> 16) % 26];
  }
  return w;
};

export const WORST_QUESTIONS: Record<string, string> = {
  'korte tokens': fill('a b '),
  'herhaald woord': fill('verlof '),
  'herhaald getal': fill('12 '),
  'oplopende getallen': Array.from({ length: 1100 }, (_, i) => String(i)).join(' ').slice(0, 4000),
  'lange woorden': fill('leerplichtverzuimmeldingsformulierenbeheer '),
  'datums': fill('12-03-2012 '),
  'herhaalde zin': fill('Leerling van 15 heeft 20 uur gespijbeld in 3 weken. '),
  'drie tokens zonder patroon': Array.from({ length: 2000 }, (_, i) => 'abc'[(i * i * 7 + i * 3) % 3]).join(' '),
  // Distinct words leave nothing to collapse: every term is analysed, searched and scored.
  'verschillende domeinwoorden': upTo((i) => DOMAIN[(i * 7919) % DOMAIN.length]!),
  'diepe samenstellingen': upTo((i) => [0, 1, 2, 3, 4].map((k) => DOMAIN[(i * 31 + k * 17) % 12]!.toLowerCase()).join('')),
  'verzonnen woorden': upTo(madeUp),
  'domeinwoorden met nummers': Array.from({ length: 520 }, (_, i) => DOMAIN[(i * 7) % 11]! + (i % 13)).join(' ').slice(0, 4000),
  'genummerde zinnen': upTo((i) => `Leerling ${i} van ${10 + (i % 8)} jaar mist ${i % 40} uur op ${1 + (i % 28)}-${1 + (i % 12)}-2026.`),
};

/** CPU time one question may cost (issue 14): checked by `npm run bench`, not by a test (timings flake on a shared machine). */
export const QUESTION_CPU_BUDGET_MS = 50;
