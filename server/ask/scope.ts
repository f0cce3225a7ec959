import type { Passage } from '../index/passage.js';
import { normalize } from '../retrieve/analysis.js';

// Which retrieved passages may speak for this question at all: a regional protocol only where that region was
// given or inferred, and a sector law only for its own sector (po → WPO, vo → WVO 2020, mbo → WEB).

export type Sector = 'po' | 'vo' | 'mbo';

const SECTOR_WORDS: Array<[Sector, RegExp]> = [
  ['po', /\b(basisschool|basisonderwijs|primair onderwijs|po|groep [1-8]|kleuters?|kleuterklas|sbo|juf|meester)\b/],
  ['vo', /\b(middelbare school|voortgezet onderwijs|vo|vmbo|havo|vwo|atheneum|gymnasium|brugklas|praktijkonderwijs|pro|klas [1-6]|[1-6] ?(vmbo|havo|vwo))\b/],
  ['mbo', /\b(mbo|roc|bol|bbl|beroepsopleiding|entreeopleiding|student)\b/],
];

/** The sectors a question names; empty when it names none or speaks of several. */
export function sectorOf(question: string): Sector | undefined {
  const text = normalize(question);
  const found = SECTOR_WORDS.filter(([, re]) => re.test(text)).map(([s]) => s);
  return found.length === 1 ? found[0] : undefined;
}

// The sector law of each prefix. The Doorstroompunt article (WEB 9.2.1) serves every young person up to 27.
const SECTOR_LAW: Record<string, Sector> = { wpo: 'po', wvo: 'vo', web: 'mbo' };
const CROSS_SECTOR = new Set(['web:9.2.1']);

/** A legal id of another sector's law ("wpo:40c" for a vo question); laws outside the sectors never are. */
export function otherSectorLaw(id: string, sector: Sector | undefined): boolean {
  const law = CROSS_SECTOR.has(id) ? undefined : SECTOR_LAW[id.split(':')[0]!];
  return sector !== undefined && law !== undefined && law !== sector;
}

/** A passage that rests only on another sector's law does not answer for this sector. */
function otherSectorOnly(p: Passage, sector: Sector): boolean {
  const sectors = p.legalIds.map((id) => (CROSS_SECTOR.has(id) ? undefined : SECTOR_LAW[id.split(':')[0]!]));
  return sectors.length > 0 && sectors.every((s) => s !== undefined && s !== sector);
}

export function inScope(p: Passage, ctx: { region?: string; sector?: Sector }): boolean {
  if (p.region && p.region !== ctx.region) return false;
  if (!ctx.sector) return true;
  // A passage on another sector's law, or written for another sector ("Wat doet een mbo-school …"), is out.
  if (otherSectorOnly(p, ctx.sector)) return false;
  const written = headingSector(p.section?.split('›').pop() ?? '');
  return !written || written === ctx.sector;
}

// Headings and sentences recur across questions; their reading is computed once (bounded caches).
const CACHE_MAX = 20_000;
function memo<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute();
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, v);
  }
  return v;
}
const headingSectors = new Map<string, Sector | null>();
const headingSector = (heading: string) => memo(headingSectors, heading, () => sectorOf(heading) ?? null);
/** Regions named per sentence text, for the region list in `regionsKey` (cleared when that list changes). */
const regionNames = new Map<string, readonly string[]>();
let regionsKey = '';
let lastRegions: readonly string[] | undefined;
const NONE: readonly string[] = [];

/** The sentence names a region other than the one given ("In IJssel-Vecht meldt de school …"). */
export function namesOtherRegion(text: string, regions: readonly string[], region?: string): boolean {
  // Keyed by the sentence alone (a string whose hash V8 keeps), not by a key built anew for every call.
  if (regions !== lastRegions) {
    lastRegions = regions;
    const key = regions.join(',');
    if (key !== regionsKey) {
      regionsKey = key;
      regionNames.clear();
    }
  }
  const named = memo(regionNames, text, () => {
    const t = normalize(text).replace(/-/g, ' ');
    const found = regions.filter((r) => t.includes(r.replace(/-/g, ' ')));
    return found.length ? found : NONE;
  });
  return named.some((r) => r !== region);
}
