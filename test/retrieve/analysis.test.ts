import { describe, expect, it } from 'vitest';
import { createAnalyzer, loadLexicon, normalize, stem, tokenize } from '../../server/retrieve/analysis.js';

const analyzer = createAnalyzer(loadLexicon('knowledge/synonyms.yaml'));
const terms = (text: string) => new Set(analyzer.analyze(text));

describe('Dutch analysis', () => {
  it.each([
    ['meldingen', 'melding'],
    ['melding', 'melding'],
    ['leerplichtambtenaren', 'leerplichtambtenar'],
    ['leerplichtambtenaar', 'leerplichtambtenar'],
    ['vakanties', 'vakantie'],
    ['vakantie', 'vakantie'],
    ['omstandigheden', 'omstand'],
  ])('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('normalises diacritics, M@ZL and article abbreviations', () => {
    expect(normalize('Coördinatie')).toBe('coordinatie');
    expect(tokenize('M@ZL-traject')).toEqual(['mazl', 'traject']);
    expect(tokenize('art. 14 en art 11g')).toEqual(['artikel', '14', 'en', 'artikel', '11g']);
    expect(tokenize('wvo 8.30')).toEqual(['wvo', '8.30']);
  });

  it('drops stop words', () => {
    expect(analyzer.analyze('de het een van')).toEqual([]);
  });

  it.each([
    ['verzuimmelding', ['verzuim', 'melding']],
    ['leerplichtambtenaar', ['leerplicht', 'ambtenar']],
    ['luxeverzuim', ['lux', 'verzuim']],
    ['schoolvakanties', ['schol', 'vakantie']],
    ['thuiszitters', ['thuis', 'zitter']],
  ])('indexes the compound %s and its parts', (word, parts) => {
    const t = terms(word);
    expect(t.has(stem(word))).toBe(true);
    for (const p of parts) expect(t.has(p)).toBe(true);
  });

  it('does not split words that are no compounds of the lexicon', () => {
    expect(analyzer.analyze('gewichtige')).toEqual(['gewicht']);
    expect(analyzer.analyze('ouders')).toEqual(['ouder']);
  });

  it.each([
    ['lpa', 'leerplichtambtenaar'],
    ['LPA', 'leerplichtambtenaren'],
    ['RMC', 'Doorstroompunt'],
    ['LRV', 'langdurig relatief verzuim'],
    ['vsv', 'voortijdig schoolverlaten'],
    ['M@ZL', 'mazl'],
    ['SWV', 'samenwerkingsverband'],
    ['opp', 'ontwikkelingsperspectief'],
    ['MDO', 'multidisciplinair overleg'],
    ['Lpw', 'Leerplichtwet'],
    ['vo', 'voortgezet onderwijs'],
    ['BRP', 'basisregistratie personen'],
  ])('maps %s and %s to one synonym term', (a, b) => {
    const shared = [...terms(a)].filter((t) => t.startsWith('~') && terms(b).has(t));
    expect(shared).toHaveLength(1);
  });

  it('matches "art. 14" and "artikel 14" on one article term, but not artikel 14a', () => {
    expect(terms('art. 14 Lpw').has('artikel_14')).toBe(true);
    expect(terms('artikel 14 van de Leerplichtwet').has('artikel_14')).toBe(true);
    expect(terms('artikel 14a').has('artikel_14')).toBe(false);
  });

  it('groups a synonym phrase as one query unit', () => {
    expect(analyzer.groups('langdurig relatief verzuim melden')).toEqual([['~lrv', 'langdur', 'relatief', 'verzuim'], ['meld']]);
  });

  it('changes its fingerprint with the vocabulary', () => {
    const other = createAnalyzer({ groups: [], lexicon: ['school'] });
    expect(other.fingerprint).not.toBe(analyzer.fingerprint);
  });
});
