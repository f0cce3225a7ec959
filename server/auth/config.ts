import { z } from 'zod';
import { parseConfig } from '../env.js';

// Accounts and the helpdesk, configured from the environment; every value has a default so `npm start` needs none.
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const authSchema = z.object({
  /** Require a login for /api/ask and the rules endpoints (default: open to everyone). */
  AUTH_REQUIRED_FOR_ASK: flag.default(false),
  /** Mark the session cookie Secure (set to true behind HTTPS). */
  COOKIE_SECURE: flag.default(false),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Kennisbank entries not checked for this many days are listed for review. */
  KENNISBANK_MAX_AGE_DAYS: z.coerce.number().int().min(1).default(365),
  /** Question and comment of feedback are erased after this many days (rating and date stay, for statistics). */
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
  /** The name under which published answers are cited ("Ingrado kennisbank, vraag 12, 4 maart 2026"). */
  KENNISBANK_NAME: z.string().min(1).default('Ingrado kennisbank'),
  TRUST_PROXY: flag.default(false),
});

export type AuthConfig = z.infer<typeof authSchema>;

export function readAuthConfig(source: NodeJS.ProcessEnv = process.env): AuthConfig {
  return parseConfig(authSchema, source);
}
