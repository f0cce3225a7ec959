import { describe, expect, it } from 'vitest';
import { registratiesUitCsv, weken } from '../../web/src/components/absence-chart.js';
import { bezwaarClause, documentKinds, letterText } from '../../web/src/components/documents.js';
import { readAnswer } from '../../web/src/facts.js';
import { ageOn, dateLong, dateShort, numberNl, parseDateNl, parseNumberNl } from '../../web/src/format.js';
import { plainText, renumberCitations, splitLead } from '../../web/src/markdown.js';
import { danglingMarkers, openingQuote } from '../../web/src/views/helpdesk-sources.js';
import type { Decision } from '../../web/src/types.js';

describe('Nederlandse getallen en datums', () => {
  it.each([
    ['14-03-2011', '2011-03-14'],
    ['4-3-2011', '2011-03-04'],
    ['04/03/2011', '2011-03-04'],
    ['4.3.2011', '2011-03-04'],
    ['2011-03-04', '2011-03-04'],
    ['3 maart 2011', '2011-03-03'],
    ['3 mrt 2011', '2011-03-03'],
    ['3 Maart 2011', '2011-03-03'],
    ['29-02-2024', '2024-02-29'],
  ])('%s → %s', (raw, iso) => expect(parseDateNl(raw)).toBe(iso));

  it.each(['31-02-2011', '29-02-2023', '2011-13-01', '14-03-11', 'maart 2011', '3 blub 2011', ''])('%j is geen datum', (raw) => {
    expect(parseDateNl(raw)).toBeUndefined();
  });

  it('schrijft getallen en datums zoals in Nederland', () => {
    expect(numberNl(16.5)).toBe('16,5');
    expect(parseNumberNl('16,5')).toBe(16.5);
    expect(parseNumberNl('16.5')).toBe(16.5);
    expect(parseNumberNl('16,5 uur')).toBeUndefined();
    expect(dateLong('2026-02-03')).toBe('3 februari 2026');
    expect(dateShort('2026-02-03')).toBe('03-02-2026');
  });

  it.each([
    ['2011-03-14', '2026-03-13', 14],
    ['2011-03-14', '2026-03-14', 15],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('geboren %s is op %s %i jaar', (birth, day, age) => expect(ageOn(birth, day)).toBe(age));
});

describe('vervolgvragen nemen het antwoord aan', () => {
  it.each([
    ['leeftijd', '15', { fact: 'leeftijd', value: '15' }],
    ['leeftijd', '14-03-2011', { fact: 'geboortedatum', value: '2011-03-14' }],
    ['leeftijd', '3 maart 2011', { fact: 'geboortedatum', value: '2011-03-03' }],
    ['ongeoorloofdeUren', '16,5', { fact: 'ongeoorloofdeUren', value: '16.5' }],
    ['startdatum', '01-09-2026', { fact: 'startdatum', value: '2026-09-01' }],
    ['onderwijssoort', 'vo', { fact: 'onderwijssoort', value: 'vo' }],
  ])('%s: %j', (fact, raw, expected) => expect(readAnswer(fact, raw)).toEqual({ ok: true, ...expected }));

  it.each([
    ['leeftijd', '120', /120 kan niet\. Vul de leeftijd als getal van 0 tot en met 99 \(jaar\), of de geboortedatum als dag-maand-jaar .* in\./],
    ['leeftijd', 'vijftien', /Vul de leeftijd als getal .* of de geboortedatum als dag-maand-jaar/],
    ['leeftijd', '31-02-2011', /De datum 31-02-2011 bestaat niet/],
    ['startdatum', 'morgen', /Vul de eerste dag van het verlof als dag-maand-jaar/],
    ['ongeoorloofdeUren', '', /Vul eerst een antwoord in/],
  ])('%s: %j geeft een melding die zegt wat er moet staan', (fact, raw, message) => {
    const r = readAnswer(fact, raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});

describe('antwoorden voor een telefoon', () => {
  it('één nummer per passage: dubbele bronnen krijgen het eerste nummer, nummers lopen door', () => {
    const c = (n: number, id: string) => ({ n, id, title: id, quote: `q${n}` });
    const r = renumberCitations('A [1]. B [2][3]. C [4] [2].', [c(1, 'x'), c(2, 'y'), c(3, 'y'), c(4, 'z')]);
    expect(r.citations.map((x) => [x.n, x.id])).toEqual([[1, 'x'], [2, 'y'], [3, 'z']]);
    expect(r.text).toBe('A [1]. B [2]. C [3] [2].');
  });

  it('de conclusie is de eerste regel (met of zonder lege regel erna; een kop neemt de volgende regel mee)', () => {
    expect(splitLead('**Ja.** [1]\n\nUitleg [2]')).toEqual(['**Ja.** [1]', 'Uitleg [2]']);
    expect(splitLead('\nEerste regel\nTweede\nDerde')).toEqual(['Eerste regel', 'Tweede\nDerde']);
    expect(splitLead('# Antwoord\nJa, melden.\nWant [1]')).toEqual(['# Antwoord\nJa, melden.', 'Want [1]']);
    expect(splitLead('Alleen dit')).toEqual(['Alleen dit', '']);
  });

  it('laat geen Markdown-tekens achter in platte tekst', () => {
    expect(plainText('*Grondslag:* artikel 21a, **vet** en een losse ** ster')).toBe('Grondslag: artikel 21a, vet en een losse  ster');
  });
});

describe('documenten uit de beslissing', () => {
  const melding: Decision = { type: 'melding', melding: '16-uur-in-4-weken', legalBasis: [{ id: 'lpw:21a', label: 'Leerplichtwet 1969, artikel 21a, eerste lid' }], steps: ['16 uur bereikt.'] };
  const verlof: Decision = { type: 'verlof', toegestaan: false, beslisser: 'leerplichtambtenaar', legalBasis: [{ id: 'lpw:14', label: 'Leerplichtwet 1969, artikel 14, derde lid' }], steps: ['Meer dan 10 dagen.'] };
  const fields = { school: 'Het Baken', plaats: 'Zwolle', datum: '02-12-2026', leerling: 'Daan', ondertekening: 'J. Jansen', gesprek: '', tijd: '', besluit: 'afgewezen' as const, van: '1-3-2027', tot: '19-3-2027', gemeente: 'Zwolle' };

  it('kiest de documenten die bij de uitkomst passen', () => {
    expect(documentKinds(melding)).toEqual(['brief-melding', 'duo', 'uitnodiging']);
    expect(documentKinds(verlof)).toEqual(['besluit']);
    expect(documentKinds({ ...melding, melding: 'geen-melding' })).toEqual(['uitnodiging']);
  });

  it('de brief over de melding noemt de melding en het artikel', () => {
    const text = letterText('brief-melding', melding, fields);
    expect(text).toContain('Zwolle, 2 december 2026');
    expect(text).toContain('16 uur in 4 weken');
    expect(text).toContain('artikel 21a');
  });

  it('het verlofbesluit heeft besluit, data, grond, overwegingen en bezwaar bij wie besliste', () => {
    const text = letterText('besluit', verlof, fields);
    expect(text).toContain('van 1 maart 2027 tot en met 19 maart 2027');
    expect(text).toContain('Uw aanvraag is afgewezen.');
    expect(text).toContain('artikel 14, derde lid');
    expect(text).toContain('- Meer dan 10 dagen.');
    expect(text).toContain('bij het college van burgemeester en wethouders van Zwolle');
    expect(bezwaarClause('directeur', 'Het Baken')).toMatch(/binnen zes weken .* bij de directeur van Het Baken/);
  });
});

describe('de grafiek van het verzuim', () => {
  const csv = 'leerling;datum;uren;soort\nA;2026-02-02;5;ongeoorloofd\nA;03-02-2026;5,5;ongeoorloofd\nA;2026-02-10;1;te-laat\nA;2026-02-11;4;ziek\nA;2026-03-02;8;ongeoorloofd\nB;2026-02-02;2;ongeoorloofd\n';

  it('leest de registraties uit de CSV, ook met Nederlandse datums en komma’s', () => {
    const regs = registratiesUitCsv(csv);
    expect(regs).toHaveLength(6);
    expect(regs[1]).toEqual({ leerling: 'A', datum: '2026-02-03', uren: 5.5, soort: 'ongeoorloofd' });
  });

  it('telt uren per week, de som over 4 weken en het aantal keer; ziek telt niet mee', () => {
    const w = weken(registratiesUitCsv(csv).filter((r) => r.leerling === 'A'), [{ datum: '2026-02-03', omschrijving: '5e keer' }]);
    // 8 weeks on the axis at least: three empty weeks before the first registration.
    expect(w.map((x) => [x.maandag, x.uren, x.som])).toEqual([
      ['2026-01-12', 0, 0],
      ['2026-01-19', 0, 0],
      ['2026-01-26', 0, 0],
      ['2026-02-02', 10.5, 10.5],
      ['2026-02-09', 1, 11.5],
      ['2026-02-16', 0, 11.5],
      ['2026-02-23', 0, 11.5],
      ['2026-03-02', 8, 9],
    ]);
    expect(w.find((x) => x.maandag === '2026-02-09')!.keer).toBe(12);
    expect(w.find((x) => x.maandag === '2026-02-02')!.signalen).toEqual(['5e keer']);
  });
});

describe('bronnen van een concept', () => {
  it('een nieuw citaat is letterlijk het begin van de passage', () => {
    const text = 'Eerste zin. Tweede zin! ' + 'x'.repeat(400) + '.';
    expect(openingQuote(text)).toBe('Eerste zin. Tweede zin!');
    expect(text.startsWith(openingQuote(text))).toBe(true);
  });

  it('vindt markeringen zonder bron', () => {
    expect(danglingMarkers('A [1] B [3]', [{ n: 1 }])).toMatch(/Markering \[3\] verwijst naar geen bron/);
    expect(danglingMarkers('A [1]', [{ n: 1 }])).toBeUndefined();
  });
});
