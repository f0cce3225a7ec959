import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { ApiError } from '../http/errors.js';

// ASVS 2.1: at least 12 characters, no upper bound below 64, and no password that appears in lists of common or
// leaked passwords or follows a guessable pattern (repeats, keyboard rows, dates). zxcvbn-ts estimates how many
// guesses a password costs; we ask for score 3 ("safely unguessable": about 10^8 guesses or more).

export const MIN_PASSWORD = 12;
const MIN_SCORE = 3;
/** zxcvbn's work grows with the length; the first 100 characters carry the verdict. */
const CHECKED_CHARS = 100;

/** Built at the first password check: its ranked dictionaries cost a second of CPU and memory in every process that
 * imports the app (answering threads, scripts, the server before it listens), and passwords are set rarely. */
let strength: ZxcvbnFactory | undefined;

/** Refuses a weak password with a Dutch 400; `context` (e-mail, name) counts as guessable. */
export function checkPassword(password: string, context: string[] = []): void {
  if (password.length < MIN_PASSWORD) {
    throw new ApiError(400, 'wachtwoord-te-kort', `Kies een wachtwoord van minstens ${MIN_PASSWORD} tekens.`);
  }
  const words = context.flatMap((c) => c.toLowerCase().split(/[^a-z0-9à-ÿ]+/)).filter((w) => w.length >= 3);
  // The e-mail address (or its part before the @) inside the password is the first guess of anyone who knows it.
  const own = context.map((c) => c.toLowerCase().split('@')[0]!).filter((c) => c.length >= 4);
  const lower = password.toLowerCase();
  if (!password.trim() || own.some((c) => lower.includes(c)) || (strength ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })).check(password.slice(0, CHECKED_CHARS), words).score < MIN_SCORE) {
    throw new ApiError(
      400,
      'wachtwoord-te-zwak',
      'Dit wachtwoord is te makkelijk te raden (een bekend wachtwoord, een herhaling, een toetsenbordreeks of uw naam). Kies bijvoorbeeld vier losse woorden met streepjes ertussen.',
    );
  }
}
