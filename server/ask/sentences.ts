// Sentence splitting for Dutch passages: the composer quotes whole sentences verbatim.

// Abbreviations that end in a period but do not end a sentence.
const ABBREVIATIONS = new Set([
  'art', 'artt', 'bijv', 'bv', 'o.a', 'oa', 'd.w.z', 'dwz', 'e.d', 'ed', 'enz', 'etc', 'i.p.v', 'ipv', 'jo', 'lid',
  'nr', 'nrs', 'm.b.t', 'mbt', 'n.a.v', 'nav', 'o.b.v', 'obv', 'p', 'pag', 'resp', 'stb', 'stcrt', 'vgl', 'z.s.m',
  'zsm', 'mr', 'dr', 'drs', 'ir', 'ing', 'mevr', 'dhr', 'jl', 'e.v', 'ca', 'max', 'min', 'incl', 'excl', 'evt',
  'i.v.m', 'ivm', 't.a.v', 'tav', 'm.i.v', 'miv', 't/m', 'e.a', 'sub', 'bijl', 'hfdst', 'par', 'blz',
]);

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Splits text into sentences (and list items / lines), keeping offsets into the original text. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A blank line, a list item or a table row ends a sentence; a wrapped line does not.
      const next = text.slice(i + 1).match(/^[ \t]*(\S)/);
      const rest = text.slice(i + 1);
      if (/^[ \t]*\n/.test(rest) || /^[ \t]*([-*•|]|\d+[.)]\s|[a-z][.)]\s|#)/.test(rest) || !next) {
        push(i);
      } else if (/[:;]\s*$/.test(text.slice(start, i))) {
        push(i);
      }
      continue;
    }
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    const after = text[i + 1];
    if (after !== undefined && !/\s/.test(after) && !/["'”’)]/.test(after)) continue;
    if (ch === '.') {
      const word = /([\p{L}./]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^.*\s/, ''))) continue;
      // "1. ", "2.3. " numbering and initials ("J. de Vries") stay attached.
      if (/(^|\s)(\d{1,3}|\p{Lu})$/u.test(text.slice(start, i))) {
        const nextWord = text.slice(i + 1).trimStart();
        if (!/^\p{Lu}\p{Ll}{2,}\s/u.test(nextWord) || /(^|\s)\p{Lu}$/u.test(text.slice(start, i))) continue;
      }
    }
    let end = i + 1;
    while (end < text.length && /["'”’)]/.test(text[end]!)) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
