import { dateLong } from './format.js';

// Dutch, plain-language labels for the codes the server returns. Unknown codes are shown as they are.

export const MELDING: Record<string, string> = {
  '16-uur-in-4-weken': 'Melding 16 uur in 4 weken (ongeoorloofd verzuim)',
  'langdurig-relatief-verzuim': 'Melding langdurig relatief verzuim',
  'luxe-verzuim': 'Melding luxe verzuim',
  'overig-verzuim': 'Melding overig verzuim',
  '18-plus-verzuim': 'Melding verzuim 18 jaar en ouder',
  'geen-melding': 'Geen melding nodig',
  'absoluut-verzuim': 'Melding absoluut verzuim (niet ingeschreven)',
};

export const BESLISSER: Record<string, string> = {
  directeur: 'De directeur van de school',
  leerplichtambtenaar: 'De leerplichtambtenaar van de woongemeente',
  niemand: 'Niemand: dit verlof kan niemand geven, of er is geen toestemming nodig',
};

export const STATUS: Record<string, string> = {
  leerplicht: 'Leerplichtig',
  kwalificatieplicht: 'Kwalificatieplichtig',
  geen: 'Niet leerplichtig en niet kwalificatieplichtig',
};

export const DECISION_TYPE: Record<string, string> = {
  melding: 'Melding',
  verlof: 'Verlof',
  vrijstelling: 'Vrijstelling',
  leerplicht: 'Leerplicht',
};

export const PERSONA: Record<string, string> = {
  school: 'School',
  leerplichtambtenaar: 'Leerplichtambtenaar',
  helpdesk: 'Helpdesk',
};

export const DOC_TYPE: Record<string, string> = {
  wet: 'Wet',
  protocol: 'Protocol',
  mas: 'Methodische aanpak',
  kennisbank: 'Kennisbank',
  beleidsregel: 'Beleidsregel',
  handreiking: 'Handreiking',
};

export function toegestaanText(v: unknown): string {
  if (v === true) return 'Ja, dit mag';
  if (v === false) return 'Nee, dit mag niet';
  if (v === 'afhankelijk') return 'Dat hangt af van de voorwaarden hieronder';
  return String(v);
}

export function label(map: Record<string, string>, code: unknown): string {
  return typeof code === 'string' ? (map[code] ?? code) : String(code);
}

/** 2026-08-01 → "1 augustus 2026" (Intl, nl-NL); anything else is returned unchanged. */
export function dateNl(iso: unknown): string {
  if (typeof iso !== 'string') return String(iso);
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? dateLong(iso.slice(0, 10)) : iso;
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
