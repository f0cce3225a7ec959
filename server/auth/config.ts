import { z } from 'zod';
import { parseConfig } from '../env.js';
import { trustProxy } from '../http/middleware/config.js';

// Accounts and the helpdesk, configured from the environment; every value has a default so `npm start` needs none.
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const authSchema = z.object({
  /** Require a login for /api/ask and the rules endpoints (default: open to everyone). */
  AUTH_REQUIRED_FOR_ASK: flag.default(false),
  /** Mark the session cookie Secure (set to true behind HTTPS). */
  COOKIE_SECURE: flag.default(false),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** A session unused for this long ends (ASVS 3.3.2); the absolute limit is SESSION_TTL_HOURS. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** API tokens expire after this many days; a password change revokes them at once. */
  TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(366).default(90),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Failed logins from one address across all accounts (password spraying), in the same window. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Kennisbank entries not checked for this many days are listed for review. */
  KENNISBANK_MAX_AGE_DAYS: z.coerce.number().int().min(1).default(365),
  /** Question and comment of feedback are erased after this many days (rating and date stay, for statistics). */
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
  /** Drafts never published and untouched for this many days are deleted with their revisions. */
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).default(180),
  /** The name under which published answers are cited ("Ingrado kennisbank, vraag 12, 4 maart 2026"). */
  KENNISBANK_NAME: z.string().min(1).default('Ingrado kennisbank'),
  TRUST_PROXY: trustProxy,
});

export type AuthConfig = z.infer<typeof authSchema>;

export function readAuthConfig(source: NodeJS.ProcessEnv = process.env): AuthConfig {
  return parseConfig(authSchema, source);
}
