import { describe, expect, it } from 'vitest';
import { CitationList } from '../../server/ask/citations.js';
import { questionShape } from '../../server/ask/question-form.js';
import { loadRelatedGrounds, relatedGrounds, relatedGroundsFrom } from '../../server/ask/related-grounds.js';
import { inScope, namesOtherRegion, sectorOf } from '../../server/ask/scope.js';
import { consistentHeadline, headlineAgrees, withYesNo } from '../../server/ask/verdict.js';
import type { Decision } from '../../server/ask/types.js';
import type { Passage } from '../../server/index/passage.js';

// The small modules behind an answer's shape: question form, related grounds, scope, citations, headline checks.

describe('questionShape', () => {
  it.each([
    ['Op grond van welk artikel mag de school dit weigeren?', 'grondslag'],
    ['Welk wetsartikel regelt de ziekmelding?', 'grondslag'],
    ['Wat is de wettelijke grondslag voor een proces-verbaal?', 'grondslag'],
    ['Waar staat dat in de wet?', 'grondslag'],
    ['Op grond waarvan mag ik een school om inlichtingen vragen?', 'grondslag'],
    ['op basis waarvan meldt de school kinderarbeid', 'grondslag'],
    ['Waarop baseer ik een besluit over verlof van meer dan tien dagen?', 'grondslag'],
    ['Welke wet regelt de schorsing op de basisschool?', 'grondslag'],
    ['Mag een leerling een dag eerder op vakantie?', 'ja-nee'],
    ['Moeten we dit melden bij DUO?', 'ja-nee'],
    ['Is een kind van 4 al leerplichtig?', 'ja-nee'],
    ['Hoeft een school te laat komen te melden?', 'ja-nee'],
    ['Klopt het dat een ziekmelding altijd naar DUO moet?', 'ja-nee'],
    ['Mijn collega zegt dat het pas boven 16 uur hoeft. Klopt dat?', 'ja-nee'],
    ['We hoeven toch nog niet te melden?', 'ja-nee'],
    ['Wat moet ik doen bij 20 uur verzuim?', 'procedure'],
    ['Welke stappen zet de leerplichtambtenaar?', 'procedure'],
    ['Hoeveel dagen verlof bij een bruiloft?', 'open'],
    ['Wat is een thuiszitter?', 'open'],
  ])('%s → %s', (q, form) => {
    expect(questionShape(q).form).toBe(form);
  });

  it('reads a premise and its polarity, wherever the claim stands', () => {
    expect(questionShape('We hoeven toch nog niet te melden?')).toMatchObject({ form: 'ja-nee', premise: true, negated: true });
    expect(questionShape('Klopt het dat we moeten melden?')).toMatchObject({ form: 'ja-nee', premise: true, negated: false });
    expect(questionShape('Mijn collega zegt dat je niet hoeft te melden. Klopt dat?')).toMatchObject({ form: 'ja-nee', premise: true, negated: true });
    expect(questionShape('Moeten we melden?')).toMatchObject({ form: 'ja-nee', premise: false, negated: false });
    // A negation in a clause of reason or condition belongs to that clause, not to the claim.
    for (const q of ['Mogen wij een kind thuislaten omdat de ouders de bijdrage niet hebben betaald?', 'Mag een leerling thuisblijven als hij geen vervoer heeft?'])
      expect(questionShape(q).negated, q).toBe(false);
    expect(questionShape('Mag een leerling niet thuisblijven als hij ziek is?').negated).toBe(true);
  });

  it('is invariant under politeness frames and case', () => {
    for (const frame of ['', 'Goedemiddag, ', 'Vraagje: ', 'Hallo! ', 'Beste helpdesk, ']) {
      expect(questionShape(`${frame}MAG een leerling eerder weg?`).form, frame).toBe('ja-nee');
      expect(questionShape(`${frame}hoeveel dagen verlof bij een bruiloft?`).form, frame).toBe('open');
    }
  });
});

describe('related legal grounds', () => {
  it('reads the table in knowledge/ and relates the pairs the law links', () => {
    expect(() => loadRelatedGrounds()).not.toThrow();
    for (const [a, b] of [
      ['lpw:11e', 'lpw:13'],
      ['lpw:5b', 'lpw:8'],
      ['lpw:14', 'beleidsregel-verlof'],
      ['lpw:21a', 'wrod:12'],
      ['lpw:3', 'lpw:4a'],
      ['lpw:11a', 'lpw:11'],
      ['lpw:13a', 'lpw:11f'],
    ]) {
      expect(relatedGrounds([a!]).has(b!), `${a} ↔ ${b}`).toBe(true);
      expect(relatedGrounds([b!]).has(a!), `${b} ↔ ${a}`).toBe(true);
    }
  });

  it('never relates grounds that share no group', () => {
    expect(relatedGrounds(['lpw:14']).has('lpw:22')).toBe(false);
    expect(relatedGrounds(['lpw:21a']).has('lpw:13a')).toBe(false);
  });

  it('is not transitive', () => {
    const related = relatedGroundsFrom([['a', 'b'], ['b', 'c']]);
    expect(related(['a'])).toEqual(new Set(['a', 'b']));
  });
});

const passage = (over: Partial<Passage>): Passage => ({ id: 'x', documentId: 'd', title: 't', type: 'kennisbank', legalIds: [], text: 'Tekst.', ...over });

describe('scope', () => {
  it.each([
    ['Een kind in groep 5 verzuimt', 'po'],
    ['Leerling uit 3 havo spijbelt', 'vo'],
    ['Een mbo-student van 17 komt niet', 'mbo'],
    ['Een leerling spijbelt', undefined],
  ])('%s → %s', (q, sector) => {
    expect(sectorOf(q)).toBe(sector);
  });

  it('keeps another region out, and a sector law out of another sector', () => {
    expect(inScope(passage({ region: 'ijssel-vecht' }), {})).toBe(false);
    expect(inScope(passage({ region: 'ijssel-vecht' }), { region: 'ijssel-vecht' })).toBe(true);
    expect(inScope(passage({ legalIds: ['wvo:8.14'] }), { sector: 'po' })).toBe(false);
    expect(inScope(passage({ legalIds: ['wvo:8.14'] }), { sector: 'vo' })).toBe(true);
    expect(inScope(passage({ legalIds: ['web:9.2.1'] }), { sector: 'vo' })).toBe(true);
    expect(inScope(passage({ section: 'Wat doet een mbo-school bij veel ziekmeldingen?' }), { sector: 'vo' })).toBe(false);
  });

  it('finds a region named inside a national sentence', () => {
    expect(namesOtherRegion('In de regio IJssel-Vecht meldt de school na 4 keer.', ['ijssel-vecht'])).toBe(true);
    expect(namesOtherRegion('In de regio IJssel-Vecht meldt de school na 4 keer.', ['ijssel-vecht'], 'ijssel-vecht')).toBe(false);
    expect(namesOtherRegion('De school meldt bij 16 uur.', ['ijssel-vecht'])).toBe(false);
  });
});

describe('CitationList', () => {
  const p = passage({ id: 'p1', text: 'Eerste zin. Tweede zin. Derde zin.' });

  it('gives a passage one number and grows its quote to a verbatim span', () => {
    const list = new CitationList();
    expect(list.cite(p, 'Eerste zin.')).toBe(1);
    expect(list.cite(p, 'Derde zin.')).toBe(1);
    expect(list.list()).toHaveLength(1);
    expect(list.list()[0]!.quote).toBe('Eerste zin. Tweede zin. Derde zin.');
    expect(p.text).toContain(list.list()[0]!.quote);
  });

  it('refuses a quote that is not in the passage', () => {
    expect(() => new CitationList().cite(p, 'Vierde zin.')).toThrow();
  });
});

describe('headline checks', () => {
  const verlof = (toegestaan: true | false | 'afhankelijk', beslisser: 'directeur' | 'leerplichtambtenaar' | 'niemand'): Decision => ({
    type: 'verlof',
    toegestaan,
    beslisser,
    legalBasis: [],
    steps: [],
  });

  it('replaces a headline that contradicts the decision', () => {
    expect(headlineAgrees(verlof(false, 'niemand'), 'Dat kan, onder voorwaarden: de directeur beslist.')).toBe(false);
    expect(consistentHeadline(verlof(false, 'niemand'), 'Dat kan, onder voorwaarden: de directeur beslist.')).toMatch(/^Nee/);
    expect(consistentHeadline(verlof(true, 'directeur'), 'Nee, dit kan niet.')).toMatch(/^Ja, de directeur/);
    expect(consistentHeadline(verlof('afhankelijk', 'directeur'), 'Dat kan, onder voorwaarden: de leerplichtambtenaar beslist.')).toMatch(/^Het hangt af/);
  });

  it('keeps a headline that agrees', () => {
    const h = 'Nee, dit verlof kan niemand verlenen.';
    expect(consistentHeadline(verlof(false, 'niemand'), h)).toBe(h);
  });

  it('puts Ja/Nee first without doubling it', () => {
    const plain = { form: 'ja-nee', premise: false, negated: false } as const;
    const premise = { form: 'ja-nee', premise: true, negated: true } as const;
    expect(withYesNo('Nee, dit mag niet.', 'Nee', plain)).toBe('Nee, dit mag niet.');
    expect(withYesNo('Doe een verplichte melding.', 'Ja', plain)).toBe('Ja. Doe een verplichte melding.');
    expect(withYesNo('Nee, dit mag niet.', 'Ja', premise)).toBe('Ja, dat klopt. Dit mag niet.');
  });
});
