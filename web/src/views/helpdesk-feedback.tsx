import { useState } from 'preact/hooks';
import { postJson } from '../api.js';
import { Button, ErrorMessage, Field, Select } from '../components/ui.js';
import { navigate } from '../router.js';
import { dateTimeNl, RATING, useFailureText, useJson, type Draft, type Feedback, type Rating } from './helpdesk-shared.js';

// What users said about answers. An answer rated "klopt niet" can become a concept, so the helpdesk can correct it
// and publish the right answer. The filter lives in the address (oordeel, vanaf).

const PAGE = 25;
const RATINGS = Object.entries(RATING) as Array<[Rating, string]>;

function feedbackUrl(rating: string, vanaf = 0): string {
  const p = new URLSearchParams({ deel: 'feedback' });
  if (rating) p.set('oordeel', rating);
  if (vanaf) p.set('vanaf', String(vanaf));
  return `/helpdesk?${p}`;
}

export function FeedbackView({ query, canDraft }: { query: URLSearchParams; canDraft: boolean }) {
  const rating = (query.get('oordeel') ?? '') as Rating | '';
  const vanaf = Math.max(0, Number(query.get('vanaf')) || 0);
  const p = new URLSearchParams({ limit: String(PAGE), offset: String(vanaf) });
  if (rating) p.set('rating', rating);
  const { data: result, error, busy } = useJson<{ feedback: Feedback[]; total: number }>(`/api/feedback?${p}`);

  return (
    <section aria-labelledby="feedback-titel" aria-busy={busy}>
      <h2 class="utrecht-heading-2" id="feedback-titel">Feedback op antwoorden</h2>
      <p class="utrecht-paragraph">Wat gebruikers vonden van de antwoorden op de vraagpagina. Vragen en toelichtingen worden na een tijd gewist; het oordeel en de datum blijven.</p>
      <Field id="feedback-oordeel" label="Toon">
        <Select id="feedback-oordeel" value={rating} options={RATINGS} placeholder="Alle beoordelingen" onChange={(v) => navigate(feedbackUrl(v))} />
      </Field>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/api/feedback/export.csv${rating ? `?rating=${rating}` : ''}`} download="feedback.csv">
          Download {rating ? `de beoordelingen "${RATING[rating]}"` : 'alle feedback'} als CSV
        </a>
      </p>
      <ErrorMessage error={error} />
      {result ? (
        <>
          <p class="utrecht-paragraph" role="status">
            {result.total === 0 ? 'Er is nog geen feedback.' : `${result.total} ${result.total === 1 ? 'beoordeling' : 'beoordelingen'}${result.total > PAGE ? `, nummer ${vanaf + 1} tot en met ${Math.min(vanaf + PAGE, result.total)}` : ''}.`}
          </p>
          <ul class="item-list">
            {result.feedback.map((f) => <Item key={f.id} item={f} canDraft={canDraft} />)}
          </ul>
          {result.total > PAGE ? (
            <nav class="pager" aria-label="Meer feedback">
              {vanaf > 0 ? <a class="utrecht-link" href={feedbackUrl(rating, Math.max(0, vanaf - PAGE))}>Vorige {PAGE}</a> : null}
              {vanaf + PAGE < result.total ? <a class="utrecht-link" href={feedbackUrl(rating, vanaf + PAGE)}>Volgende {PAGE}</a> : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function Item({ item, canDraft }: { item: Feedback; canDraft: boolean }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();

  async function toDraft() {
    setBusy(true);
    setError(undefined);
    try {
      const draft = await postJson<Draft>(`/api/feedback/${item.id}/draft`, {});
      navigate(`/helpdesk?concept=${draft.id}`);
    } catch (e) {
      setError(failure(e));
      setBusy(false);
    }
  }

  const wrong = item.rating === 'klopt-niet';
  return (
    <li class="item">
      <h3 class="utrecht-heading-4 item__title">
        <span class={`badge badge--${item.rating}`}>{RATING[item.rating] ?? item.rating}</span> {item.question ?? 'Vraag niet (meer) bewaard'}
      </h3>
      <p class="utrecht-paragraph item__meta">
        Nummer {item.id} · {dateTimeNl(item.createdAt)}
        {item.draftId ? <> · over <a class="utrecht-link" href={`/helpdesk?concept=${item.draftId}`}>concept {item.draftId}</a></> : null}
      </p>
      {item.comment ? <p class="utrecht-paragraph prewrap">Toelichting: {item.comment}</p> : null}
      {item.newDraftId ? (
        <p class="utrecht-paragraph">Hiervan is <a class="utrecht-link" href={`/helpdesk?concept=${item.newDraftId}`}>concept {item.newDraftId}</a> gemaakt.</p>
      ) : wrong && canDraft && (item.question || item.draftId) ? (
        <Button busy={busy} disabled={busy} onClick={() => void toDraft()}>
          {busy ? 'Het concept wordt gemaakt…' : 'Maak concept'}<span class="visually-hidden"> van feedback {item.id}</span>
        </Button>
      ) : null}
      <ErrorMessage error={error} />
    </li>
  );
}
