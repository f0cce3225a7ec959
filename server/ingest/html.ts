import { parse, type HTMLElement, NodeType, type Node } from 'node-html-parser';
import type { Block } from './document.js';

// HTML (and DOCX via mammoth's HTML) → blocks: headings, paragraphs, list items, table rows kept whole.

const TEXT_TAGS = new Set(['p', 'li', 'dt', 'dd', 'blockquote', 'pre', 'figcaption', 'caption', 'address']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'svg']);

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function rowText(row: HTMLElement): string {
  return row
    .querySelectorAll('th, td')
    .map((cell) => clean(cell.textContent))
    .join(' | ');
}

export function htmlBlocks(html: string): { title?: string; blocks: Block[] } {
  const root = parse(html, { comment: false });
  const blocks: Block[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = clean(node.textContent);
      if (text) blocks.push({ kind: 'text', text });
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIP_TAGS.has(tag)) return;
    const h = /^h([1-6])$/.exec(tag);
    if (h) {
      const text = clean(el.textContent);
      if (text) blocks.push({ kind: 'heading', level: Number(h[1]), text });
    } else if (tag === 'table') {
      for (const row of el.querySelectorAll('tr')) {
        const text = rowText(row);
        if (text.replace(/[|\s]/g, '')) blocks.push({ kind: 'text', text: `| ${text} |`, whole: true });
      }
    } else if (TEXT_TAGS.has(tag) && !el.querySelector('p, li, table, h1, h2, h3, h4, h5, h6')) {
      const text = clean(el.textContent);
      if (text) blocks.push({ kind: 'text', text: tag === 'li' ? `- ${text}` : text });
    } else for (const child of el.childNodes) walk(child);
  };
  walk(root.querySelector('body') ?? root);
  const title = clean(root.querySelector('title')?.textContent ?? '') || undefined;
  return { title, blocks };
}
