import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { ApiFailure, errorText, getJson } from '../api.js';
import type { DraftStatus, EntryStatus, Rating } from '../../../server/store/types.js';

// What the helpdesk views share: the server's shapes (type-only), Dutch labels, and what to do when the session ends.

export type { Draft, DraftRevision, DraftStatus, EntryStatus, Feedback, KennisbankEntry, Rating, Role, User } from '../../../server/store/types.js';

export const DRAFT_STATUS: Record<DraftStatus, string> = {
  concept: 'Concept',
  'ter-review': 'Ter review',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
};

/** The button text for moving a draft to a status. */
export const DRAFT_ACTION: Record<DraftStatus, string> = {
  concept: 'Terug naar concept',
  'ter-review': 'Ter review aanbieden',
  goedgekeurd: 'Goedkeuren en publiceren in de kennisbank',
  afgewezen: 'Afwijzen',
};

/**
 * Which status may follow which: the same table as TRANSITIONS in server/helpdesk/drafts.ts (a test in
 * test/web keeps them equal; the server module itself is not imported because it would pull server code into the page).
 */
export const NEXT_STATUS: Record<DraftStatus, DraftStatus[]> = {
  concept: ['ter-review'],
  'ter-review': ['concept', 'goedgekeurd', 'afgewezen'],
  afgewezen: ['concept'],
  goedgekeurd: [],
};

export const ENTRY_STATUS: Record<EntryStatus, string> = {
  gepubliceerd: 'Gepubliceerd',
  ingetrokken: 'Ingetrokken',
  vervangen: 'Vervangen door een nieuwere versie',
};

export const RATING: Record<Rating, string> = {
  klopt: 'Klopt',
  'klopt-niet': 'Klopt niet',
};

export const CONFIDENCE: Record<string, string> = {
  hoog: 'Hoog: de bronnen zeggen dit duidelijk',
  midden: 'Midden: de bronnen zeggen dit niet helemaal duidelijk',
  laag: 'Laag: de bronnen geven geen zeker antwoord',
};

const ZONE = 'Europe/Amsterdam';
const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
const TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });

/** An ISO timestamp as "22 november 2026 om 06:52"; a plain date or anything unreadable is returned as it is. */
export function dateTimeNl(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (!/T\d{2}:\d{2}/.test(iso) || Number.isNaN(d.getTime())) return iso;
  return `${DATE.format(d)} om ${TIME.format(d)}`;
}

/** A shortened question for lists: the first line, at most `max` characters, cut at a word. */
export function short(text: string, max = 140): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max).replace(/\s+\S*$/, '')} …` : line;
}

/**
 * Turns a failed call into the Dutch text to show in place. A 401 means the session ended (expired, or logged out
 * in another tab): the view then falls back to the login form with a notice.
 */
export const SessionEnded = createContext<() => void>(() => undefined);

export function useFailureText(): (err: unknown) => string {
  const ended = useContext(SessionEnded);
  return (err) => {
    if (err instanceof ApiFailure && err.status === 401) ended();
    return errorText(err);
  };
}

/** GETs JSON whenever `url` changes (an older request is aborted); a failed login ends the session. */
export function useJson<T>(url: string): { data: T | undefined; error: string | undefined; busy: boolean } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();
  useEffect(() => {
    const ctrl = new AbortController();
    setBusy(true);
    setError(undefined);
    getJson<T>(url, ctrl.signal)
      .then(setData)
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setError(failure(e));
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setBusy(false);
      });
    return () => ctrl.abort();
  }, [url]);
  return { data, error, busy };
}

/** Copies text to the clipboard; returns the Dutch status line to announce. */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `${what} is gekopieerd.`;
  } catch {
    return 'Kopiëren lukte niet. Download het bestand of selecteer de tekst en kopieer die zelf.';
  }
}
