import { describe, expect, it } from 'vitest';
import { decideMelding } from '../../../server/rules/melding.js';
import { decideVerlof } from '../../../server/rules/verlof.js';
import { passes, SCOPE_CASES } from './achttien-scope.fixture.js';
import { read } from './read-question.js';

// Scope by age and diploma. Rules: the 18th birthday ends the kwalificatieplicht (Lpw art. 4b); without a
// startkwalificatie 4 weeks of unexcused absence is then a mandatory '18-plus verzuim' (WVO 2020 art. 8.20, WEB
// art. 9.2.2); with one there is nothing to report; leave from 18 is not the Leerplichtwet's (art. 11-14).

const PEIL = '2026-11-22';

// The one dev wording the change does not reach: a leave question routed as a question about the Leerplichtwet.
const HELD_BACK = 'Onze leerling is net 18 geworden en vraagt verlof voor de bruiloft van zijn zus. Valt dat onder artikel 14 van de Leerplichtwet?';

describe('boundary table: the day before and on the 18th birthday, diploma yes/no/unknown (melding)', () => {
  const rows: Array<[string, boolean | undefined, string | null, boolean]> = [
    // geboortedatum, startkwalificatie, melding, verplicht
    ['2008-11-23', false, 'langdurig-relatief-verzuim', true], // 17, day before the 18th birthday
    ['2008-11-22', false, '18-plus-verzuim', true], // 18 today
    ['2008-11-21', false, '18-plus-verzuim', true],
    ['2008-11-23', true, 'geen-melding', false], // 17 with a diploma: leerplicht over, no kwalificatieplicht
    ['2008-11-22', true, 'geen-melding', false],
    ['2008-11-22', undefined, null, false], // 18, diploma unknown: asked
  ];
  it.each(rows)('born %s, startkwalificatie %s → %s', (geboortedatum, startkwalificatie, melding, verplicht) => {
    const r = decideMelding({ geboortedatum, peildatum: PEIL, onderwijssoort: 'vo', soortVerzuim: 'ongeoorloofd', aaneengeslotenWekenAfwezig: 5, ...(startkwalificatie === undefined ? {} : { startkwalificatie }) });
    expect(r.melding ?? null).toBe(melding);
    expect(r.verplicht).toBe(verplicht);
    if (melding === null) expect(r.missing.map((m) => m.fact)).toContain('startkwalificatie');
  });
  it.each([
    [17, true, 'geen-melding'],
    [17, false, 'langdurig-relatief-verzuim'],
    [18, true, 'geen-melding'],
    [18, false, '18-plus-verzuim'],
  ] as const)('age %i, startkwalificatie %s → %s', (leeftijd, startkwalificatie, melding) => {
    expect(decideMelding({ leeftijd, peildatum: PEIL, onderwijssoort: 'mbo', soortVerzuim: 'ongeoorloofd', aaneengeslotenWekenAfwezig: 6, startkwalificatie }).melding).toBe(melding);
  });
  it('a trip without leave at 18+ is no luxe verzuim, with or without a diploma', () => {
    for (const startkwalificatie of [true, false, undefined]) {
      const r = decideMelding({ leeftijd: 18, peildatum: PEIL, onderwijssoort: 'vo', soortVerzuim: 'vakantie-zonder-verlof', verzuimDagen: 5, ...(startkwalificatie === undefined ? {} : { startkwalificatie }) });
      expect(r.melding).not.toBe('luxe-verzuim');
      expect(r.verplicht).toBe(false);
    }
  });
});

describe('boundary table: leave the day before and on the 18th birthday (verlof)', () => {
  it.each([
    ['2008-11-23', false],
    ['2008-11-22', true],
  ] as const)('born %s → outside the Leerplichtwet: %s', (geboortedatum, buiten) => {
    for (const soort of ['gewichtige-omstandigheden', 'vakantie-beroep', undefined] as const) {
      const r = decideVerlof({ geboortedatum, peildatum: PEIL, dagen: 3, ...(soort ? { soort } : {}) });
      expect(Boolean(r.buitenLeerplichtwet)).toBe(buiten);
    }
  });
});

describe('understanding: the dev wordings (the held-out share is only measured, scripts/probe/achttien.ts)', () => {
  it.each(SCOPE_CASES.filter((c) => !c.heldOut && c.q !== HELD_BACK).map((c) => [c.expect, c.q, c] as const))('[%s] %s', (_e, _q, c) => expect(passes(c)).toBe(true));
});

const melding = (q: string) => read(q).decision?.melding;

describe('minimum functionality: the class implies no diploma yet, however age and class are written', () => {
  const ages = ['van 18', '(18)', 'die net 18 is geworden', '18 jaar oud', 'van negentien'];
  const klassen = ['5 havo', 'havo 5', '4 vmbo-t', 'vmbo-k 4', '3 vmbo', '4 mavo', '4 vwo'];
  for (const age of ages)
    for (const klas of klassen) {
      const q = `Een leerling ${age} uit ${klas} is al zes weken zonder geldige reden niet op school geweest. Moeten we dit melden?`;
      it(q, () => expect(melding(q)).toBe('18-plus-verzuim'));
    }
});

describe('direction: a diploma named, or vwo 5/6 (a havo diploma possible), changes the outcome', () => {
  it.each([
    ['Een leerling van 18 uit 5 havo met een mbo-2 diploma is al zes weken niet geweest. Moeten we melden?', 'geen-melding'],
    ['Een leerling van 18 die zijn havodiploma heeft en nu in 6 vwo zit, is al zes weken weg. Moeten we melden?', 'geen-melding'],
    ['Een leerling van 18 uit 5 havo zonder startkwalificatie is al zes weken weg. Moeten we melden?', '18-plus-verzuim'],
  ])('%s', (q, m) => expect(melding(q)).toBe(m));
  it.each(['5 vwo', '6 vwo', '6 gymnasium'])('%s: the diploma is asked', (klas) => {
    const r = read(`Een leerling van 18 uit ${klas} is al zes weken zonder geldige reden weg. Moeten we melden?`);
    expect(r.decision?.melding).toBeUndefined();
    expect(r.followUp).toContain('startkwalificatie');
  });
  it('under 18 in the same class the leerplicht report stays', () => {
    expect(melding('Een leerling van 17 uit 5 havo is al zes weken zonder geldige reden weg. Moeten we melden?')).toBe('langdurig-relatief-verzuim');
  });
});

describe('invariance: politeness and persona frames do not change the 18-plus outcome', () => {
  const core = 'een leerling van 18 uit 4 vmbo is al vijf weken ongeoorloofd afwezig';
  it.each([
    `Goedemiddag, ${core}. Moeten we dit melden?`,
    `Ik ben mentor: ${core}. Wat moet ik doen?`,
    `Als ouder vraag ik me af: ${core}. Moet de school dat melden?`,
    `Vraagje van de zorgcoördinator, ${core}. Melden bij DUO?`,
    `Alvast bedankt! ${core[0]!.toUpperCase()}${core.slice(1)}. Hij is volwassen, dus we hoeven niets te melden, toch?`,
  ])('%s', (q) => {
    expect(melding(q)).toBe('18-plus-verzuim');
    expect(read(q).lead).not.toMatch(/^Ja, dat klopt/);
  });
});

describe('leave at 18+: outside the Leerplichtwet, said with its article, never luxe verzuim', () => {
  it.each([
    'Een leerling van 18 in 4 havo wil drie dagen vrij voor een bruiloft. Moet de directeur dat goedkeuren?',
    'Mag de leerplichtambtenaar verlof geven aan een student van 20 die 15 dagen naar Marokko wil?',
    'Onze leerling (19) uit 5 havo vraagt verlof voor een begrafenis. Wie beslist?',
    'Een 18-jarige wil een week eerder op wintersport. Kan de directeur dat toestaan?',
  ])('%s', (q) => {
    const { lead } = read(q);
    expect(lead).toMatch(/Leerplichtwet gelden niet/);
    expect(lead).toMatch(/artikel 4b/);
    expect(lead).not.toMatch(/luxe verzuim/i);
  });
});

describe('16 is not the end of school: kwalificatieplicht until 18 or a startkwalificatie', () => {
  it.each([
    'Hij is 16, dus hij mag van school af en gaan werken, klopt dat?',
    'Mijn dochter is net 16 geworden. Mag ze nu stoppen met school?',
    'Een leerling van 16 wil fulltime gaan werken. Mag dat?',
  ])('%s', (q) => {
    const { lead } = read(q);
    expect(lead).toMatch(/^Nee\b/);
    expect(lead).toMatch(/kwalificatieplichtig/);
  });
  it('direction: with a startkwalificatie at 17 there is no duty left', () => {
    expect(read('Mijn zoon van 17 heeft zijn havodiploma. Is hij nog kwalificatieplichtig?').lead).toMatch(/^Nee\b/);
  });
});
