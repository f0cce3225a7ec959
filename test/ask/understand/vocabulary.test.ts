import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/ask/understand/tokens.js';
import { VOCABULARY_FILES, loadVocabulary, vocabulary } from '../../../server/ask/understand/vocabulary.js';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY, flat } from './expect.js';

// Every entry of knowledge/lexicon is tested: each surface form is found, with its own value, inside a sentence.

const v = vocabulary();

describe('vocabulary: every surface form of every entry is found (minimum functionality)', () => {
  for (const name of VOCABULARY_FILES) {
    it(`${name}: each form yields its entry`, () => {
      const file = v.files[name];
      expect(file.bron.length).toBeGreaterThan(3);
      for (const item of file.items) {
        for (const form of item.vormen) {
          const a = analyse(`Het gaat om ${form} vandaag.`);
          const found = v.match(a.tokens, [name]).filter((m) => !m.part);
          expect(found.map((m) => m.item.waarde), `${name}: "${form}"`).toContain(item.waarde);
        }
      }
    });
  }

  it('rejects a vocabulary file without source or items', () => {
    expect(() => loadVocabulary('/nonexistent/')).toThrow();
  });
});

describe('vocabulary: compounds and inflections', () => {
  const values = (text: string, name: (typeof VOCABULARY_FILES)[number]) => v.match(analyse(text).tokens, [name]).map((m) => m.item.waarde);
  it.each([
    ['Vader is bollenkweker in de Noordoostpolder', 'beroepen', 'agrarisch'],
    ['Ze zijn melkveehouders', 'beroepen', 'agrarisch'],
    ['Ze gaan op wintersportvakantie', 'omstandigheden', 'vakantie'],
    ['Hij spijbelde vaak', 'verzuim', 'ongeoorloofd'],
    ['De stiefvader belde', 'familie', 1],
  ] as const)('%s → %s %s', (text, name, value) => {
    expect(values(text, name)).toContain(value);
  });
  it('a shorter word is not an inflection of a longer one ("pas" is no "Pasen")', () => {
    expect(values('Ze heeft het pas na vijf dagen gemeld', 'feestdagen')).toEqual([]);
  });
});

describe('vocabulary → slots through understand()', () => {
  const u = (q: string) => flat(understand(q, { today: TODAY }));
  it.each([
    ['Mag een leerling vrij voor het Suikerfeest?', { soort: 'religieus' }],
    ['Mag een leerling vrij voor Divali?', { soort: 'religieus' }],
    ['Mag een leerling vrij voor de communie van haar nichtje?', { omstandigheid: 'anders', soort: 'gewichtige-omstandigheden', graad: 3 }],
    ['Ouders vragen verlof voor de bruiloft van de halfbroer in Nador.', { omstandigheid: 'huwelijk', graad: 2, buitenland: true }],
    ['Ouders vragen verlof voor de begrafenis van de schoonzus van de moeder.', { omstandigheid: 'overlijden', graad: 3 }],
    ['Ze hebben een camping en kunnen alleen buiten het seizoen op vakantie. Mogen ze extra vakantie?', { soort: 'vakantie-beroep' }],
    ['Kan mijn zoon vakantieverlof krijgen?', { soort: 'vakantie-beroep' }],
    ['Wat zijn de regels voor bijzonder verlof?', { soort: 'gewichtige-omstandigheden' }],
  ] as const)('%s', (q, facts) => {
    const f = u(q);
    for (const [k, want] of Object.entries(facts)) expect(f[k], k).toEqual(want);
  });
  it('a family staying at a camping is on holiday, not in a seasonal trade', () => {
    expect(u('Ze willen een week eerder op vakantie naar een camping in Frankrijk. Mag dat?').soort).not.toBe('vakantie-beroep');
  });
  it('carnaval, Koningsdag and Sinterklaas are no religious duty', () => {
    for (const feest of ['carnaval', 'Koningsdag', 'Sinterklaas']) expect(u(`Mag een leerling vrij voor ${feest}?`).soort, feest).not.toBe('religieus');
  });
});
