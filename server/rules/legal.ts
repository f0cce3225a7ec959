import type { LegalRef } from './schemas.js';
import { region } from './params.js';

// Legal ids as in the contract: `<law>:<article><letter?>`. "lpw:5b" and "lpw:11g" are article 5/11 "onder b/g";
// every other letter suffix names its own article (lpw:11a, lpw:13a, lpw:21a). Article 5a (trekkend bestaan)
// is "lpw:art5a" because "lpw:5a" already means article 5 onder a.

const LAWS: Record<string, { naam: string; bwb: string; versie: string }> = {
  lpw: { naam: 'Leerplichtwet 1969', bwb: 'BWBR0002628', versie: '2026-08-01' },
  wvo: { naam: 'Wet voortgezet onderwijs 2020', bwb: 'BWBR0044212', versie: '2026-01-01' },
  web: { naam: 'Wet educatie en beroepsonderwijs', bwb: 'BWBR0007625', versie: '2026-01-01' },
  wrod: { naam: 'Wet register onderwijsdeelnemers', bwb: 'BWBR0042012', versie: '2026-01-01' },
  wpo: { naam: 'Wet op het primair onderwijs', bwb: 'BWBR0003420', versie: '2026-01-01' },
  wec: { naam: 'Wet op de expertisecentra', bwb: 'BWBR0003549', versie: '2026-01-01' },
  awb: { naam: 'Algemene wet bestuursrecht', bwb: 'BWBR0005537', versie: '2026-01-01' },
};

const OTHER: Record<string, { label: string; url?: string }> = {
  'beleidsregel-verlof': {
    label: "Beleidsregel uitleg 'specifieke aard van het beroep' en 'andere gewichtige omstandigheden' (Leerplichtwet 1969)",
    url: 'https://wetten.overheid.nl/BWBR0031787/2020-11-25',
  },
  mas: { label: 'Methodische Aanpak Schoolverzuim (MAS)' },
  mazl: { label: 'M@ZL, Medische Advisering van de Ziekgemelde Leerling' },
  duo: { label: 'DUO, soorten verzuim en verzuim melden', url: 'https://duo.nl/zakelijk/verzuim/verzuim/soorten-verzuim.jsp' },
};

const RANGTELWOORD = ['', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
const ONDER_ARTICLES = new Set(['5', '11']);

function splitArticle(law: string, art: string): { artikel: string; onder?: string } {
  if (law !== 'lpw') return { artikel: art };
  const m = /^art(\d+[a-z])$/.exec(art);
  if (m) return { artikel: m[1]! };
  const o = /^(\d+)([a-z])$/.exec(art);
  if (o && ONDER_ARTICLES.has(o[1]!) && art !== '11a') return { artikel: o[1]!, onder: o[2]! };
  return { artikel: art };
}

/** "lpw:14" → lpw, 14; "awb:6:16" → awb, 6:16 (the Awb numbers its articles per chapter). */
function lawAndArticle(id: string): [string, string | undefined] {
  const k = id.indexOf(':');
  return k < 0 ? [id, undefined] : [id.slice(0, k), id.slice(k + 1) || undefined];
}

/** "Leerplichtwet 1969, artikel 14, derde lid" */
export function legalLabel(id: string, lid?: number): string {
  const other = OTHER[id];
  if (other) return other.label;
  if (id.startsWith('protocol:')) {
    const r = region(id.slice('protocol:'.length));
    return r ? r.bron.titel : `Regionaal protocol ${id.slice('protocol:'.length)}`;
  }
  const [law, art] = lawAndArticle(id);
  const def = LAWS[law];
  if (!def || !art) return id;
  const { artikel, onder } = splitArticle(law, art);
  let label = `${def.naam}, artikel ${artikel}`;
  if (lid) label += `, ${RANGTELWOORD[lid] ?? `${lid}e`} lid`;
  if (onder) label += `, onder ${onder}`;
  return label;
}

/** "https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel14" */
export function legalUrl(id: string): string | undefined {
  const other = OTHER[id];
  if (other) return other.url;
  if (id.startsWith('protocol:')) return undefined;
  const [law, art] = lawAndArticle(id);
  const def = LAWS[law];
  if (!def || !art) return undefined;
  const { artikel } = splitArticle(law, art);
  return `https://wetten.overheid.nl/${def.bwb}/${def.versie}#Artikel${artikel}`;
}

export function ref(id: string, lid?: number): LegalRef {
  const url = legalUrl(id);
  return url ? { id, label: legalLabel(id, lid), url } : { id, label: legalLabel(id, lid) };
}

/** Protocol reference with the section the step comes from. */
export function protocolRef(regionId: string, sectie?: string): LegalRef {
  const id = `protocol:${regionId}`;
  return { id, label: sectie ? `${legalLabel(id)}, ${sectie}` : legalLabel(id) };
}

/** Deduplicates by id + label, keeping the first occurrence (the order of the path through the rules). */
export function uniqueRefs(refs: LegalRef[]): LegalRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.id}|${r.label}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
