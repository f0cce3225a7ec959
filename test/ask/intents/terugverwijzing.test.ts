import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';

// An ask that points back at the told situation takes its topic from it (issue 10: open forms, intents without
// facts): "bij wie moet ik dat aanvragen", "dat mag toch", "hoe heet dit". Situations × asks × frames.

const TODAY = '2026-12-02';
const intents = (q: string) => understand(q, { today: TODAY }).intents;

const VERLOF_SITUATIES = [
  'Mijn broer viert vrijdag zijn 25-jarig huwelijksfeest in Groningen en we willen er met onze zoon (groep 8) de hele dag heen.',
  'De oma van onze dochter (3 havo) wordt begraven in Paramaribo, we willen een week gaan.',
  'Mijn nicht trouwt in Nador en we willen met ons kind uit groep 6 drie dagen eerder vertrekken.',
];
const VERLOF_VRAGEN = ['Bij wie moet ik dat aanvragen?', 'Hoe ver van tevoren moet ik dat aanvragen?', 'Hoe kan ik dit regelen met school?', 'Dat mag toch?'];

const STATUS_SITUATIES = [
  'Mijn zoon (17) heeft zijn vmbo-tl diploma en kan bij een bouwbedrijf werken. Hij wil niet meer naar school.',
  'Onze dochter is 16, zit in 4 havo en gaat niet meer naar school als het aan haar ligt.',
];
const STATUS_VRAGEN = ['Dat mag toch nu?', 'Dat mag toch, hij is oud genoeg?', 'Mag dat toch?'];

const ABSENTIE_SITUATIES = [
  'Mijn zoon is 15 en staat sinds de verhuizing nergens ingeschreven; hij zit thuis.',
  'Een leerling van 14 heeft 20 lesuren gespijbeld in drie weken.',
];
const NAAM_VRAGEN = ['Hoe heet dit?', 'Hoe noem je dat eigenlijk?', 'Wat voor soort is dit?'];

const FRAMES = [(q: string) => q, (q: string) => `Hallo, ${q} Groet, een ouder`];

describe('asks that point back at the told situation', () => {
  for (const s of VERLOF_SITUATIES)
    for (const v of VERLOF_VRAGEN)
      for (const [fi, f] of FRAMES.entries()) it(`verlof: ${v} (${s.slice(0, 30)}…, frame ${fi + 1})`, () => expect(intents(f(`${s} ${v}`))).toContain('verlof'));
  for (const s of STATUS_SITUATIES)
    for (const v of STATUS_VRAGEN)
      it(`leerplicht: ${v} (${s.slice(0, 30)}…)`, () => {
        const i = intents(`${s} ${v}`);
        expect(i).toContain('leerplicht');
        expect(i).not.toContain('melding');
      });
  for (const s of ABSENTIE_SITUATIES)
    for (const v of NAAM_VRAGEN) it(`melding: ${v} (${s.slice(0, 30)}…)`, () => expect(intents(`${s} ${v}`)).toContain('melding'));
  it('a question about something else does not take the told situation as its topic', () => {
    expect(intents('Mijn zoon (groep 8) gaat vrijdag naar de bruiloft van zijn oom. Hoe laat begint de school maandag?')).not.toContain('verlof');
  });
});
