import { z } from 'zod';
import { parseConfig } from '../../env.js';

// Edge limits, read from the environment once; every value has a default that suits a municipal server.
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/**
 * Which peers may tell us the client address in X-Forwarded-For: `0` none, a comma-separated list of proxy
 * addresses (recommended), or `1` any peer (only when nothing but the proxy can reach the server).
 */
export const trustProxy = z
  .string()
  .trim()
  .default('0')
  .transform((v, ctx): boolean | string[] => {
    if (/^(?:0|false|)$/.test(v)) return false;
    if (/^(?:1|true)$/.test(v)) return true;
    const list = v.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = list.find((a) => !/^[0-9a-f.:]+$/i.test(a));
    if (bad) ctx.addIssue({ code: 'custom', message: `'${bad}' is geen IP-adres; geef 0, 1 of een lijst van proxy-adressen met komma's.` });
    return list;
  });
export type TrustProxy = z.infer<typeof trustProxy>;

const edgeSchema = z.object({
  /** Requests per minute per client IP on /api (token bucket refill). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Requests a client may send at once before the refill rate applies. */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(60),
  /** Also limit loopback and in-process clients (off so local eval and load runs are not throttled). */
  RATE_LIMIT_LOOPBACK: flag.default(false),
  /** Behind a reverse proxy: the proxies whose X-Forwarded-For is believed (see `trustProxy`). */
  TRUST_PROXY: trustProxy,
  BODY_LIMIT_JSON_KB: z.coerce.number().int().min(1).default(64),
  BODY_LIMIT_UPLOAD_MB: z.coerce.number().int().min(1).default(5),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30000),
  /** A client must send its request headers within this time (slowloris); the server answers 408. */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  /** The whole request, body included, within this time; a slow body gets 408, not a 504 from the handler. */
  BODY_TIMEOUT_MS: z.coerce.number().int().min(100).default(20000),
  /** Comma-separated origins allowed to call the API from a browser; empty = CORS off. */
  CORS_ORIGINS: z.string().default(''),
});

export type EdgeConfig = z.infer<typeof edgeSchema>;

export function readEdgeConfig(source: NodeJS.ProcessEnv = process.env): EdgeConfig {
  return parseConfig(edgeSchema, source);
}
