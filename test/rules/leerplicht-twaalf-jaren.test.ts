import { describe, expect, it } from 'vitest';
import { decideLeerplicht } from '../../server/rules/leerplicht.js';
import { read } from '../ask/understand/read-question.js';

// Lpw art. 3 lid 1 onder a and lid 2 (facts.md LPW-END-01/02): leerplicht ends on 31 July of the school year after
// which the pupil attended at least 12 *full* school years (a basisschool done in fewer than 8 years counts as 8), or
// of the school year of the 16th birthday, whichever comes first. A first school year counts only from its first day.

describe('rule: the 12-full-school-years end at its boundaries', () => {
  const P = '2026-11-22';
  it.each([
    // [what, input, end]
    ['4 before the first school day, started then: 2015-16 is year 1 → 12 full years by 31 July 2027', { geboortedatum: '2011-08-10', startSchooljaar: 2015, vanafBeginSchooljaar: true }, '2027-07-31'],
    ['same child, start day unknown: the first year is not counted, the age limit (2028) decides', { geboortedatum: '2011-08-10', startSchooljaar: 2015 }, '2028-07-31'],
    ['started in the middle of 2015-16: first full year 2016-17 → 2028, as the age limit', { geboortedatum: '2011-10-01', startdatumSchool: '2015-10-02' }, '2028-07-31'],
    ['4 before the school year, 16 in July: age and 12 years both end 31 July 2027', { geboortedatum: '2011-07-01', startSchooljaar: 2015, vanafBeginSchooljaar: true }, '2027-07-31'],
    ['a skipped group (7 basisschool years counts as 8), brugklas 2022-23 → four more years → 31 July 2026', { geboortedatum: '2011-09-15', startSchooljaar: 2015, basisschoolJaren: 7, brugklasSchooljaar: 2022 }, '2026-07-31'],
    ['11 full years done before this school year: the 12th ends 31 July 2027', { geboortedatum: '2011-09-01', volledigeSchooljaren: 11 }, '2027-07-31'],
    ['12 full years already done: it ended 31 July 2026', { geboortedatum: '2011-09-01', volledigeSchooljaren: 12 }, '2026-07-31'],
    ['10 full years done: the age limit (2028) comes first', { geboortedatum: '2011-09-01', volledigeSchooljaren: 10 }, '2028-07-31'],
  ] as const)('%s', (_, input, end) => {
    expect(decideLeerplicht({ ...input, peildatum: P }).leerplichtEinde).toBe(end);
  });
});

describe('understanding: the school career told in words', () => {
  it.each([
    ['Leerling geboren 10 augustus 2011, begon op de eerste schooldag van schooljaar 2015-2016 in groep 1. Wanneer eindigt de leerplicht?', '31 juli 2027'],
    ['Geboren 10 augustus 2011, zit vanaf het begin van schooljaar 2015-2016 op school. Tot wanneer leerplichtig?', '31 juli 2027'],
    ['Leerling geboren 15 september 2011, begon in oktober 2015 in groep 1 en heeft groep 3 overgeslagen. Brugklas in 2022-2023. Wanneer eindigt de leerplicht?', null],
    ['Een leerling is geboren op 15 september 2011 en zit sinds oktober 2015 op school. Hij sloeg groep 5 over en ging in 2022-2023 naar de brugklas. Wanneer eindigt zijn leerplicht?', null],
  ])('%s', (q, end) => {
    const r = read(q);
    if (end) expect(r.lead, q).toContain(end);
    else expect(r.lead, q).toMatch(/niet meer leerplichtig/);
  });

  it('the day school began is not the date asked about', () => {
    const r = read('Leerling geboren 10 augustus 2011 startte in groep 1 op 24 augustus 2015. Wanneer eindigt zijn leerplicht?');
    expect(r.facts.startdatumSchool).toBe('2015-08-24');
    expect(r.facts.peildatum).toBeUndefined();
  });

  it('a skipped and a repeated group: the basisschool years stay unknown', () => {
    const r = read('Geboren 15 september 2011, groep 3 overgeslagen maar groep 6 overgedaan. Wanneer eindigt de leerplicht?');
    expect(r.facts.basisschoolJaren).toBeUndefined();
  });
});
