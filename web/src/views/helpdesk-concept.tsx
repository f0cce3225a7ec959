import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, getJson, patchJson, postJson, send } from '../api.js';
import { Alert, Button, ErrorMessage, Field, RadioGroup } from '../components/ui.js';
import { DECISION_TYPE, label } from '../labels.js';
import { Markdown } from '../markdown.js';
import type { Citation } from '../types.js';
import { danglingMarkers, SourcesEditor } from './helpdesk-sources.js';
import {
  CONFIDENCE,
  copyText,
  DRAFT_ACTION,
  DRAFT_STATUS,
  dateTimeNl,
  NEXT_STATUS,
  useFailureText,
  type Draft,
  type DraftRevision,
  type DraftStatus,
  type KennisbankEntry,
} from './helpdesk-shared.js';

// One draft: edit the answer (each save is a revision), see the history, move the status with a comment for the
// writer, and hand it on as Markdown or plain text.

const EDITABLE: DraftStatus[] = ['concept', 'ter-review'];

export function DraftView({ id }: { id: number }) {
  const [draft, setDraft] = useState<Draft>();
  const [revisions, setRevisions] = useState<DraftRevision[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const [text, setText] = useState('');
  const [sources, setSources] = useState<Citation[]>([]);
  const [published, setPublished] = useState<KennisbankEntry>();
  const failure = useFailureText();

  async function load(keepText = false) {
    setLoadError(undefined);
    try {
      const [d, r] = await Promise.all([getJson<Draft>(`/api/drafts/${id}`), getJson<{ revisions: DraftRevision[] }>(`/api/drafts/${id}/revisions`)]);
      setDraft(d);
      setRevisions(r.revisions);
      if (!keepText) {
        setText(d.answer);
        setSources(d.citations);
      }
      return d;
    } catch (e) {
      setLoadError(failure(e));
      return undefined;
    }
  }
  useEffect(() => {
    void load();
  }, [id]);
  // Opening a draft replaces the list: move focus to its heading, as a page load would.
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(draft);
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const back = <p class="utrecht-paragraph"><a class="utrecht-link" href="/helpdesk">Terug naar alle concepten</a></p>;
  if (!draft) {
    return (
      <>
        {back}
        {loadError ? <ErrorMessage error={loadError} /> : <p class="utrecht-paragraph" role="status">Het concept wordt geladen…</p>}
      </>
    );
  }

  const sourcesChanged = JSON.stringify(sources) !== JSON.stringify(draft.citations);
  const dirty = text.trim() !== draft.answer.trim() || sourcesChanged;
  const editable = EDITABLE.includes(draft.status);
  return (
    <>
      {back}
      <article aria-labelledby="concept-titel">
        <h2 class="utrecht-heading-2" id="concept-titel" tabIndex={-1} ref={heading}>Concept {draft.id}</h2>
        <ErrorMessage error={loadError} />
        {published ? (
          <Alert type="ok" focus>
            <p class="utrecht-paragraph">Goedgekeurd. Het antwoord staat nu in de kennisbank als vraag {published.number}{published.version > 1 ? ` (versie ${published.version})` : ''}. Wegwijzer gebruikt het vanaf nu als bron.</p>
            <p class="utrecht-paragraph"><a class="utrecht-link" href="/helpdesk?deel=kennisbank">Naar de kennisbank</a></p>
          </Alert>
        ) : null}
        <dl class="facts">
          <dt>Vraag</dt>
          <dd class="prewrap">{draft.question}</dd>
          <dt>Status</dt>
          <dd><span class={`badge badge--${draft.status}`}>{DRAFT_STATUS[draft.status] ?? draft.status}</span></dd>
          <dt>Versie</dt>
          <dd>{draft.revision}, gewijzigd op {dateTimeNl(draft.updatedAt)}</dd>
          <dt>Gemaakt door</dt>
          <dd>{draft.createdByEmail}, op {dateTimeNl(draft.createdAt)}</dd>
          <dt>Zekerheid</dt>
          <dd>{CONFIDENCE[draft.confidence] ?? draft.confidence}</dd>
          <dt>Onderwerp</dt>
          <dd>{label(DECISION_TYPE, draft.category)}</dd>
          {draft.legalIds.length ? (
            <>
              <dt>Wetsartikelen</dt>
              <dd>{draft.legalIds.join(', ')}</dd>
            </>
          ) : null}
          {draft.supersedesNumber ? (
            <>
              <dt>Vervangt</dt>
              <dd>Kennisbankvraag {draft.supersedesNumber}, zodra dit concept is goedgekeurd</dd>
            </>
          ) : null}
          {draft.reviewedAt ? (
            <>
              <dt>Beoordeling</dt>
              <dd>
                Door {draft.reviewerEmail ?? 'onbekend'} op {dateTimeNl(draft.reviewedAt)}
                {draft.reviewComment ? <span class="prewrap">: {draft.reviewComment}</span> : null}
              </dd>
            </>
          ) : null}
        </dl>

        <AnswerEditor draft={draft} text={text} setText={setText} sources={sources} setSources={setSources} onSaved={(d) => { setDraft(d); setText(d.answer); setSources(d.citations); void load(true); }} onReload={() => load(true)} />

        {draft.citations.length && !editable ? (
          <section aria-labelledby="concept-bronnen">
            <h3 class="utrecht-heading-3" id="concept-bronnen">Bronnen bij dit concept</h3>
            <p class="utrecht-paragraph">De nummers [1], [2] … in het antwoord verwijzen naar deze bronnen.</p>
            <ol class="sources__list">
              {draft.citations.map((c) => (
                <li key={c.n}>
                  <strong>[{c.n}] {c.title}{c.section ? ` — ${c.section}` : ''}</strong>
                  <blockquote class="quote">{c.quote}</blockquote>
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        <StatusChange
          draft={draft}
          dirty={dirty}
          onDone={(d, entry) => {
            setPublished(entry);
            setDraft(d);
            void load(true);
          }}
        />
        <Export draft={draft} />
        <History revisions={revisions} />
      </article>
    </>
  );
}

function AnswerEditor({ draft, text, setText, sources, setSources, onSaved, onReload }: {
  draft: Draft;
  text: string;
  setText: (t: string) => void;
  sources: Citation[];
  setSources: (s: Citation[]) => void;
  onSaved: (d: Draft) => void;
  onReload: () => Promise<Draft | undefined>;
}) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** The server's text after someone else saved first: shown beside the user's own, which is kept. */
  const [theirs, setTheirs] = useState<string>();
  const failure = useFailureText();
  const editable = EDITABLE.includes(draft.status);
  const box = useRef<HTMLTextAreaElement>(null);
  const sourcesChanged = JSON.stringify(sources) !== JSON.stringify(draft.citations);

  /** Puts a marker where the cursor is in the answer (or at the end). */
  function insert(marker: string) {
    const el = box.current;
    const at = el ? el.selectionEnd : text.length;
    const next = `${text.slice(0, at)}${text.slice(0, at).endsWith(' ') || at === 0 ? '' : ' '}${marker}${text.slice(at)}`;
    setText(next);
    el?.focus();
  }

  async function save(e: Event) {
    e.preventDefault();
    setSaved(undefined);
    if (!text.trim()) {
      setError('Het antwoord mag niet leeg zijn.');
      return;
    }
    if (text.trim() === draft.answer.trim() && !sourcesChanged) {
      setError('Er is niets gewijzigd. Pas eerst het antwoord of de bronnen aan.');
      return;
    }
    const dangling = danglingMarkers(text, sources);
    if (dangling) {
      setError(dangling);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const d = await patchJson<Draft>(`/api/drafts/${draft.id}`, { answer: text.trim(), ...(sourcesChanged ? { citations: sources } : {}), revision: draft.revision, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      setTheirs(undefined);
      setSaved(`Opgeslagen als versie ${d.revision}.`);
      onSaved(d);
    } catch (err) {
      setError(failure(err));
      if (err instanceof ApiFailure && err.code === 'versie-verouderd') {
        // Load the newer version (its revision becomes the base of the next save) but keep what the user typed.
        const latest = await onReload();
        if (latest) setTheirs(latest.answer);
      }
    } finally {
      setBusy(false);
    }
  }

  if (!editable) {
    return (
      <section aria-labelledby="antwoord-titel">
        <h3 class="utrecht-heading-3" id="antwoord-titel">Antwoord</h3>
        <p class="utrecht-paragraph">Een concept met status {DRAFT_STATUS[draft.status]?.toLowerCase()} kan niet meer worden bewerkt.{draft.status === 'afgewezen' ? ' Zet het eerst terug naar concept.' : ''}</p>
        <div class="answer-text"><Markdown text={draft.answer} marker={(n, key) => <sup key={key}>[{n}]</sup>} /></div>
      </section>
    );
  }
  return (
    <form class="answer-form" onSubmit={save} noValidate aria-labelledby="antwoord-titel">
      <h3 class="utrecht-heading-3" id="antwoord-titel">Antwoord bewerken</h3>
      <Field id="concept-antwoord" label="Antwoord" description="Gewone tekst. **vet**, lijstjes met - en bronnummers zoals [1] blijven werken.">
        <textarea
          id="concept-antwoord"
          ref={box}
          class="utrecht-textarea utrecht-textarea--html-textarea answer-textarea"
          rows={12}
          maxLength={20000}
          value={text}
          aria-describedby="concept-antwoord-uitleg"
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </Field>
      <SourcesEditor sources={sources} onChange={setSources} onInsert={insert} />
      <Field id="concept-notitie" label="Wat heeft u veranderd? (niet verplicht)">
        <input id="concept-notitie" class="utrecht-textbox utrecht-textbox--html-input" maxLength={500} value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
      </Field>
      <ErrorMessage error={error} />
      {theirs !== undefined ? (
        <div class="theirs">
          <h4 class="utrecht-heading-4">De nieuwste tekst op de server</h4>
          <p class="utrecht-paragraph">Uw eigen tekst staat nog in het invulveld. Neem over wat nodig is en sla dan opnieuw op.</p>
          <div class="answer-text prewrap">{theirs}</div>
        </div>
      ) : null}
      {saved ? <Alert type="ok"><p class="utrecht-paragraph">{saved}</p></Alert> : null}
      <div class="actions">
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Opslaan</Button>
        {text !== draft.answer || sourcesChanged ? <Button onClick={() => { setText(draft.answer); setSources(draft.citations); setError(undefined); }}>Wijziging ongedaan maken</Button> : null}
      </div>
    </form>
  );
}

function StatusChange({ draft, dirty, onDone }: { draft: Draft; dirty: boolean; onDone: (d: Draft, entry?: KennisbankEntry) => void }) {
  const next = NEXT_STATUS[draft.status] ?? [];
  const [to, setTo] = useState<DraftStatus>();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();

  useEffect(() => setTo(undefined), [draft.status]);

  if (!next.length) {
    return (
      <section aria-labelledby="status-titel">
        <h3 class="utrecht-heading-3" id="status-titel">Status</h3>
        <p class="utrecht-paragraph">Dit concept is goedgekeurd en gepubliceerd. Die status is definitief. Wilt u het antwoord veranderen? Kies dan in de kennisbank "Herzien".</p>
      </section>
    );
  }

  async function submit(e: Event) {
    e.preventDefault();
    setDone(undefined);
    if (!to) return setError('Kies eerst de nieuwe status.');
    if (dirty) return setError('U heeft het antwoord veranderd maar nog niet opgeslagen. Sla eerst op, of maak de wijziging ongedaan.');
    if (to === 'afgewezen' && !comment.trim()) return setError('Geef bij afwijzen een toelichting, zodat de opsteller weet wat er anders moet.');
    setBusy(true);
    setError(undefined);
    try {
      const res = await postJson<{ draft: Draft; entry?: KennisbankEntry }>(`/api/drafts/${draft.id}/status`, { status: to, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      setComment('');
      setDone(`De status is nu: ${DRAFT_STATUS[res.draft.status]?.toLowerCase() ?? res.draft.status}.`);
      onDone(res.draft, res.entry);
    } catch (err) {
      setError(failure(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form status-form" onSubmit={submit} noValidate aria-labelledby="status-titel">
      <h3 class="utrecht-heading-3" id="status-titel">Status wijzigen</h3>
      <RadioGroup name="nieuwe-status" legend="Wat wilt u doen?" options={next.map((s) => [s, DRAFT_ACTION[s]] as const)} value={to} onChange={setTo} />
      <Field id="status-toelichting" label={to === 'afgewezen' ? 'Toelichting voor de opsteller (verplicht bij afwijzen)' : 'Toelichting voor de opsteller (niet verplicht)'}>
        <textarea id="status-toelichting" class="utrecht-textarea utrecht-textarea--html-textarea" rows={3} maxLength={2000} value={comment} onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)} />
      </Field>
      {to === 'goedgekeurd' ? <p class="utrecht-paragraph notice">Na goedkeuren staat het antwoord meteen in de kennisbank en gebruikt Wegwijzer het als bron. Dit kan niet ongedaan worden gemaakt; wel kunt u het later intrekken of herzien.</p> : null}
      <ErrorMessage error={error} />
      {done ? <Alert type="ok"><p class="utrecht-paragraph">{done}</p></Alert> : null}
      <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Status wijzigen</Button>
    </form>
  );
}

function Export({ draft }: { draft: Draft }) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const failure = useFailureText();
  const url = (format: 'markdown' | 'text') => `/api/drafts/${draft.id}/export?format=${format}`;

  async function copy(format: 'markdown' | 'text') {
    setError(undefined);
    try {
      const body = await (await send(url(format), { headers: { Accept: 'text/plain, text/markdown' } })).text();
      setStatus(await copyText(body, format === 'markdown' ? 'De Markdown-tekst' : 'De platte tekst'));
    } catch (e) {
      setError(failure(e));
    }
  }

  return (
    <section aria-labelledby="export-titel">
      <h3 class="utrecht-heading-3" id="export-titel">Exporteren</h3>
      <p class="utrecht-paragraph">De vraag, het antwoord en de bronnen, om door te sturen of in een ander systeem te plakken.</p>
      <ul class="utrecht-unordered-list export-links">
        <li><a class="utrecht-link" href={url('markdown')} download={`concept-${draft.id}.md`}>Download als Markdown (.md)</a></li>
        <li><a class="utrecht-link" href={url('text')} download={`concept-${draft.id}.txt`}>Download als platte tekst (.txt)</a></li>
      </ul>
      <div class="actions">
        <Button onClick={() => void copy('markdown')}>Kopieer als Markdown</Button>
        <Button onClick={() => void copy('text')}>Kopieer als platte tekst</Button>
      </div>
      <ErrorMessage error={error} />
      <p class="utrecht-paragraph" role="status">{status}</p>
    </section>
  );
}

function History({ revisions }: { revisions: DraftRevision[] }) {
  const newest = [...revisions].sort((a, b) => b.revision - a.revision);
  return (
    <section aria-labelledby="versies-titel">
      <h3 class="utrecht-heading-3" id="versies-titel">Versies</h3>
      {newest.length === 0 ? <p class="utrecht-paragraph">Er zijn nog geen versies.</p> : null}
      <ol class="history" reversed>
        {newest.map((r) => (
          <li key={r.revision} class="history__item">
            <p class="utrecht-paragraph history__meta">
              <strong>Versie {r.revision}</strong> · {dateTimeNl(r.createdAt)} · {r.authorEmail} · {DRAFT_STATUS[r.status] ?? r.status}
            </p>
            {r.note ? <p class="utrecht-paragraph prewrap">Toelichting: {r.note}</p> : null}
            <details class="why">
              <summary>Tekst van versie {r.revision}</summary>
              <div class="answer-text prewrap">{r.answer}</div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
