import { createHash } from 'node:crypto';
import { Embeddings } from '@langchain/core/embeddings';
import type OpenAI from 'openai';
import { openAiClient } from '../openai-client.js';
import { redactText } from '../privacy/redact.js';
import type { Analyzer } from './analysis.js';
import { normalize, stem } from './analysis.js';

/** LangChain's Embeddings plus an identity: vectors from another embedder are never mixed in one index. */
export abstract class IdentifiedEmbeddings extends Embeddings {
  abstract readonly id: string;

  /** Vectors of passages to store, given their index texts and the analysed terms of each (ingest has them). */
  async embedPassages(texts: string[], _terms: ReadonlyArray<readonly string[]>): Promise<Float32Array[]> {
    return (await this.embedDocuments(texts)).map((v) => Float32Array.from(v));
  }
}

const DIMENSIONS = 512;
const NGRAM = 4;
const NGRAM_WEIGHT = 0.35;

function bucket(feature: string): { index: number; sign: number } {
  const h = createHash('md5').update(feature).digest();
  return { index: h.readUInt32LE(0) % DIMENSIONS, sign: h[4]! & 1 ? 1 : -1 };
}

/**
 * Offline embedder that ships with the project: feature hashing of analysed terms (stems, compound parts, synonym
 * groups) and character 4-grams, sublinear term frequency, L2-normalised. Deterministic and corpus-independent, so
 * a file's vectors stay valid when other files change.
 */
export class HashingEmbeddings extends IdentifiedEmbeddings {
  readonly id: string;
  private readonly cache = new Map<string, { index: number; sign: number }>();
  private readonly wordGrams = new Map<string, string[]>();

  constructor(private readonly analyzer: Analyzer) {
    super({});
    this.id = `hashing-v1-${DIMENSIONS}-${analyzer.fingerprint}`;
  }

  /**
   * `weight` scales a term's features (its hashed term and the character n-grams of its word): the index passes
   * inverse document frequencies for queries, so rare words steer the query vector.
   */
  embedSync(text: string, weight: (term: string) => number = () => 1): number[] {
    return Array.from(this.embedAnalysed(text, this.analyzer.analyze(text), weight));
  }

  /** The character n-gram features of a word, made once per distinct word (a corpus repeats its words). */
  private grams(word: string): string[] {
    let grams = this.wordGrams.get(word);
    if (!grams) {
      const padded = `_${word}_`;
      grams = [];
      for (let i = 0; i + NGRAM <= padded.length; i++) grams.push(`g:${padded.slice(i, i + NGRAM)}`);
      if (this.wordGrams.size < 200_000) this.wordGrams.set(word, grams);
    }
    return grams;
  }

  /** The vector of `text` whose analysed terms are at hand already (ingest analyses each passage once). */
  embedAnalysed(text: string, terms: readonly string[], weight: (term: string) => number = () => 1): Float64Array {
    // feature → [occurrences, weight]; sublinear in occurrences.
    const counts = new Map<string, [number, number]>();
    const add = (f: string, w: number) => {
      const c = counts.get(f);
      if (c) {
        c[0]++;
        if (w > c[1]) c[1] = w;
      } else counts.set(f, [1, w]);
    };
    for (const term of terms) add(`t:${term}`, weight(term));
    for (const word of normalize(text).match(/\p{L}{4,}/gu) ?? []) {
      const w = NGRAM_WEIGHT * weight(stem(word));
      for (const gram of this.grams(word)) add(gram, w);
    }
    const vec = new Float64Array(DIMENSIONS);
    for (const [feature, [n, w]] of counts) {
      let b = this.cache.get(feature);
      if (!b) {
        b = bucket(feature);
        if (this.cache.size < 500_000) this.cache.set(feature, b);
      }
      vec[b.index]! += b.sign * w * (1 + Math.log(n));
    }
    let sum = 0;
    for (let i = 0; i < DIMENSIONS; i++) sum += vec[i]! * vec[i]!;
    const norm = Math.sqrt(sum) || 1;
    for (let i = 0; i < DIMENSIONS; i++) vec[i]! /= norm;
    return vec;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedSync(t));
  }

  override async embedPassages(texts: string[], terms: ReadonlyArray<readonly string[]>): Promise<Float32Array[]> {
    return texts.map((t, i) => Float32Array.from(this.embedAnalysed(t, terms[i]!)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedSync(text);
  }
}

/** Any OpenAI-compatible /embeddings endpoint (OPENAI_BASE_URL + EMBEDDINGS_MODEL). */
export class OpenAICompatibleEmbeddings extends IdentifiedEmbeddings {
  readonly id: string;
  private client: Promise<OpenAI> | undefined;
  private readonly model: string;

  constructor(private readonly opts: { baseURL: string; apiKey?: string; model: string; timeoutMs: number }) {
    // The OpenAI client retries once itself; LangChain's caller only bounds concurrency.
    super({ maxRetries: 0 });
    this.id = `openai:${opts.baseURL}:${opts.model}`;
    this.model = opts.model;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += 64) {
      // Plain floats: many OpenAI-compatible servers do not implement the client's default base64 encoding.
      const client = await (this.client ??= openAiClient({ baseURL: this.opts.baseURL, apiKey: this.opts.apiKey ?? 'geen-sleutel', timeout: this.opts.timeoutMs, maxRetries: 1 }));
      const res = await this.caller.call(() => client.embeddings.create({ model: this.model, input: texts.slice(i, i + 64), encoding_format: 'float' }));
      out.push(...res.data.sort((a, b) => a.index - b.index).map((d) => d.embedding));
    }
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    // A question may hold pupil data; only its masked form leaves the server.
    const [vec] = await this.embedDocuments([redactText(text)]);
    if (!vec) throw new Error('Het embeddings-model gaf geen vector terug.');
    return vec;
  }
}

export function createEmbeddings(
  env: { OPENAI_BASE_URL?: string; OPENAI_API_KEY?: string; EMBEDDINGS_MODEL?: string; LLM_TIMEOUT_MS?: number },
  analyzer: Analyzer,
): IdentifiedEmbeddings {
  if (env.OPENAI_BASE_URL && env.EMBEDDINGS_MODEL) {
    return new OpenAICompatibleEmbeddings({
      baseURL: env.OPENAI_BASE_URL,
      apiKey: env.OPENAI_API_KEY,
      model: env.EMBEDDINGS_MODEL,
      timeoutMs: env.LLM_TIMEOUT_MS ?? 15000,
    });
  }
  return new HashingEmbeddings(analyzer);
}
