import { useEffect, useRef, useState } from 'preact/hooks';
import { postJson } from '../api.js';
import { Button, ErrorMessage, Field, Select } from '../components/ui.js';
import { navigate } from '../router.js';
import { redact } from '../../../server/privacy/redact.js';
import { DRAFT_STATUS, dateTimeNl, short, useFailureText, useJson, type Draft, type DraftStatus } from './helpdesk-shared.js';

// Drafts: start one from a question (the ask pipeline writes the first answer) and find one by status and text.
// The filter lives in the address (status, q, vanaf), so a list can be shared and survives going back.

const PAGE = 20;
const STATUSES = Object.entries(DRAFT_STATUS) as Array<[DraftStatus, string]>;

export function DraftsView({ query, focus }: { query: URLSearchParams; focus?: boolean }) {
  return (
    <>
      <NewDraft />
      <DraftList query={query} focus={focus} />
    </>
  );
}

function NewDraft() {
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();

  async function submit(e: Event) {
    e.preventDefault();
    if (!question.trim()) {
      setError('Typ eerst de vraag waarvoor u een concept wilt maken.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      // Personal data is masked in the browser, as on the question page: the server never receives it.
      const draft = await postJson<Draft>('/api/drafts', { question: redact(question.trim()).text, persona: 'helpdesk' });
      navigate(`/helpdesk?concept=${draft.id}`);
    } catch (err) {
      setError(failure(err));
      setBusy(false);
    }
  }

  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="nieuw-concept-titel">
      <h2 class="utrecht-heading-2" id="nieuw-concept-titel">Nieuw concept</h2>
      <Field id="concept-vraag" label="Vraag" description="Wegwijzer schrijft een eerste antwoord met bronnen. Daarna kunt u het aanpassen. Vul geen gegevens van leerlingen in.">
        <textarea
          id="concept-vraag"
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          maxLength={4000}
          value={question}
          aria-describedby="concept-vraag-uitleg"
          aria-invalid={error && !question.trim() ? true : undefined}
          onInput={(e) => setQuestion((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </Field>
      <ErrorMessage error={error} />
      <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{busy ? 'Het concept wordt gemaakt…' : 'Maak concept'}</Button>
    </form>
  );
}

function listUrl(status: string, q: string, vanaf = 0): string {
  const p = new URLSearchParams();
  if (status) p.set('status', status);
  if (q) p.set('q', q);
  if (vanaf) p.set('vanaf', String(vanaf));
  const s = p.toString();
  return s ? `/helpdesk?${s}` : '/helpdesk';
}

function DraftList({ query, focus }: { query: URLSearchParams; focus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  const status = (query.get('status') ?? '') as DraftStatus | '';
  const q = query.get('q') ?? '';
  const vanaf = Math.max(0, Number(query.get('vanaf')) || 0);
  const [statusInput, setStatusInput] = useState(status);
  const [text, setText] = useState(q);

  useEffect(() => {
    setStatusInput(status);
    setText(q);
  }, [status, q]);

  const p = new URLSearchParams({ limit: String(PAGE), offset: String(vanaf) });
  if (status) p.set('status', status);
  if (q.trim()) p.set('q', q.trim());
  const { data: result, error, busy } = useJson<{ drafts: Draft[]; total: number }>(`/api/drafts?${p}`);

  const filtered = Boolean(status || q);
  return (
    <section aria-labelledby="concepten-titel" aria-busy={busy}>
      <h2 class="utrecht-heading-2" id="concepten-titel" tabIndex={-1} ref={heading}>Concepten</h2>
      <form
        role="search"
        aria-label="Concepten zoeken"
        class="filter-form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(listUrl(statusInput, text.trim()));
        }}
      >
        <Field id="filter-status" label="Status">
          <Select id="filter-status" value={statusInput} options={STATUSES} placeholder="Alle statussen" onChange={setStatusInput} />
        </Field>
        <Field id="filter-tekst" label="Zoek in vraag en antwoord">
          <input id="filter-tekst" type="search" maxLength={200} class="utrecht-textbox utrecht-textbox--html-input" value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <div class="filter-form__actions">
          <Button type="submit">Zoeken</Button>
          {filtered ? <a class="utrecht-link" href="/helpdesk">Alle concepten tonen</a> : null}
        </div>
      </form>
      <ErrorMessage error={error} />
      {result ? (
        <>
          <p class="utrecht-paragraph" role="status">
            {result.total === 0
              ? filtered ? 'Geen concepten gevonden die passen bij uw zoekopdracht.' : 'Er zijn nog geen concepten.'
              : `${result.total} ${result.total === 1 ? 'concept' : 'concepten'}${filtered ? ' gevonden' : ''}${result.total > PAGE ? `, nummer ${vanaf + 1} tot en met ${Math.min(vanaf + PAGE, result.total)}` : ''}.`}
          </p>
          <ul class="item-list">
            {result.drafts.map((d) => (
              <li key={d.id} class="item">
                <h3 class="utrecht-heading-4 item__title">
                  <a class="utrecht-link" href={`/helpdesk?concept=${d.id}`}>Concept {d.id}: {short(d.question)}</a>
                </h3>
                <p class="utrecht-paragraph item__meta">
                  <span class={`badge badge--${d.status}`}>{DRAFT_STATUS[d.status] ?? d.status}</span> versie {d.revision} · gewijzigd op {dateTimeNl(d.updatedAt)} · gemaakt door {d.createdByEmail}
                </p>
              </li>
            ))}
          </ul>
          {result.total > PAGE ? (
            <nav class="pager" aria-label="Meer concepten">
              {vanaf > 0 ? <a class="utrecht-link" href={listUrl(status, q, Math.max(0, vanaf - PAGE))}>Vorige {PAGE}</a> : null}
              {vanaf + PAGE < result.total ? <a class="utrecht-link" href={listUrl(status, q, vanaf + PAGE)}>Volgende {PAGE}</a> : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
