import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, getJson } from '../api.js';
import { dateNl, DOC_TYPE, label } from '../labels.js';
import { splitOnQuote } from '../markdown.js';
import type { Source } from '../types.js';
import { Button, ErrorMessage } from './ui.js';

export function PassageText({ text, quote }: { text: string; quote?: string }) {
  const parts = quote ? splitOnQuote(text, quote) : undefined;
  return (
    <div class="passage-text">
      {parts ? <>{parts[0]}<mark class="utrecht-mark">{parts[1]}</mark>{parts[2]}</> : text}
    </div>
  );
}

export function SourceMeta({ source }: { source: Source }) {
  return (
    <dl class="facts facts--small">
      {source.section ? <><dt>Onderdeel</dt><dd>{source.section}</dd></> : null}
      {source.page !== undefined ? <><dt>Pagina</dt><dd>{source.page}</dd></> : null}
      {source.type ? <><dt>Soort bron</dt><dd>{label(DOC_TYPE, source.type)}</dd></> : null}
      {source.geldigVanaf ? <><dt>Geldig vanaf</dt><dd>{dateNl(source.geldigVanaf)}</dd></> : null}
      {source.geldigTot ? <><dt>Geldig tot</dt><dd>{dateNl(source.geldigTot)}</dd></> : null}
      {source.laatstGecontroleerd ? <><dt>Laatst gecontroleerd</dt><dd>{dateNl(source.laatstGecontroleerd)}</dd></> : null}
    </dl>
  );
}

export function OriginalLink({ url }: { url?: string }) {
  if (!url || !/^https?:\/\//.test(url)) return url ? <p class="utrecht-paragraph">Bron: {url}</p> : null;
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={url} target="_blank" rel="noopener noreferrer">Bekijk het origineel<span class="visually-hidden"> (opent in een nieuw venster)</span></a>
    </p>
  );
}

export interface PassageRequest {
  id: string;
  quote?: string;
  n?: number;
}

/** A modal dialog that loads a passage (GET /api/sources/:id) and highlights the quoted words. */
export function PassageDialog({ request, onClose }: { request: PassageRequest | undefined; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [source, setSource] = useState<Source>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!request) {
      if (dialog.open) dialog.close();
      return;
    }
    setSource(undefined);
    setError(undefined);
    if (!dialog.open) dialog.showModal();
    const ctrl = new AbortController();
    getJson<Source>(`/api/sources/${encodeURIComponent(request.id)}`, ctrl.signal)
      .then(setSource)
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setError(errorText(e));
      });
    return () => ctrl.abort();
  }, [request]);

  useEffect(() => {
    if (!source) return;
    ref.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [source]);

  return (
    <dialog ref={ref} class="passage-dialog" aria-labelledby="passage-titel" onClose={onClose}>
      <div class="passage-dialog__head">
        <h2 class="utrecht-heading-2" id="passage-titel">
          {request?.n !== undefined ? `Bron [${request.n}]: ` : 'Bron: '}
          {source?.title ?? (error ? 'niet geladen' : 'wordt geladen…')}
        </h2>
        <Button appearance="subtle" onClick={() => ref.current?.close()}>Sluiten</Button>
      </div>
      <ErrorMessage error={error} />
      {source ? (
        <>
          <SourceMeta source={source} />
          {request?.quote && !splitOnQuote(source.text, request.quote) ? (
            <p class="utrecht-paragraph notice">Het geciteerde stuk staat niet letterlijk in deze passage. Lees de hele passage hieronder.</p>
          ) : null}
          <PassageText text={source.text} quote={request?.quote} />
          <OriginalLink url={source.url} />
        </>
      ) : null}
    </dialog>
  );
}
