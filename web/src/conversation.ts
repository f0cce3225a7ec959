import type { Persona } from './types.js';

// The questions of this browser session: kept in sessionStorage only (gone when the tab closes, never sent
// anywhere), and only as they were sent, that is after personal data was masked in the browser.

export interface AskedQuestion {
  question: string;
  persona: Persona;
  /** ISO time the question was asked. */
  at: string;
}

const KEY = 'wegwijzer.vragen';
const MAX = 20;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage switched off (privacy settings): the page works without a history.
    return undefined;
  }
}

export function readHistory(): AskedQuestion[] {
  try {
    const raw = JSON.parse(storage()?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((q): q is AskedQuestion => typeof q?.question === 'string' && typeof q?.persona === 'string' && typeof q?.at === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds a (masked) question at the top; the same question again moves up instead of appearing twice. */
export function remember(entry: AskedQuestion): AskedQuestion[] {
  const list = [entry, ...readHistory().filter((q) => q.question !== entry.question || q.persona !== entry.persona)].slice(0, MAX);
  try {
    storage()?.setItem(KEY, JSON.stringify(list));
  } catch {
    // Full or switched off: keep the list for this view only.
  }
  return list;
}

export function forgetHistory(): void {
  storage()?.removeItem(KEY);
}

/** The address that reopens an answer: the masked question and the persona, asked afresh in a new conversation. */
export function answerLink(question: string, persona: Persona): string {
  return `/vraag?${new URLSearchParams({ vraag: question, persona }).toString()}`;
}

/** Examples on the empty page, per persona: situations described without personal data. */
export const EXAMPLES: Record<Persona, readonly string[]> = {
  school: [
    'Een leerling van 15 in havo 3 heeft in 4 weken 17 lesuren ongeoorloofd gemist. Moet ik dit melden?',
    'Ouders vragen 3 dagen extra vrij voor een bruiloft van een oom. Mag ik dat geven?',
    'Een leerling van 8 is al 5 weken niet op school geweest. Wat moet ik doen?',
  ],
  leerplichtambtenaar: [
    'Een gezin vraagt 15 dagen verlof wegens een levensbedreigende ziekte van een grootouder. Wie beslist?',
    'Tot wanneer is een jongere van 17 zonder startkwalificatie kwalificatieplichtig?',
    'Wanneer mag ik een proces-verbaal opmaken bij luxe verzuim?',
  ],
  helpdesk: [
    'Een school vraagt of te laat komen meetelt voor de melding van 16 uur in 4 weken.',
    'Een ouder vraagt of hun kind van 5 al leerplichtig is.',
    'Wat is het verschil tussen relatief en absoluut verzuim?',
  ],
};
