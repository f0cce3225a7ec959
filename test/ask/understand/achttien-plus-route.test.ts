import { describe, expect, it } from 'vitest';
import { read } from './read-question.js';

// A student of 18 up to 27 without startkwalificatie who stays away without valid reason for 4 weeks or more: the
// school reports '18-plus verzuim' to DUO, which passes it to the Doorstroompunt (RMC) (WEB art. 9.2.2 / WVO 2020
// art. 8.20; under 27 since 1-1-2026, facts.md §2.3). "He is an adult, his own choice" does not lift that duty.

const melding = (q: string) => {
  const d = read(q).decision;
  return d?.type === 'melding' ? d.melding : d?.type;
};

describe('18-plus verzuim is decided (minimum functionality)', () => {
  const questions = [
    'Een student van twintig in het mbo zonder startkwalificatie komt al vijf weken niet meer opdagen. Moeten we dit melden?',
    'Onze 23-jarige cursist in het vavo heeft geen diploma en is al 6 weken weg zonder reden. Moet ik iets doorgeven aan DUO?',
    'Student, 21 jaar, mbo niveau 1, is al 5 weken afwezig zonder geldige reden. Welke melding doen we?',
    'Een cursist van 25 jaar zonder startkwalificatie verschijnt al zes weken niet. Moet de school dat melden bij het Doorstroompunt?',
    'Een leerling van 19 in havo 5 zonder startkwalificatie is al een maand niet op school geweest. Melden bij DUO?',
    'Een 26-jarige vavo-cursist zonder havodiploma blijft al 5 weken weg. Moet dit naar DUO?',
    'Een deelnemer (19) aan een mbo-2 opleiding, geen startkwalificatie, is sinds een maand niet meer geweest. Hij is volwassen, het is toch zijn eigen keuze?',
    'Een student van tweeëntwintig zonder startkwalificatie is al vijf weken niet meer geweest. Hij is meerderjarig, dat is toch zijn eigen verantwoordelijkheid?',
  ];
  it.each(questions)('%s', (q) => expect(melding(q)).toBe('18-plus-verzuim'));
});

describe('the adult\'s own choice is not an answer that lifts the duty (invariance)', () => {
  const base = 'Een mbo-student van 20 zonder startkwalificatie is al vijf weken niet meer verschenen.';
  it.each(['Moeten we dit melden?', 'Hij is volwassen, het is toch zijn eigen keuze?', 'Dat is toch zijn eigen zaak, hij is 20?', 'Hij is meerderjarig, dus zelf verantwoordelijk, toch?'])('%s', (ask) => {
    expect(melding(`${base} ${ask}`)).toBe('18-plus-verzuim');
    expect(read(`${base} ${ask}`).lead).not.toMatch(/^Ja, dat klopt/);
  });
});

describe('direction: a student with a startkwalificatie, or absent for less than 4 weeks, gets no 18-plus report', () => {
  it('startkwalificatie', () => expect(melding('Een mbo-student van 20 met een havodiploma is al vijf weken niet meer verschenen. Moeten we dit melden?')).not.toBe('18-plus-verzuim'));
  it('two weeks', () => expect(melding('Een mbo-student van 20 zonder startkwalificatie is al twee weken niet meer verschenen. Moeten we dit melden?')).not.toBe('18-plus-verzuim'));
});
