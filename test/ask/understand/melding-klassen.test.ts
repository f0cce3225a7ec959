import { describe, expect, it } from 'vitest';
import { decide } from '../../../server/ask/decide.js';
import { understand } from '../../../server/ask/understand/index.js';
import { rng } from './generator.js';
import { TODAY } from './expect.js';

// "Which melding must the school file, now?" (issue 10), CheckList-style: templates × surface forms for three classes
// of failure measured blind: (1) absence amounts that must become hours (days, day ranges, dagdelen × a clock span,
// occurrences × a span, weekdays × weeks, numbers in words); (2) absence already taken without leave around a
// holiday, which is luxe verzuim to report, not a leave request; (3) the other report kinds (18+, langdurig relatief
// verzuim, overig verzuim on a doubted sick report, absoluut verzuim). Each template computes its expected decision
// from the values it put in. A quarter of the templates is held out: measured, never tuned on.

type Pick = <T>(list: readonly T[]) => T;
interface Expect {
  melding: string | undefined;
  verplicht?: boolean;
  uren?: number;
}
interface Template {
  name: string;
  make: (p: Pick) => { text: string; want: Expect };
}

const WORD: Record<number, string> = { 1: 'een', 2: 'twee', 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 7: 'zeven', 8: 'acht', 9: 'negen', 10: 'tien', 12: 'twaalf', 15: 'vijftien', 18: 'achttien', 20: 'twintig' };
const num = (p: Pick, n: number) => (WORD[n] && p([true, false]) ? WORD[n]! : String(n));
const pupil = (p: Pick, age: number) => p([`Een leerling van ${age}`, `Onze leerling (${age})`, `Een ${age}-jarige leerling`, `${p(['Daan', 'Noor', 'Sem'])}, ${age} jaar,`]);
const ask = (p: Pick) => p(['Moeten we dit melden?', 'Moet ik dit bij DUO melden?', 'Welke melding moet de school doen?', 'Is dit meldplichtig?', 'Moet dit gemeld worden bij leerplicht?']);
const frame = (p: Pick, q: string) => p([q, `Goedemiddag, ik ben mentor. ${q}`, `${q} Alvast bedankt!`, `Vraagje van de verzuimcoördinator: ${q}`, `${q} (Hij zit overigens in het voetbalteam van school.)`]);
const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
const weekdayRange = (p: Pick, n: number) => {
  const start = p([0, 1, 2].filter((s) => s + n <= 5));
  const forms = [`van ${WEEKDAYS[start]} t/m ${WEEKDAYS[start + n - 1]}`, `${WEEKDAYS[start]} tot en met ${WEEKDAYS[start + n - 1]}`];
  return p(forms);
};

/** The decision the rules reach for a text, as the pipeline feeds them. */
function decisionOf(text: string) {
  const u = understand(text, { today: TODAY });
  const facts = { ...u.melding, ...u.verlof, ...u.leerplicht, ...(u.leerjaar ? { leerjaar: u.leerjaar } : {}) } as Record<string, unknown>;
  const o = decide(u.intents, facts, { persona: u.persona ?? 'school', today: TODAY, ...(u.regio ? { region: u.regio } : {}) });
  return { u, o, melding: o?.decision.type === 'melding' ? o.decision.melding : `(${o?.decision.type ?? 'geen'})` };
}

const TEMPLATES: Template[] = [
  // ---- class 1: amounts → hours ----
  {
    name: 'lessen-van-minuten',
    make: (p) => {
      const n = p([6, 12, 15, 18, 20]);
      const min = p([45, 50]);
      const text = frame(p, `${pupil(p, 14)} uit ${p(['havo 3', '2 vwo', 'vmbo-t 3'])} heeft ${p(['de afgelopen 3 weken', 'in 4 weken'])} ${num(p, n)} lessen van ${min} minuten gespijbeld. ${ask(p)}`);
      return { text, want: { melding: n >= 16 ? '16-uur-in-4-weken' : 'overig-verzuim', verplicht: n >= 16, uren: n } };
    },
  },
  {
    name: 'hele-dagen-met-lengte',
    make: (p) => {
      const n = p([1, 2, 3, 4]);
      const l = p([5, 6, 7]);
      const text = frame(p, `${pupil(p, 13)} heeft ${num(p, n)} hele ${n === 1 ? 'dag' : 'dagen'} gespijbeld; een schooldag is bij ons ${l} lesuren. ${ask(p)}`);
      return { text, want: { melding: n * l >= 16 ? '16-uur-in-4-weken' : 'overig-verzuim', verplicht: n * l >= 16, uren: n * l } };
    },
  },
  {
    name: 'dagen-zonder-lengte',
    make: (p) => {
      // Without a length a school day is 4 to 8 hours: 4 or more days reach 16, one day never does; 2–3 depend on it.
      const n = p([1, 4, 5, 6, 8]);
      const text = frame(p, `${pupil(p, 14)} is ${num(p, n)} ${n === 1 ? 'hele dag' : 'dagen'} ongeoorloofd afwezig geweest ${p(['deze maand', 'de afgelopen drie weken', 'in twee weken'])}. ${ask(p)}`);
      return { text, want: { melding: n >= 4 ? '16-uur-in-4-weken' : 'overig-verzuim', verplicht: n >= 4 } };
    },
  },
  {
    name: 'weekdagen-reeks',
    make: (p) => {
      const n = p([4, 5]);
      const text = frame(p, `${pupil(p, 12)} was ${weekdayRange(p, n)} ${p(['zonder geldige reden afwezig', 'ongeoorloofd weg', 'zonder bericht niet op school'])}. ${ask(p)}`);
      return { text, want: { melding: '16-uur-in-4-weken', verplicht: true } };
    },
  },
  {
    name: 'dagdelen-klokspan',
    make: (p) => {
      const n = p([2, 3, 4, 5]);
      const [a, b, len] = p([['8.30', '12.15', 3.75], ['8.30', '12.00', 3.5], ['8:15', '12:15', 4]] as const);
      const uren = n * len;
      const text = frame(p, `${pupil(p, 10)} (groep ${p([5, 6, 7])}) was ${num(p, n)} ochtenden ${p(['ongeoorloofd afwezig', 'zonder bericht weg'])}, telkens van ${a} tot ${b}. ${ask(p)}`);
      return { text, want: { melding: uren >= 16 ? '16-uur-in-4-weken' : 'overig-verzuim', verplicht: uren >= 16, uren } };
    },
  },
  {
    name: 'dagdelen-telkens-uren',
    make: (p) => {
      const n = p([2, 3, 4, 6]);
      const l = p([3, 4]);
      const text = frame(p, `${pupil(p, 15)} was ${num(p, n)} ${p(['middagen', 'ochtenden'])} weg zonder reden, telkens ${l} lesuren. ${ask(p)}`);
      return { text, want: { melding: n * l >= 16 ? '16-uur-in-4-weken' : 'overig-verzuim', verplicht: n * l >= 16, uren: n * l } };
    },
  },
  {
    name: 'keer-klokspan',
    make: (p) => {
      const n = p([2, 3, 5]);
      const uren = n * 3.75;
      const text = frame(p, `${pupil(p, 14)} heeft ${p(['deze maand', 'in drie weken'])} ${num(p, n)} keer van 8.30 tot 12.15 gespijbeld. ${ask(p)}`);
      return { text, want: { melding: uren >= 16 ? '16-uur-in-4-weken' : 'overig-verzuim', verplicht: uren >= 16, uren } };
    },
  },
  {
    name: 'weekreeks',
    make: (p) => {
      const w = [p([2, 4, 6]), p([3, 5]), p([4, 6]), p([2, 3])];
      const total = w.reduce((s, x) => s + x, 0);
      // The rolling window reports in the week the 16 hours are reached, with the hours counted up to then.
      let due = 0;
      for (const x of w) if (due < 16) due += x;
      const text = frame(p, `${pupil(p, 15)} spijbelde in week 1 ${w[0]} uur, in week 2 ${w[1]} uur, in week 3 ${w[2]} uur en in week 4 ${w[3]} uur. ${ask(p)}`);
      return { text, want: { melding: total >= 16 ? '16-uur-in-4-weken' : 'overig-verzuim', verplicht: total >= 16, uren: due } };
    },
  },
  {
    name: 'elke-weekdag-weken',
    make: (p) => {
      const weken = p([3, 4]);
      const days = p([2, 3]);
      const names = days === 2 ? 'maandag en dinsdag' : 'maandag, woensdag en vrijdag';
      // 6 or more whole days: 6 × 4 hours at least; a school day holds more.
      const text = frame(p, `${pupil(p, 13)} spijbelt al ${num(p, weken)} weken elke ${names}. ${ask(p)}`);
      return { text, want: { melding: '16-uur-in-4-weken', verplicht: true } };
    },
  },
  {
    name: 'ruim-bijna-uren',
    make: (p) => {
      const [hedge, n, over] = p([['ruim', 16, true], ['bijna', 16, false], ['een stuk of', 20, true], ['ongeveer', 10, false], ['zo\'n', 18, true]] as const);
      const text = frame(p, `${pupil(p, 14)} heeft ${p(['de laatste drie weken', 'in vier weken'])} ${hedge} ${num(p, n)} lesuren ongeoorloofd gemist. ${ask(p)}`);
      return { text, want: { melding: over ? '16-uur-in-4-weken' : 'overig-verzuim', verplicht: over } };
    },
  },
  // ---- class 2: absence already taken without leave ----
  {
    name: 'eerder-op-vakantie',
    make: (p) => {
      const n = p([1, 2, 3]);
      const vak = p(['kerstvakantie', 'meivakantie', 'zomervakantie', 'herfstvakantie']);
      const text = frame(p, `${pupil(p, p([8, 9, 11]))} is ${num(p, n)} ${n === 1 ? 'dag' : 'dagen'} voor de ${vak} ${p(['al op vakantie gegaan', 'met de ouders vertrokken', 'meegenomen op vakantie', 'met het gezin op reis gegaan'])}. ${ask(p)}`);
      return { text, want: { melding: 'luxe-verzuim', verplicht: true } };
    },
  },
  {
    name: 'later-terug',
    make: (p) => {
      const vak = p(['kerstvakantie', 'zomervakantie', 'voorjaarsvakantie']);
      const text = frame(p, `${pupil(p, p([9, 12]))} ${p([`kwam pas ${p(['drie dagen', 'een week'])} na de ${vak} terug op school`, `bleef na de ${vak} nog ${p(['een week', 'drie dagen'])} in ${p(['Marokko', 'Suriname', 'Turkije'])}`, `kwam na de ${vak} ${p(['twee', 'vier'])} dagen later terug`])}. ${ask(p)}`);
      return { text, want: { melding: 'luxe-verzuim', verplicht: true } };
    },
  },
  {
    name: 'verlof-geweigerd-toch-weg',
    make: (p) => {
      const text = frame(p, `${p(['Ouders vroegen', 'De ouders hadden'])} verlof ${p(['aangevraagd ', ''])}voor ${p(['een vakantie', 'een verre reis', 'een lang weekend weg'])}; de directeur ${p(['wees het af', 'heeft het geweigerd'])}. ${p(['Het kind', 'De leerling (groep 6)', 'Hun zoon van 9'])} ${p(['was er die dagen toch niet', 'bleef toch weg', 'is toch gegaan'])}. ${ask(p)}`);
      return { text, want: { melding: 'luxe-verzuim', verplicht: true } };
    },
  },
  {
    name: 'ziekmelding-rond-vakantie-twijfel',
    make: (p) => {
      const text = frame(p, `${pupil(p, p([10, 13]))} werd ${p(['de dag voor', 'op de laatste dag voor', 'de eerste dag na'])} de ${p(['herfstvakantie', 'kerstvakantie'])} ziek gemeld, maar ${p(['we twijfelen of hij echt ziek was', 'klasgenoten zagen foto\'s van het vliegveld', 'ik vertrouw het niet'])}. ${ask(p)}`);
      return { text, want: { melding: 'luxe-verzuim', verplicht: true } };
    },
  },
  // ---- class 3: other report kinds ----
  {
    name: 'lrv-weken',
    make: (p) => {
      const w = p([5, 6, 8]);
      const text = frame(p, `${pupil(p, p([13, 14, 15]))} ${p([`komt al ${num(p, w)} weken niet meer naar school zonder geldige reden`, `is al ${num(p, w)} weken ongeoorloofd afwezig`, `verzuimt al ${num(p, w)} weken zonder reden`])}. ${ask(p)}`);
      return { text, want: { melding: 'langdurig-relatief-verzuim', verplicht: true } };
    },
  },
  {
    name: 'verzuim-voor-de-duur',
    make: (p) => {
      const [dur, lrv] = p([['al twee maanden', true], ['al 2 maanden', true], ['al ruim vijf weken', true], ['al 6 weken', true]] as const);
      const text = frame(p, `${pupil(p, p([13, 15, 17]))}${p(['', ' zonder startkwalificatie'])} ${p([`verzuimt ${dur}`, `komt niet meer naar school, ${dur}`, `is niet meer op school verschenen, ${dur}`])}. ${ask(p)}`);
      return { text, want: { melding: lrv ? 'langdurig-relatief-verzuim' : '16-uur-in-4-weken', verplicht: true } };
    },
  },
  {
    name: 'achttien-plus-weken',
    make: (p) => {
      const w = p([4, 5, 6]);
      const text = frame(p, `${p(['Een student van 19', 'Een student (20)', 'Onze 21-jarige student'])} ${p(['van het mbo', 'uit mbo-2'])}, zonder startkwalificatie, ${p([`komt al ${num(p, w)} weken niet meer`, `is al ${num(p, w)} weken niet op school verschenen`])}. ${ask(p)}`);
      return { text, want: { melding: '18-plus-verzuim', verplicht: true } };
    },
  },
  {
    name: 'achttien-plus-uren-vo',
    make: (p) => {
      const n = p([18, 20, 24]);
      const text = frame(p, `${p(['Een leerling van 18', 'Onze leerling (18)', 'Een 19-jarige leerling'])} in ${p(['havo 5', '6 vwo'])} heeft ${n} lesuren gespijbeld in ${p(['drie', '4'])} weken. ${ask(p)}`);
      return { text, want: { melding: '16-uur-in-4-weken', verplicht: false } };
    },
  },
  {
    name: 'ziek-twijfel-overig',
    make: (p) => {
      const text = frame(p, `${pupil(p, p([12, 14]))} wordt ${p(['steeds', 'vaak', 'elke maandag'])} ziek gemeld ${p(['door de ouders', 'door moeder'])}, maar ${p(['we twijfelen of het klopt', 'ik vertrouw het niet', 'we maken ons zorgen'])}. ${p(['Mogen we dit melden?', 'Moeten we dit melden?', 'Wat kunnen we melden bij DUO?'])}`);
      return { text, want: { melding: 'overig-verzuim', verplicht: false } };
    },
  },
  {
    name: 'niet-ingeschreven',
    make: (p) => {
      const text = frame(p, `${p(['Een jongen van 12', 'Een kind van 7', 'Een meisje (14)'])} ${p(['staat na de verhuizing nergens ingeschreven', 'is sinds de zomer op geen enkele school ingeschreven', 'is niet ingeschreven op een school'])}. ${p(['Moeten wij dit melden?', 'Wie meldt dit?', 'Welke melding hoort hierbij?'])}`);
      return { text, want: { melding: 'absoluut-verzuim', verplicht: false } };
    },
  },
];

export const HELD_OUT = new Set(['weekdagen-reeks', 'keer-klokspan', 'later-terug', 'achttien-plus-uren-vo', 'ruim-bijna-uren']);

function variants(perTemplate: number) {
  const out: Array<{ template: string; text: string; want: Expect }> = [];
  for (const [ti, t] of TEMPLATES.entries()) {
    const r = rng(1000 + ti);
    const pick: Pick = (list) => list[Math.floor(r() * list.length)]!;
    const seen = new Set<string>();
    for (let k = 0; k < perTemplate * 4 && seen.size < perTemplate; k++) {
      const v = t.make(pick);
      if (seen.has(v.text)) continue;
      seen.add(v.text);
      out.push({ template: t.name, ...v });
    }
  }
  return out;
}

const ALL = variants(25);

function score(list: typeof ALL) {
  let right = 0;
  const wrong: string[] = [];
  for (const v of list) {
    const d = decisionOf(v.text);
    const r = d.o?.decision;
    const ok =
      d.melding === v.want.melding &&
      (v.want.uren === undefined || Math.abs(Number(d.u.melding.ongeoorloofdeUren) - v.want.uren) < 0.01) &&
      (v.want.verplicht === undefined || (r?.melding !== undefined && verplichtVan(d) === v.want.verplicht));
    if (ok) right++;
    else wrong.push(`${v.template}: ${v.text}\n   want ${JSON.stringify(v.want)} got ${d.melding} ${JSON.stringify(d.u.melding)}`);
  }
  return { right, total: list.length, wrong };
}

/** Mandatory when the headline does not say the report may but need not be made. */
function verplichtVan(d: ReturnType<typeof decisionOf>): boolean {
  const m = d.o?.decision.melding;
  if (!m || m === 'geen-melding' || m === 'overig-verzuim' || m === 'absoluut-verzuim') return false;
  return !/niet verplicht/.test(d.o!.headline.text);
}

describe('which melding, now: generated variants per class (CheckList)', () => {
  it('has enough variants per template, a quarter held out', () => {
    for (const t of TEMPLATES) expect(ALL.filter((v) => v.template === t.name).length, t.name).toBeGreaterThanOrEqual(10);
    expect(HELD_OUT.size / TEMPLATES.length).toBeGreaterThanOrEqual(0.25);
  });

  it('decides the built-against templates (≥ 95 %)', () => {
    const s = score(ALL.filter((v) => !HELD_OUT.has(v.template)));
    console.log(`melding decisions, built-against templates: ${s.right}/${s.total}`);
    if (s.right / s.total < 0.95 || process.env.SHOW_WRONG) console.log(s.wrong.slice(0, Number(process.env.SHOW_WRONG ?? 15)).join('\n'));
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  // Floor = the figure measured when the templates were written; failures are not printed, so nobody tunes on them.
  it('decides the held-out templates (floor 95 %)', () => {
    const s = score(ALL.filter((v) => HELD_OUT.has(v.template)));
    console.log(`melding decisions, held-out templates: ${s.right}/${s.total}`);
    expect(s.right / s.total).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  }, 120_000);
});

// Measured 125/125 when the class fixes were done (40 % before); the floor leaves room for other work.
const HELD_OUT_FLOOR = 0.95;

const RANK: Record<string, number> = { 'geen-melding': 0, 'overig-verzuim': 1, '16-uur-in-4-weken': 2 };

describe('direction: more absence never gives a weaker report', () => {
  const forms = [
    (n: number) => `Een leerling van 14 heeft ${n} lesuren gespijbeld in drie weken. Moeten we melden?`,
    (n: number) => `Een leerling van 14 heeft ${n} lessen van 50 minuten gespijbeld in drie weken. Moeten we melden?`,
    (n: number) => `Een leerling van 14 was ${n} dagen ongeoorloofd afwezig deze maand. Moeten we melden?`,
    (n: number) => `Leerling uit groep 7 was ${n} ochtenden zonder bericht weg, telkens van 8.30 tot 12.00. Moet ik melden?`,
  ];
  for (const [fi, f] of forms.entries()) {
    it(`form ${fi + 1}`, () => {
      let last = -1;
      for (let n = 1; n <= 20; n++) {
        const m = decisionOf(f(n)).melding ?? '';
        const rank = RANK[m] ?? -1;
        // An undecided count (a follow-up question) is allowed between decided ones, never a step down.
        if (rank < 0) continue;
        expect(rank, `${n}: ${m}`).toBeGreaterThanOrEqual(last);
        last = rank;
      }
    });
  }
});

describe('invariance: the same case in other words keeps its decision', () => {
  const base = 'Een leerling van 13 heeft 3 dagen van 6 lesuren gespijbeld. Moeten we dit melden?';
  const variantsOf = [
    'Moeten we dit melden? Een leerling van 13 heeft 3 dagen van 6 lesuren gespijbeld.',
    'Goedemorgen! Een leerling van 13 heeft 3 dagen van 6 lesuren gespijbeld. Moeten we dit melden? Groet, Anja',
    'Een leerling van 13, die ook op hockey zit, heeft 3 dagen van 6 lesuren gespijbeld. Moeten we dit melden?',
    'een leerling van 13 heeft 3 dagen van 6 lesuren gespijbelt. moeten we dit melden',
    'Een leerling van dertien heeft drie dagen van zes lesuren gespijbeld. Moeten we dit melden?',
  ];
  const want = decisionOf(base).melding;
  it('base decides 16 uur in 4 weken', () => expect(want).toBe('16-uur-in-4-weken'));
  for (const [i, v] of variantsOf.entries()) it(`variant ${i + 1}`, () => expect(decisionOf(v).melding).toBe(want));
});

describe('tense: a trip taken is a melding question, a trip planned stays a leave question', () => {
  const cases: Array<[string, string]> = [
    ['We willen twee dagen voor de kerstvakantie op vakantie gaan met onze zoon van 9. Mag dat?', '(verlof)'],
    ['Onze dochter (10) gaat volgende week een dag eerder op vakantie, kan de directeur daar verlof voor geven?', '(verlof)'],
    ['Ouders van een leerling van 8 zijn twee dagen eerder op vakantie gegaan. Mag de directeur achteraf nog verlof geven?', '(verlof)'],
    ['Ouders van een leerling van 8 zijn twee dagen eerder op vakantie gegaan. Moeten we dat melden?', 'luxe-verzuim'],
    ['Een leerling van 14 heeft twee dagen verlof gekregen voor een bruiloft. Moeten we dat melden?', 'geen-melding'],
    ['Een leerling van 14 was drie dagen ziek, netjes ziekgemeld. Moet ik dit melden?', 'geen-melding'],
  ];
  for (const [q, want] of cases) it(q, () => expect(decisionOf(q).melding).toBe(want));
});
