import { describe, expect, it } from 'vitest';
import { grid, read } from './read-question.js';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';

// Melding questions told as a situation (round 16: 0 of 9), CheckList-style per class: minimum functionality over
// wordings, invariance over the frame around them, direction where a fact changes the outcome.

const uren = (q: string) => understand(q, { today: TODAY }).melding.ongeoorloofdeUren;
const melding = (q: string) => {
  const d = read(q).decision;
  return d?.type === 'melding' ? d.melding : `(${d?.type ?? 'geen'})`;
};

const FRAMES = [
  (s: string) => `Een leerling uit 3 havo ${s}. Moeten we dit melden?`,
  (s: string) => `Goedemorgen, ik ben mentor. Onze leerling (14) ${s}. Wat moet de school doen?`,
  (s: string) => `Vraag van de verzuimcoördinator: Daan (13, 2 vwo) ${s}. Is dit meldplichtig?`,
];

describe('class 1: clock times × occurrences become hours', () => {
  const CASES: Array<[string, number]> = [
    // arrival against the start of the day, every day over weeks (at most the window of 4 lesweken)
    ['komt de laatste 3 weken elke dag om 9.15 binnen terwijl de les om 8.30 begint', 11.25],
    ['kwam de afgelopen 2 weken iedere ochtend pas om 9:00 binnen; school begint om 8.30', 5],
    // a count of times
    ['kwam 6 keer om 9.15 binnen, de les begint om 8.30', 4.5],
    ['is 5 keer te laat gekomen, steeds een kwartier', 1.25],
    ['kwam 8 keer 20 minuten te laat', 2.67],
    ['was 4 keer te laat, telkens een half uur', 2],
    // leaving before the end of the day
    ['vertrekt elke vrijdag om 12.00 terwijl de les tot 15.00 duurt, al 4 weken', 12],
    ['gaat de afgelopen 3 weken elke dag om 13.00 naar huis terwijl de lessen tot 15.30 duren', 37.5],
    ['vertrok 3 keer om 12.30, de lessen duren tot 15.00', 7.5],
  ];
  for (const [s, want] of CASES)
    for (const [k, f] of FRAMES.entries()) it(`${s} (frame ${k + 1}) → ${want} uur`, () => expect(uren(f(s))).toBe(want));

  it('the window caps weeks: more weeks of daily lateness never beyond 4 lesweken, never fewer hours', () => {
    const hs = [1, 2, 3, 4, 6].map((n) => uren(`Leerling (14) komt al ${n} weken elke dag om 8.45 binnen, de les begint om 8.30. Melden?`)!);
    for (let k = 1; k < hs.length; k++) expect(hs[k]!).toBeGreaterThanOrEqual(hs[k - 1]!);
    expect(hs.at(-1)).toBe(5);
  });
  it('later arrival or earlier departure never gives fewer hours', () => {
    expect(uren('Leerling (14) kwam 6 keer om 9.30 binnen, de les begint om 8.30.')!).toBeGreaterThan(uren('Leerling (14) kwam 6 keer om 9.00 binnen, de les begint om 8.30.')!);
    expect(uren('Leerling (14) vertrok 3 keer om 11.00, de lessen duren tot 15.00.')!).toBeGreaterThan(uren('Leerling (14) vertrok 3 keer om 14.00, de lessen duren tot 15.00.')!);
  });
  it('reaching 16 hours by daily lateness is the 16-uur melding; below it overig verzuim', () => {
    expect(melding('Leerling uit 3 havo (14) komt al 4 weken elke dag om 9.30 binnen, de les begint om 8.30. Moeten we melden?')).toBe('16-uur-in-4-weken');
    expect(melding('Leerling uit 3 havo (14) kwam 6 keer om 9.15 binnen, de les begint om 8.30, zonder reden. Moeten we melden?')).toBe('overig-verzuim');
  });
});

describe('class 6: numbers of the norm are not the case', () => {
  const NORMS = [
    'Mijn collega zegt dat je bij 16 uur moet melden.',
    'Volgens de regels moet je na 16 uur in 4 weken melden.',
    'Ik las dat je pas bij 16 uur verzuim binnen 4 weken hoeft te melden;',
    'De teamleider zei dat men vanaf 16 uur moet melden.',
  ];
  const CASES: Array<[string, number]> = [
    ['Een leerling (14) uit 2 havo is 5 keer te laat gekomen, steeds een kwartier.', 1.25],
    ['Mijn leerling van 13 heeft 3 uur gespijbeld.', 3],
    ['Onze leerling (15) heeft 6 uur ongeoorloofd gemist.', 6],
  ];
  for (const [norm, [kaal, want]] of grid(NORMS, CASES)) {
    const q = `${norm} ${kaal} Moeten we melden?`;
    it(`${q} → ${want} uur, never the 16-uur melding`, () => {
      expect(uren(q)).toBe(want);
      expect(uren(q)).toBe(uren(`${kaal} Moeten we melden?`));
      expect(melding(q)).not.toBe('16-uur-in-4-weken');
    });
  }
  it('a case told inside the hearsay keeps its numbers', () => {
    expect(uren('Mijn collega zegt dat hij al 20 uur heeft gespijbeld, moeten we melden? Hij is 14.')).toBe(20);
    expect(uren('De mentor zegt dat Sem 18 uur heeft gemist zonder reden. Moet je dan melden?')).toBe(18);
  });
});

describe('class 7: a child kept home for weeks is langdurig relatief verzuim, not luxe verzuim', () => {
  const CASES = [
    'De ouders houden haar al 5 weken thuis, in overleg met de mentor. Ze zit in 3 havo.',
    'Onze leerling van 13 zit al sinds begin september thuis. Ouders hebben hem niet ziekgemeld en geen verlof gevraagd.',
    'Een leerling uit groep 6 blijft al 6 weken thuis, zonder verlof en zonder ziekmelding.',
    'Ouders hielden hun zoon (12) de afgelopen 5 weken thuis zonder toestemming van de school.',
  ];
  const ASKS = ['Welk verzuim is dit?', 'Moeten we dit melden?', 'Is dit luxe verzuim?'];
  for (const [c, ask] of grid(CASES, ASKS)) it(`${c} ${ask}`, () => expect(melding(`${c} ${ask}`)).toBe('langdurig-relatief-verzuim'));

  it('direction: a trip abroad without leave stays luxe verzuim', () => {
    expect(melding('Ouders zijn met hun zoon (12) zonder verlof op vakantie gegaan, al 2 weken weg. Welk verzuim is dit?')).toBe('luxe-verzuim');
    expect(melding('Leerling (10) is twee weken eerder op vakantie vertrokken, er is geen verlof gevraagd. Moeten we melden?')).toBe('luxe-verzuim');
  });
});

describe('class 2: a pasted registration table counts only the unexcused hours, in the 4-lesweek window', () => {
  const ROWS: Array<[number, number, number]> = [
    [45, 4, 2],
    [46, 5, 6],
    [47, 6, 0],
    [48, 3, 1],
  ];
  const LAYOUTS: Array<[string, (rows: typeof ROWS) => string]> = [
    ['pipes with a head row', (rows) => `Week | Ongeoorloofd | Ziek | Te laat\n${rows.map(([w, o, z]) => `${w} | ${o} | ${z} | 1`).join('\n')}`],
    ['tabs, sick column first', (rows) => `week\tziek\tongeoorloofd\n${rows.map(([w, o, z]) => `${w}\t${z}\t${o}`).join('\n')}`],
    ['semicolons, spijbelen', (rows) => `weeknr; spijbelen; ziek\n${rows.map(([w, o, z]) => `${w}; ${o}; ${z}`).join('\n')}`],
    ['labelled rows', (rows) => rows.map(([w, o, z]) => `week ${w}: ${o} uur ongeoorloofd, ${z} uur ziek`).join('\n')],
    ['labelled rows, sick first', (rows) => rows.map(([w, o, z]) => `week ${w}: ${z} uur ziek, ${o} uur ongeoorloofd`).join('. ')],
    ['labelled pipes on one line', (rows) => rows.map(([w, o, z]) => `week ${w} | ${o} uur ongeoorloofd | ${z} uur ziek`).join('; ')],
  ];
  const frame = (table: string) => `Leerling uit 3 havo (14), ons overzicht:\n${table}\nMoeten we melden?`;
  for (const [name, layout] of LAYOUTS) {
    it(`${name}: 18 unexcused hours → 16-uur melding; the sick column never counts`, () => {
      const q = frame(layout(ROWS));
      expect(uren(q)).toBe(18);
      expect(melding(q)).toBe('16-uur-in-4-weken');
    });
    it(`${name}: more sick hours change nothing; fewer unexcused hours drop below the threshold`, () => {
      expect(uren(frame(layout(ROWS.map(([w, o, z]) => [w, o, z + 10]))))).toBe(18);
      expect(melding(frame(layout(ROWS.map(([w, o, z]) => [w, Math.max(0, o - 2), z]))))).toBe('overig-verzuim');
    });
  }
  it('a holiday row is no lesweek: the window reaches over it', () => {
    const q = 'Leerling uit groep 6, overzicht:\nweek; spijbelen; ziek\n42; 5; 0\n43; herfstvakantie\n44; 6; 0\n45; 3; 2\n46; 4; 0\nMoeten we melden?';
    expect(uren(q)).toBe(18);
  });
});

describe('class 3: a threshold reached earlier and never reported is due now', () => {
  const REACHED = [
    'Bij een leerling (vo, 15 jaar) was de 16 uur al op 3 november bereikt',
    'Onze leerling uit 3 havo had de 16 lesuren eind oktober al overschreden',
    'Een leerling (14) van ons heeft de grens van 18 uur in 4 weken op 3 november bereikt',
  ];
  const NOT_REPORTED = ['we hebben niet gemeld.', 'dat is nooit bij DUO gemeld.', 'we zijn vergeten te melden.', 'de melding is blijven liggen.'];
  const ASKS = ['Kan dat nog en wat is het risico?', 'Moeten we dat nu nog doen?', 'Wat nu?'];
  for (const [r, n, ask] of grid(REACHED, NOT_REPORTED, ASKS)) {
    const q = `${r}; ${n} ${ask}`;
    it(q, () => {
      const x = read(q);
      expect(x.decision?.type === 'melding' && x.decision.melding).toBe('16-uur-in-4-weken');
      expect(x.lead).toMatch(/alsnog/);
      expect(x.lead).toMatch(/artikel 27/);
    });
  }
  it('direction: without "niet gemeld" the report is simply due, not "alsnog"', () => {
    const x = read('Bij een leerling (vo, 15 jaar) was de 16 uur al op 3 november bereikt. Moeten we melden?');
    expect(x.decision?.type === 'melding' && x.decision.melding).toBe('16-uur-in-4-weken');
    expect(x.lead).not.toMatch(/alsnog/);
  });
  it('a conditional is no hours reached', () => {
    expect(uren('Als de 16 uur bereikt is, moeten we dan melden? Leerling van 14 heeft 10 uur gemist.')).toBe(10);
  });
  it('a sick report the parents did not make is no report the school left undone', () => {
    expect(understand('De ouders hebben hem niet ziekgemeld, hij (13) heeft 8 uur gemist. Melden?', { today: TODAY }).melding.meldingUitgebleven).toBeUndefined();
  });
});

describe('class 5: leave refused, objection pending, the family goes anyway → luxe verzuim (Awb art. 6:16)', () => {
  const REFUSED = ['Het verlof van een leerling (12) is afgewezen', 'De directeur heeft het verlofverzoek voor onze dochter (groep 6) geweigerd', 'Vakantieverlof voor een leerling uit 2 havo is afgewezen'];
  const OBJECTION = ['de ouders hebben bezwaar gemaakt', 'we hebben een bezwaarschrift ingediend', 'ouders zijn in bezwaar gegaan'];
  const GOING = ['en gaan toch op vakantie.', 'maar vertrekken morgen toch.', 'en ze gaan volgende week toch.'];
  const ASKS = ['Hoe zit dat?', 'Moeten we melden?', 'Mag dat zolang het bezwaar loopt?'];
  for (const [r, o, g, ask] of grid(REFUSED, OBJECTION, GOING, ASKS)) {
    const q = `${r}; ${o} ${g} ${ask}`;
    it(q, () => {
      const x = read(q);
      expect(x.decision?.type === 'melding' && x.decision.melding).toBe('luxe-verzuim');
      expect(x.lead).toMatch(/6:16/);
      expect(x.decision?.legalBasis.map((l) => l.id)).toContain('awb:6:16');
    });
  }
  it('direction: without an objection it is luxe verzuim without the Awb step', () => {
    const x = read('Het verlof van een leerling (12) is afgewezen en de ouders gaan toch op vakantie. Moeten we melden?');
    expect(x.decision?.type === 'melding' && x.decision.melding).toBe('luxe-verzuim');
    expect(x.lead).not.toMatch(/6:16/);
  });
  it('a request still being decided stays a leave question', () => {
    expect(read('Ouders vragen 5 dagen verlof voor de bruiloft van een tante in Marokko. Hun zoon zit in groep 5. Mag ik dit toekennen?').decision?.type).toBe('verlof');
  });
});

describe('class 9: no question for a fact the text gave', () => {
  const CLASSES: Array<[string, string]> = [
    ['Klas 2 vmbo', '2 vmbo'],
    ['klas 3 havo', '3 havo'],
    ['klas 4 vwo', '4 vwo'],
  ];
  for (const [klas, leerjaar] of CLASSES) {
    const q = `Leerling uit ${klas} is al 6 weken niet op school geweest, zonder ziekmelding. Welke melding?`;
    it(`${klas}: the class bounds the age → decided, no age asked`, () => {
      const x = read(q);
      expect(x.facts.leerjaar).toBe(leerjaar);
      expect(x.decision?.type === 'melding' && x.decision.melding).toBe('langdurig-relatief-verzuim');
      expect(x.followUp).not.toContain('leeftijd');
    });
  }
  const UNKNOWN = ['we weten niet waarom', 'geen idee waarom', 'zonder dat iemand iets liet weten', ''];
  for (const why of UNKNOWN) {
    const q = `Een leerling van 14 is 5 dagen niet op school geweest${why ? `, ${why}` : ''}. Moeten we melden?`;
    it(`days missed with no reason told (${why || 'nothing'}) are ongeoorloofd, never a question for the kind of absence`, () => {
      const x = read(q);
      expect(x.followUp ?? []).not.toContain('soortVerzuim');
    });
  }
  it('direction: a sick report named keeps the absence excused', () => {
    expect(read('Een leerling van 14 is 5 dagen ziek thuis geweest, netjes ziekgemeld. Moeten we melden?').decision?.melding).not.toBe('16-uur-in-4-weken');
  });
});

describe('class 7: an arrangement with school staff is no legal ground (Lpw art. 11)', () => {
  const STAFF = ['in overleg met de mentor', 'met toestemming van de zorgcoördinator', 'in overleg met school', 'afgesproken met de leerkracht'];
  for (const staff of STAFF) {
    const q = `De ouders houden hun dochter (13) al 6 weken thuis, ${staff}. Moeten we dit melden?`;
    it(q, () => {
      const d = read(q).decision;
      expect(d?.type === 'melding' && d.melding).toBe('langdurig-relatief-verzuim');
      expect(d?.steps.join(' ')).toMatch(/artikel 11/);
    });
  }
  it('direction: without the arrangement no such step', () => {
    expect(read('De ouders houden hun dochter (13) al 6 weken thuis. Moeten we dit melden?').decision?.steps.join(' ')).not.toMatch(/in overleg met een mentor/);
  });
});

describe('class 4: a child not enrolled anywhere, told by someone outside the school', () => {
  const WHO = ['De buurvrouw belt:', 'Als wijkagent zie ik dat', 'De jeugdconsulent meldt dat', 'Vanuit de gemeente horen we dat'];
  const CHILD: Array<[string, string]> = [
    ['het buurmeisje van 10', 'absoluut-verzuim'],
    ['een jongen van 13', 'absoluut-verzuim'],
    ['de buurjongen van 19 zonder diploma', 'geen-melding'],
  ];
  for (const [who, [child, want]] of grid(WHO, CHILD)) {
    const q = `${who} ${child} staat nergens ingeschreven. Wat moet er gebeuren?`;
    it(`${q} → ${want}`, () => {
      const x = read(q);
      expect(x.decision?.type).toBe('melding');
      expect(x.decision?.type === 'melding' && x.decision.melding).toBe(want);
    });
  }
});
