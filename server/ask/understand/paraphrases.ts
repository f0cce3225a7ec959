import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

// The paraphrase corpus of question types (knowledge/intents/paraphrases.yaml): loaded, checked and expanded into
// sentences. The classifier trains on it; the behavioural tests draw their templates from it.

export const INTENTS = ['melding', 'verlof', 'vrijstelling', 'leerplicht'] as const;
export type Intent = (typeof INTENTS)[number];

const template = z.object({ intents: z.array(z.enum(INTENTS)).max(INTENTS.length), text: z.string().min(3) }).strict();
const corpusFile = z
  .object({
    slots: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().min(1)).min(1)),
    templates: z.array(template).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const [i, t] of c.templates.entries())
      for (const [, name] of t.text.matchAll(/\{(\w+)\}/g))
        if (!c.slots[name!]) ctx.addIssue({ code: 'custom', path: ['templates', i, 'text'], message: `Onbekende plek {${name}}.` });
  });
export type Template = z.infer<typeof template>;
export type ParaphraseCorpus = z.infer<typeof corpusFile>;

export const PARAPHRASE_FILE = fileURLToPath(new URL('../../../knowledge/intents/paraphrases.yaml', import.meta.url));

/** `shared` slots are those of another corpus that this file's templates may use too (test sets reuse the corpus's). */
export function loadParaphrases(file = PARAPHRASE_FILE, shared: Record<string, string[]> = {}): ParaphraseCorpus {
  const raw = parse(readFileSync(file, 'utf8')) as { slots?: Record<string, string[]> };
  return corpusFile.parse({ ...raw, slots: { ...shared, ...raw.slots } });
}

export interface Paraphrase {
  text: string;
  intents: Intent[];
  /** Index of the template it came from (hold-out splits are by template, never by sentence). */
  template: number;
}

/**
 * Fills each template's slots, up to `perTemplate` sentences. The k-th sentence takes the (k + j·i)-th form of its
 * i-th slot, so every form of every slot occurs and neighbouring slots vary together, deterministically.
 */
export function expand(corpus: ParaphraseCorpus, perTemplate = 12): Paraphrase[] {
  const out: Paraphrase[] = [];
  for (const [index, t] of corpus.templates.entries()) {
    const names = [...t.text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const sizes = names.map((n) => corpus.slots[n]!.length);
    const count = Math.min(perTemplate, sizes.reduce((a, b) => a * b, 1));
    const seen = new Set<string>();
    for (let k = 0; k < count * 3 && seen.size < count; k++) {
      let slot = 0;
      const text = t.text.replace(/\{(\w+)\}/g, (_, name: string) => {
        const forms = corpus.slots[name]!;
        const form = forms[(k + 7 * slot * Math.floor(k / forms.length) + slot) % forms.length]!;
        slot++;
        return form;
      });
      const sentence = text.charAt(0).toUpperCase() + text.slice(1);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      out.push({ text: sentence, intents: t.intents, template: index });
    }
  }
  return out;
}
