import { availableParallelism } from 'node:os';
import { z } from 'zod';

// All configuration comes from the environment, validated once at start-up.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('data'),
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().optional(),
  EMBEDDINGS_MODEL: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  /** Threads that answer questions (server/ask/pool.ts); 0 answers in the HTTP thread. Default: cores − 1, 1 to 4. */
  ASK_WORKERS: z.coerce.number().int().min(0).max(64).default(Math.max(1, Math.min(4, availableParallelism() - 1))),
  /** Questions that may wait for a free thread; more at once get a 503. */
  ASK_QUEUE: z.coerce.number().int().min(1).max(10_000).default(100),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** Validates configuration from the environment; a wrong value stops the start with a Dutch message naming it. */
export function parseConfig<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`Ongeldige configuratie: ${i?.path.join('.')}: ${i?.message}`);
  }
  return parsed.data;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return parseConfig(envSchema, source);
}
