import type { Passage } from '../index/passage.js';
import type { Citation } from './types.js';

/** Numbers citations in order of first use; a quote is always a verbatim span of its passage. */
export class CitationList {
  private readonly items: Citation[] = [];

  cite(passage: Passage, quote: string): number {
    const q = quote.trim();
    if (!q || !passage.text.includes(q)) throw new Error(`quote is not verbatim in passage ${passage.id}`);
    const existing = this.items.find((c) => c.id === passage.id && c.quote === q);
    if (existing) return existing.n;
    const n = this.items.length + 1;
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
    return [...this.items];
  }
}
