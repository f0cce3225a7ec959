import type { LegalRef, MissingFact } from './schemas.js';
import { uniqueRefs } from './legal.js';

/** Collects the path through the rules: each step in Dutch with the sources it rests on. */
export class Trace {
  readonly steps: string[] = [];
  readonly uitleg: string[] = [];
  readonly missing: MissingFact[] = [];
  private readonly refs: LegalRef[] = [];

  step(text: string, ...refs: LegalRef[]): void {
    this.steps.push(text);
    this.refs.push(...refs);
  }

  cite(...refs: LegalRef[]): void {
    this.refs.push(...refs);
  }

  explain(text: string): void {
    if (!this.uitleg.includes(text)) this.uitleg.push(text);
  }

  ask(fact: string, question: string): void {
    if (!this.missing.some((m) => m.fact === fact)) this.missing.push({ fact, question });
  }

  get legalBasis(): LegalRef[] {
    return uniqueRefs(this.refs);
  }
}
