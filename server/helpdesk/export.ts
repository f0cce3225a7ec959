import type { Draft } from '../store/types.js';

// A draft as a document to hand on: Markdown (for the kennisbank editor or a ticket) and plain text for e-mail,
// with the sources written out so the reader can check every [n].

export function draftMarkdown(d: Draft): string {
  const lines = [`# ${oneLine(d.question)}`, '', d.answer.trim(), ''];
  if (d.decision?.legalBasis.length) {
    lines.push('## Grondslag', '', ...d.decision.legalBasis.map((l) => `- ${l.label}${l.url ? ` (${l.url})` : ''}`), '');
  }
  if (d.citations.length) {
    lines.push('## Bronnen', '');
    for (const c of d.citations) lines.push(`${c.n}. ${c.title}${c.section ? ` — ${c.section}` : ''}${c.url ? ` (${c.url})` : ''}`, `   > ${oneLine(c.quote)}`);
    lines.push('');
  }
  lines.push(`_Concept ${d.id}, versie ${d.revision}, status ${d.status}._`, '');
  return lines.join('\n');
}

export function draftText(d: Draft): string {
  const plain = d.answer
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
    .replace(/^\s*[-*]\s+/gm, '- ')
    .trim();
  const lines = [`Vraag: ${oneLine(d.question)}`, '', plain, ''];
  if (d.decision?.legalBasis.length) lines.push(`Grondslag: ${d.decision.legalBasis.map((l) => l.label).join('; ')}.`, '');
  if (d.citations.length) {
    lines.push('Bronnen:');
    for (const c of d.citations) lines.push(`[${c.n}] ${c.title}${c.section ? `, ${c.section}` : ''}${c.url ? ` — ${c.url}` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
