import { ApiError } from '../http/errors.js';
import { DATE, PLACEHOLDER, redact, type PiiSpan, type PiiType } from './redact.js';

// Before staff text becomes public (a kennisbank answer is served to anonymous /api/search and /api/documents),
// every published field is searched for personal data with the same detectors that mask questions. Each finding
// gets an id; publishing goes ahead only when no finding is left that the reviewer did not confirm by that id
// ("this is no personal data" or "this may be public", e.g. the name of a law or a public body).

const LABEL: Record<PiiType, string> = {
  bsn: 'BSN',
  'e-mail': 'e-mailadres',
  telefoon: 'telefoonnummer',
  iban: 'rekeningnummer',
  postcode: 'postcode',
  adres: 'adres',
  geboortedatum: 'geboortedatum',
  naam: 'naam',
};

export interface PiiFinding {
  /** Stable for the same text: `veld:begin-eind:soort`. */
  id: string;
  veld: string;
  soort: PiiType;
  /** Where, in words: "antwoord, regel 2, teken 14–26". */
  plaats: string;
  fragment: string;
}

function place(field: string, text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  const col = start - before.lastIndexOf('\n');
  return `${field}, regel ${line}, teken ${col}–${col + end - start - 1}`;
}

/**
 * A date after a birth word is someone's birth date. Masking a question keeps such a date when no name is near (the
 * leerplicht rules need it); published text is about no one in particular, so here it always counts.
 */
const BIRTH_DATE = new RegExp(`(?<=(?:geboren|geb\\.|geboortedatum|geboortedag)\\s*(?:op\\s|:\\s?|is\\s)?)${DATE}`, 'gi');

function spans(text: string): PiiSpan[] {
  const found = redact(text).found;
  for (const m of text.matchAll(BIRTH_DATE)) {
    const end = m.index + m[0].length;
    if (!found.some((f) => f.start < end && m.index < f.end)) found.push({ type: 'geboortedatum', start: m.index, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `text` with every finding of the gate replaced by its placeholder (`[naam]`, `[geboortedatum]`…). */
export function maskPersonalData(text: string): string {
  let out = '';
  let at = 0;
  for (const s of spans(text)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + PLACEHOLDER[s.type];
    at = s.end;
  }
  return out + text.slice(at);
}

/** Every likely piece of personal data in `fields` (name → text). */
export function findPersonalData(fields: Record<string, string>): PiiFinding[] {
  return Object.entries(fields).flatMap(([veld, text]) =>
    spans(text).map((s) => ({
      id: `${veld}:${s.start}-${s.end}:${s.type}`,
      veld,
      soort: s.type,
      plaats: place(veld, text, s.start, s.end),
      fragment: text.slice(s.start, s.end),
    })),
  );
}

/** Refuses (422) when a finding is not among `confirmed`; the error names each place and its id to confirm. */
export function assertPublishable(fields: Record<string, string>, confirmed: readonly string[] = []): PiiFinding[] {
  const findings = findPersonalData(fields);
  const open = findings.filter((f) => !confirmed.includes(f.id));
  if (open.length) {
    const list = open.slice(0, 5).map((f) => `${LABEL[f.soort]} '${f.fragment}' (${f.plaats})`).join('; ');
    throw new ApiError(
      422,
      'persoonsgegevens',
      `Dit antwoord lijkt persoonsgegevens te bevatten en wordt openbaar: ${list}${open.length > 5 ? ` en nog ${open.length - 5}` : ''}. Haal ze weg, of bevestig per plaats dat het geen persoonsgegeven is (veld 'bevestigd' met de ids uit details).`,
      open,
    );
  }
  return findings;
}
