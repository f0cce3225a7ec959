import type { DocType } from '../index/passage.js';

// What every loader produces: document metadata plus the document's own structure as a flat list of blocks.

export type Block =
  | { kind: 'heading'; level: number; text: string; legalIds?: string[]; page?: number }
  /** `whole`: a table row or similar unit that must never be cut. */
  | { kind: 'text'; text: string; page?: number; whole?: boolean };

export interface DocMeta {
  id: string;
  title: string;
  type: DocType;
  url?: string;
  region?: string;
  geldigVanaf?: string;
  geldigTot?: string;
  laatstGecontroleerd?: string;
  legalIds: string[];
}

export interface LoadedDocument {
  meta: DocMeta;
  blocks: Block[];
}

/** Metadata the caller supplies for files without front matter (CLI flags). */
export interface MetaDefaults {
  type?: DocType;
  region?: string;
  url?: string;
}

/** A file that cannot be ingested; `reason` is Dutch and shown to the user with the file name. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'tekst';
}

/** "verzuimkaart_2024-v2.pdf" → "verzuimkaart 2024 v2". */
export function titleFromFileName(name: string): string {
  const base = name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
  return base.charAt(0).toUpperCase() + base.slice(1);
}

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u;
const NAMED = /^(hoofdstuk|artikel|paragraaf|bijlage|deel)\s+[\dIVXivx]+[a-z]{0,2}\b/iu;
const QUESTION = /^(vraag|v)\s*[:.]\s*\S/i;

/**
 * Heading level of a line of plain text (TXT, PDF), or 0: numbered sections ("3.2 Thuiszitters"), "Artikel 14",
 * "Hoofdstuk 2", and "Vraag:" lines that open a question-and-answer pair.
 */
export function headingLevel(line: string): number {
  const text = line.trim();
  if (!text || text.length > 90) return 0;
  // A question opens the deepest level: it sits under whatever section it belongs to.
  if (QUESTION.test(text)) return 5;
  if (/[.;,:]$/.test(text)) return 0;
  const numbered = NUMBERED.exec(text);
  // Long numbered lines are list items in running text or tables, not section titles.
  if (numbered) return text.length <= 70 ? Math.min(4, numbered[1]!.split('.').length + 1) : 0;
  if (NAMED.test(text)) return /^(hoofdstuk|deel|bijlage)/i.test(text) ? 2 : 3;
  return 0;
}

/** Blocks from plain text lines: blank lines end paragraphs, heading-like lines start sections. */
export function blocksFromLines(lines: string[], page?: number): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    const text = para.join(' ').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(page === undefined ? { kind: 'text', text } : { kind: 'text', text, page });
    para = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const level = headingLevel(line);
    // PDF text has no blank lines: a heading may also follow a line that ends a sentence.
    if (level && (para.length === 0 || /[.!?:]$/.test(para[para.length - 1]!))) {
      flush();
      const text = line.replace(/\s+/g, ' ');
      blocks.push(page === undefined ? { kind: 'heading', level, text } : { kind: 'heading', level, text, page });
      continue;
    }
    para.push(line);
  }
  flush();
  return blocks;
}
