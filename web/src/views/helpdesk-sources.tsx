import { useState } from 'preact/hooks';
import { getJson } from '../api.js';
import { Button, ErrorMessage, Field } from '../components/ui.js';
import type { Citation } from '../types.js';
import { useFailureText } from './helpdesk-shared.js';

// Choosing the sources of a draft inside the editor: search the knowledge, add a passage as source [n], insert
// its marker in the text, remove a source. Numbers are tidied on save by the server (draft-sources.ts); here the
// same check runs first, so a marker to no source is caught before sending.

interface Hit {
  id: string;
  title: string;
  section?: string;
  page?: number;
  url?: string;
  text: string;
}

/** The opening sentences of a passage, at most about 300 characters: a verbatim quote for a new source. */
export function openingQuote(text: string): string {
  const clean = text.trim();
  const sentences = clean.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [clean];
  let quote = '';
  for (const s of sentences) {
    if (quote && (quote + s).length > 300) break;
    quote += s;
  }
  return (quote || clean.slice(0, 300)).trim();
}

/** Markers in the text that point to no source, as a Dutch message; undefined when all is well. */
export function danglingMarkers(text: string, sources: readonly Pick<Citation, 'n'>[]): string | undefined {
  const have = new Set(sources.map((s) => s.n));
  const missing = [...new Set([...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1])).filter((n) => !have.has(n)))];
  if (!missing.length) return undefined;
  const list = missing.map((n) => `[${n}]`).join(', ');
  return `${missing.length === 1 ? `Markering ${list} verwijst` : `De markeringen ${list} verwijzen`} naar geen bron. Voeg de bron toe of haal de markering uit de tekst.`;
}

export function SourcesEditor({ sources, onChange, onInsert }: { sources: Citation[]; onChange: (s: Citation[]) => void; onInsert: (marker: string) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();

  async function search() {
    if (!query.trim()) return setError('Typ eerst waar de bron over gaat, bijvoorbeeld "verlof bruiloft".');
    setBusy(true);
    setError(undefined);
    try {
      const res = await getJson<{ hits: Hit[] }>(`/api/search?${new URLSearchParams({ q: query.trim(), k: '6' })}`);
      setHits(res.hits);
      setStatus(res.hits.length ? `${res.hits.length} passages gevonden.` : 'Niets gevonden. Probeer andere woorden.');
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  }

  function add(h: Hit) {
    const n = Math.max(0, ...sources.map((s) => s.n)) + 1;
    onChange([...sources, { n, id: h.id, title: h.title, ...(h.section ? { section: h.section } : {}), ...(h.page !== undefined ? { page: h.page } : {}), ...(h.url ? { url: h.url } : {}), quote: openingQuote(h.text) }]);
    setStatus(`Toegevoegd als bron [${n}]. Zet [${n}] in de tekst waar u de bron gebruikt.`);
  }

  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sources-editor">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Bronnen</legend>
      {sources.length ? (
        <ol class="sources__list">
          {sources.map((s) => (
            <li key={s.n} class="sources-editor__item">
              <strong>[{s.n}] {s.title}{s.section ? ` — ${s.section}` : ''}</strong>
              <blockquote class="quote">{s.quote}</blockquote>
              <div class="actions">
                <Button appearance="subtle" onClick={() => onInsert(`[${s.n}]`)}>Zet [{s.n}] in de tekst</Button>
                <Button appearance="subtle" onClick={() => { onChange(sources.filter((x) => x.n !== s.n)); setStatus(`Bron [${s.n}] is weggehaald.`); }}>
                  Verwijder<span class="visually-hidden"> bron [{s.n}]</span>
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p class="utrecht-paragraph">Dit concept heeft nog geen bronnen.</p>
      )}
      <div class="sources-editor__search">
        <Field id="bron-zoeken" label="Bron zoeken" description="In de wet, de protocollen en de kennisbank.">
          <input
            id="bron-zoeken"
            class="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            value={query}
            aria-describedby="bron-zoeken-uitleg"
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
        </Field>
        <Button onClick={() => void search()} busy={busy} disabled={busy}>Zoeken</Button>
      </div>
      <ErrorMessage error={error} />
      {hits?.length ? (
        <ul class="sources-editor__hits" aria-label="Gevonden passages">
          {hits.map((h) => {
            const already = sources.some((s) => s.id === h.id);
            return (
              <li key={h.id}>
                <strong>{h.title}{h.section ? ` — ${h.section}` : ''}</strong>
                <p class="utrecht-paragraph sources-editor__text">{openingQuote(h.text)}</p>
                <Button disabled={already} onClick={() => add(h)}>{already ? 'Al een bron' : 'Toevoegen als bron'}<span class="visually-hidden">: {h.title}</span></Button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p class="utrecht-paragraph" role="status">{status}</p>
    </fieldset>
  );
}
