import type { LegalRef } from '../types.js';

export function LegalBasis({ refs }: { refs: readonly LegalRef[] | undefined }) {
  if (!refs?.length) return null;
  return (
    <ul class="utrecht-unordered-list legal-basis">
      {refs.map((r, i) => (
        <li class="utrecht-unordered-list__item" key={`${r.id}-${i}`}>
          {r.url ? <a class="utrecht-link" href={r.url} target="_blank" rel="noopener noreferrer">{r.label}<span class="visually-hidden"> (opent in een nieuw venster)</span></a> : r.label}
        </li>
      ))}
    </ul>
  );
}

/** Under every rules outcome: the legal basis, and the path through the rules behind "Waarom?". */
export function Grounds({ legalBasis, steps, level = 3 }: { legalBasis?: readonly LegalRef[]; steps?: readonly string[]; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      {legalBasis?.length ? (
        <>
          <Heading class={`utrecht-heading-${level}`}>Wettelijke basis</Heading>
          <LegalBasis refs={legalBasis} />
        </>
      ) : null}
      {steps?.length ? (
        <details class="why">
          <summary>Waarom?</summary>
          <ol class="utrecht-ordered-list">
            {steps.map((s, i) => (
              <li class="utrecht-ordered-list__item" key={i}>
                {s}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}
