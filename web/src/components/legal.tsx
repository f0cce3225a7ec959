import type { LegalRef } from '../types.js';

export function LegalBasis({ refs }: { refs: readonly LegalRef[] | undefined }) {
  if (!refs?.length) return null;
  return (
    <ul class="utrecht-unordered-list legal-basis">
      {refs.map((r) => (
        <li class="utrecht-unordered-list__item" key={r.id}>
          {r.url ? <a class="utrecht-link" href={r.url} target="_blank" rel="noopener noreferrer">{r.label}<span class="visually-hidden"> (opent in een nieuw venster)</span></a> : r.label}
        </li>
      ))}
    </ul>
  );
}
