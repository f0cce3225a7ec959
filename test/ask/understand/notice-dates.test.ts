import { describe, expect, it } from 'vitest';
import { decide } from '../../../server/ask/decide.js';
import { statedFacts, understand } from '../../../server/ask/understand/index.js';

// Notice told as two dates (art. 14 lid 2: leave afterwards only when the reasons reach the head within two days
// after the verhindering). r17: two explicit dates were not compared, and leave afterwards came out "afhankelijk"
// long after the limit. CheckList: minimum functionality, invariance over the verb and the order, direction.

const TODAY = '2026-12-03';
const read = (q: string) => {
  const u = understand(q, { today: TODAY });
  const facts = statedFacts(u);
  return { facts, decision: decide(u.intents, facts, { persona: 'school', today: TODAY })?.decision };
};

describe('notice after the absence, from two dates', () => {
  it.each([
    ['Haar vader overleed op 20 november. Pas op 27 november belde moeder om verlof achteraf te vragen. Kan ik dat nog toekennen?', -7],
    ['Opa werd op 12 november begraven; de ouders lieten het ons op 13 november weten. Mag de directeur nog verlof geven?', -1],
    ['Op 24 november overleed haar opa. Moeder mailde op 26 november de reden. Mag ik achteraf verlof verlenen?', -2],
    ['De ouders vroegen op 30 november achteraf verlof aan voor de uitvaart van oma op 18 november. Kan dat nog?', -12],
  ])('minimum functionality and invariance over verb and order: %s', (q, days) => {
    expect(read(q).facts.dagenVooraf).toBe(days);
  });

  it.each([
    ['Haar vader overleed op 20 november. Pas op 27 november belde moeder om verlof achteraf te vragen. Kan ik dat nog toekennen?', false],
    ['Op 24 november overleed haar opa. Moeder mailde op 26 november de reden. Mag ik achteraf verlof verlenen?', 'afhankelijk'],
  ])('direction: past the two days no leave afterwards, within them the head may: %s', (q, want) => {
    expect(read(q).decision?.toegestaan).toBe(want);
  });

  it('a date in a past-tense sentence is no future start of leave', () => {
    expect(read('Op 24 november overleed haar opa. Moeder mailde op 26 november de reden. Mag ik achteraf verlof verlenen?').facts.startdatum).toBeUndefined();
  });

  it.each([
    'Op 14 december is de bruiloft van haar tante; de ouders vroegen op 1 december verlof aan. Mag dat?',
    'Ze was op 20 november ziek en op 25 november jarig. Wat moeten we doen?',
  ])('direction: no notice after the absence when the told day is not after it, or no one notified: %s', (q) => {
    expect((read(q).facts.dagenVooraf as number | undefined) ?? 0).toBeGreaterThanOrEqual(0);
  });
});
