import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../server/ask/decide.js';
import { agesIn, impliedAge, loadLeerjaarTabel } from '../../server/ask/implied.js';
import { understand } from '../../server/ask/understand/index.js';
import { addDays } from '../../server/rules/dates.js';
import { decideLeerplicht } from '../../server/rules/leerplicht.js';

// Decide from implied facts (issue 10 item 5): the rules run over every age a school year allows. The same outcome
// for all → decided, with the assumption as the first step; an outcome that depends on the age → the follow-up.

const today = '2026-11-22';
const ctx = { persona: 'school' as const, today };
const facts = (q: string) => {
  const u = understand(q, { today });
  return { u, facts: { ...u.melding, ...u.verlof, ...u.leerplicht, leerjaar: u.leerjaar } };
};

describe('implied ages (knowledge/implied/leerjaar-leeftijd.yaml)', () => {
  it('reads every way of writing a vo year and a groep', () => {
    for (const [text, van, tot] of [['3 havo', 13, 16], ['havo 3', 13, 16], ['havo-3', 13, 16], ['1e vwo', 11, 14], ['vmbo 4', 14, 17], ['groep 5', 7, 10], ['groep8', 10, 13]] as const)
      expect(impliedAge(text), text).toMatchObject({ van, tot });
    expect(impliedAge('mbo 2')).toBeUndefined();
    expect(impliedAge(undefined)).toBeUndefined();
  });
  it('has a range for every groep and klas, each rising with the year', () => {
    const tabel = loadLeerjaarTabel(new URL('../../knowledge/implied/leerjaar-leeftijd.yaml', import.meta.url).pathname);
    for (const kind of ['groep', 'klas'] as const) {
      const years = Object.keys(tabel[kind]).map(Number).sort((a, b) => a - b);
      for (let i = 1; i < years.length; i++) expect(tabel[kind][years[i]!]![0]).toBeGreaterThanOrEqual(tabel[kind][years[i - 1]!]![0]);
    }
  });
});

describe('melding over the ages a class implies', () => {
  const classes = ['1 havo', '2 vwo', '3 havo', '4 vmbo'];
  for (const klas of classes) {
    it(`${klas}: decided without the age, with the assumption stated, and equal to every explicit age in the range`, () => {
      const q = `Leerling uit ${klas} heeft 20 uur gespijbeld in 3 weken. Moet ik melden?`;
      const { u, facts: f } = facts(q);
      expect(u.intents).toEqual(['melding']);
      const out = decide(u.intents, f, ctx)!;
      expect(out.decision.melding).toBe('16-uur-in-4-weken');
      expect(out.decision.steps[0]).toMatch(/^Aanname: een leerling in /);
      expect(out.followUp.map((m) => m.fact)).not.toContain('leeftijd');
      // Invariance: stating any age inside the range gives the same decision.
      for (const leeftijd of agesIn(impliedAge(klas)!)) expect(decide(u.intents, { ...f, leeftijd }, ctx)!.decision.melding).toBe(out.decision.melding);
    });
  }
  it('6 vwo spans 18: the report depends on the age, so no assumption and the rule asks for it', () => {
    const { u, facts: f } = facts('Leerling uit 6 vwo heeft 20 uur gespijbeld. Moet ik melden?');
    const out = decide(u.intents, f, ctx)!;
    expect(out.decision.steps.join(' ')).not.toMatch(/Aanname/);
    expect(out.followUp.map((m) => m.fact)).toContain('leeftijd');
  });
  it('direction: fewer hours never turns into a stronger report under the assumption', () => {
    const hours = [4, 10, 15, 16, 20, 40];
    const rank = { 'geen-melding': 0, 'overig-verzuim': 1, '16-uur-in-4-weken': 2 } as Record<string, number>;
    const outcomes = hours.map((h) => decide(['melding'], { leerjaar: '3 havo', soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: h, onderwijssoort: 'vo' }, ctx)!.decision.melding!);
    for (let i = 1; i < outcomes.length; i++) expect(rank[outcomes[i]!] ?? 0).toBeGreaterThanOrEqual(rank[outcomes[i - 1]!] ?? 0);
  });
});

describe('leerplicht from an age or a class, without a birth date', () => {
  for (const [q, status] of [
    ['Is een kind uit groep 5 leerplichtig?', 'leerplicht'],
    ['Is de leerling uit 2 havo nog leerplichtig?', 'leerplicht'],
    ['Mijn zoon van 17 zit op het mbo zonder diploma. Is hij nog ergens toe verplicht?', 'kwalificatieplicht'],
    ['Geldt voor mijn dochter van 12 de leerplicht?', 'leerplicht'],
    ['Is mijn zoon van 19 nog kwalificatieplichtig?', 'geen'],
  ] as const) {
    it(`${q} → ${status}, decided with the assumption`, () => {
      const { u, facts: f } = facts(q);
      expect(u.intents).toEqual(['leerplicht']);
      const out = decide(u.intents, f, ctx)!;
      expect(out.decided).toBe(true);
      expect(out.decision.status).toBe(status);
      expect(out.followUp.map((m) => m.fact)).not.toContain('geboortedatum');
      expect(out.decision.steps[0]).toMatch(/Aanname|geboortedatum is niet gegeven/);
    });
  }
  // Changed in h-achttien: a 16-year-old is leerplichtig or kwalificatieplichtig (Lpw art. 3 lid 1, 4a lid 1); the
  // answer says so and still asks the birth date (and the diploma) for which of the two, instead of only asking.
  it('Is mijn zoon van 16 nog leerplichtig? → one of the two duties, the birth date says which: asks for it', () => {
    const { u, facts: f } = facts('Is mijn zoon van 16 nog leerplichtig?');
    const out = decide(u.intents, f, ctx)!;
    expect(out.decision.status).toBeUndefined();
    expect(out.headline.text).toMatch(/leerplichtig of al kwalificatieplichtig/);
    expect(out.followUp.map((m) => m.fact)).toEqual(['geboortedatum', 'startkwalificatie']);
  });
  for (const q of ['Is ons kind uit groep 1 al leerplichtig?', 'Is mijn zoon van 5 leerplichtig?', 'Is hij nog leerplichtig?']) {
    it(`${q} → depends on the birth date: asks for it`, () => {
      const { u, facts: f } = facts(q);
      const out = decide(u.intents, f, ctx)!;
      expect(out.decided).toBe(false);
      expect(out.followUp.map((m) => m.fact)).toEqual(['geboortedatum']);
    });
  }
  it('the status only moves forward with an earlier birth date, so the two ends of an age decide for all between', () => {
    // The property the leerplicht-from-age shortcut relies on, checked against the rule itself.
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 19 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }), (age, dayA, dayB) => {
        const youngest = `${2026 - age}-11-22`;
        const [early, late] = [Math.min(dayA, dayB), Math.max(dayA, dayB)];
        const order = ['geen-jong', 'leerplicht', 'kwalificatieplicht', 'geen-oud'];
        const rank = (dob: string) => {
          const r = decideLeerplicht({ geboortedatum: dob, peildatum: today });
          return order.indexOf(r.status === 'geen' ? (r.leeftijd < 6 ? 'geen-jong' : 'geen-oud') : r.status);
        };
        // Older (earlier birth date) never has an earlier status.
        expect(rank(addDays(youngest, -late))).toBeGreaterThanOrEqual(rank(addDays(youngest, -early)));
      }),
      { numRuns: 40 },
    );
  });
});
