import { useState } from 'preact/hooks';
import { DecisionCard } from './decision.js';
import type { PassageRequest } from './passage.js';
import { Markdown, splitLead } from '../markdown.js';
import type { Citation, Decision } from '../types.js';

// An answer laid out for a phone: the conclusion and the decision card first; the path through the rules, the
// quotes and the sources behind "Waarom?" and "Bronnen". Robust to how the composer words things: the first block
// of the text is the conclusion, whatever it says.

function sourceLabel(c: Citation): string {
  return `${c.title}${c.section ? ` — ${c.section}` : ''}${c.page !== undefined ? `, pagina ${c.page}` : ''}`;
}

export function AnswerBody({ id, answer, citations, decision, streaming, onSource }: {
  id: string;
  answer: string;
  citations: Citation[];
  decision?: Decision;
  streaming: boolean;
  onSource: (p: PassageRequest) => void;
}) {
  const [lead, rest] = splitLead(answer);
  // While streaming, keep everything visible as it arrives; afterwards the rest folds away.
  const [open, setOpen] = useState(false);
  const marker = (n: number, key: string) => {
    const c = citations.find((x) => x.n === n);
    if (!c) return <sup key={key}>[{n}]</sup>;
    return (
      <a
        key={key}
        class="utrecht-link citation"
        href={`/bronnen?passage=${encodeURIComponent(c.id)}`}
        aria-label={`Bron ${n}: ${c.title}`}
        onClick={(e) => {
          e.preventDefault();
          onSource({ id: c.id, quote: c.quote, n });
        }}
      >
        [{n}]
      </a>
    );
  };
  return (
    <>
      <div class="turn__answer turn__lead">
        <Markdown text={lead} marker={marker} />
      </div>
      {decision ? <DecisionCard decision={decision} idPrefix={id} /> : null}
      {rest ? (
        streaming ? (
          <div class="turn__answer"><Markdown text={rest} marker={marker} /></div>
        ) : (
          <details class="disclosure why-answer" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
            <summary>Waarom? De uitleg en de citaten</summary>
            <div class="turn__answer"><Markdown text={rest} marker={marker} /></div>
          </details>
        )
      ) : null}
      {citations.length ? (
        <details class="disclosure sources" data-print-open>
          <summary>Bronnen ({citations.length})</summary>
          <ol class="sources__list">
            {citations.map((c) => (
              <li key={c.n}>
                <a
                  class="utrecht-link"
                  href={`/bronnen?passage=${encodeURIComponent(c.id)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onSource({ id: c.id, quote: c.quote, n: c.n });
                  }}
                >
                  [{c.n}] {sourceLabel(c)}
                </a>
                {c.quote ? <blockquote class="sources__quote">“{c.quote}”</blockquote> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}
