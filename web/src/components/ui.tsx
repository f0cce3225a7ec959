import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

// Thin wrappers that put the NL Design System (Utrecht) class names on plain HTML elements.

export function Alert({ type, children, focus }: { type: 'error' | 'info' | 'ok' | 'warning'; children: ComponentChildren; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  // Errors take focus so keyboard and screen-reader users land on the message.
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} class={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'} tabIndex={focus ? -1 : undefined}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function ErrorMessage({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <Alert type="error" focus>
      <p class="utrecht-paragraph">{error}</p>
    </Alert>
  );
}

export function Button(props: {
  children: ComponentChildren;
  appearance?: 'primary' | 'secondary' | 'subtle';
  type?: 'button' | 'submit';
  onClick?: () => void;
  disabled?: boolean;
  busy?: boolean;
  class?: string;
}) {
  const appearance = props.appearance ?? 'secondary';
  return (
    <button
      type={props.type ?? 'button'}
      class={`utrecht-button utrecht-button--${appearance === 'subtle' ? 'subtle' : `${appearance}-action`}${props.busy ? ' utrecht-button--busy' : ''}${props.class ? ` ${props.class}` : ''}`}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-busy={props.busy || undefined}
    >
      {props.children}
    </button>
  );
}

export function Field({ id, label, description, children }: { id: string; label: ComponentChildren; description?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="utrecht-form-field utrecht-form-field--distanced">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>{label}</label>
      </div>
      {description ? <div class="utrecht-form-field__description utrecht-form-field-description" id={`${id}-uitleg`}>{description}</div> : null}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function CheckboxField({ id, label, checked, onChange }: { id: string; label: ComponentChildren; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced">
      <div class="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          class="utrecht-checkbox utrecht-checkbox--html-input"
          checked={checked}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
      </div>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>{label}</label>
      </div>
    </div>
  );
}

export function RadioGroup<T extends string>({ name, legend, options, value, onChange }: {
  name: string;
  legend: ComponentChildren;
  options: readonly (readonly [T, string])[];
  value: T | undefined;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {options.map(([v, text]) => (
        <div class="utrecht-form-field utrecht-form-field--radio" key={v}>
          <div class="utrecht-form-field__input">
            <input
              type="radio"
              class="utrecht-radio-button utrecht-radio-button--html-input"
              id={`${name}-${v}`}
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label utrecht-form-label--radio" for={`${name}-${v}`}>{text}</label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export function Select<T extends string>({ id, value, options, onChange, placeholder, describedBy }: {
  id: string;
  value: T | '' | undefined;
  options: readonly (readonly [T, string])[];
  onChange: (v: T | '') => void;
  placeholder?: string;
  describedBy?: string;
}) {
  return (
    <select id={id} class="utrecht-select utrecht-select--html-select" aria-describedby={describedBy} value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as T | '')}>
      <option value="">{placeholder ?? 'Kies…'}</option>
      {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
    </select>
  );
}

export function Heading({ level, children, id }: { level: 1 | 2 | 3; children: ComponentChildren; id?: string }) {
  const Tag = `h${level}` as 'h1';
  return <Tag id={id} class={`utrecht-heading-${level}`}>{children}</Tag>;
}

/** Moves focus to the page heading when a view opens, so screen-reader users hear where they are. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
