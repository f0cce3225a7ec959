import { DOC_TYPES, type Passage, type SearchFilters } from './passage.js';

// What search filters and legal-id lookups need of every passage, held compactly by label: type, region, validity
// dates and the map from legal id to passages. The texts themselves stay in the database (records.ts).

const TYPE_ORDER: Record<Passage['type'], number> = { wet: 0, beleidsregel: 1, protocol: 2, mas: 3, kennisbank: 4, handreiking: 5 };
const NO_DATE_FROM = 0;
const NO_DATE_TO = 99_991_231;

/** "2026-08-01" → 20260801, so dates compare as numbers. */
const dateNumber = (iso: string | undefined, fallback: number) => (iso ? Number(iso.slice(0, 10).replaceAll('-', '')) || fallback : fallback);

export interface CatalogParts {
  header: { regions: string[]; legal: Record<string, number[][]> };
  arrays: { type: Uint8Array; region: Uint16Array; from: Int32Array; to: Int32Array };
}

function grow<T extends Uint8Array | Uint16Array | Int32Array>(a: T, size: number): T {
  if (a.length >= size) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2, 64));
  next.set(a);
  return next;
}

export class Catalog {
  private type = new Uint8Array(64);
  /** Region id + 1; 0 = national (applies in every region). */
  private region = new Uint16Array(64);
  private from = new Int32Array(64);
  private to = new Int32Array(64);
  private readonly regions: string[] = [];
  private readonly regionIds = new Map<string, number>();
  /** Legal id → labels, ascending, one list per document type in TYPE_ORDER (so "wet first" needs no sorting). */
  private readonly legal = new Map<string, number[][]>();
  /** Live passages per region id, counted once and then kept in step (regionNames is asked for every answer). */
  private regionCounts: number[] | undefined;
  private liveRegions: string[] | undefined;

  add(label: number, p: Passage): void {
    this.type = grow(this.type, label + 1);
    this.region = grow(this.region, label + 1);
    this.from = grow(this.from, label + 1);
    this.to = grow(this.to, label + 1);
    this.type[label] = DOC_TYPES.indexOf(p.type);
    let region = 0;
    if (p.region) {
      region = this.regionIds.get(p.region) ?? this.regions.push(p.region);
      this.regionIds.set(p.region, region);
    }
    this.region[label] = region;
    if (region) this.countRegion(region, 1);
    this.from[label] = dateNumber(p.geldigVanaf, NO_DATE_FROM);
    this.to[label] = dateNumber(p.geldigTot, NO_DATE_TO);
    const rank = TYPE_ORDER[p.type];
    for (const id of new Set(p.legalIds)) {
      let byType = this.legal.get(id);
      if (!byType) this.legal.set(id, (byType = DOC_TYPES.map(() => [])));
      const labels = byType[rank]!;
      if (!labels.length || labels[labels.length - 1]! < label) labels.push(label);
      else if (!labels.includes(label)) labels.splice(labels.findIndex((l) => l > label), 0, label);
    }
  }

  remove(label: number, p: Passage): void {
    // A removed passage no longer counts for its region (see `regionNames`).
    if (this.region[label]) this.countRegion(this.region[label]!, -1);
    this.region[label] = 0;
    for (const id of new Set(p.legalIds)) {
      const labels = this.legal.get(id)?.[TYPE_ORDER[p.type]];
      const i = labels?.indexOf(label) ?? -1;
      if (i >= 0) labels!.splice(i, 1);
    }
  }

  /** A filter on labels, or undefined when nothing is filtered (so searches can skip the check). */
  filter(f: SearchFilters | undefined): ((label: number) => boolean) | undefined {
    if (!f || (!f.type?.length && !f.region && !f.validOn && !f.legalId)) return undefined;
    const types = f.type?.length ? new Set(f.type.map((t) => DOC_TYPES.indexOf(t))) : undefined;
    // An unknown region matches only national passages.
    const region = f.region ? (this.regionIds.get(f.region) ?? -1) : undefined;
    const on = f.validOn ? dateNumber(f.validOn, 0) : undefined;
    const legal = f.legalId ? new Set(this.legal.get(f.legalId)?.flat()) : undefined;
    return (label) =>
      (!types || types.has(this.type[label]!)) &&
      (region === undefined || this.region[label] === 0 || this.region[label] === region) &&
      (on === undefined || (this.from[label]! <= on && this.to[label]! >= on)) &&
      (!legal || legal.has(label));
  }

  private countRegion(region: number, delta: 1 | -1): void {
    if (!this.regionCounts) return; // counted at the first question
    const before = this.regionCounts[region] ?? 0;
    this.regionCounts[region] = before + delta;
    if (before === 0 || before + delta === 0) this.liveRegions = undefined;
  }

  /** The regions of live passages (region-specific protocols), in the order first seen; the same array until one changes. */
  regionNames(): string[] {
    if (!this.regionCounts) {
      this.regionCounts = [];
      for (const r of this.region) if (r) this.regionCounts[r] = (this.regionCounts[r] ?? 0) + 1;
    }
    const counts = this.regionCounts;
    return (this.liveRegions ??= this.regions.filter((_, i) => (counts[i + 1] ?? 0) > 0));
  }

  /** Labels tagged with a legal id: wet first (then beleidsregel, protocol, …), then in index order. */
  *byLegalId(legalId: string): Generator<number> {
    for (const labels of this.legal.get(legalId) ?? []) yield* labels;
  }

  toParts(): CatalogParts {
    return {
      header: { regions: this.regions, legal: Object.fromEntries(this.legal) },
      arrays: { type: this.type, region: this.region, from: this.from, to: this.to },
    };
  }

  static fromParts({ header, arrays }: CatalogParts): Catalog {
    const c = new Catalog();
    header.regions.forEach((r, i) => {
      c.regions.push(r);
      c.regionIds.set(r, i + 1);
    });
    for (const [id, labels] of Object.entries(header.legal)) c.legal.set(id, labels);
    c.type = Uint8Array.from(arrays.type);
    c.region = Uint16Array.from(arrays.region);
    c.from = Int32Array.from(arrays.from);
    c.to = Int32Array.from(arrays.to);
    return c;
  }
}
