import type { Passage } from '../index/passage.js';
import type { Citation } from './types.js';

/** A quote longer than this stays at the sentences first cited; the [n] still points at the right passage. */
const MAX_QUOTE = 1200;

/**
 * Numbers citations in order of first use, one number per passage. A quote is always a verbatim span of its
 * passage: when a second sentence of the same passage is cited, the quote grows to the span covering both.
 */
export class CitationList {
  private readonly items: Citation[] = [];
  private readonly spans = new Map<string, { start: number; end: number }>();

  cite(passage: Passage, quote: string): number {
    const q = quote.trim();
    const at = q ? passage.text.indexOf(q) : -1;
    if (at < 0) throw new Error(`quote is not verbatim in passage ${passage.id}`);
    const existing = this.items.find((c) => c.id === passage.id);
    if (existing) {
      const span = this.spans.get(passage.id)!;
      const start = Math.min(span.start, at);
      const end = Math.max(span.end, at + q.length);
      if (end - start <= MAX_QUOTE) {
        this.spans.set(passage.id, { start, end });
        existing.quote = passage.text.slice(start, end);
      }
      return existing.n;
    }
    const n = this.items.length + 1;
    this.spans.set(passage.id, { start: at, end: at + q.length });
    this.items.push({
      n,
      id: passage.id,
      title: passage.title,
      ...(passage.section ? { section: passage.section } : {}),
      ...(passage.page ? { page: passage.page } : {}),
      ...(passage.url ? { url: passage.url } : {}),
      quote: q,
    });
    return n;
  }

  has(passageId: string): boolean {
    return this.items.some((c) => c.id === passageId);
  }

  get size(): number {
    return this.items.length;
  }

  list(): Citation[] {
    return this.items.map((c) => ({ ...c }));
  }
}
