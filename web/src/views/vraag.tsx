import { useRef, useState } from 'preact/hooks';
import { errorText, readSse, send } from '../api.js';
import { DecisionCard } from '../components/decision.js';
import { AnswerFeedback } from '../components/feedback.js';
import { PassageDialog, type PassageRequest } from '../components/passage.js';
import { Alert, Button, ErrorMessage, Field, RadioGroup } from '../components/ui.js';
import { parseFact, showFact, specOf } from '../facts.js';
import { PERSONA } from '../labels.js';
import { Markdown, plainText } from '../markdown.js';
import { redact, type PiiType } from '../../../server/privacy/redact.js';
import type { AskResponse, Citation, Decision, MissingFact, Persona } from '../types.js';

interface Turn {
  id: number;
  question: string;
  answer: string;
  citations: Citation[];
  decision?: Decision;
  followUp?: MissingFact[];
  confidence?: AskResponse['confidence'];
  masked?: string[];
  error?: string;
  streaming: boolean;
}

const PERSONAS = (['school', 'leerplichtambtenaar', 'helpdesk'] as const).map((p) => [p, PERSONA[p]!] as const);

const CONFIDENCE: Record<string, string> = {
  hoog: 'De bronnen zeggen dit duidelijk.',
  midden: 'De bronnen zeggen dit niet helemaal duidelijk. Controleer het bij twijfel.',
  laag: 'De bronnen geven hier geen zeker antwoord op. Vraag het na bij de leerplichtambtenaar van de woongemeente.',
};

const PII: Record<PiiType, string> = {
  bsn: 'een BSN',
  'e-mail': 'een e-mailadres',
  telefoon: 'een telefoonnummer',
  iban: 'een rekeningnummer',
  postcode: 'een postcode',
  adres: 'een adres',
  geboortedatum: 'een geboortedatum',
  naam: 'een naam',
};

function newConversationId(): string {
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

function sourcesText(citations: Citation[]): string {
  return citations
    .map((c) => `[${c.n}] ${c.title}${c.section ? `, ${c.section}` : ''}${c.page !== undefined ? `, pagina ${c.page}` : ''}${c.url ? ` (${c.url})` : ''}\n    "${c.quote}"`)
    .join('\n');
}

export function VraagView() {
  const [persona, setPersona] = useState<Persona>('school');
  const [question, setQuestion] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const [status, setStatus] = useState('');
  const [formError, setFormError] = useState<string>();
  const [passage, setPassage] = useState<PassageRequest>();
  const conversationId = useRef(newConversationId());
  const nextId = useRef(1);
  const busy = turns.some((t) => t.streaming);

  function update(id: number, patch: (t: Turn) => Partial<Turn>) {
    setTurns((all) => all.map((t) => (t.id === id ? { ...t, ...patch(t) } : t)));
  }

  async function ask(text: string, facts?: Record<string, unknown>) {
    const q = text.trim();
    setFormError(undefined);
    // Personal data is masked here, in the browser, so it never reaches the server; the user sees what went.
    const safe = redact(q);
    const masked = [...new Set(safe.found.map((f) => PII[f.type]))];
    const id = nextId.current++;
    setTurns((all) => [...all, { id, question: safe.text, answer: '', citations: [], streaming: true, masked: masked.length ? masked : undefined }]);
    setStatus('Het antwoord wordt gemaakt…');
    try {
      const res = await send('/api/ask/stream', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ question: safe.text, persona, conversationId: conversationId.current, ...(facts ? { facts } : {}) }),
      });
      for await (const ev of readSse(res)) {
        // Events as in server/ask/pipeline.ts (AskEvent): decision, citations, delta {text}, done (the rest).
        const data = ev.data;
        if (ev.event === 'delta') {
          const piece = (data as { text?: unknown } | null)?.text;
          if (typeof piece === 'string') update(id, (t) => ({ answer: t.answer + piece }));
        } else if (ev.event === 'citations' && Array.isArray(data)) {
          update(id, () => ({ citations: data as Citation[] }));
        } else if (ev.event === 'decision' && data && typeof data === 'object') {
          update(id, () => ({ decision: data as Decision }));
        } else if (ev.event === 'done' && data && typeof data === 'object') {
          const r = data as Partial<AskResponse>;
          if (typeof r.conversationId === 'string') conversationId.current = r.conversationId;
          update(id, (t) => ({
            answer: typeof r.answer === 'string' && r.answer ? r.answer : t.answer,
            // With an LLM, `done` narrows the announced sources to those the answer really cites.
            citations: Array.isArray(r.citations) ? r.citations : t.citations,
            followUp: Array.isArray(r.followUp) ? r.followUp : undefined,
            confidence: r.confidence,
          }));
        } else if (ev.event === 'error') {
          const message = (data as { message?: unknown } | null)?.message;
          update(id, () => ({ error: typeof message === 'string' ? message : 'Het antwoord kon niet worden gemaakt. Probeer het opnieuw.' }));
        }
      }
      update(id, (t) => (t.answer || t.error ? {} : { error: 'Er kwam geen antwoord. Probeer het opnieuw.' }));
      setStatus('Het antwoord is klaar.');
    } catch (e) {
      update(id, () => ({ error: errorText(e) }));
      setStatus('');
    } finally {
      update(id, () => ({ streaming: false }));
    }
  }

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} is gekopieerd.`);
    } catch {
      setStatus(`Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.`);
    }
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    if (busy) return;
    if (!question.trim()) {
      setFormError('Typ eerst uw vraag.');
      return;
    }
    setQuestion('');
    void ask(question);
  }

  return (
    <>
      <Alert type="warning">
        <p class="utrecht-paragraph"><strong>Vul geen gegevens van leerlingen in.</strong> Dus geen naam, BSN, geboortedatum, adres of gegevens over gezondheid. Beschrijf de situatie in algemene woorden, bijvoorbeeld "een leerling van 14 in havo 3".</p>
      </Alert>
      <RadioGroup name="persona" legend="Ik stel deze vraag als" options={PERSONAS} value={persona} onChange={setPersona} />

      <div class="conversation">
        {turns.map((t) => (
          <article class="turn" key={t.id} aria-busy={t.streaming} aria-labelledby={`vraag-${t.id}`}>
            <h2 class="utrecht-heading-3 turn__question" id={`vraag-${t.id}`}><span class="visually-hidden">Uw vraag: </span>{t.question}</h2>
            {t.masked ? (
              <Alert type="info">
                <p class="utrecht-paragraph">Uw vraag leek persoonsgegevens te bevatten ({t.masked.join(', ')}). Wij hebben die weggehaald voordat de vraag werd verstuurd.</p>
              </Alert>
            ) : null}
            <div class="turn__answer">
              <Markdown
                text={t.answer}
                marker={(n, key) => {
                  const c = t.citations.find((x) => x.n === n);
                  if (!c) return <sup key={key}>[{n}]</sup>;
                  return (
                    <a
                      key={key}
                      class="utrecht-link citation"
                      href={`/bronnen?passage=${encodeURIComponent(c.id)}`}
                      aria-label={`Bron ${n}: ${c.title}`}
                      onClick={(e) => {
                        e.preventDefault();
                        setPassage({ id: c.id, quote: c.quote, n });
                      }}
                    >
                      [{n}]
                    </a>
                  );
                }}
              />
              {t.streaming && !t.answer ? <p class="utrecht-paragraph">Even geduld, het antwoord wordt gemaakt…</p> : null}
            </div>
            <ErrorMessage error={t.error} />
            {t.confidence && !t.streaming ? <p class={`utrecht-paragraph confidence confidence--${t.confidence}`}>{CONFIDENCE[t.confidence] ?? ''}</p> : null}
            {t.decision ? <DecisionCard decision={t.decision} /> : null}
            {t.citations.length ? (
              <section class="sources" aria-label="Bronnen bij dit antwoord">
                <h3 class="utrecht-heading-4">Bronnen</h3>
                <ol class="sources__list">
                  {t.citations.map((c) => (
                    <li key={c.n}>
                      <a
                        class="utrecht-link"
                        href={`/bronnen?passage=${encodeURIComponent(c.id)}`}
                        onClick={(e) => {
                          e.preventDefault();
                          setPassage({ id: c.id, quote: c.quote, n: c.n });
                        }}
                      >
                        [{c.n}] {c.title}{c.section ? ` — ${c.section}` : ''}{c.page !== undefined ? `, pagina ${c.page}` : ''}
                      </a>
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
            {t.followUp?.length && !t.streaming ? (
              <section class="follow-up" aria-label="Nog nodig om te beslissen">
                <h3 class="utrecht-heading-4">Om te beslissen is nog nodig</h3>
                {t.followUp.map((f, i) => <FollowUp key={`${t.id}-${f.fact}`} id={`vervolg-${t.id}-${i}`} item={f} disabled={busy} onAnswer={(a, facts) => void ask(a, facts)} />)}
              </section>
            ) : null}
            {t.answer && !t.streaming ? (
              <div class="utrecht-button-group actions">
                <Button onClick={() => void copy(`${plainText(t.answer)}\n\nBronnen:\n${sourcesText(t.citations)}`, 'Het antwoord')}>Antwoord kopiëren</Button>
                {persona === 'helpdesk' ? (
                  <Button onClick={() => void copy(`Beste,\n\n${plainText(t.answer)}\n\nMet vriendelijke groet,\n\n\nBronnen:\n${sourcesText(t.citations)}`, 'Het concept-antwoord')}>Concept-antwoord kopiëren</Button>
                ) : null}
              </div>
            ) : null}
            {t.answer && !t.streaming && !t.error ? <AnswerFeedback id={`feedback-${t.id}`} conversationId={conversationId.current} question={t.question} /> : null}
          </article>
        ))}
      </div>

      <form class="ask-form" onSubmit={onSubmit} noValidate>
        <Field id="vraag" label={turns.length ? 'Stel nog een vraag' : 'Uw vraag'} description="Bijvoorbeeld: Een leerling van 15 in havo 3 heeft 17 lesuren gespijbeld in 4 weken. Moet ik dit melden?">
          <textarea
            id="vraag"
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            maxLength={4000}
            value={question}
            aria-describedby="vraag-uitleg"
            aria-invalid={formError ? true : undefined}
            onInput={(e) => setQuestion((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSubmit(e);
            }}
          />
        </Field>
        <ErrorMessage error={formError} />
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Vraag stellen</Button>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">{status}</p>
      <PassageDialog request={passage} onClose={() => setPassage(undefined)} />
    </>
  );
}

/**
 * A question the rules still need answered. Known facts get a fitting input and are also sent as `facts`,
 * so the answer counts even when the free text alone ("15") would not be understood.
 */
function FollowUp({ id, item, disabled, onAnswer }: { id: string; item: MissingFact; disabled: boolean; onAnswer: (text: string, facts?: Record<string, unknown>) => void }) {
  const [value, setValue] = useState('');
  const input = specOf(item.fact).input;
  const choice = input.kind === 'boolean' ? ([['ja', 'Ja'], ['nee', 'Nee']] as const) : input.kind === 'choice' ? input.options : undefined;

  function submit(e: Event) {
    e.preventDefault();
    const raw = value.trim();
    if (!raw) return;
    const typed = input.kind === 'text' ? undefined : parseFact(item.fact, raw.replace(',', '.'));
    const text = choice ? `${item.question} ${showFact(item.fact, raw)}` : raw;
    onAnswer(text, typed === undefined ? undefined : { [item.fact]: typed });
  }

  return (
    <form class="follow-up__item" onSubmit={submit}>
      {choice ? (
        <RadioGroup name={id} legend={item.question} options={choice} value={value || undefined} onChange={setValue} />
      ) : (
        <Field id={id} label={item.question}>
          <input id={id} class="utrecht-textbox utrecht-textbox--html-input" inputMode={input.kind === 'number' ? 'decimal' : undefined} value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
        </Field>
      )}
      <Button type="submit" disabled={disabled || !value.trim()}>Antwoord versturen</Button>
    </form>
  );
}
