import { createHmac, randomBytes } from 'node:crypto';

// A keyed fingerprint (HMAC-SHA-256) of user text and client addresses, for correlating log lines and audit rows.
// Unkeyed, a hash of a question in a known template gives the BSN or name back by trying them all; with a secret
// key that is not possible without the key. LOG_HASH_KEY keeps fingerprints stable across restarts; without it a
// random key per process is used (fingerprints then correlate within one run only).

function readKey(configured = process.env.LOG_HASH_KEY): string | Buffer {
  if (configured === undefined || configured === '') return randomBytes(32);
  if (configured.length < 32) throw new Error('Ongeldige configuratie: LOG_HASH_KEY moet minstens 32 tekens lang zijn (bijvoorbeeld: openssl rand -hex 32).');
  return configured;
}

const key = readKey();

export function fingerprint(text: string): string {
  return createHmac('sha256', key).update(text).digest('hex').slice(0, 12);
}
