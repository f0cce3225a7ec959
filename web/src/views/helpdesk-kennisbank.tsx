import { useEffect, useState } from 'preact/hooks';
import { getJson, postJson } from '../api.js';
import { Alert, Button, ErrorMessage, Field, Select } from '../components/ui.js';
import { dateNl, DECISION_TYPE, label } from '../labels.js';
import { Markdown } from '../markdown.js';
import { navigate } from '../router.js';
import { dateTimeNl, ENTRY_STATUS, useFailureText, type Draft, type EntryStatus, type KennisbankEntry } from './helpdesk-shared.js';

// The published answers. An entry not checked for a long time, or resting on a rule parameter that changed since,
// is flagged "verouderd" (GET /api/kennisbank/review); the helpdesk marks it checked, revises it or withdraws it.

interface Review {
  entry: KennisbankEntry;
  redenen: Array<{ soort: string; melding: string }>;
}

const STATUSES = Object.entries(ENTRY_STATUS) as Array<[EntryStatus, string]>;

export function KennisbankView({ canPublish, canRevise }: { canPublish: boolean; canRevise: boolean }) {
  const [status, setStatus] = useState<EntryStatus | ''>('gepubliceerd');
  const [entries, setEntries] = useState<KennisbankEntry[]>();
  const [review, setReview] = useState<Map<number, Review>>(new Map());
  const [maxAge, setMaxAge] = useState<number>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<{ text: string; focus: boolean }>();
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();

  async function load() {
    setBusy(true);
    setError(undefined);
    try {
      const [list, stale] = await Promise.all([
        getJson<{ entries: KennisbankEntry[] }>(`/api/kennisbank${status ? `?status=${status}` : ''}`),
        getJson<{ maxAgeDays: number; entries: Review[] }>('/api/kennisbank/review'),
      ]);
      setEntries(list.entries);
      setReview(new Map(stale.entries.map((r) => [r.entry.id, r])));
      setMaxAge(stale.maxAgeDays);
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  }
  useEffect(() => {
    void load();
  }, [status]);

  const staleCount = entries?.filter((e) => review.has(e.id)).length ?? 0;
  return (
    <section aria-labelledby="kennisbank-titel" aria-busy={busy}>
      <h2 class="utrecht-heading-2" id="kennisbank-titel">Kennisbank</h2>
      <p class="utrecht-paragraph">
        Goedgekeurde antwoorden. Wegwijzer gebruikt gepubliceerde antwoorden als bron.
        {maxAge ? ` Een antwoord dat langer dan ${maxAge} dagen niet is gecontroleerd, of dat steunt op een regel die sindsdien is veranderd, krijgt het label "Verouderd".` : ''}
      </p>
      <Field id="kennisbank-status" label="Toon">
        <Select id="kennisbank-status" value={status} options={STATUSES} placeholder="Alle versies" onChange={setStatus} />
      </Field>
      <ErrorMessage error={error} />
      {notice ? <Alert key={notice.text} type="ok" focus={notice.focus}><p class="utrecht-paragraph">{notice.text}</p></Alert> : null}
      {entries ? (
        <>
          <p class="utrecht-paragraph" role="status">
            {entries.length === 0 ? 'Er staan hier nog geen antwoorden.' : `${entries.length} ${entries.length === 1 ? 'antwoord' : 'antwoorden'}${staleCount ? `, waarvan ${staleCount} verouderd` : ''}.`}
          </p>
          <ul class="item-list">
            {entries.map((e) => (
              <Entry
                key={e.id}
                entry={e}
                review={review.get(e.id)}
                canPublish={canPublish}
                canRevise={canRevise}
                onChanged={(text, focus) => {
                  setNotice({ text, focus });
                  void load();
                }}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Entry({ entry, review, canPublish, canRevise, onChanged }: {
  entry: KennisbankEntry;
  review?: Review;
  canPublish: boolean;
  canRevise: boolean;
  /** `focus`: the entry leaves the list (withdrawn), so focus moves to the confirmation. */
  onChanged: (message: string, focus: boolean) => void;
}) {
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();
  const live = entry.status === 'gepubliceerd';
  const titleId = `kb-${entry.id}`;

  async function act(path: string, body: unknown, message: string) {
    setBusy(true);
    setError(undefined);
    try {
      const res = await postJson<KennisbankEntry | Draft>(`/api/kennisbank/${entry.number}/${path}`, body);
      if (path === 'revise') return navigate(`/helpdesk?concept=${(res as Draft).id}`);
      setWithdrawing(false);
      onChanged(message, path === 'withdraw');
    } catch (e) {
      setError(failure(e));
    }
    setBusy(false);
  }

  return (
    <li class={`item${review ? ' item--stale' : ''}`}>
      <h3 class="utrecht-heading-4 item__title" id={titleId}>Vraag {entry.number}: {entry.question}</h3>
      <p class="utrecht-paragraph item__meta">
        {review ? <span class="badge badge--verouderd">Verouderd</span> : null}
        <span class={`badge badge--${entry.status}`}>{ENTRY_STATUS[entry.status] ?? entry.status}</span>
        {' '}versie {entry.version} · {label(DECISION_TYPE, entry.category)} · gepubliceerd op {dateTimeNl(entry.publishedAt)} · laatst gecontroleerd op {dateNl(entry.laatstGecontroleerd)}
        {entry.withdrawnAt ? ` · ingetrokken op ${dateTimeNl(entry.withdrawnAt)}` : ''}
      </p>
      {entry.withdrawReason ? <p class="utrecht-paragraph prewrap">Reden van intrekken: {entry.withdrawReason}</p> : null}
      {review ? (
        <ul class="utrecht-unordered-list stale-reasons" aria-label={`Waarom vraag ${entry.number} verouderd is`}>
          {review.redenen.map((r, i) => <li key={i}>{r.melding}</li>)}
        </ul>
      ) : null}
      <details class="why">
        <summary>Antwoord bij vraag {entry.number}</summary>
        <div class="answer-text">
          <Markdown text={entry.answer} marker={(n, key) => <sup key={key}>[{n}]</sup>} />
          {entry.legalBasis.length ? <p class="utrecht-paragraph">Grondslag: {entry.legalBasis.map((l) => l.label).join('; ')}.</p> : null}
        </div>
      </details>
      {live && (canPublish || canRevise) ? (
        <div class="actions">
          {canPublish ? <Button busy={busy} disabled={busy} onClick={() => void act('checked', {}, `Vraag ${entry.number} is gemarkeerd als gecontroleerd op vandaag.`)}>Gecontroleerd<span class="visually-hidden">: vraag {entry.number}</span></Button> : null}
          {canRevise ? <Button disabled={busy} onClick={() => void act('revise', {}, '')}>Herzien<span class="visually-hidden">: vraag {entry.number}</span></Button> : null}
          {canPublish && !withdrawing ? <Button disabled={busy} onClick={() => setWithdrawing(true)}>Intrekken<span class="visually-hidden">: vraag {entry.number}</span></Button> : null}
        </div>
      ) : null}
      {withdrawing ? (
        <form
          class="form withdraw-form"
          noValidate
          aria-label={`Vraag ${entry.number} intrekken`}
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return setError('Geef een reden voor het intrekken.');
            void act('withdraw', { reason: reason.trim() }, `Vraag ${entry.number} is ingetrokken. Wegwijzer gebruikt dit antwoord niet meer als bron.`);
          }}
        >
          <Field id={`reden-${entry.id}`} label="Waarom trekt u dit antwoord in?" description="Wegwijzer gebruikt het antwoord daarna niet meer. De reden wordt bewaard.">
            <textarea id={`reden-${entry.id}`} class="utrecht-textarea utrecht-textarea--html-textarea" rows={2} maxLength={1000} value={reason} aria-describedby={`reden-${entry.id}-uitleg`} onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
          </Field>
          <div class="actions">
            <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Definitief intrekken</Button>
            <Button onClick={() => { setWithdrawing(false); setError(undefined); }}>Annuleren</Button>
          </div>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </li>
  );
}
