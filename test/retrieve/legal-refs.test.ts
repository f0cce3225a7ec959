import { describe, expect, it } from 'vitest';
import { articleMatch, legalRefs } from '../../server/retrieve/legal-refs.js';

// Article references in many surface forms → the legal ids of the index (server/rules/legal.ts).

const ids = (q: string) => legalRefs(q).map((r) => r.id);

describe('legalRefs: one article, many spellings', () => {
  const FORMS: Array<[string[], string]> = [
    [['artikel 11 onder g', 'art. 11 onder g', 'art 11 sub g', 'artikel 11, onder g,', 'art.11 onder g', 'artikel 11g', 'art. 11 letter g', '11 onder g'], 'lpw:11g'],
    [['artikel 5a', 'art. 5a', 'art 5a', 'Artikel 5a Leerplichtwet'], 'lpw:art5a'],
    [['artikel 5 onder a', 'art. 5 sub a', '5 onder a', 'vrijstelling 5 onder a', 'een 5a-vrijstelling'], 'lpw:5a'],
    [['artikel 21a', 'art. 21a lid 2', 'artikel 21a, tweede lid', 'art 21a 2e lid', 'een 21a-melding', '21a lid 1'], 'lpw:21a'],
    [['artikel 13a', 'art. 13a, tweede lid, Leerplichtwet', 'art 13a lid 2 lpw', 'het 13a-verlof'], 'lpw:13a'],
    [['artikel 11a', 'art. 11a'], 'lpw:11a'],
    [['artikel 14, derde lid', 'art. 14 lid 3', 'artikel 14 Leerplichtwet 1969'], 'lpw:14'],
    [['artikel 8.20 WVO', 'art. 8.20 WVO 2020', 'artikel 8.20 van de Wet voortgezet onderwijs', 'artikel 8.20'], 'wvo:8.20'],
    [['artikel 40c WPO', 'art. 40c Wet op het primair onderwijs'], 'wpo:40c'],
    [['artikel 8.1.7d WEB', 'art 8.1.7d', 'artikel 9.2.1 WEB'].slice(0, 2), 'web:8.1.7d'],
    [['artikel 9.2.1 WEB', 'art. 9.2.1', 'artikel 9.2.1 van de Wet educatie en beroepsonderwijs'], 'web:9.2.1'],
  ];
  const FRAMES = [(r: string) => `Wat staat er in ${r}?`, (r: string) => `Klopt het dat ${r} dit regelt?`, (r: string) => `${r}: wat betekent dat voor ons?`];
  for (const [forms, id] of FORMS)
    for (const form of forms)
      for (const frame of FRAMES) {
        const q = frame(form);
        it(`${q} → ${id}`, () => expect(ids(q)).toContain(id));
      }

  it('reads the lid', () => {
    expect(legalRefs('artikel 21a, tweede lid')[0]!.lid).toBe(2);
    expect(legalRefs('art. 14 lid 3')[0]!.lid).toBe(3);
    expect(legalRefs('artikel 2 2e lid')[0]!.lid).toBe(2);
  });
  it('an article named as such is explicit; the everyday name of a ground is not', () => {
    for (const q of ['artikel 5 onder a', 'art. 11 sub g', 'artikel 21a', '21a lid 2', 'art 13a lid 2 lpw']) expect(legalRefs(q)[0]!.explicit, q).toBe(true);
    for (const q of ['een vrijstelling 5 onder a', 'een 5a-vrijstelling', 'de 21a-melding']) expect(legalRefs(q)[0]!.explicit, q).toBe(false);
  });
  it('several references, in order', () => {
    expect(ids('Wat is het verschil tussen artikel 13a en artikel 14?')).toEqual(['lpw:13a', 'lpw:14']);
    expect(ids('Geldt artikel 8.14 WVO of artikel 40c WPO?')).toEqual(['wvo:8.14', 'wpo:40c']);
  });
  // Invariance: numbers that are no article stay out.
  it.each(['Mijn zoon heeft 16 uur gemist in 4 weken.', 'Hij is 15 en zit in 3 havo.', 'Mag ze 5 uur per week thuisblijven?', 'We kregen op 14-3 een brief.', 'Groep 8 gaat op kamp.'])(
    'no reference in "%s"',
    (q) => expect(ids(q)).toEqual([]),
  );
});

describe('articleMatch', () => {
  const statute = { type: 'wet', section: 'Artikel 11 — Vrijstelling van geregeld schoolbezoek', legalIds: ['lpw:11', 'lpw:11g'] };
  const other = { type: 'wet', section: 'Artikel 14 — Verlof wegens gewichtige omstandigheden', legalIds: ['lpw:14', 'lpw:11g'] };
  const kb = { type: 'kennisbank', section: 'Wat is 11 onder g?', legalIds: ['lpw:11g'] };
  const ref = legalRefs('artikel 11 onder g')[0]!;
  it('the article itself first, then another statute tagged with it, never a kennisbank answer', () => {
    expect(articleMatch(statute, ref)).toBe(2);
    expect(articleMatch(other, ref)).toBe(0);
    expect(articleMatch(kb, ref)).toBe(0);
    expect(articleMatch({ type: 'wet', section: 'Uitleg', legalIds: ['lpw:11g'] }, ref)).toBe(1);
  });
  it('article 1 does not match article 11 or 1b', () => {
    const one = legalRefs('artikel 1')[0]!;
    expect(articleMatch({ type: 'wet', section: 'Artikel 11 — …', legalIds: ['lpw:1'] }, one)).toBe(1);
    expect(articleMatch({ type: 'wet', section: 'Artikel 1 — Begripsbepalingen', legalIds: ['lpw:1'] }, one)).toBe(2);
  });
});
