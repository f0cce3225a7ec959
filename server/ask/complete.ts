import type { Passage } from '../index/passage.js';
import { contentTerms } from '../retrieve/query-terms.js';
import { rankSentences, sentencesOf, type Analyze, type KeepSentence } from './evidence.js';
import { carriesAnswer, carriesLimit, isPointer, refersBack, splitQuestion, VRAAGDELEN, type SubQuestion } from './subquestions.js';

// Completeness of a composed answer (issue 12): every part of the question gets a sentence when the retrieved
// passages have one, a part they do not cover is named, and a quoted rule keeps the condition or limit that its
// neighbouring sentence in the same passage states.

export interface Chosen {
  passage: Passage;
  text: string;
}

/** A part's own topic: its content terms without the interrogative that opens it ("binnen welke termijn"). */
function partTerms(part: SubQuestion, analyze: Analyze): string[] {
  const opener = Object.values(VRAAGDELEN.vraagwoorden)
    .flat()
    .filter((f) => part.text.startsWith(f) && !/\p{L}/u.test(part.text.charAt(f.length)))
    .sort((a, b) => b.length - a.length)[0];
  // Pointers ("daarvoor", "ertegen") and short function words name no topic: the part is then elliptical.
  const words = (opener ? part.text.slice(opener.length) : part.text).split(/[\s?!.,;:]+/).filter((w) => w && !isPointer(w));
  return contentTerms(words.join(' '), analyze).filter((t) => t.replace(/^~/, '').length >= 3);
}

// A part is answered by a sentence that speaks of its topic and carries what it asks (a deadline, an actor, …).
const TOPIC_SHARE = 0.5;
/** A filling sentence must cover at least this share of what the part asks, weighted by rarity. */
const MIN_FILL = 0.3;

interface Part {
  part: SubQuestion;
  /** What the part is about: its own terms, or (elliptical: "en binnen welke termijn?") the part before it. */
  topic: string[];
}

const isSpecific = (p: SubQuestion) => p.kind !== 'open' && p.kind !== 'ja-nee';

/** The parts worth checking: two or more parts, or one part that asks for a deadline, actor, number, moment or condition. */
export function partsToCover(question: string, analyze: Analyze): Part[] {
  const parts = splitQuestion(question);
  if (parts.length < 2 && !(parts.length === 1 && isSpecific(parts[0]!))) return [];
  const out: Part[] = [];
  parts.forEach((part, i) => {
    const own = partTerms(part, analyze);
    const topic = own.length ? own : i > 0 ? partTerms(parts[i - 1]!, analyze) : contentTerms(question, analyze);
    out.push({ part, topic });
  });
  return out;
}

function speaksOf(text: string, topic: string[], analyze: Analyze): boolean {
  if (topic.length === 0) return true;
  const terms = new Set(analyze(text));
  const hit = topic.filter((t) => terms.has(t)).length;
  return hit / topic.length >= TOPIC_SHARE || (topic.length > 2 && hit >= 2);
}

/**
 * The sentence answers the part: the topic and what is asked stand close together, within two neighbouring clauses.
 * "… tot en met 10 schooldagen (…) weigert de directeur; het bezwaar gaat naar de directeur" names a number and
 * "bezwaar", but gives no deadline for the bezwaar.
 */
export function sentenceAnswers(p: Part, sentence: string, analyze: Analyze): boolean {
  if (!isSpecific(p.part)) return speaksOf(sentence, p.topic, analyze);
  const clauses = sentence.split(/[;:]|,\s/).filter((c) => c.trim());
  return clauses.some((c, i) => {
    const window = i + 1 < clauses.length ? `${c}, ${clauses[i + 1]}` : c;
    return carriesAnswer(window, p.part.kind) && speaksOf(window, p.topic, analyze);
  });
}

/** Does one of the answer's sentences answer this part? */
export function answersPart(p: Part, sentences: string[], analyze: Analyze): boolean {
  return sentences.some((s) => sentenceAnswers(p, s, analyze));
}

export interface PartCoverage {
  /** Sentences to add, one per part that the answer missed and a passage covers. */
  added: Chosen[];
  /** Parts that no retrieved passage answers. */
  uncovered: SubQuestion[];
}

/**
 * For every part of the question that the answer's sentences leave open, the best sentence of the candidate
 * passages that speaks of its topic and carries what it asks; parts without one are returned as uncovered.
 */
export function coverParts(
  question: string,
  said: string[],
  candidates: Passage[],
  analyze: Analyze,
  opts: { quoted: Set<string>; keep?: KeepSentence; specificOnly?: boolean },
): PartCoverage {
  const added: Chosen[] = [];
  const uncovered: SubQuestion[] = [];
  for (const p of partsToCover(question, analyze)) {
    // Beside a rules decision the decision answers the yes/no and the steps answer "what now"; only parts asking for
    // a deadline, actor, number, moment or condition are checked there.
    if (opts.specificOnly && !isSpecific(p.part)) continue;
    if (answersPart(p, [...said, ...added.map((a) => a.text)], analyze)) continue;
    // Ranked on the part and its topic, so "hoe lang" finds the sentence with the deadline, not the rule's repetition.
    const query = `${p.part.text} ${p.topic.join(' ')}`;
    const best = rankSentences(
      candidates.map((passage) => ({ passage, prior: 0 })),
      query,
      analyze,
      opts.keep,
    ).find((s) => s.coverage >= MIN_FILL && !opts.quoted.has(s.text) && sentenceAnswers(p, s.text, analyze));
    if (best) added.push({ passage: best.passage, text: best.text });
    // Only a part that asks for something specific is named as open: "wat moet ik doen?" is answered by the whole answer.
    else if (p.topic.length && isSpecific(p.part)) uncovered.push(p.part);
  }
  return { added, uncovered };
}

/** The answer names the part the sources leave open, instead of a blanket hedge. */
export function uncoveredLine(parts: SubQuestion[]): string {
  const named = parts.map((p) => `„${p.text.replace(/\?$/, '')}?”`);
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} en ${named[named.length - 1]}` : named[0];
  return `Op de vraag ${list} geven de bronnen geen antwoord; vraag dat na bij de leerplichtambtenaar van de woongemeente of de helpdesk van Ingrado.`;
}

/** At most this many limiting neighbours per answer: the answer stays short. */
const MAX_LIMITS = 2;

/**
 * The chosen sentences with, right after each, the neighbouring sentence of the same passage that limits it (a
 * condition, exception, maximum or deadline): the one after it when that limits and leans on it or shares its
 * topic, or the one before it when the chosen sentence leans back on a limiting sentence ("Dat kan alleen …").
 */
export function withLimits(chosen: Chosen[], analyze: Analyze, quoted: Set<string>, keep?: KeepSentence): Chosen[] {
  const out: Chosen[] = [];
  const taken = new Set([...quoted, ...chosen.map((c) => c.text)]);
  let added = 0;
  for (const c of chosen) {
    out.push(c);
    if (added >= MAX_LIMITS) continue;
    const sentences = sentencesOf(c.passage, analyze, keep);
    const i = sentences.findIndex((s) => s.text === c.text);
    if (i < 0) continue;
    const own = sentences[i]!.terms;
    const next = sentences[i + 1];
    const prev = sentences[i - 1];
    // Sharing a content word of some length with the chosen sentence: the limit is on the same subject.
    const shares = (terms: Set<string>) => [...terms].some((t) => own.has(t) && /\p{L}{5,}/u.test(t));
    const pick =
      next && !taken.has(next.text) && carriesLimit(next.text) && (refersBack(next.text) || shares(next.terms))
        ? next
        : prev && !taken.has(prev.text) && refersBack(c.text) && carriesLimit(prev.text) && !carriesLimit(c.text)
          ? prev
          : undefined;
    if (!pick) continue;
    taken.add(pick.text);
    out.push({ passage: c.passage, text: pick.text });
    added++;
  }
  return out;
}
