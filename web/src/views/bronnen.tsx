import { useEffect, useState } from 'preact/hooks';
import { errorText, getJson } from '../api.js';
import { PassageDialog, type PassageRequest } from '../components/passage.js';
import { Button, ErrorMessage, Field } from '../components/ui.js';
import { dateNl, DOC_TYPE, label } from '../labels.js';
import { navigate, useLocation } from '../router.js';
import type { Source } from '../types.js';

/** GET /api/search (server/http/knowledge-routes.ts): the passage fields plus its type and score. */
type Hit = Source & { score?: number };

/** GET /api/documents: every document with its sections. */
interface DocumentSummary {
  id: string;
  title: string;
  type: string;
  region?: string;
  geldigVanaf?: string;
  laatstGecontroleerd?: string;
  sections: Array<{ id: string; section?: string; page?: number }>;
}

/** All documents, each opening to its sections; a section opens its passage. */
function DocumentList({ onOpen }: { onOpen: (id: string) => void }) {
  const [docs, setDocs] = useState<DocumentSummary[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const ctrl = new AbortController();
    getJson<{ documents?: DocumentSummary[] }>('/api/documents', ctrl.signal)
      .then((body) => setDocs(Array.isArray(body.documents) ? body.documents : []))
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setError(errorText(e));
      });
    return () => ctrl.abort();
  }, []);
  if (error) return <ErrorMessage error={error} />;
  if (!docs) return null;
  return (
    <section aria-labelledby="documenten">
      <h2 class="utrecht-heading-2" id="documenten">Alle documenten ({docs.length})</h2>
      <ul class="utrecht-unordered-list documents">
        {docs.map((d) => (
          <li class="utrecht-unordered-list__item" key={d.id}>
            <details>
              <summary>
                {d.title}
                <span class="result__meta">
                  {' — '}
                  {[label(DOC_TYPE, d.type), d.region ? `regio ${d.region}` : '', d.geldigVanaf ? `geldig vanaf ${dateNl(d.geldigVanaf)}` : '', d.laatstGecontroleerd ? `gecontroleerd ${dateNl(d.laatstGecontroleerd)}` : '']
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </summary>
              <ol class="utrecht-ordered-list">
                {d.sections.map((s) => (
                  <li class="utrecht-ordered-list__item" key={s.id}>
                    <a class="utrecht-link" href={`/bronnen?passage=${encodeURIComponent(s.id)}`} onClick={(e) => { e.preventDefault(); onOpen(s.id); }}>
                      {s.section ?? d.title}{s.page !== undefined ? ` (pagina ${s.page})` : ''}
                    </a>
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

function excerpt(hit: Hit): string {
  const text = hit.text ?? '';
  return text.length > 280 ? `${text.slice(0, 280).replace(/\s+\S*$/, '')} …` : text;
}

export function BronnenView() {
  const loc = useLocation();
  const q = loc.query.get('q') ?? '';
  const passageId = loc.query.get('passage');
  const [input, setInput] = useState(q);
  const [hits, setHits] = useState<Hit[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<PassageRequest>();

  useEffect(() => setInput(q), [q]);
  useEffect(() => {
    if (passageId) setOpen({ id: passageId });
  }, [passageId]);

  useEffect(() => {
    if (!q.trim()) {
      setHits(undefined);
      return;
    }
    const ctrl = new AbortController();
    setBusy(true);
    setError(undefined);
    getJson<{ hits?: Hit[] }>(`/api/search?q=${encodeURIComponent(q)}`, ctrl.signal)
      .then((body) => setHits(Array.isArray(body.hits) ? body.hits : []))
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) {
          setHits(undefined);
          setError(errorText(e));
        }
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setBusy(false);
      });
    return () => ctrl.abort();
  }, [q]);

  return (
    <>
      <p class="utrecht-paragraph">Zoek in de wetten, protocollen en handreikingen waar Wegwijzer zijn antwoorden uit haalt.</p>
      <form
        role="search"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const value = input.trim();
          if (!value) {
            setError('Typ eerst een zoekwoord, bijvoorbeeld "luxe verzuim".');
            return;
          }
          navigate(`/bronnen?q=${encodeURIComponent(value)}`);
        }}
      >
        <Field id="zoek" label="Zoek in de bronnen">
          <input id="zoek" type="search" class="utrecht-textbox utrecht-textbox--html-input" value={input} onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <Button type="submit" appearance="primary" busy={busy}>Zoeken</Button>
      </form>
      <ErrorMessage error={error} />
      {hits ? (
        <section aria-labelledby="resultaten" aria-busy={busy}>
          <h2 class="utrecht-heading-2" id="resultaten">{hits.length === 0 ? `Niets gevonden voor "${q}"` : `${hits.length} ${hits.length === 1 ? 'resultaat' : 'resultaten'} voor "${q}"`}</h2>
          <ol class="results">
            {hits.map((h) => (
              <li key={h.id} class="result">
                <h3 class="utrecht-heading-3">
                  <a class="utrecht-link" href={`/bronnen?q=${encodeURIComponent(q)}&passage=${encodeURIComponent(h.id)}`} onClick={(e) => { e.preventDefault(); setOpen({ id: h.id }); }}>
                    {h.title}{h.section ? ` — ${h.section}` : ''}
                  </a>
                </h3>
                <p class="utrecht-paragraph result__meta">
                  {[h.type ? label(DOC_TYPE, h.type) : '', h.page !== undefined ? `pagina ${h.page}` : '', h.geldigVanaf ? `geldig vanaf ${dateNl(h.geldigVanaf)}` : ''].filter(Boolean).join(' · ')}
                </p>
                <p class="utrecht-paragraph">{excerpt(h)}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <DocumentList onOpen={(id) => setOpen({ id })} />
      )}
      <PassageDialog
        request={open}
        onClose={() => {
          setOpen(undefined);
          if (passageId) navigate(q ? `/bronnen?q=${encodeURIComponent(q)}` : '/bronnen', { replace: true });
        }}
      />
    </>
  );
}
