import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type OpenAI from 'openai';
import { openAiClient } from '../openai-client.js';
import type { Citation, Decision, Persona } from './types.js';

// Optional prose from an OpenAI-compatible endpoint. The extractive answer is always computed first;
// the LLM only rewrites it from the same evidence and is rejected whenever it breaks a rule below.

export interface LlmConfig {
  baseURL: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}

export interface LlmRequest {
  question: string;
  persona: Persona;
  decision?: Decision;
  /** The citations of the extractive answer: the only sources the LLM may use. */
  citations: Citation[];
  /** Text that leaves the server must be redacted by the caller. */
}

export interface Llm {
  /** Returns validated prose with [n] markers, or null when anything went wrong. */
  compose(req: LlmRequest, redact: (s: string) => string): Promise<string | null>;
}

const promptDir = fileURLToPath(new URL('../../prompts/', import.meta.url));
const template = (name: string) => readFileSync(`${promptDir}${name}`, 'utf8');

const PERSONA_INSTRUCTION: Record<Persona, string> = {
  school: 'Zeg welke melding, hoe en wanneer, en wat de school daarna doet.',
  leerplichtambtenaar: 'Noem de wettelijke grondslag en de mogelijkheden van de leerplichtambtenaar.',
  helpdesk: 'Schrijf een concept-antwoord in briefvorm (aanhef, antwoord, afsluiting) dat een adviseur kan bewerken.',
};

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
}

export function buildMessages(req: LlmRequest, redact: (s: string) => string) {
  const sources = req.citations.map((c) => `[${c.n}] ${c.title}${c.section ? ` — ${c.section}` : ''}: "${c.quote}"`).join('\n');
  const decision = req.decision
    ? JSON.stringify({ ...req.decision, steps: undefined }, null, 0)
    : 'Geen beslissing uit de regels: beantwoord de vraag uit de bronnen.';
  return [
    { role: 'system' as const, content: fill(template('system.md'), { persona: req.persona }) },
    {
      role: 'user' as const,
      content: fill(template('answer.md'), {
        question: redact(req.question),
        decision,
        sources,
        persona: req.persona,
        personaInstruction: PERSONA_INSTRUCTION[req.persona],
      }),
    },
  ];
}

const LABELS: Record<string, string[]> = {
  '16-uur-in-4-weken': ['16 uur'],
  'langdurig-relatief-verzuim': ['langdurig relatief verzuim', 'langdurig verzuim'],
  'luxe-verzuim': ['luxe verzuim', 'luxeverzuim'],
  'overig-verzuim': ['overig verzuim'],
  '18-plus-verzuim': ['18-plus', '18+', 'doorstroompunt'],
  'geen-melding': ['geen melding', 'niet melden', 'hoeft niet', 'geen verzuimmelding'],
  'absoluut-verzuim': ['absoluut verzuim'],
};

/** Removes [n] markers that point at no supplied citation. */
export function keepKnownMarkers(text: string, known: Set<number>): string {
  return text.replace(/\[(\d+)\]/g, (m, n: string) => (known.has(Number(n)) ? m : '')).replace(/[ \t]+([.,;:])/g, '$1');
}

/** Rejects prose that contradicts the rules outcome, has no citations, or is not a usable answer. */
export function validateLlmAnswer(text: string, req: LlmRequest): string | null {
  const known = new Set(req.citations.map((c) => c.n));
  const cleaned = keepKnownMarkers(text.trim(), known).trim();
  if (cleaned.length < 20 || cleaned.length > 6000) return null;
  if (!/\[\d+\]/.test(cleaned)) return null;
  const letters = cleaned.replace(/[^\p{L}]/gu, '');
  if (letters.length < cleaned.length * 0.4) return null; // garbage, code or symbols
  const lower = cleaned.toLowerCase();
  const d = req.decision;
  if (d?.melding) {
    const own = LABELS[d.melding] ?? [];
    if (!own.some((l) => lower.includes(l))) return null;
    const firstSentence = lower.split(/(?<=[.!?])\s/)[0] ?? '';
    for (const [code, labels] of Object.entries(LABELS)) {
      if (code !== d.melding && !own.some((l) => firstSentence.includes(l)) && labels.some((l) => firstSentence.includes(l))) return null;
    }
  }
  const opening = (lower.replace(/^(geachte|beste)[^\n]*\n+/, '').split(/(?<=[.!?])\s/)[0] ?? '').trim();
  // A required report must not be talked down in the first sentence.
  if (d?.melding && d.melding !== 'geen-melding' && d.melding !== 'overig-verzuim' && /\b(hoeft niet|niet verplicht|niet melden|geen melding)\b/.test(opening)) {
    return null;
  }
  if (d?.toegestaan === false && !/^(\*\*)?\s*(nee\b|dit kan niet|dat kan niet|niemand\b|dit mag niet|dat mag niet)/.test(opening)) return null;
  if (d?.toegestaan === true && (/^(\*\*)?\s*nee\b/.test(opening) || /\b(niet toegestaan|mag niet|kan niet)\b/.test(opening))) return null;
  return cleaned;
}

export function createLlm(config: LlmConfig): Llm {
  let client: Promise<OpenAI> | undefined;
  return {
    async compose(req, redact) {
      try {
        client ??= openAiClient({
          baseURL: config.baseURL,
          apiKey: config.apiKey ?? 'niet-nodig',
          timeout: config.timeoutMs,
          // No retries: a retry doubles the wait, and the extractive answer is already there to fall back on.
          maxRetries: 0,
        });
        const res = await (await client).chat.completions.create({
          model: config.model,
          temperature: 0,
          messages: buildMessages(req, redact),
        });
        const text = res.choices?.[0]?.message?.content;
        return typeof text === 'string' ? validateLlmAnswer(text, req) : null;
      } catch {
        // Timeouts, refused connections, bad JSON: the extractive answer stands.
        return null;
      }
    },
  };
}
