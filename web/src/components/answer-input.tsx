import type { ComponentChildren } from 'preact';
import { specOf } from '../facts.js';
import { Field } from './ui.js';

/** What to type, said once under the box: the unit of a number, the Dutch date format, the alternative a question allows. */
export function answerHint(fact: string): string | undefined {
  const spec = specOf(fact);
  const alt = spec.or ? specOf(spec.or) : undefined;
  const own = spec.input.kind === 'number' ? (spec.input.unit ? `In ${spec.input.unit}` : 'Een getal') : spec.input.kind === 'date' ? 'Als dag-maand-jaar, bijvoorbeeld 14-03-2011' : undefined;
  if (alt?.input.kind === 'date') return `${own ?? 'Uw antwoord'}, of de ${alt.label.toLowerCase()} als dag-maand-jaar (bijvoorbeeld 14-03-2011).`;
  return own ? `${own}.` : undefined;
}

/**
 * A text box for a number or a date answer. Not <input type="date"|"number">: those show the browser's own format
 * (not always Dutch) and refuse "5,5"; what is typed is read by `readAnswer`, which says what to enter when it
 * cannot read it.
 */
export function AnswerInput({ id, fact, label, value, invalid, onInput }: { id: string; fact: string; label: ComponentChildren; value: string; invalid: boolean; onInput: (v: string) => void }) {
  const spec = specOf(fact);
  const hint = answerHint(fact);
  const numeric = spec.input.kind === 'number' && !spec.or;
  return (
    <Field id={id} label={label} description={hint}>
      <input
        id={id}
        class="utrecht-textbox utrecht-textbox--html-input textbox--short"
        type="text"
        inputMode={numeric ? 'decimal' : spec.input.kind === 'date' ? 'numeric' : undefined}
        autoComplete="off"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-uitleg` : undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </Field>
  );
}
