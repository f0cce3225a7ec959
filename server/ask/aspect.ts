import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalize } from '../retrieve/analysis.js';

// The aspect a question asks of its topic (start or end, deadline, how long or how often) and the aspects a sentence
// states. A lead sentence on the end of the leerplicht does not answer "wanneer wordt hij leerplichtig?" (issue 12).
// The words are data: knowledge/lexicon/aspecten.yaml.

const words = z.array(z.string().min(1)).min(1);
const schema = z.object({
  bron: z.string().min(3),
  datum: z.union([z.string(), z.date()]),
  aspecten: z.record(z.string(), z.object({ tegendeel: z.array(z.string()), vraag: words, zin: words })),
});

const FILE = fileURLToPath(new URL('../../knowledge/lexicon/aspecten.yaml', import.meta.url));

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One phrase of the lexicon as a pattern: "*" is up to four words, a word starting with "-" a word ending. */
function phrase(p: string): string {
  return normalize(p)
    .split(/\s+/)
    .map((w) => (w === '*' ? '(?:\\S+\\s+){0,4}?' : w.startsWith('-') ? `\\p{L}*${esc(w.slice(1))}\\s+` : `${esc(w)}\\s+`))
    .join('')
    .replace(/\\s\+$/, '');
}
const anyOf = (ps: string[]) => new RegExp(`(?<![\\p{L}\\d])(?:${ps.map(phrase).join('|')})(?![\\p{L}\\d])`, 'u');

interface AspectDef {
  name: string;
  opposite: string[];
  asked: RegExp;
  stated: RegExp;
}

const SOURCE = readFileSync(FILE, 'utf8');
/** The aspect words as written: stored sentence analyses (passage-analysis.ts) are made anew when they change. */
export const aspectsSource = SOURCE;

export function loadAspects(text = SOURCE): AspectDef[] {
  const data = schema.parse(parse(text));
  const names = Object.keys(data.aspecten);
  return Object.entries(data.aspecten).map(([name, a]) => {
    const unknown = a.tegendeel.find((t) => !names.includes(t));
    if (unknown) throw new Error(`aspecten.yaml: ${name} noemt onbekend tegendeel ${unknown}`);
    return { name, opposite: a.tegendeel, asked: anyOf(a.vraag), stated: anyOf(a.zin) };
  });
}

const ASPECTS = loadAspects();

/**
 * The aspects the question asks. Two that exclude each other ("wanneer begint en eindigt …") cancel: the question
 * then asks both and no sentence is out of place.
 */
export function askedAspects(question: string): Set<string> {
  const q = normalize(question);
  const asked = ASPECTS.filter((a) => a.asked.test(q));
  return new Set(asked.filter((a) => !asked.some((b) => a.opposite.includes(b.name))).map((a) => a.name));
}

/** The aspects a sentence states ("De leerplicht begint …" states the start). */
export function statedAspects(sentence: string): Set<string> {
  const s = normalize(sentence);
  return new Set(ASPECTS.filter((a) => a.stated.test(s)).map((a) => a.name));
}

/**
 * How a sentence fits the asked aspects: 1 when it states one of them, -1 when it states only what is opposite to
 * them (the end when the start is asked), 0 when it says nothing about them.
 */
export function aspectFit(asked: ReadonlySet<string>, stated: ReadonlySet<string>): 1 | 0 | -1 {
  if (asked.size === 0 || stated.size === 0) return 0;
  if ([...asked].some((a) => stated.has(a))) return 1;
  const opposite = new Set(ASPECTS.filter((a) => asked.has(a.name)).flatMap((a) => a.opposite));
  return [...stated].some((s) => opposite.has(s)) ? -1 : 0;
}
