import { loadAfkortingen } from '../../../server/ask/understand/noisy.js';
import { rng } from './generator.js';

// Perturbations of a question that must not change what Wegwijzer understands (CheckList invariance, Ribeiro et
// al., ACL 2020): how people type on a phone. Each operator changes the form only; the slots, intents and decision
// of the perturbed question must equal those of the original. Some operators are held out: measured, never tuned on.

export type Pick = <T>(list: readonly T[]) => T;
export type Operator = (text: string, p: Pick, r: () => number) => string;

const WORD = /\p{L}+/gu;

/** Words a slip may hit: lower-case words of 5+ letters (names and short words are left alone, as people do). */
function slipTargets(text: string): Array<{ index: number; word: string }> {
  return [...text.matchAll(WORD)].filter((m) => m[0].length >= 5 && m[0] === m[0].toLowerCase()).map((m) => ({ index: m.index, word: m[0] }));
}

/** One slip in `n` random words, never in the first letter; `slip` makes the change within a word. */
function slips(n: number, slip: (w: string, at: number, p: Pick) => string): Operator {
  return (text, p) => {
    let out = text;
    const targets = slipTargets(text);
    const chosen = new Set<number>();
    for (let i = 0; i < n && chosen.size < targets.length; i++) chosen.add(p(targets).index);
    // Right to left, so earlier offsets stay valid.
    for (const t of targets.filter((x) => chosen.has(x.index)).sort((a, b) => b.index - a.index)) {
      const at = 1 + p([...Array(t.word.length - 2).keys()]);
      out = out.slice(0, t.index) + slip(t.word, at, p) + out.slice(t.index + t.word.length);
    }
    return out;
  };
}

const swap = (w: string, at: number) => w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
const drop = (w: string, at: number) => w.slice(0, at) + w.slice(at + 1);
const double = (w: string, at: number) => w.slice(0, at) + w[at] + w.slice(at);
const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** A neighbouring key on the same row. */
function neighbourKey(ch: string, p: Pick): string {
  const row = QWERTY.find((r) => r.includes(ch));
  if (!row) return ch;
  const i = row.indexOf(ch);
  return p([row[i - 1], row[i + 1]].filter((c): c is string => c !== undefined));
}
const substitute = (w: string, at: number, p: Pick) => w.slice(0, at) + neighbourKey(w[at]!, p) + w.slice(at + 1);

/** Sentence punctuation away; "8.30", "2,5" and "t/m" stay (people keep those). */
const noPunctuation: Operator = (t) => t.replace(/[.,;:?!]+(?=\s|$)/g, '').replace(/\s+/g, ' ').trim();

/** Written forms replaced by the shorthand of knowledge/lexicon/afkortingen.yaml, where its context allows. */
function shorthand(): Operator {
  const data = loadAfkortingen();
  const plainForms = data.items.filter((i) => /^[a-z']+$/.test(i.vorm) && i.vorm !== i.betekenis);
  return (text, p) => {
    let out = text;
    for (const it of plainForms) {
      if (p([true, false])) continue;
      const before = it.na ? `(?<=(?:${it.na.map((c) => (c === 'getal' ? '\\d' : `\\b${c}`)).join('|')}) )` : '\\b';
      const next = (c: string) => (c === 'getal' ? ' \\d' : /^\p{L}+$/u.test(c) ? ` ${c}(?![\\p{L}])` : c === '?' ? '\\?' : c);
      const after = it.voor ? `(?=${it.voor.map(next).join('|')})` : '(?![\\p{L}])';
      out = out.replace(new RegExp(`${before}${it.betekenis}${after}`, 'giu'), (m) => (m[0] !== m[0]!.toLowerCase() ? it.vorm.toUpperCase() : it.vorm));
    }
    return out;
  };
}

/** Glued and coded school years and units: "3 havo" → "3havo", "havo 3" → "h3", "20 uur" → "20u", "groep 7" → "gr7". */
const glued: Operator = (t, p) =>
  t
    .replace(/\b(\d{1,2}) (havo|vwo|vmbo|mavo)\b/gi, (_, n: string, s: string) => p([`${n}${s}`, `${s[0]}${n}`]))
    .replace(/\b(havo|vwo|mavo) (\d)\b/gi, (_, s: string, n: string) => p([`${s[0]!.toLowerCase()}${n}`, `${s}${n}`]))
    .replace(/\b(\d{1,3}) (uur|dagen|weken)\b/g, (_, n: string, u: string) => p([`${n}${u[0]}`, `${n}${u}`]))
    .replace(/\bgroep (\d)\b/gi, (_, n: string) => p([`gr${n}`, `grp ${n}`, `groep${n}`]));

const FRAMES_A = ['Goedemorgen, ', 'Hoi, vraagje: ', 'Ik ben mentor. ', 'Beste helpdesk, ', 'Hallo, ', 'Even een vraag. '];
const FRAMES_A_END = ['', ' Alvast bedankt!', ' Groetjes', ' Dank u wel.'];
const FRAMES_B = ['Dag, ik ben de verzuimcoördinator van onze school. ', 'Goedemiddag allemaal, ', 'Sorry dat ik het zo vraag, maar ', 'Hey! Snelle vraag van een docent: ', 'Namens de directie: '];
const FRAMES_B_END = ['', ' Bvd!', ' Fijne dag nog.', ' Met vriendelijke groet, Anouk'];
const DETAIL_A = [' De ouders zijn lastig bereikbaar.', ' Het is een drukke periode op school.', ' Hij zit in een klas van 28.', ' Ik ben nieuw in deze rol.'];
const DETAIL_B = [' We hebben hier op school 1200 leerlingen.', ' De mentor is deze week met vakantie.', ' Mijn collega zit ook met zo\'n vraag.', ' Het gaat om onze locatie in het centrum.', ' Ik typ dit op mijn telefoon.'];

const lower: Operator = (t) => t.toLowerCase();
const framed = (starts: string[], ends: string[]): Operator => (t, p) => `${p(starts)}${t}${p(ends)}`;
/** Irrelevant detail, after the first sentence or at the end. */
const detailed = (list: string[]): Operator => (t, p) => {
  const d = p(list);
  // After a sentence, not after an abbreviation ("geb. 10 augustus", "art. 13a").
  const firstEnd = t.search(/[.!?](?=\s+\p{Lu})/u);
  return p([true, false]) && firstEnd > 0 ? `${t.slice(0, firstEnd + 1)}${d}${t.slice(firstEnd + 1)}` : `${t}${d}`;
};

export interface OperatorInfo {
  name: string;
  op: Operator;
  heldOut: boolean;
  /** The operator may state who asks ("Ik ben mentor"): persona is then not compared. */
  persona?: boolean;
}

export function operators(): OperatorInfo[] {
  const sh = shorthand();
  const combo = (...ops: Operator[]): Operator => (t, p, r) => ops.reduce((acc, op) => op(acc, p, r), t);
  return [
    { name: 'lower', op: lower, heldOut: false },
    { name: 'geen-leestekens', op: noPunctuation, heldOut: false },
    { name: 'tikfout-wissel', op: slips(1, swap), heldOut: false },
    { name: 'tikfout-weg', op: slips(1, drop), heldOut: false },
    { name: 'tikfout-dubbel', op: slips(2, double), heldOut: false },
    { name: 'afkortingen', op: sh, heldOut: false },
    { name: 'beleefdheid', op: framed(FRAMES_A, FRAMES_A_END), heldOut: false, persona: true },
    { name: 'detail', op: detailed(DETAIL_A), heldOut: false },
    // Held out: never looked at while building the normalisation.
    { name: 'tikfout-toets', op: slips(1, substitute), heldOut: true },
    { name: 'aaneen', op: glued, heldOut: true },
    { name: 'beleefdheid-2', op: framed(FRAMES_B, FRAMES_B_END), heldOut: true, persona: true },
    { name: 'detail-2', op: detailed(DETAIL_B), heldOut: true },
    { name: 'whatsapp', op: combo(sh, glued, slips(1, swap), noPunctuation, lower), heldOut: true },
  ];
}

export interface Perturbed {
  base: string;
  text: string;
  operator: string;
  heldOut: boolean;
  persona: boolean;
}

/** Every base question × every operator, `per` times each with different random choices; identical results once. */
export function perturb(bases: string[], per: number, seed = 20261203): Perturbed[] {
  const random = rng(seed);
  const p: Pick = (list) => list[Math.floor(random() * list.length)]!;
  const out: Perturbed[] = [];
  const ops = operators();
  for (const base of bases) {
    for (const o of ops) {
      const seen = new Set<string>([base]);
      for (let i = 0; i < per; i++) {
        const text = o.op(base, p, random);
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ base, text, operator: o.name, heldOut: o.heldOut, persona: o.persona ?? false });
      }
    }
  }
  return out;
}
