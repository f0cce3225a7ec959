import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { relatedGrounds } from '../../server/ask/related-grounds.js';
import { LEGAL_ID } from '../../server/ingest/ingest.js';
import { splitFrontMatter } from '../../server/ingest/markdown.js';

// Built-in knowledge is our own text with its source and date (team brief): every Markdown file in knowledge/
// names where its facts come from (bron or url), gives a web address for them (in the front matter or on a
// "Bron:" line), says since when they hold (geldigVanaf) and when they were last checked (laatstGecontroleerd), and
// every legal id on a heading follows the contract. The one source without a web address is the regional protocol
// (a document the region hands out); a file that rests on it says so in its bron.

const knowledgeDir = fileURLToPath(new URL('../../knowledge', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(full);
    return e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md' ? [full] : [];
  });
}

const files = markdownFiles(knowledgeDir).map((file) => ({ file: relative(knowledgeDir, file), source: readFileSync(file, 'utf8') }));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** Every legal id on a heading, with the first file that uses it. */
const headingIds = new Map<string, string>();
for (const { file, source } of files) {
  for (const line of (splitFrontMatter(source)?.body ?? source).split(/\r?\n/)) {
    const ids = /^#{1,6}\s.*\{([^{}]*)\}\s*$/.exec(line)?.[1];
    for (const id of ids?.split(',').map((s) => s.trim()).filter(Boolean) ?? []) if (!headingIds.has(id)) headingIds.set(id, file);
  }
}
const asDate = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));

describe('legal id pattern (server/ingest/ingest.ts)', () => {
  // Minimum functionality over the shapes the laws use: plain, lettered, dotted and dotted-and-lettered articles.
  it.each(['lpw:14', 'lpw:5b', 'lpw:art5a', 'lpw:11a', 'wpo:40', 'wpo:40c', 'wvo:8.14', 'wvo:2.107b', 'web:9.2.1', 'web:8.1.7', 'web:8.1.7d', 'wrod:12', 'awb:6:16', 'awb:8:81', 'protocol:ijssel-vecht', 'beleidsregel-verlof', 'mas', 'mazl', 'duo'])(
    'accepts %s',
    (id) => expect(LEGAL_ID.test(id)).toBe(true),
  );
  // Direction: free text, an unknown law, a missing article or a stray separator is no legal id.
  it.each(['leerplichtwet-14', 'lpw:', 'lpw14', 'xyz:14', 'web:8..1', 'web:8.1.', 'lpw:14 ', 'LPW:14', 'wpo:40cc', 'awb:6', 'awb:6:', 'awb:6.16', 'protocol:'])('rejects %s', (id) =>
    expect(LEGAL_ID.test(id)).toBe(false),
  );
});

describe('knowledge files carry source, date and parseable legal ids', () => {
  it('finds the knowledge files', () => expect(files.length).toBeGreaterThan(40));

  it('every file has front matter with a source (bron or url), a web address, geldigVanaf and laatstGecontroleerd', () => {
    const web = /https?:\/\//;
    const faults: string[] = [];
    for (const { file, source } of files) {
      const split = splitFrontMatter(source);
      if (!split) {
        faults.push(`${file}: geen front matter`);
        continue;
      }
      const fm = (parse(split.yaml) ?? {}) as Record<string, unknown>;
      const bron = [fm.bron, fm.url].filter((v) => typeof v === 'string' && v.trim()).join(' ');
      if (!bron) faults.push(`${file}: geen bron of url`);
      else if (!web.test(bron) && !web.test(split.body) && !/protocol/i.test(bron)) faults.push(`${file}: bron zonder webadres`);
      for (const field of ['geldigVanaf', 'laatstGecontroleerd']) if (!isoDate.test(asDate(fm[field]))) faults.push(`${file}: ${field} ontbreekt of is geen datum`);
    }
    expect(faults).toEqual([]);
  });

  it('every legal id on a heading parses', () => {
    const faults = [...headingIds].filter(([id]) => !LEGAL_ID.test(id)).map(([id, file]) => `${file}: ${id}`);
    expect(faults).toEqual([]);
  });
});

describe('related legal grounds (knowledge/related-grounds.yaml) name ids the knowledge uses', () => {
  const table = parse(readFileSync(join(knowledgeDir, 'related-grounds.yaml'), 'utf8')) as { groups: Array<{ ids: string[] }> };

  it('every id in a group parses and tags at least one heading', () => {
    const ids = new Set(table.groups.flatMap((g) => g.ids));
    expect([...ids].filter((id) => !LEGAL_ID.test(id) || !headingIds.has(id))).toEqual([]);
  });

  // The sector rules on schorsing, verwijdering and onderwijstijd support each other (issue 12, item 6) …
  it.each([
    ['wpo:40', 'wpo:40c'],
    ['wpo:40', 'wpo:40a'],
    ['wpo:40c', 'lpw:11c'],
    ['web:8.1.7c', 'lpw:11c'],
    ['lpw:10', 'web:8.1.7d'],
    ['lpw:10', 'wpo:40'],
    ['wpo:8', 'wvo:2.38'],
    ['lpw:2', 'lpw:13b'],
  ])('relates %s and %s both ways', (a, b) => {
    expect(relatedGrounds([a]).has(b)).toBe(true);
    expect(relatedGrounds([b]).has(a)).toBe(true);
  });

  // … and never reach an unrelated ground.
  it.each([
    ['wpo:40c', 'lpw:14'],
    ['web:8.1.7d', 'lpw:21a'],
    ['wvo:2.38', 'lpw:26'],
  ])('does not relate %s and %s', (a, b) => expect(relatedGrounds([a]).has(b)).toBe(false));
});
