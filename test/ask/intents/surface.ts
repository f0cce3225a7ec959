import { expand, loadParaphrases, type Intent, type Paraphrase } from '../../../server/ask/understand/paraphrases.js';

// CheckList surface forms (Ribeiro et al., ACL 2020): ways of writing the same question that must not change what
// it asks. Each is deterministic, so a failure can be reproduced from its name and sentence.

export interface Variant {
  text: string;
  intents: Intent[];
  template: number;
  form: string;
}

const PERSONA = ['Ik ben mentor op een middelbare school. ', 'Als leerplichtambtenaar vraag ik me het volgende af. ', 'Vraag van een ouder: ', 'Ik werk als intern begeleider op een basisschool. ', 'Namens de directie: '];
const POLITE = [['Goedemorgen, ', ''], ['', ' Alvast bedankt!'], ['Kunt u mij helpen? ', ''], ['Graag uw advies. ', ''], ['', ' Met vriendelijke groet, Petra']] as const;
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bleerling\b/gi, 'lln'],
  [/\bleerplichtambtenaar\b/gi, 'lpa'],
  [/\bvanwege\b/gi, 'ivm'],
  [/\bongeveer\b/gi, 'ong.'],
  [/\bschoolleider\b/gi, 'SL'],
  [/\bmiddelbare school\b/gi, 'vo'],
  [/\bzorgcoördinator\b/gi, 'zoco'],
];

/** One typo in the longest word but one: a swapped pair of letters in the middle, as fast typists make. */
export function typo(text: string, seed: number): string {
  const words = [...text.matchAll(/\p{L}{6,}/gu)];
  if (!words.length) return text;
  const w = words[seed % words.length]!;
  const i = 2 + (seed % (w[0].length - 4));
  const word = w[0].slice(0, i) + w[0][i + 1] + w[0][i] + w[0].slice(i + 2);
  return text.slice(0, w.index) + word + text.slice(w.index + w[0].length);
}

export function surfaceForms(p: Paraphrase, n: number): Variant[] {
  const polite = POLITE[n % POLITE.length]!;
  const abbreviated = ABBREVIATIONS.reduce((t, [re, short]) => t.replace(re, short), p.text);
  const forms: Array<[string, string]> = [
    ['plain', p.text],
    ['persona', PERSONA[n % PERSONA.length] + p.text],
    ['politeness', polite[0] + p.text + polite[1]],
    ['typo', typo(p.text, n)],
    ['lowercase', p.text.toLowerCase().replace(/[?!.]/g, '')],
    ...(abbreviated !== p.text ? [['abbreviation', abbreviated] as [string, string]] : []),
  ];
  return forms.map(([form, text]) => ({ text, intents: p.intents, template: p.template, form }));
}

/** Templates held out of training: every fourth one of each intent set, so each kind of question is represented. */
export function heldOut(templates: Array<{ intents: Intent[] }>): Set<number> {
  const byKind = new Map<string, number[]>();
  templates.forEach((t, i) => {
    const key = t.intents.join('+');
    byKind.set(key, [...(byKind.get(key) ?? []), i]);
  });
  const out = new Set<number>();
  for (const list of byKind.values()) list.forEach((i, k) => k % 4 === 3 && out.add(i));
  return out;
}

export function corpusSplit() {
  const corpus = loadParaphrases();
  const held = heldOut(corpus.templates);
  const sentences = expand(corpus);
  const train = sentences.filter((p) => !held.has(p.template));
  const test = sentences.filter((p) => held.has(p.template)).flatMap((p, n) => surfaceForms(p, n));
  const seen = sentences.filter((p) => !held.has(p.template)).flatMap((p, n) => surfaceForms(p, n));
  return { corpus, held, train, test, seen };
}

/** Clause order: the asking sentence first, the story after it ("Welke melding? De ouders hadden verlof …"). */
export function questionFirst(text: string): string {
  const sentences = text.match(/[^.?!]+[.?!]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [text];
  const last = sentences.findLastIndex((s) => s.endsWith('?'));
  if (last <= 0) return text;
  return [sentences[last], ...sentences.slice(0, last), ...sentences.slice(last + 1)].join(' ');
}

export const sameSet = (a: Intent[], b: Intent[]) => a.length === b.length && a.every((x) => b.includes(x));
