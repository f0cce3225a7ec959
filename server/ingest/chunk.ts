import type { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Passage } from '../index/passage.js';
import type { Block, LoadedDocument } from './document.js';
import { slugify } from './document.js';

// Chunks follow the document's structure: a heading starts a new passage; paragraphs and table rows are added until
// the size cap; only a single block larger than the cap is cut (LangChain's recursive splitter, at sentence ends).

export const MAX_CHUNK_CHARS = 1200;
/** Bumped when chunking changes, so every file is chunked again. */
export const CHUNKER_VERSION = 2;

/**
 * LangChain's splitter, loaded at the first oversized block: most documents have none, and a process that only
 * answers (the answering threads) never chunks; loading it costs about 30 MB of memory.
 */
let splitter: Promise<RecursiveCharacterTextSplitter> | undefined;
const loadSplitter = () =>
  (splitter ??= import('@langchain/textsplitters').then(
    (m) => new m.RecursiveCharacterTextSplitter({ chunkSize: MAX_CHUNK_CHARS, chunkOverlap: 0, separators: ['\n', ' ', ''], keepSeparator: false }),
  ));

/** Cuts an oversized block at sentence ends (each sentence on its own line for the splitter), then at spaces. */
async function splitOversized(text: string): Promise<string[]> {
  const pieces = await (await loadSplitter()).splitText(text.replace(/([.!?])\s+/g, '$1\n'));
  return pieces.map((p) => p.replace(/\s*\n\s*/g, ' ').trim());
}

interface Draft {
  section: string[];
  legalIds: string[];
  page?: number;
  parts: Array<{ text: string; whole: boolean }>;
}

export async function chunkDocument(doc: LoadedDocument): Promise<Passage[]> {
  const drafts: Draft[] = [];
  const stack: Array<{ level: number; text: string; legalIds: string[] }> = [];
  let current: Draft | undefined;
  const open = (page: number | undefined): Draft => {
    const d: Draft = { section: stack.map((h) => h.text), legalIds: stack.flatMap((h) => h.legalIds), page, parts: [] };
    drafts.push(d);
    return d;
  };
  const size = (d: Draft) => d.parts.reduce((n, p) => n + p.text.length + 2, 0);

  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      while (stack.length && stack[stack.length - 1]!.level >= block.level) stack.pop();
      stack.push({ level: block.level, text: block.text, legalIds: block.legalIds ?? [] });
      current = undefined;
      continue;
    }
    const pieces = block.text.length > MAX_CHUNK_CHARS ? await splitOversized(block.text) : [block.text];
    for (const piece of pieces) {
      if (!current || (current.parts.length && size(current) + piece.length > MAX_CHUNK_CHARS)) current = open(block.page);
      current.page ??= block.page;
      current.parts.push({ text: piece.trim(), whole: Boolean((block as Extract<Block, { kind: 'text' }>).whole) });
    }
  }

  const counts = new Map<string, number>();
  return drafts
    .filter((d) => d.parts.length)
    .map((d) => {
      const slug = d.section.length ? slugify(d.section[d.section.length - 1]!) : 'inleiding';
      const n = (counts.get(slug) ?? 0) + 1;
      counts.set(slug, n);
      // Consecutive table rows stay on their own lines; paragraphs are separated by a blank line.
      const text = d.parts.map((p, i) => (i && !(p.whole && d.parts[i - 1]!.whole) ? '\n\n' : i ? '\n' : '') + p.text).join('');
      const m = doc.meta;
      const passage: Passage = {
        id: `${m.id}:${slug}:${n}`,
        documentId: m.id,
        title: m.title,
        type: m.type,
        legalIds: [...new Set([...m.legalIds, ...d.legalIds])],
        text,
      };
      if (d.section.length) passage.section = d.section.join(' › ');
      if (d.page !== undefined) passage.page = d.page;
      if (m.url) passage.url = m.url;
      if (m.region) passage.region = m.region;
      if (m.geldigVanaf) passage.geldigVanaf = m.geldigVanaf;
      if (m.geldigTot) passage.geldigTot = m.geldigTot;
      if (m.laatstGecontroleerd) passage.laatstGecontroleerd = m.laatstGecontroleerd;
      return passage;
    });
}
