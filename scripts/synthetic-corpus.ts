// A synthetic but realistic Dutch corpus for scale measurements, made from the project's own knowledge/ texts in
// the manner of ../shared/perf/gen-corpus.mjs (so figures stay comparable with the issues'): sections recombined,
// numbers, places and names varied; Markdown files with front matter and 20 "## heading {legal ids}" sections each,
// every section under the chunker's cap, so one section is one passage.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Section {
  heading: string;
  ids: string[];
  sentences: string[];
}

const PLACES = ['Zwolle', 'Deventer', 'Kampen', 'Apeldoorn', 'Raalte', 'Dalfsen', 'Hardenberg', 'Ommen', 'Zutphen', 'Olst-Wijhe', 'Hattem', 'Steenwijk', 'Meppel', 'Almelo', 'Enschede', 'Hengelo', 'Staphorst', 'Heerde', 'Epe', 'Lochem'];
const NAMES = ['Daan', 'Sanne', 'Milan', 'Noa', 'Sem', 'Julia', 'Lucas', 'Emma', 'Finn', 'Tess', 'Levi', 'Mila', 'Noah', 'Zoë', 'Bram', 'Fenna', 'Mohammed', 'Yara', 'Thijs', 'Lotte', 'Ayoub', 'Sara'];
const SCHOOLS = ['groep 7', 'groep 8', 'vmbo-basis 2', 'vmbo-kader 3', 'havo 2', 'havo 4', 'vwo 3', 'mbo niveau 2', 'mbo niveau 3', 'praktijkonderwijs', 'vso', 'entreeopleiding'];
const REASONS = ['spijbelen', 'ziekte', 'een bruiloft', 'een begrafenis', 'vakantie buiten de schoolvakanties', 'te laat komen', 'schoolweigering', 'mantelzorg thuis'];

/** mulberry32: the same seed gives the same corpus (also the tests' seeded corpora). */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? markdownFiles(f) : f.endsWith('.md') && !/readme/i.test(n) ? [f] : [];
  });
}

function readSections(knowledgeDir: string): { sections: Section[]; types: string[] } {
  const sections: Section[] = [];
  const types: string[] = [];
  for (const f of markdownFiles(knowledgeDir)) {
    const fm = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(f, 'utf8'));
    if (!fm) continue;
    const type = /^type:\s*(\S+)/m.exec(fm[1]!)?.[1] ?? 'handreiking';
    types.push(type);
    let cur: Section | undefined;
    for (const line of fm[2]!.split('\n')) {
      const h = /^#{2,4}\s+(.*?)\s*(?:\{([^{}]*)\})?\s*$/.exec(line);
      if (h) {
        cur = { heading: h[1]!, ids: (h[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean), sentences: [] };
        sections.push(cur);
        continue;
      }
      if (!cur || !line.trim() || line.startsWith('|') || line.startsWith('#')) continue;
      for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)) {
        const t = sentence.trim().replace(/^[-*]\s+/, '');
        if (t.length >= 30 && t.length <= 400) cur.sentences.push(t);
      }
    }
  }
  return { sections: sections.filter((s) => s.sentences.length >= 2), types };
}

/** Writes `passages` sections as Markdown files under `out` (replaced); returns the number of files. */
export function writeSyntheticCorpus(opts: { out: string; passages: number; knowledgeDir: string; seed?: number; perDoc?: number }): number {
  const rand = random(opts.seed ?? 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const shuffle = <T>(xs: T[]): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  };
  const { sections, types } = readSections(opts.knowledgeDir);
  const allSentences = sections.flatMap((s) => s.sentences);

  // Numbers vary, except article numbers and numbers in URLs.
  const vary = (sentence: string) =>
    /https?:\/\//.test(sentence)
      ? sentence
      : sentence
          .replace(/(?<![\w.:/-])(\d{1,3})(?![\w.:/-])/g, (m: string, n: string, off: number, str: string) => {
            const before = str.slice(Math.max(0, off - 12), off).toLowerCase();
            if (/(artikel|artikelen|art\.|lid|onder|en)\s*$/.test(before) || rand() < 0.5) return m;
            return String(Math.max(1, Math.round(Number(n) * (0.5 + rand()))));
          })
          .replace(/IJssel-Vecht/g, () => (rand() < 0.3 ? `${pick(PLACES)} e.o.` : 'IJssel-Vecht'));
  const caseSentence = () =>
    `Casus ${pick(PLACES)}: ${pick(NAMES)} (${5 + Math.floor(rand() * 14)} jaar, ${pick(SCHOOLS)}) mist ${2 + Math.floor(rand() * 30)} lesuren in ${1 + Math.floor(rand() * 8)} weken door ${pick(REASONS)}.`;
  const sectionText = (src: Section) => {
    const body: string[] = [];
    let len = 0;
    const want = 250 + Math.floor(rand() * 650);
    const push = (t: string) => {
      if (len + t.length + 2 > 1100) return;
      body.push(t);
      len += t.length + 2;
    };
    if (rand() < 0.4) push(caseSentence());
    for (const t of shuffle(src.sentences)) {
      if (len > want) break;
      if (rand() < 0.25) push(vary(pick(allSentences)));
      push(vary(t));
    }
    const cut = Math.max(1, Math.floor(body.length / 2));
    return `${body.slice(0, cut).join(' ')}\n\n${body.slice(cut).join(' ')}`.trim();
  };

  rmSync(opts.out, { recursive: true, force: true });
  const perDoc = opts.perDoc ?? 20;
  const docs = Math.ceil(opts.passages / perDoc);
  let made = 0;
  for (let d = 0; d < docs; d++) {
    const dir = join(opts.out, `part-${String(Math.floor(d / 500)).padStart(3, '0')}`);
    if (d % 500 === 0) mkdirSync(dir, { recursive: true });
    const first = pick(sections);
    const title = `${first.heading.replace(/[{}]/g, '')} — ${pick(PLACES)} ${d + 1}`;
    const lines = ['---', `id: synth-${d + 1}`, `title: "${title.replace(/"/g, "'")}"`, `type: ${pick(types)}`, 'geldigVanaf: 2026-08-01', 'laatstGecontroleerd: 2026-11-22', '---', ''];
    for (let i = 0; i < Math.min(perDoc, opts.passages - made); i++) {
      const src = i === 0 ? first : pick(sections);
      const ids = src.ids.length ? ` {${src.ids.join(', ')}}` : '';
      lines.push(`## ${src.heading} (${pick(NAMES)}, ${pick(PLACES)})${ids}`, '', sectionText(src), '');
    }
    made += Math.min(perDoc, opts.passages - made);
    writeFileSync(join(dir, `synth-${String(d + 1).padStart(5, '0')}.md`), lines.join('\n'));
  }
  return docs;
}
