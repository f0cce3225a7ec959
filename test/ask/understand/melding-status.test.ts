import { describe, expect, it } from 'vitest';
import { decide } from '../../../server/ask/decide.js';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';

// Issue 10, four classes of understanding failure, each tested as a class (CheckList: minimum functionality over
// every surface form, invariance over frames and voices, direction): 18+ continuous absence, hours from units and
// arithmetic, leerplicht status from an age or a diploma, and an unenrolled pupil (absoluut verzuim).

function outcome(question: string) {
  const u = understand(question, { today: TODAY });
  const facts = { ...u.leerplicht, ...u.verlof, ...u.melding, ...(u.leerjaar ? { leerjaar: u.leerjaar } : {}) };
  const o = decide(u.intents, facts, { persona: u.persona ?? 'school', region: u.regio, today: TODAY });
  return { u, facts: facts as Record<string, unknown>, d: o?.decision, followUp: o?.followUp.map((f) => f.fact) ?? [] };
}

/** Frames around a situation: who asks and how (school, parent, the pupil, an officer, a hurried note). */
const FRAMES = [
  (s: string, q: string) => `${s} ${q}`,
  (s: string, q: string) => `Goedemorgen, ik ben mentor. ${s} ${q}`,
  (s: string, q: string) => `Vraagje van een ouder: ${s} ${q}`,
  (s: string, q: string) => `Als leerplichtambtenaar krijg ik deze vraag: ${s} ${q} Alvast bedankt.`,
];

describe('18+ without startkwalificatie, continuously absent ≥ 4 weeks → 18-plus-verzuim', () => {
  const WHO = [
    'Een student van 19 (mbo-2) zonder startkwalificatie',
    'Onze vavo-student (20) heeft geen startkwalificatie en',
    'Een leerling uit 6 vwo is net 18 geworden, heeft nog geen diploma en',
    'Een 21-jarige student zonder diploma',
    'Student, 23, entree-opleiding,',
  ];
  const ABSENT: Array<[string, number]> = [
    ['komt al 5 weken niet meer op school.', 5],
    ['is al een maand niet op school geweest.', 4],
    // "ruim 6 weken" is more than 6 (just over): read as 6 the same words at 4 ("ruim vier weken") missed 'langer dan 4 weken'.
    ['is al ruim 6 weken afwezig zonder geldige reden.', 6.5],
    ['komt al vijf weken niet opdagen.', 5],
    ['volgt al 2 maanden geen lessen meer.', 8],
    ['is de laatste 4 weken niet meer verschenen.', 4],
    ['verschijnt al een paar maanden niet meer.', 8],
  ];
  const ASK = ['Moeten we melden?', 'Wat moet de school doen?', 'Wordt dat gemeld?'];

  for (const who of WHO)
    for (const [absent, weken] of ABSENT)
      it(`${who} ${absent}`, () => {
        for (const [k, frame] of FRAMES.entries()) {
          const { facts, d } = outcome(frame(`${who} ${absent}`, ASK[k % ASK.length]!));
          expect(facts.aaneengeslotenWekenAfwezig, `${k}`).toBe(weken);
          expect(d?.melding, `${k}`).toBe('18-plus-verzuim');
        }
      });

  it("in the pupil's own voice", () => {
    for (const q of [
      'Ik ben 19 en heb geen startkwalificatie. Ik ga al 5 weken niet naar school. Wordt dat gemeld?',
      'ik ben 20 jaar, zonder diploma, en kom al een maand niet meer op mijn opleiding. gaat school me melden?',
    ]) {
      const { facts, d } = outcome(q);
      expect(facts.leeftijd, q).toBeGreaterThanOrEqual(18);
      expect(d?.melding, q).toBe('18-plus-verzuim');
    }
  });

  it('direction: under 4 weeks is no mandatory 18-plus report; "bijna 4 weken" is under 4', () => {
    for (const q of ['Student (19) zonder startkwalificatie komt al 3 weken niet. Melden?', 'Student (19) zonder startkwalificatie is al bijna 4 weken niet op school geweest. Melden?']) {
      const { facts, d } = outcome(q);
      expect(facts.aaneengeslotenWekenAfwezig as number, q).toBeLessThan(4);
      expect(d?.melding, q).not.toBe('18-plus-verzuim');
    }
  });

  it('a period the absence falls in, or a frequency, is no continuous absence', () => {
    for (const q of ['In de afgelopen 4 weken is hij vaak weg geweest. Student van 19, melden?', 'De laatste 4 weken heeft ze 10 uur gemist zonder reden. Student van 19, geen startkwalificatie. Melden?']) {
      expect(outcome(q).facts.aaneengeslotenWekenAfwezig, q).toBeUndefined();
    }
  });
});

describe('hours from units and arithmetic', () => {
  const CASES: Array<[string, number]> = [
    ['heeft 3 hele lesdagen gespijbeld; een lesdag is bij ons 6 uur.', 18],
    ['heeft drie dagen gespijbeld. Hij heeft 7 lesuren per dag.', 21],
    ['heeft 4 dagdelen gespijbeld, een dagdeel is 4 lesuren.', 16],
    ['heeft 5 ochtenden van 4 lesuren gespijbeld.', 20],
    ['heeft 6 dagdelen van 3 uur gespijbeld.', 18],
    ['heeft 2 hele schooldagen van 7 uur gespijbeld en daarnaast nog 3 uur.', 17],
    ['heeft 2 hele dagen gespijbeld (7 lesuren per dag) en nog 4 losse uren.', 18],
    ['heeft 20 lessen van 45 minuten gemist zonder reden.', 20],
    ['heeft 12 lesuren van 50 minuten gespijbeld, dat is 10 klokuren.', 12],
    ['heeft zo\'n 45 uur ongeoorloofd gemist.', 45],
    ['heeft ruim 16 uur gespijbeld.', 16],
    ['heeft bijna 16 uur gespijbeld.', 15.5],
    ['heeft 14 uur gespijbeld. De grens is toch 16 uur?', 14],
  ];
  const WHO = ['Leerling van 14 (havo 3)', 'Mijn zoon van 14', 'Een 14-jarige uit 2 vmbo'];
  for (const [s, uren] of CASES)
    it(`${s} → ${uren}`, () => {
      for (const who of WHO)
        for (const [k, frame] of FRAMES.entries()) expect(outcome(frame(`${who} ${s}`, 'Moet dit gemeld worden?')).facts.ongeoorloofdeUren, `${who}, frame ${k}`).toBe(uren);
    });

  it('lessons of N minutes: lesuren in vo (up to 60 minutes), klokuren in po and for longer blocks', () => {
    const cases: Array<[string, number]> = [
      ['Een leerling uit groep 7 heeft 20 lessen van 45 minuten gemist zonder reden. Melden?', 15],
      ['Leerling (13, 2 havo) heeft 20 lessen van 45 minuten gespijbeld. Melden?', 20],
      ['Leerling van 14 uit 3 vmbo heeft 12 lesblokken van 90 minuten gespijbeld. Melden?', 18],
      ['Wij zijn een basisschool. Een kind uit groep 5 heeft 16 lessen van 60 minuten ongeoorloofd gemist. Melden?', 16],
    ];
    for (const [q, uren] of cases) expect(outcome(q).facts.ongeoorloofdeUren, q).toBe(uren);
  });

  it('in the first person: the pupil says age and hours', () => {
    for (const q of ['Ik ben 15 en heb de afgelopen 3 weken ruim 16 uur gespijbeld. Word ik nu gemeld?', 'Ik heb 3 hele dagen gespijbeld en ik heb 6 uur les per dag. Ik ben 14. Word ik gemeld?']) {
      const { facts, d } = outcome(q);
      expect(facts.leeftijd, q).toBeDefined();
      expect(d?.melding, q).toBe('16-uur-in-4-weken');
    }
  });

  it('bbl: days at school a week × their length × the weeks absent (the 4-week window at most)', () => {
    const cases: Array<[string, number]> = [
      ['Onze bbl-student (17) gaat 1 dag per week naar school, een lesdag is 8 uur. Hij is de laatste 3 weken niet geweest. Moeten we melden?', 24],
      ['Een bbl-student van 16 komt al twee weken niet op school; hij heeft 1 schooldag per week van 8 uur. Melden?', 16],
      ['Student (17, bbl) heeft 2 schooldagen gespijbeld. Hij heeft 1 dag per week school van 8 uur. Meldplichtig?', 16],
      ['Bbl-leerling van 16 heeft 2 lesdagen gemist zonder reden; hij heeft op school dagen van 7,5 uur. Melden?', 15],
    ];
    for (const [q, uren] of cases) expect(outcome(q).facts.ongeoorloofdeUren, q).toBe(uren);
    expect(outcome(cases[1]![0]).d?.melding).toBe('16-uur-in-4-weken');
  });

  it('direction: more days of the same length never give a weaker report', () => {
    const rank = ['geen-melding', 'overig-verzuim', '16-uur-in-4-weken'];
    let last = -1;
    for (const n of [1, 2, 3, 4]) {
      const m = outcome(`Leerling van 13 heeft ${n} dagen van 6 lesuren gespijbeld. Melden?`).d?.melding ?? 'geen-melding';
      expect(rank.indexOf(m)).toBeGreaterThanOrEqual(last);
      last = rank.indexOf(m);
    }
    expect(last).toBe(2);
  });
});

describe('leerplicht status from an age, or an age and a diploma', () => {
  const STATUS: Array<[string, string]> = [
    ['Is een jongen van 18 nog leerplichtig?', 'geen'],
    ['Mijn dochter is 19. Is ze nog kwalificatieplichtig?', 'geen'],
    ['Ik ben 18 en wil stoppen met school. Mag dat zonder diploma?', 'geen'],
    ['Een jongere van 20 zonder startkwalificatie, is die nog kwalificatieplichtig?', 'geen'],
    ['Mijn zoon is 17 en heeft een entree-diploma. Moet hij nog naar school?', 'kwalificatieplicht'],
    ['Is een 17-jarige met een entreediploma nog kwalificatieplichtig?', 'kwalificatieplicht'],
    ['Een 17-jarige met een vmbo-diploma wil gaan werken. Mag dat?', 'kwalificatieplicht'],
    ['Een kind van 9 woont in het AZC en heeft nog geen BSN. Is het leerplichtig?', 'leerplicht'],
    ['Moet een 12-jarige asielzoekerskind naar school?', 'leerplicht'],
    ['Een leerling van 15 in een azc, valt die onder de leerplicht?', 'leerplicht'],
    ['Is een leerling uit groep 6 leerplichtig?', 'leerplicht'],
    ['Is een kind van 4 leerplichtig?', 'geen'],
    ['Mijn zoon is geboren op 14 februari 2010. Is hij nog leerplichtig?', 'kwalificatieplicht'],
    ['Mijn zoon is geboren in maart 2009. Is hij nog leerplichtig?', 'kwalificatieplicht'],
    ['Ze is in januari 2012 geboren. Is ze leerplichtig?', 'leerplicht'],
    // Born in November 2010: 15 or 16 now, but every birth date in that month turns 16 in this school year, so the
    // leerplicht runs on for all of them (Lpw art. 4): decided over the month, no birth date needed.
    ['Mijn zoon is geboren in november 2010. Is hij nog leerplichtig?', 'leerplicht'],
    ['Is een brugklasser leerplichtig?', 'leerplicht'],
    ['Valt een kind uit groep 8 onder de leerplicht?', 'leerplicht'],
    ['Een meisje van 17 heeft een mbo-niveau-1-diploma. Is ze nog kwalificatieplichtig?', 'kwalificatieplicht'],
    ['Mag een 17-jarige met een havo-diploma stoppen met school?', 'geen'],
    ['Is een 18-jarige met alleen een vmbo-diploma nog kwalificatieplichtig?', 'geen'],
  ];
  it.each(STATUS)('%s → %s', (q, status) => {
    const { u, d } = outcome(q);
    expect(u.intents).toContain('leerplicht');
    expect(d?.status).toBe(status);
  });

  it('asks when the outcome depends on the birth date (16 with a diploma, a class spanning 16–18)', () => {
    for (const q of ['Een meisje van 16 met een havodiploma, is zij nog leerplichtig?', 'Is een leerling in 4 havo nog leerplichtig?', 'Een leerling uit 5 vwo wil stoppen met school. Mag dat?', 'Mijn zoon is geboren in 2010. Is hij nog leerplichtig?']) {
      const { d, followUp } = outcome(q);
      expect(d?.status, q).toBeUndefined();
      expect(followUp, q).toContain('geboortedatum');
    }
  });

  it('invariance: living in an AZC or having no BSN does not change the status', () => {
    for (const n of [6, 9, 12, 15]) {
      const plain = outcome(`Is een kind van ${n} leerplichtig?`).d?.status;
      for (const extra of ['Het gezin woont in een azc.', 'Het kind heeft (nog) geen BSN.', 'Ze zijn asielzoekers.']) expect(outcome(`${extra} Is een kind van ${n} leerplichtig?`).d?.status).toBe(plain);
    }
  });

  it('18+ without startkwalificatie: no duty, but the Doorstroompunt group; with one, not', () => {
    const points = (q: string) => {
      const u = understand(q, { today: TODAY });
      return decide(u.intents, { ...u.leerplicht, ...u.melding }, { persona: 'school', today: TODAY })?.points.map((p) => p.text).join(' ') ?? '';
    };
    for (const q of ['Is een jongen van 19 zonder diploma nog leerplichtig?', 'Leerling 5 havo is 18 geworden. Valt hij nog onder de lpw?']) expect(points(q), q).toMatch(/Doorstroompunt/);
    expect(points('Is een jongen van 19 met een havo-diploma nog leerplichtig?')).not.toMatch(/Doorstroompunt/);
  });

  it('"bij leerplicht melden" names the office, not the status', () => {
    expect(outcome('Een leerling uit groep 7 (10 jaar) heeft 15 klokuren ongeoorloofd gemist. Zijn we verplicht dit bij leerplicht te melden?').u.intents).toEqual(['melding']);
  });
});

describe('not enrolled anywhere → absoluut verzuim, never relatief verzuim', () => {
  const NOT_ENROLLED = [
    'staat nergens ingeschreven sinds de verhuizing',
    'is na de verhuizing niet aangemeld bij een nieuwe school',
    'is nog niet op een nieuwe school ingeschreven',
    'is uitgeschreven en staat nu nergens ingeschreven',
    'is nooit op een school ingeschreven',
    'heeft geen school',
    'staat op geen enkele school ingeschreven',
  ];
  const ASK = ['Moeten we melden?', 'Welke vorm van verzuim is dit?', 'Wat nu?', 'Is dit relatief of absoluut verzuim?'];
  for (const s of NOT_ENROLLED)
    it(s, () => {
      for (const [k, ask] of ASK.entries()) {
        const who = ['Een jongen van 14', 'Ons kind (7)', 'Een meisje van 11', 'Mijn zoon van 15'][k]!;
        const { facts, d } = outcome(`${who} ${s}. ${ask}`);
        expect(facts.ingeschreven, `${who} / ${ask}`).toBe(false);
        expect(d?.melding, `${who} / ${ask}`).toBe('absoluut-verzuim');
      }
    });

  it('other voices and asks', () => {
    for (const q of [
      'Een jongen van 12 is nergens aangemeld na de zomervakantie. Welke melding?',
      'Het kind (8) heeft geen inschrijving op een school. Wat voor verzuim is dat?',
      'Ik ben leerplichtambtenaar. Een jongere van 16 zonder startkwalificatie staat niet ingeschreven bij een school of instelling. Welk verzuim?',
      'Onze zoon van 6 gaat niet naar school, we hebben hem nergens ingeschreven. Is dat verzuim?',
      'Een leerling van 13 verhuisde in september en is nog steeds nergens ingeschreven. Wat moet de oude school doen?',
    ]) expect(outcome(q).d?.melding, q).toBe('absoluut-verzuim');
  });

  it('weeks at home beside the missing enrolment stay absoluut verzuim', () => {
    expect(outcome('Kind van 8 gaat al 2 maanden niet naar school en is nergens ingeschreven. Wat moeten we doen?').d?.melding).toBe('absoluut-verzuim');
  });

  it('an enrolled pupil, or a plain "aangemeld", is not read as unenrolled', () => {
    for (const q of ['Leerling van 14 staat bij ons ingeschreven maar komt al 6 weken niet. Melden?', 'Hij is aangemeld bij de jeugdarts en komt al 6 weken niet. Leerling van 14, melden?']) {
      expect(outcome(q).facts.ingeschreven, q).not.toBe(false);
      expect(outcome(q).d?.melding, q).toBe('langdurig-relatief-verzuim');
    }
  });
});
