import type { ComponentChildren } from 'preact';

// Server text is never parsed as HTML. This renders a tiny, safe subset of markdown into elements:
// paragraphs, bullet and numbered lists, **bold**, *emphasis*, and [n] citation markers as links. Marks that are
// left unpaired (a stray `**`) are dropped rather than shown. Everything else is text.

export type MarkerRenderer = (n: number, key: string) => ComponentChildren;

function inline(text: string, marker: MarkerRenderer, keyBase: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const re = /\*\*([^*]+)\*\*|(?<![\w*])[*_]([^*_\n]+?)[*_](?![\w*])|\[(\d{1,3})\]|\*{1,3}/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const key = `${keyBase}-${i++}`;
    if (m[1] !== undefined) out.push(<strong key={key}>{inline(m[1], marker, key)}</strong>);
    else if (m[2] !== undefined) out.push(<em key={key}>{inline(m[2], marker, key)}</em>);
    else if (m[3] !== undefined) out.push(marker(Number(m[3]), key));
    // else: an unpaired * or ** — a mark, not text.
    last = re.lastIndex;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block = { kind: 'p'; text: string } | { kind: 'ul' | 'ol'; items: string[] };

function blocks(src: string): Block[] {
  const out: Block[] = [];
  let cur: Block | undefined;
  for (const raw of src.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const bullet = /^[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\d{1,2}[.)]\s+(.*)$/.exec(line);
    if (!line) {
      cur = undefined;
    } else if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      const item = (bullet ?? numbered)![1]!;
      if (cur?.kind !== kind) out.push((cur = { kind, items: [] }));
      (cur as { items: string[] }).items.push(item);
    } else {
      // Each line is its own paragraph (the composer writes one statement per line); headings become bold
      // paragraphs because the page already owns the heading structure.
      out.push((cur = { kind: 'p', text: line.replace(/^#{1,6}\s+(.*)$/, '**$1**') }));
    }
  }
  return out;
}

export function Markdown({ text, marker }: { text: string; marker: MarkerRenderer }) {
  return (
    <>
      {blocks(text).map((b, i) => {
        const k = `b${i}`;
        if (b.kind === 'p') return <p key={k} class="utrecht-paragraph">{inline(b.text, marker, k)}</p>;
        const items = b.items.map((it, j) => <li key={`${k}-${j}`} class={`utrecht-${b.kind === 'ul' ? 'unordered' : 'ordered'}-list__item`}>{inline(it, marker, `${k}-${j}`)}</li>);
        return b.kind === 'ul'
          ? <ul key={k} class="utrecht-unordered-list">{items}</ul>
          : <ol key={k} class="utrecht-ordered-list">{items}</ol>;
      })}
    </>
  );
}

/** Plain text of an answer for the clipboard: markdown marks removed, [n] markers kept. */
export function plainText(text: string): string {
  return text
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(?<![\w*])[*_]([^*_\n]+?)[*_](?![\w*])/g, '$1')
    .replace(/\*{1,3}/g, '')
    .replace(/^#{1,6}\s+/gm, '')
    .trim();
}

/**
 * The conclusion of an answer and the rest. The composer writes one statement per line and leads with the
 * conclusion, so the lead is the first line; a heading line ("# Antwoord") takes the line after it along.
 */
export function splitLead(text: string): [string, string] {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  let end = lines.findIndex((l) => l.trim() !== '') + 1;
  if (end > 0 && /^#{1,6}\s/.test(lines[end - 1]!.trim()) && end < lines.length) end++;
  return [lines.slice(0, end).join('\n').trim(), lines.slice(end).join('\n').trim()];
}

interface Numbered {
  n: number;
  id: string;
}

/**
 * One number per passage: citations that quote the same passage get the number of its first appearance, numbers
 * run 1, 2, 3 … in order, and markers in the text follow (a repeated "[2][2]" becomes one marker). Returns the new
 * text and, per passage, its first citation (with its quote) renumbered.
 */
export function renumberCitations<C extends Numbered>(text: string, citations: readonly C[]): { text: string; citations: C[] } {
  const byId = new Map<string, number>();
  const map = new Map<number, number>();
  const out: C[] = [];
  for (const c of citations) {
    let n = byId.get(c.id);
    if (n === undefined) {
      n = out.length + 1;
      byId.set(c.id, n);
      out.push({ ...c, n });
    }
    map.set(c.n, n);
  }
  const renumbered = text
    .replace(/\[(\d{1,3})\]/g, (all, d: string) => (map.has(Number(d)) ? `[${map.get(Number(d))}]` : all))
    .replace(/(\[\d{1,3}\])(?:\s*\1)+/g, '$1');
  return { text: renumbered, citations: out };
}

/**
 * Splits `text` around the first occurrence of `quote`, ignoring differences in whitespace
 * (the contract promises a verbatim quote "whitespace aside").
 */
export function splitOnQuote(text: string, quote: string): [string, string, string] | undefined {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const m = new RegExp(pattern).exec(text);
  if (!m) return undefined;
  return [text.slice(0, m.index), m[0], text.slice(m.index + m[0].length)];
}
