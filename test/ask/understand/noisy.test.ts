import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanQuestion, correctionTargets, createCleaner, editDistance, loadAfkortingen } from '../../../server/ask/understand/noisy.js';
import { check } from './expect.js';
import { rng } from './generator.js';

// Normalisation of noisy messages (server/ask/understand/noisy.ts): every shorthand form in
// knowledge/lexicon/afkortingen.yaml, the typo corrector measured on generated slips, and run-on messages.

const data = loadAfkortingen();
const clean = createCleaner(data);
const lowerPlain = (t: string) => t.toLowerCase().replace(/[.?!,]/g, ' ').replace(/\s+/g, ' ').trim();

/** A context the form's conditions accept (or, with `wrong`, one they refuse). */
function context(cond: string[] | undefined, wrong: boolean, fallback: string): string {
  if (!cond) return fallback;
  if (wrong) return 'zag';
  return cond[0] === 'getal' ? '20' : cond[0]!;
}

describe('noisy: shorthand (knowledge/lexicon/afkortingen.yaml)', () => {
  for (const it_ of data.items) {
    it(`"${it_.vorm}" → "${it_.betekenis}"${it_.na ? ` na ${it_.na[0]}` : ''}${it_.voor ? ` voor ${it_.voor[0]}` : ''}`, () => {
      const before = context(it_.na, false, 'de');
      const after = context(it_.voor, false, 'gisteren');
      const out = lowerPlain(clean(`${before} ${it_.vorm} ${after}`));
      expect(out).toContain(lowerPlain(`${it_.betekenis} ${after}`));
      // Capitals do not matter.
      expect(lowerPlain(clean(`${before} ${it_.vorm.toUpperCase()} ${after}`))).toContain(lowerPlain(it_.betekenis));
      // A dot after a one-word form belongs to it while the sentence goes on.
      if (/^[a-z]+$/.test(it_.vorm)) expect(clean(`${before} ${it_.vorm}. ${after}`)).not.toMatch(new RegExp(`${it_.betekenis.split(' ').at(-1)}\\. ${after}`));
      // Outside its context a conditional form stays as typed ("kunt u", "gr." under a mail).
      if (it_.na || it_.voor) {
        const wrong = `${context(it_.na, Boolean(it_.na), 'de')} ${it_.vorm} ${context(it_.voor, Boolean(it_.voor), 'gisteren')}`;
        const others = data.items.filter((o) => o.vorm === it_.vorm && o !== it_);
        if (!others.length) expect(lowerPlain(clean(wrong)).split(' ')).toContain(it_.vorm);
      }
    });
  }

  it('keeps the acronyms the rules and the search know (bekend)', () => {
    for (const b of data.bekend) expect(lowerPlain(clean(`melden bij ${b} graag`)), b).toContain(`melden bij ${b} graag`);
  });

  it('reads letter codes, glued numbers and dotted forms', () => {
    expect(clean('ll h3 en v5 en m2')).toBe('leerling havo 3 en vwo 5 en mavo 2');
    expect(clean('zit in 2havo, heeft 20u gemist')).toBe('zit in 2 havo, heeft 20 uur gemist');
    expect(clean('grp7 en groep7 en gr 7')).toBe('groep 7 en groep 7 en groep 7');
    expect(clean('45min per les, 3dgn en 2wkn')).toBe('45 minuten per les, 3 dagen en 2 weken');
    expect(clean('thuis i.v.m. ziekte, z.s.m. melden')).toBe('thuis in verband met ziekte, zo snel mogelijk melden');
    // Ordinals, "12x" and dates stay.
    expect(clean('voor de 3e keer, 12x te laat, geb. 03-03-2011')).toBe('voor de 3e keer, 12x te laat, geb. 03-03-2011');
  });

  it('keeps a sentence-final dot after shorthand ("bij de lpa. Wat nu?")', () => {
    expect(clean('Melden bij de lpa. Wat nu?')).toBe('Melden bij de leerplichtambtenaar. Wat nu?');
  });

  // Minimum functionality: shorthand questions give the facts their written-out forms give.
  const cases: Array<[string, Parameters<typeof check>[1]]> = [
    ['ll h3 20u ong gem moet ik melden bij lpa', { intents: ['melding'], facts: { onderwijssoort: 'vo', ongeoorloofdeUren: 20, soortVerzuim: 'ongeoorloofd' } }],
    ['lln uit grp 7 is 3 dgn ongeoorl. afw. wat nu', { intents: ['melding'], facts: { onderwijssoort: 'po', verzuimDagen: 3, soortVerzuim: 'ongeoorloofd' } }],
    ['student 17 jr geen sk 5 wkn niet op school geweest melden?', { intents: ['melding'], facts: { leeftijd: 17, startkwalificatie: false, aaneengeslotenWekenAfwezig: 5 } }],
    ['ik ben zoco, ll (14) 2havo heeft 18u gespijbeld, wat nu', { intents: ['melding'], facts: { persona: 'school', leeftijd: 14, onderwijssoort: 'vo', ongeoorloofdeUren: 18 } }],
    ['oma vd ll is overleden in turkije, ouders/verz vragen 5 dgn vrij ivm begrafenis. mag dat?', { intents: ['verlof'], facts: { omstandigheid: 'overlijden', graad: 2, buitenland: true, dagen: 5 } }],
    ['mn zoon zit in gr 6 en is nt ziek gemeld maar 2 dagen weg geweest moet ik iets', { facts: { onderwijssoort: 'po' } }],
  ];
  for (const [q, c] of cases) it(`understands "${q}"`, () => check(q, c));
});

describe('noisy: typo corrector', () => {
  it('computes the optimal string alignment distance within a bound', () => {
    expect(editDistance('gespijbeld', 'gespijbeld', 2)).toBe(0);
    expect(editDistance('gepsijbeld', 'gespijbeld', 2)).toBe(1); // swap
    expect(editDistance('gespijbld', 'gespijbeld', 2)).toBe(1); // drop
    expect(editDistance('gesspijbeld', 'gespijbeld', 2)).toBe(1); // double
    expect(editDistance('gexpijbelt', 'gespijbeld', 2)).toBe(2);
    expect(editDistance('leerplicht', 'vrijstelling', 2)).toBe(3); // bound + 1 once it exceeds the bound
  });

  it('never corrects numbers, known words, month and weekday names, or names written with a capital', () => {
    const keep = 'Daan van 15 is op maandag 3 maart en dinsdag 4 april gebeld door Fatima, de moeder; ze vertrekken morgen naar Nador.';
    expect(clean(keep)).toBe(keep);
    for (const w of ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']) expect(clean.correct(w)).toBe(w);
  });

  it('corrects slips in month names and domain words', () => {
    expect(clean.correct('febuari')).toBe('februari');
    expect(clean.correct('ongeoorlooft')).toBe('ongeoorloofd');
    expect(clean.correct('leerplichtambetnaar')).toBe('leerplichtambtenaar');
    expect(clean.correct('gespijbelt')).toBe('gespijbeld');
    expect(clean.correct('daggen', true)).toBe('dagen'); // after a number, a slip of a unit is that unit
  });

  // Generated slips of the domain words real questions use, never in the first letter: precision (a correction is
  // the intended word) and recall (the slip is set right). Slips that make another real word are counted apart.
  it('corrects generated slips with high precision', () => {
    const targets = correctionTargets(data);
    const questions = readFileSync(new URL('../../eval-set.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).question as string);
    const words = [...new Set(questions.flatMap((q) => q.toLowerCase().match(/\p{L}{5,}/gu) ?? []))].filter((w) => targets.has(w));
    const random = rng(7);
    const pick = (n: number) => Math.floor(random() * n);
    let made = 0;
    let corrected = 0;
    let right = 0;
    let realWord = 0;
    for (const w of words) {
      for (let k = 0; k < 4; k++) {
        const at = 1 + pick(w.length - 2);
        const slip = [
          w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2),
          w.slice(0, at) + w.slice(at + 1),
          w.slice(0, at) + w[at] + w.slice(at),
          w.slice(0, at) + 'aeioutnrsdlk'[pick(12)] + w.slice(at + 1),
        ][k]!;
        if (slip === w) continue;
        const out = clean.correct(slip);
        if (out === slip && clean.correct(w) === w && targets.has(slip)) {
          realWord++;
          continue;
        }
        made++;
        if (out !== slip) corrected++;
        if (out === w) right++;
      }
    }
    const precision = right / corrected;
    const recall = right / made;
    console.log(`typo corrector: ${made} slips of ${words.length} words; precision ${(100 * precision).toFixed(1)} %, recall ${(100 * recall).toFixed(1)} % (${realWord} slips made another domain word)`);
    expect(made).toBeGreaterThan(1000);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves the words of clean questions alone (≤ 1 in 500)', () => {
    const lines = ['../../eval-set.jsonl', '../../retrieval-everyday.jsonl'].flatMap((f) => readFileSync(new URL(f, import.meta.url), 'utf8').split('\n').filter(Boolean));
    const words = lines.flatMap((l) => (JSON.parse(l).question ?? JSON.parse(l).query ?? '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/\p{L}+/gu) ?? []);
    const changed = words.filter((w: string) => clean.correct(w) !== w);
    console.log(`clean questions: ${changed.length} of ${words.length} words changed (${[...new Set(changed)].join(', ')})`);
    expect(changed.length / words.length).toBeLessThanOrEqual(1 / 500);
  });
});

describe('noisy: run-on messages', () => {
  it('ends a sentence where a new main clause starts, and asks where a question starts', () => {
    expect(cleanQuestion('hij is 15 zit in 3 havo heeft 20 uur gemist moet ik melden')).toBe('hij is 15. zit in 3 havo. heeft 20 uur gemist. moet ik melden?');
    expect(cleanQuestion('ze was 4 dagen ziek ze heeft zich niet ziekgemeld wat moet ik doen')).toBe('ze was 4 dagen ziek. ze heeft zich niet ziekgemeld. wat moet ik doen?');
    expect(cleanQuestion('Staat sinds twee maanden nergens ingeschreven Moet de school dat melden')).toBe('Staat sinds twee maanden nergens ingeschreven. Moet de school dat melden?');
  });

  it('leaves subordinate clauses, lists and punctuated messages as they are', () => {
    for (const q of [
      'Ik vraag me af of hij 20 uur gemist heeft.',
      'De leerling die 15 is heeft 20 uur gemist en moet nu naar de leerplichtambtenaar.',
      'Hij spijbelt op dinsdag en donderdag.',
      'Leerling van 15, havo 3, sinds de herfstvakantie 20 uur gespijbeld, wat moet ik doen?',
    ])
      expect(cleanQuestion(q)).toBe(q);
  });

  // Negation and slots stay within their clause: the run-on message means what the punctuated one means.
  const pairs: Array<[string, string]> = [
    ['hij is 15 zit in 3 havo heeft 20 uur gemist moet ik melden', 'Hij is 15, zit in 3 havo en heeft 20 uur gemist. Moet ik melden?'],
    ['ze was niet ziek heeft 3 dagen gespijbeld moeten we melden', 'Ze was niet ziek. Ze heeft 3 dagen gespijbeld. Moeten we melden?'],
    ['ouders vragen 2 dagen verlof opa trouwt in turkije mag dat', 'Ouders vragen 2 dagen verlof. Opa trouwt in Turkije. Mag dat?'],
    ['leerling is 14 jaar staat nergens ingeschreven wat moet ik doen', 'Leerling is 14 jaar. Staat nergens ingeschreven. Wat moet ik doen?'],
    ['dochter van 13 is 4 dagen ziek geweest moeder heeft niet gebeld moet ik dit melden', 'Dochter van 13 is 4 dagen ziek geweest. Moeder heeft niet gebeld. Moet ik dit melden?'],
  ];
  for (const [runOn, punctuated] of pairs) {
    it(`reads "${runOn}" as the punctuated message`, () => {
      const a = check(runOn, {});
      const b = check(punctuated, {});
      expect({ intents: a.intents, melding: a.melding, verlof: a.verlof, leerplicht: a.leerplicht }).toEqual({ intents: b.intents, melding: b.melding, verlof: b.verlof, leerplicht: b.leerplicht });
      expect(a.intents.length).toBeGreaterThan(0);
    });
  }
});
