import type OpenAI from 'openai';

/**
 * An OpenAI-compatible client, its library loaded at the first call (about 10 MB a thread): a server without an LLM
 * or embeddings endpoint, and every answering thread of one, never loads it.
 */
export const openAiClient = (options: ConstructorParameters<typeof OpenAI>[0]): Promise<OpenAI> => import('openai').then((m) => new m.default(options));
