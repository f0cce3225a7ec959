import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openKnowledgeIndex, type OpenedKnowledgeIndex } from '../../server/index/knowledge-index.js';
import type { Passage } from '../../server/index/passage.js';
import { legalRefs } from '../../server/retrieve/legal-refs.js';
import { searchReranked } from '../../server/retrieve/rerank.js';

// The topic map (knowledge/onderwerpen.yaml) is the checklist of the field: every topic needs at least 3 kennisbank
// questions, and each question must be findable in the built-in knowledge both by its own heading and by the
// everyday wording a parent, mentor or officer would type — by plain hybrid search and by the reranked search that
// /api/ask uses — and each must carry its source (a Grondslag line naming an article or document) and its dates.

const knowledgeDir = fileURLToPath(new URL('../../knowledge', import.meta.url));
const vraag = z.object({ doc: z.string().min(1), kop: z.string().min(1), zoals: z.string().min(1) });
const kaart = z.object({
  onderwerpen: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), titel: z.string().min(1), vragers: z.array(z.string()).min(1), vragen: z.array(vraag) })).min(30),
});
const { onderwerpen } = kaart.parse(parse(readFileSync(join(knowledgeDir, 'onderwerpen.yaml'), 'utf8')));
const vragen = onderwerpen.flatMap((o) => o.vragen.map((v) => ({ onderwerp: o.id, ...v })));
const TOP = 5;

let index: OpenedKnowledgeIndex;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ww-onderwerpen-'));
  index = await openKnowledgeIndex({ knowledgeDir, dataDir });
}, 60_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const isTarget = (p: Passage, v: { doc: string; kop: string }) => p.documentId === v.doc && p.section === v.kop;
async function rank(q: string, v: { doc: string; kop: string }): Promise<number> {
  const hits = await index.search(q, { k: TOP });
  return hits.findIndex((h) => isTarget(h.passage, v));
}

describe('topic map of the field (knowledge/onderwerpen.yaml)', () => {
  it('has unique topics, each covered by at least 3 distinct kennisbank questions', () => {
    expect(new Set(onderwerpen.map((o) => o.id)).size).toBe(onderwerpen.length);
    const thin = onderwerpen.filter((o) => new Set(o.vragen.map((v) => `${v.doc}#${v.kop}`)).size < 3).map((o) => o.id);
    expect(thin).toEqual([]);
  });

  it('links only to kennisbank questions that exist, and the knowledge loads without warnings', () => {
    expect([...index.report.skipped, ...index.report.warnings]).toEqual([]);
    const missing = vragen.filter((v) => !index.passages().some((p) => isTarget(p, v) && p.type === 'kennisbank'));
    expect(missing.map((v) => `${v.doc}: ${v.kop}`)).toEqual([]);
  });

  it(`finds each question in the top ${TOP} by its own heading`, async () => {
    const misses: string[] = [];
    for (const v of vragen) if ((await rank(v.kop, v)) < 0) misses.push(`${v.onderwerp}: ${v.kop}`);
    expect(misses).toEqual([]);
  });

  it(`finds each question in the top ${TOP} by its everyday wording`, async () => {
    const misses: string[] = [];
    for (const v of vragen) {
      expect(v.zoals.toLowerCase()).not.toBe(v.kop.toLowerCase());
      if ((await rank(v.zoals, v)) < 0) misses.push(`${v.onderwerp}: "${v.zoals}" → ${v.kop}`);
    }
    expect(misses).toEqual([]);
  });

  it('every question names its source and its document carries the dates it was valid and checked', () => {
    const undated: string[] = [];
    for (const v of vragen) {
      // A long answer is split into several passages; the source line stands in the last one.
      const parts = index.passages().filter((x) => isTarget(x, v));
      if (!parts.length) continue;
      const grondslag = parts.some((p) => /(Grondslag|Bron): \S.{8,}/.test(p.text));
      if (!grondslag || !parts.every((p) => p.geldigVanaf && p.laatstGecontroleerd)) undated.push(`${v.doc}: ${v.kop}`);
    }
    expect(undated).toEqual([]);
  });

  it(`every topic has at least 3 questions that the /api/ask search (expanded and reranked) finds in the top ${TOP} by their everyday wording`, async () => {
    const thin: string[] = [];
    for (const o of onderwerpen) {
      let found = 0;
      for (const v of o.vragen) {
        const hits = await searchReranked(index, v.zoals, (t) => index.analyze(t), { k: TOP, articles: legalRefs(v.zoals) });
        if (hits.some((h) => isTarget(h.passage, v))) found++;
      }
      if (found < 3) thin.push(`${o.id}: ${found}`);
    }
    expect(thin).toEqual([]);
  }, 60_000);
});
