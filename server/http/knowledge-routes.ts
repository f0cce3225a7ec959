import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { DOC_TYPES, type Passage } from '../index/passage.js';
import { ApiError, parseWith } from './errors.js';

// GET /api/sources/:id — the passage a citation points to; GET /api/search — ranked passages (page, debugging).

const idSchema = z.object({ id: z.string().min(1).max(300) });

const searchSchema = z.object({
  q: z.string().trim().min(1).max(500),
  k: z.coerce.number().int().min(1).max(50).default(8),
  type: z
    .string()
    .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(z.enum(DOC_TYPES)))
    .optional(),
  region: z.string().trim().min(1).max(100).optional(),
  validOn: z.iso.date().optional(),
  legalId: z.string().trim().min(1).max(100).optional(),
});

function source(p: Passage) {
  return {
    id: p.id,
    documentId: p.documentId,
    title: p.title,
    ...(p.section !== undefined && { section: p.section }),
    ...(p.page !== undefined && { page: p.page }),
    ...(p.url !== undefined && { url: p.url }),
    type: p.type,
    ...(p.region !== undefined && { region: p.region }),
    ...(p.geldigVanaf !== undefined && { geldigVanaf: p.geldigVanaf }),
    ...(p.geldigTot !== undefined && { geldigTot: p.geldigTot }),
    ...(p.laatstGecontroleerd !== undefined && { laatstGecontroleerd: p.laatstGecontroleerd }),
    text: p.text,
  };
}

interface DocumentSummary {
  id: string;
  title: string;
  type: Passage['type'];
  region?: string;
  url?: string;
  geldigVanaf?: string;
  laatstGecontroleerd?: string;
  sections: Array<{ id: string; section?: string; page?: number }>;
}

/** The documents behind the passages, each with its sections in order (for browsing the sources). */
function documents(passages: Passage[]): DocumentSummary[] {
  const docs = new Map<string, DocumentSummary>();
  for (const p of passages) {
    let doc = docs.get(p.documentId);
    if (!doc) {
      doc = {
        id: p.documentId,
        title: p.title,
        type: p.type,
        ...(p.region !== undefined && { region: p.region }),
        ...(p.url !== undefined && { url: p.url }),
        ...(p.geldigVanaf !== undefined && { geldigVanaf: p.geldigVanaf }),
        ...(p.laatstGecontroleerd !== undefined && { laatstGecontroleerd: p.laatstGecontroleerd }),
        sections: [],
      };
      docs.set(p.documentId, doc);
    }
    doc.sections.push({ id: p.id, ...(p.section !== undefined && { section: p.section }), ...(p.page !== undefined && { page: p.page }) });
  }
  return [...docs.values()].sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

export function knowledgeRoutes(deps: Pick<AppDeps, 'knowledge'>) {
  return new Hono()
    .get('/documents', (c) => c.json({ documents: documents(deps.knowledge.passages()) }))
    .get('/sources/:id', (c) => {
      const { id } = parseWith(idSchema, { id: c.req.param('id') }, 'pad');
      const passage = deps.knowledge.get(id);
      if (!passage) throw new ApiError(404, 'bron-niet-gevonden', `Er is geen bronpassage met id '${id}'.`);
      return c.json(source(passage));
    })
    .get('/search', async (c) => {
      const q = parseWith(searchSchema, c.req.query(), 'query');
      const hits = await deps.knowledge.search(q.q, {
        k: q.k,
        filters: { type: q.type, region: q.region, validOn: q.validOn, legalId: q.legalId },
      });
      return c.json({
        query: q.q,
        // A passage that shares no term with the query is no result, whatever the vector neighbours say.
        hits: hits.filter((h) => h.score > 0).map((h) => ({
          ...source(h.passage),
          legalIds: h.passage.legalIds,
          score: h.score,
          ...(h.scores && { scores: h.scores }),
        })),
      });
    });
}
