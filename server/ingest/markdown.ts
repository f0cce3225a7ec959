import { parse } from 'yaml';
import { z } from 'zod';
import { DOC_TYPES } from '../index/passage.js';
import type { Block, DocMeta, LoadedDocument, MetaDefaults } from './document.js';
import { slugify, titleFromFileName } from './document.js';

// Our knowledge format (see the team brief): YAML front matter, then sections that start at headings; a trailing
// "{lpw:14, lpw:11g}" on a heading lists the legal ids of that section.

const isoDate = z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)).pipe(z.iso.date());

export const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes'),
  title: z.string().min(1),
  type: z.enum(DOC_TYPES),
  bron: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  geldigVanaf: isoDate.optional(),
  geldigTot: isoDate.optional(),
  laatstGecontroleerd: isoDate.optional(),
  legalIds: z.array(z.string().min(1)).default([]),
});

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const IDS = /\s*\{([^{}]*)\}\s*$/;

/** Splits "---\nyaml\n---\nbody"; no front matter → undefined. */
export function splitFrontMatter(source: string): { yaml: string; body: string } | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  return m ? { yaml: m[1]!, body: m[2]! } : undefined;
}

function fieldErrors(error: z.ZodError): string {
  return error.issues.map((i) => `veld '${i.path.join('.') || '(geheel)'}': ${i.message}`).join('; ');
}

/** Parses front matter; throws a Dutch message when it is present but invalid. */
export function parseFrontMatter(yaml: string): DocMeta {
  let raw: unknown;
  try {
    raw = parse(yaml);
  } catch (err) {
    throw new Error(`de front matter is geen geldige YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const fm = frontMatterSchema.safeParse(raw);
  if (!fm.success) throw new Error(`de front matter is ongeldig: ${fieldErrors(fm.error)}`);
  const { bron, url, ...rest } = fm.data;
  const link = url ?? (bron && /^https?:\/\//.test(bron) ? bron : undefined);
  return Object.fromEntries(Object.entries({ ...rest, url: link }).filter(([, v]) => v !== undefined)) as unknown as DocMeta;
}

export function markdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let inFence = false;
  const flush = () => {
    const text = para.join('\n').trim();
    if (text) blocks.push({ kind: 'text', text });
    para = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      flush();
      let text = heading[2]!;
      const ids = IDS.exec(text);
      const legalIds = ids ? ids[1]!.split(',').map((s) => s.trim()).filter(Boolean) : [];
      if (ids) text = text.slice(0, ids.index).trim();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text, legalIds });
    } else if (!inFence && /^\s*\|.*\|\s*$/.test(line)) {
      // Table rows stay whole; the separator row carries no content.
      flush();
      if (!/^\s*\|[\s:|-]+\|\s*$/.test(line)) blocks.push({ kind: 'text', text: line.trim(), whole: true });
    } else if (!inFence && !line.trim()) flush();
    else para.push(line);
  }
  flush();
  return blocks;
}

export function loadMarkdown(source: string, fileName: string, defaults: MetaDefaults): LoadedDocument {
  const split = splitFrontMatter(source);
  const blocks = markdownBlocks(split ? split.body : source);
  if (split) {
    const meta = parseFrontMatter(split.yaml);
    // A leading "# Title" repeats the document title; it is not a section.
    const first = blocks[0];
    if (first?.kind === 'heading' && first.level === 1 && first.text === meta.title) blocks.shift();
    return { meta, blocks };
  }
  const h1 = blocks.find((b) => b.kind === 'heading');
  const title = h1?.text ?? titleFromFileName(fileName);
  if (h1 && h1.kind === 'heading' && h1.level === 1) blocks.splice(blocks.indexOf(h1), 1);
  return {
    meta: { id: slugify(fileName.replace(/\.[^.]+$/, '')), title, type: defaults.type ?? 'handreiking', url: defaults.url, region: defaults.region, legalIds: [] },
    blocks,
  };
}
