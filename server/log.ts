import { pino, type Logger } from 'pino';
import { fingerprint } from './privacy/fingerprint.js';
import { redactText } from './privacy/redact.js';

// Structured logs (JSON lines on stdout). Questions are about real children, so free text never reaches a log
// as written: by default only a hash and a length; with LOG_QUESTION_TEXT=redacted the masked text as well.

const level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');

export const logger: Logger = pino({
  level,
  base: { service: 'wegwijzer' },
  // Belt and braces: should anyone log a request object, credentials and cookies are dropped, never printed.
  redact: {
    paths: ['headers', 'req.headers', '*.headers.authorization', '*.headers.cookie', 'authorization', 'cookie', 'password', 'token'],
    remove: true,
  },
  formatters: { level: (label) => ({ level: label }) },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** A keyed fingerprint of a text: enough to correlate log lines; without the key no guess can be checked against it. */
export const textHash = fingerprint;

/**
 * The log fields for a piece of user text (question, feedback, draft title): hash and length, and the masked text
 * only when the operator asked for it.
 */
export function textFields(text: string, mode: string | undefined = process.env.LOG_QUESTION_TEXT): { hash: string; length: number; text?: string } {
  const fields = { hash: textHash(text), length: text.length };
  return mode === 'redacted' ? { ...fields, text: redactText(text).slice(0, 500) } : fields;
}

/** For error messages and other free text that may echo user input: always masked, always bounded. */
export function safeText(text: string, max = 300): string {
  return redactText(text.length > max * 4 ? text.slice(0, max * 4) : text).slice(0, max);
}

/** An error for the log: its type, a masked message (messages can echo user input) and the stack frames only. */
export function errorFields(err: unknown): { type: string; message: string; stack?: string } {
  if (!(err instanceof Error)) return { type: typeof err, message: safeText(String(err)) };
  const frames = err.stack?.split('\n').filter((l) => /^\s+at\s/.test(l)).slice(0, 15).join('\n');
  return { type: err.name, message: safeText(err.message), ...(frames ? { stack: frames } : {}) };
}
