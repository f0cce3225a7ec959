import { describe, expect, it } from 'vitest';
import { read } from './understand/read-question.js';

// A premise about a report is confirmed or corrected by the melding rule's decision, with the polarity of the claim's
// own report verb: "dat een leerling die 20 uur heeft gespijbeld niet gemeld hoeft te worden" claims no report, though
// its first clause (cut at "die") has no negation. A kwalificatieplichtige pupil reaching 16 hours IS reported
// (Lpw art. 21a).

describe('a claim that no report is needed is corrected when one is due (minimum functionality)', () => {
  const wrongClaims = [
    'Mijn collega zegt dat een leerling van 17 zonder diploma die 20 uur heeft gespijbeld niet gemeld hoeft te worden, klopt dat?',
    'Een collega zegt dat we een leerling van 14 die 18 uur heeft gespijbeld in 3 weken niet hoeven te melden. Klopt dat?',
    'Klopt het dat ik een leerling van 16 zonder startkwalificatie die 17 uur ongeoorloofd afwezig was niet hoef te melden?',
    'Onze mentor zegt dat een leerling van 13 die in twee weken 20 uur heeft gespijbeld nog niet gemeld hoeft te worden. Klopt dat?',
    'Mijn directeur beweert dat we een leerling van 15 die 24 uur ongeoorloofd afwezig was in 4 weken niks hoeven te melden. Is dat zo?',
  ];
  it.each(wrongClaims)('%s', (q) => expect(read(q).lead).toMatch(/^Nee, dat klopt niet\./));
});

describe('direction: the positive claim about the same case is confirmed', () => {
  it.each([
    'Mijn collega zegt dat een leerling van 17 zonder diploma die 20 uur heeft gespijbeld gemeld moet worden, klopt dat?',
    'Een collega zegt dat we een leerling van 14 die 18 uur heeft gespijbeld in 3 weken moeten melden. Klopt dat?',
    'Klopt het dat ik een leerling van 16 zonder startkwalificatie die 17 uur ongeoorloofd afwezig was moet melden?',
  ])('%s', (q) => expect(read(q).lead).toMatch(/^Ja, dat klopt\./));
});

describe('a reported claim about a report is answered by the melding rule, not the leave rule', () => {
  it.each([
    'De school zegt dat ze het gaan melden als luxe verzuim omdat mijn zoon (10) twee dagen eerder op vakantie ging zonder verlof. Kan dat wel?',
    'De directeur zegt dat hij het bij leerplicht gaat melden, want we zijn een week eerder op vakantie gegaan met onze dochter van 8. Mag dat zomaar?',
  ])('%s', (q) => expect(read(q).decision?.type).toBe('melding'));
});
