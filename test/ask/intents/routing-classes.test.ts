import { describe, expect, it } from 'vitest';
import { pupilOwnEvent } from '../../../server/ask/understand/intents.js';
import { understand } from '../../../server/ask/understand/index.js';

// CheckList suite for "may a rule decide?": a rule decides only a case it is asked about, whose subject it covers.
// Minimum functionality per class, invariance over voice and register, and direction (a fact of a case or an ask
// for a decision turns a knowledge question into a rules question, and back). The sentences differ from the
// held-out fixture test/routing-classes.jsonl, which is measured through the whole pipeline (scripts/eval-routing.mjs).

const today = '2026-12-03';
const intents = (q: string) => understand(q, { today }).intents;

describe('routing: general questions get no rules decision', () => {
  it.each([
    'Wat zijn de regels voor vakantieverlof vanwege het beroep van de ouders?',
    'Welke voorwaarden gelden er voor verlof op grond van artikel 13a?',
    'Geldt het verbod op vakantieverlof in de eerste twee lesweken ook in het voortgezet onderwijs?',
    'Moet een kennisgeving voor vrijstelling 5 onder a ieder schooljaar opnieuw worden gedaan?',
    'Moet de leerplichtambtenaar een beroep op vrijstelling 5 onder b goedkeuren?',
    'Wie geeft een vrijstelling 5a door aan DUO?',
  ])('minimum functionality: %s', (q) => {
    expect(intents(q)).toEqual([]);
  });

  it('direction: the same question about a named pupil with facts is a case for the rules', () => {
    expect(intents('Welke voorwaarden gelden voor verlof op grond van artikel 13a?')).toEqual([]);
    expect(intents('Vader is melkveehouder. Mag onze zoon van 9 in maart 6 dagen mee op vakantie?')).toContain('verlof');
  });
});

describe('routing: a report already made is handled, not chosen', () => {
  it.each([
    'Kunnen we een verzuimmelding bij DUO weer intrekken? De leerling van 13 bleek ziek.',
    'Hoe trek ik een melding in het verzuimloket weer in?',
    'We hebben voor een leerling van 15 een melding gedaan die niet klopte. Hoe draaien we die melding terug?',
    'Kan de melding van luxe verzuim voor onze leerling van 8 nog worden ingetrokken?',
  ])('minimum functionality: %s', (q) => {
    expect(intents(q)).toEqual([]);
  });

  it('direction: without the handling verb the same story asks which report', () => {
    expect(intents('Een leerling van 15 heeft 18 uur gespijbeld in drie weken. Moeten we dit bij DUO melden?')).toEqual(['melding']);
  });
});

describe('routing: what comes after a proces-verbaal is procedure', () => {
  it.each([
    'De leerplichtambtenaar heeft een proces-verbaal opgemaakt tegen de ouders van een leerling van 11 die drie weken op vakantie ging. Wat gebeurt er nu?',
    'Mijn dochter van 15 kreeg een pv omdat ze spijbelde. Wat gebeurt er daarna?',
    'Na een boete voor luxe verzuim van hun zoon (10) vragen ouders: hoe gaat het nu verder?',
  ])('%s', (q) => {
    expect(intents(q)).toEqual([]);
  });
});

describe("routing: the pupil's own pregnancy is no family event", () => {
  it.each([
    ['Een leerling van 16 is zwanger. Hoeveel dagen verlof mag zij krijgen?', true],
    ['Onze dochter van 17 is vorige week bevallen. Mag ze thuisblijven?', true],
    ['Een zwangere leerling van 15 vraagt verlof voor de bevalling. Mag dat?', true],
    ['De moeder van een leerling van 9 is bevallen van een tweeling. Mag hij een dag vrij?', false],
    ['Zijn zus is bevallen en hij wil op kraamvisite in Turkije. Hij is 12. Krijgt hij verlof?', false],
    ['Mijn dochter van 8 krijgt een zusje, mijn vrouw is gisteren bevallen. Mag ze morgen vrij?', false],
  ])('%s → own event %s', (q, own) => {
    expect(pupilOwnEvent(` | ${understand(q, { today }).tekst.toLowerCase().replace(/[.?!]\s*/g, ' | ')} | `)).toBe(own);
    expect(intents(q).includes('verlof')).toBe(!own);
  });
});

describe('routing: leave told beside a report asked is a fact', () => {
  it.each([
    'Moet de school een leerling van 12 die 2 dagen verlof kreeg voor een verhuizing nog bij DUO melden?',
    'Een leerling van 14 had 1 dag verlof gekregen maar bleef een week weg. Moeten we dit melden?',
    'Ze kreeg van de directeur verlof voor de bruiloft van haar zus, maar bleef daarna nog drie dagen weg. Is dit een verplichte melding? Ze is 13.',
  ])('%s', (q) => {
    expect(intents(q)[0]).toBe('melding');
    expect(intents(q)).not.toContain('verlof');
  });
});

describe('routing: deregistration is its own topic', () => {
  it.each([
    'Wanneer mag een school een leerplichtige leerling uitschrijven die nooit komt?',
    'Mogen wij een kwalificatieplichtige student die al maanden wegblijft uitschrijven?',
    'De school zegt dat ze een leerplichtige leerling zonder nieuwe school niet mag uitschrijven. Klopt dat?',
  ])('invariance over attributive status: %s', (q) => {
    expect(intents(q)).not.toContain('leerplicht');
  });

  it('direction: the status asked outright stays a status question', () => {
    expect(intents('Hij is 16 en we willen hem uitschrijven. Is hij nog leerplichtig?')).toContain('leerplicht');
  });
});

describe('routing: exemption procedure is answered by the sources', () => {
  it.each(['Hoe vraag ik een vrijstelling 5b aan voor mijn zoon?', 'Welke stappen zetten wij voor een vrijstelling 5 onder a voor onze dochter van 6?'])('%s', (q) => {
    expect(intents(q)).not.toContain('vrijstelling');
  });

  it('direction: whether an exemption arises for a case is for the rule', () => {
    expect(intents('Ouders van een jongen van 7 hebben bezwaar tegen de richting van alle scholen in de buurt. Kunnen zij een vrijstelling 5 onder b krijgen?')).toContain('vrijstelling');
  });
});
