import { BESLISSER, DECISION_TYPE, label, MELDING, STATUS, toegestaanText } from '../labels.js';
import type { Decision } from '../types.js';
import { Grounds } from './legal.js';

/** The rules outcome inside an answer: what to do, who decides, on which legal basis, and why. */
export function DecisionCard({ decision, idPrefix = 'besluit' }: { decision: Decision; idPrefix?: string }) {
  const d = decision;
  return (
    <section class="decision-card" aria-labelledby={`${idPrefix}-titel`}>
      <h3 class="utrecht-heading-3" id={`${idPrefix}-titel`}>Uitkomst van de regels: {label(DECISION_TYPE, d.type)}</h3>
      <dl class="facts">
        {d.melding ? <><dt>Melding</dt><dd>{label(MELDING, d.melding)}</dd></> : null}
        {d.toegestaan !== undefined ? <><dt>Toegestaan</dt><dd class={`toegestaan toegestaan--${String(d.toegestaan)}`}>{toegestaanText(d.toegestaan)}</dd></> : null}
        {d.beslisser ? <><dt>Wie beslist</dt><dd>{label(BESLISSER, d.beslisser)}</dd></> : null}
        {d.status ? <><dt>Status</dt><dd>{label(STATUS, d.status)}</dd></> : null}
      </dl>
      <Grounds legalBasis={d.legalBasis} steps={d.steps} level={4} />
    </section>
  );
}
