import { describe, expect, it } from 'vitest';
import { decide } from '../../../server/ask/decide.js';
import { statedFacts, understand } from '../../../server/ask/understand/index.js';

// Times × the lessons missed each time (r18, legally wrong: "zeventien keer het eerste lesuur gemist" counted as one
// lesuur, and the answer said no report was due). CheckList: minimum functionality, invariance over the count's form
// and the lesson's wording, direction.

const TODAY = '2026-12-03';
const uren = (q: string) => understand(q, { today: TODAY }).melding.ongeoorloofdeUren;

describe('a count of times × the lessons of each time', () => {
  it.each([
    ['Een leerling uit havo 5 heeft in vier lesweken zeventien keer het eerste lesuur gemist zonder geldige reden. Melden?', 17],
    ['In de laatste 4 lesweken 17 keer het eerste uur gemist, zonder reden. Moeten we melden?', 17],
    ['Hij heeft 5 keer twee lessen overgeslagen deze maand. Melden?', 10],
    ['Ze heeft 8x het 1e en 2e uur gemist zonder geldige reden. Wat nu?', 16],
  ])('%s → %i', (q, want) => expect(uren(q)).toBe(want));

  it('direction: a count without a lesson per time gives no hours', () => {
    expect(uren('Ze heeft 3 keer gespijbeld. Melden?')).toBeUndefined();
  });

  it('the decision follows: 17 lesuren in 4 lesweken is the 16-uur melding', () => {
    const u = understand('Een leerling uit havo 5 (17 jaar, geen diploma) heeft in de afgelopen vier lesweken zeventien keer het eerste lesuur gemist zonder geldige reden. Moet ik dit bij DUO melden?', { today: TODAY });
    expect(decide(u.intents, statedFacts(u), { persona: 'school', today: TODAY })?.decision.melding).toBe('16-uur-in-4-weken');
  });
});

// r18 (legally wrong): a week row listing several days counted only its first amount (6 of 16 lesuren).
describe('a week row with several days sums its days', () => {
  const rows = (sep: string) => `Ongeoorloofd gemist:${sep}week 47: maandag 2 lessen, woensdag 3 lessen${sep}week 48: dinsdag 4 lessen en donderdag 2 lessen${sep}week 49 (t/m vandaag): maandag 3 lessen, woensdag 2 lessen${sep}Geen vakanties. Melden?`;
  it.each(['\n- ', '\n', '; '])('invariance over the row separator %j → 16', (sep) => expect(uren(rows(sep))).toBe(16));
  it('direction: one amount per week still sums the weeks', () => expect(uren('Ongeoorloofd: week 45: 3 uur; week 46: 4 uur; week 47: 5 uur. Melden?')).toBe(12));
});
