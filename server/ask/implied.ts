import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

// Facts a question bounds without stating them: a pupil in "3 havo" is 13 to 16, a child in "groep 5" 7 to 10
// (knowledge/implied/leerjaar-leeftijd.yaml). decide.ts runs the rules for every value in such a range.

const range = z.tuple([z.number().int().min(3).max(30), z.number().int().min(3).max(30)]).refine(([van, tot]) => van <= tot, 'van ≤ tot');
const table = z
  .object({ groep: z.record(z.string().regex(/^[1-8]$/), range), klas: z.record(z.string().regex(/^[1-6]$/), range) })
  .strict();
export type LeerjaarTabel = z.infer<typeof table>;

const FILE = fileURLToPath(new URL('../../knowledge/implied/leerjaar-leeftijd.yaml', import.meta.url));
const TABLE = loadLeerjaarTabel(FILE);

export function loadLeerjaarTabel(file: string): LeerjaarTabel {
  return table.parse(parse(readFileSync(file, 'utf8')));
}

export interface ImpliedAge {
  van: number;
  tot: number;
  /** How the answer names the assumption: "een leerling in 3 havo". */
  wie: string;
  /** The assumption as the answer states it, when the range is not a class year's (a birth year: decide.ts). */
  aanname?: string;
}

const VO = /\b(?:(havo|vwo|vmbo|mavo|atheneum|gymnasium)[- ]?([1-6])|([1-6])(?:e)? ?(havo|vwo|vmbo|mavo|atheneum|gymnasium))\b/;
const GROEP = /\bgroep ?([1-8])\b/;

/** The age range a school year as written implies ("havo 3", "3 vwo", "groep 5"); undefined for anything else. */
export function impliedAge(leerjaar: string | undefined, tabel: LeerjaarTabel = TABLE): ImpliedAge | undefined {
  if (!leerjaar) return undefined;
  const text = leerjaar.toLowerCase();
  const groep = GROEP.exec(text);
  if (groep) {
    const [van, tot] = tabel.groep[groep[1]!]!;
    return { van, tot, wie: `een leerling in groep ${groep[1]}` };
  }
  // The brugklas is the first year of the vo.
  if (/\bbrugklas/.test(text)) {
    const [van, tot] = tabel.klas['1']!;
    return { van, tot, wie: 'een leerling in de brugklas' };
  }
  const vo = VO.exec(text);
  if (vo) {
    const jaar = vo[2] ?? vo[3]!;
    const soort = vo[1] ?? vo[4]!;
    const [van, tot] = tabel.klas[jaar]!;
    return { van, tot, wie: `een leerling in ${jaar} ${soort}` };
  }
  return undefined;
}

export const agesIn = (r: { van: number; tot: number }) => Array.from({ length: r.tot - r.van + 1 }, (_, i) => r.van + i);
