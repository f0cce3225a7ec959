import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf, supportFor } from '../../server/ask/evidence.js';
import { Catalog } from '../../server/index/catalog.js';
import { defaultAnalyzer } from '../../server/index/knowledge-index.js';
import { passage } from '../support/passage.js';

// The per-passage caches of the composer (issue 13): kept with the passage object, so a new version of a passage
// is read anew; the pruning in supportFor never changes which sentence is chosen.

const analyze = (t: string) => defaultAnalyzer().analyze(t);

describe('per-passage analysis', () => {
  it('reads a new version of a passage anew, even with the same id, length and opening', () => {
    const before = passage('kb:1', 'Verlof', 'De directeur beslist over verlof tot tien dagen per jaar. Daarna beslist de ambtenaar over het verlof.', ['lpw:14']);
    const after = { ...before, text: 'De directeur beslist over verlof tot tien dagen per jaar. Daarna beslist de inspectie over het verlof.' };
    expect(sentencesOf(before, analyze).map((s) => s.text)).toContain('Daarna beslist de ambtenaar over het verlof.');
    expect(sentencesOf(after, analyze).map((s) => s.text).join(' ')).toContain('inspectie');
    expect(sentencesOf(after, analyze).map((s) => s.text).join(' ')).not.toContain('ambtenaar');
  });

  it('filters per keep function, without mixing two answers with different filters', () => {
    const p = passage('kb:2', 'Melden', 'In IJssel-Vecht meldt de school na vier uur verzuim. Elke school meldt na zestien uur verzuim.', ['lpw:21a']);
    const all = sentencesOf(p, analyze).length;
    expect(sentencesOf(p, analyze, (t) => !/IJssel/.test(t))).toHaveLength(all - 1);
    expect(sentencesOf(p, analyze, () => true)).toHaveLength(all);
  });
});

const WORDS = ['verlof', 'directeur', 'school', 'melding', 'verzuim', 'leerplicht', 'vakantie', 'ziekte', 'huwelijk', 'termijn', 'ambtenaar', 'ouders'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 9 }).map((w) => `${w.join(' ')}.`);

describe('supportFor', () => {
  it('chooses the same sentence as reading every sentence of every passage (first best wins)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), sentence, fc.double({ min: 0, max: 1, noNaN: true }), (texts, claim, minShare) => {
        const passages = texts.map((t, i) => passage(`p:${i}`, 'Kop', t.join(' '), ['lpw:1']));
        const claimTerms = [...new Set(analyze(claim))];
        let best: { id: string; text: string; share: number } | undefined;
        for (const p of passages) {
          for (const s of sentencesOf(p, analyze)) {
            const share = claimTerms.filter((t) => s.terms.has(t)).length / claimTerms.length;
            if (!best || share > best.share) best = { id: p.id, text: s.text, share };
          }
        }
        const expected = best && best.share >= minShare ? { id: best.id, text: best.text } : undefined;
        const got = supportFor(claim, passages, analyze, minShare);
        expect(got && { id: got.passage.id, text: got.text }).toEqual(expected);
      }),
    );
  });
});

describe('Catalog.regionNames', () => {
  it('follows additions and removals, in the order regions were first seen', () => {
    const c = new Catalog();
    const p = (id: string, region?: string) => ({ ...passage(id, 'Kop', 'tekst', []), ...(region && { region }) });
    c.add(1, p('a:1', 'ijssel-vecht'));
    c.add(2, p('b:1', 'west-brabant'));
    c.add(3, p('c:1'));
    expect(c.regionNames()).toEqual(['ijssel-vecht', 'west-brabant']);
    c.remove(1, p('a:1', 'ijssel-vecht'));
    expect(c.regionNames()).toEqual(['west-brabant']);
    c.add(4, p('a:2', 'ijssel-vecht'));
    expect(c.regionNames()).toEqual(['ijssel-vecht', 'west-brabant']);
    const copy = Catalog.fromParts(c.toParts());
    copy.remove(2, p('b:1', 'west-brabant'));
    expect(copy.regionNames()).toEqual(['ijssel-vecht']);
  });
});
