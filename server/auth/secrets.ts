import { createHash, randomBytes } from 'node:crypto';

// Session ids and API tokens: 32 random bytes, handed out once, stored only as a SHA-256 hash (a stolen database
// does not let anyone log in). A fast hash suffices because the secret itself has 256 bits of entropy.

export const TOKEN_PREFIX = 'ww_';

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
