import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, readSse, send } from '../api.js';
import { AnswerBody } from '../components/answer.js';
import { AnswerInput } from '../components/answer-input.js';
import { AnswerFeedback } from '../components/feedback.js';
import { Documents } from '../components/documents-lazy.js';
import { PassageDialog, type PassageRequest } from '../components/passage.js';
import { Alert, Button, ErrorMessage, Field, RadioGroup } from '../components/ui.js';
import { answerLink, EXAMPLES, readHistory, remember, forgetHistory, type AskedQuestion } from '../conversation.js';
import { parseFact, readAnswer, showFact, specOf } from '../facts.js';
import { ageOn } from '../format.js';
import { PERSONA, todayIso } from '../labels.js';
import { plainText, renumberCitations } from '../markdown.js';
import { printOnly } from '../print.js';
import { useLocation } from '../router.js';
import { redact, type PiiType } from '../../../server/privacy/redact.js';
import type { AskResponse, Citation, Decision, MissingFact, Persona } from '../types.js';

interface Turn {
  id: number;
  question: string;
  persona: Persona;
  /** A follow-up answer continues the conversation; the address and the history keep the opening question. */
  followUpOf?: number;
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

const isPersona = (v: string | null): v is Persona => v === 'school' || v === 'leerplichtambtenaar' || v === 'helpdesk';

const TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function VraagView() {
  const loc = useLocation();
  const shared = loc.query.get('vraag');
  const sharedPersona = loc.query.get('persona');
  const [persona, setPersona] = useState<Persona>(isPersona(sharedPersona) ? sharedPersona : 'school');
  const [question, setQuestion] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const [status, setStatus] = useState('');
  const [formError, setFormError] = useState<string>();
  const [passage, setPassage] = useState<PassageRequest>();
  const [history, setHistory] = useState<AskedQuestion[]>(readHistory);
  const [documentsFor, setDocumentsFor] = useState<number>();
  const conversationId = useRef(newConversationId());
  const nextId = useRef(1);
  const box = useRef<HTMLTextAreaElement>(null);
  const busy = turns.some((t) => t.streaming);

  function update(id: number, patch: (t: Turn) => Partial<Turn>) {
    setTurns((all) => all.map((t) => (t.id === id ? { ...t, ...patch(t) } : t)));
  }

  /** A fresh conversation: no earlier turns, and no facts of an earlier pupil on the server side either. */
  function startOver() {
    conversationId.current = newConversationId();
    setTurns([]);
    setDocumentsFor(undefined);
    setFormError(undefined);
  }

  // A shared link (or a question from the history) opens its answer in a new conversation.
  useEffect(() => {
    if (!shared?.trim()) return;
    const p = isPersona(sharedPersona) ? sharedPersona : persona;
    setPersona(p);
    startOver();
    void ask(shared, { persona: p });
  }, [shared, sharedPersona]);

  async function ask(text: string, opts: { facts?: Record<string, unknown>; persona?: Persona; followUpOf?: number } = {}) {
    const q = text.trim();
    const who = opts.persona ?? persona;
    setFormError(undefined);
    // Personal data is masked here, in the browser, so it never reaches the server; the user sees what went.
    const safe = redact(q);
    const masked = [...new Set(safe.found.map((f) => PII[f.type]))];
    const id = nextId.current++;
    setTurns((all) => [...all, { id, question: safe.text, persona: who, followUpOf: opts.followUpOf, answer: '', citations: [], streaming: true, masked: masked.length ? masked : undefined }]);
    if (opts.followUpOf === undefined) {
      setHistory(remember({ question: safe.text, persona: who, at: new Date().toISOString() }));
      // The address now reopens this answer (masked question, no facts): replaced, so Back leaves the page.
      window.history.replaceState(null, '', answerLink(safe.text, who));
    }
    setStatus('Het antwoord wordt gemaakt…');
    try {
      const res = await send('/api/ask/stream', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ question: safe.text, persona: who, conversationId: conversationId.current, ...(opts.facts ? { facts: opts.facts } : {}) }),
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

  function newQuestion() {
    startOver();
    window.history.replaceState(null, '', '/vraag');
    setStatus('U begint een nieuwe vraag. Eerdere antwoorden tellen niet meer mee.');
    box.current?.focus();
  }

  return (
    <>
      <Alert type="warning">
        {/* Once a conversation runs, the reminder shrinks to one line: on a phone the answer comes first. */}
        <p class="utrecht-paragraph"><strong>Vul geen gegevens van leerlingen in.</strong>{turns.length ? null : ' Dus geen naam, BSN, geboortedatum, adres of gegevens over gezondheid. Beschrijf de situatie in algemene woorden, bijvoorbeeld "een leerling van 14 in havo 3".'}</p>
      </Alert>
      <div class="ask-bar">
        <RadioGroup name="persona" legend="Ik stel deze vraag als" options={PERSONAS} value={persona} onChange={setPersona} />
        {turns.length ? <Button class="new-question" onClick={newQuestion} disabled={busy}>Nieuwe vraag</Button> : null}
      </div>

      {turns.length === 0 ? (
        <section class="examples">
          <h2 class="utrecht-heading-3" id="voorbeelden">Voorbeelden voor {PERSONA[persona]?.toLowerCase()}</h2>
          <ul class="examples__list">
            {EXAMPLES[persona].map((q) => (
              <li key={q}>
                <a class="utrecht-link" href={answerLink(q, persona)}>{q}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div class="conversation">
        {turns.map((t) => {
          const { text, citations } = renumberCitations(t.answer, t.citations);
          const done = !t.streaming && !!t.answer;
          const opening = turns.filter((x) => x.followUpOf === undefined && x.id <= t.id).at(-1) ?? t;
          return (
            <article class="turn" id={`antwoord-${t.id}`} key={t.id} aria-busy={t.streaming} aria-labelledby={`vraag-${t.id}`}>
              <h2 class="utrecht-heading-3 turn__question" id={`vraag-${t.id}`}><span class="visually-hidden">Uw vraag: </span>{t.question}</h2>
              {t.masked ? (
                <Alert type="info">
                  <p class="utrecht-paragraph">Uw vraag leek persoonsgegevens te bevatten ({t.masked.join(', ')}). Wij hebben die weggehaald voordat de vraag werd verstuurd.</p>
                </Alert>
              ) : null}
              <AnswerBody id={`besluit-${t.id}`} answer={text} citations={citations} decision={t.decision} streaming={t.streaming} onSource={setPassage} />
              {t.streaming && !t.answer ? <p class="utrecht-paragraph">Even geduld, het antwoord wordt gemaakt…</p> : null}
              <ErrorMessage error={t.error} />
              {t.confidence && !t.streaming ? <p class={`utrecht-paragraph confidence confidence--${t.confidence}`}>{CONFIDENCE[t.confidence] ?? ''}</p> : null}
              {t.followUp?.length && !t.streaming ? (
                <section class="follow-up" aria-label="Nog nodig om te beslissen">
                  <h3 class="utrecht-heading-4">Om te beslissen is nog nodig</h3>
                  {t.followUp.map((f, i) => <FollowUp key={`${t.id}-${f.fact}`} id={`vervolg-${t.id}-${i}`} item={f} disabled={busy} onAnswer={(a, facts) => void ask(a, { facts, persona: t.persona, followUpOf: opening.id })} />)}
                </section>
              ) : null}
              {done ? (
                <div class="utrecht-button-group actions">
                  <Button onClick={() => void copy(`${plainText(text)}\n\nBronnen:\n${sourcesText(citations)}`, 'Het antwoord')}>Antwoord kopiëren</Button>
                  {t.persona === 'helpdesk' ? (
                    <Button onClick={() => void copy(`Beste,\n\n${plainText(text)}\n\nMet vriendelijke groet,\n\n\nBronnen:\n${sourcesText(citations)}`, 'Het concept-antwoord')}>Concept-antwoord kopiëren</Button>
                  ) : null}
                  <Button onClick={() => void copy(new URL(answerLink(opening.question, opening.persona), window.location.href).href, 'De link naar dit antwoord')}>Link kopiëren</Button>
                  <Button onClick={() => printOnly(`antwoord-${t.id}`)}>Afdrukken</Button>
                  {t.decision ? (
                    <Button aria-expanded={documentsFor === t.id} onClick={() => setDocumentsFor(documentsFor === t.id ? undefined : t.id)}>Brief of formulier maken</Button>
                  ) : null}
                </div>
              ) : null}
              {done && t.decision && documentsFor === t.id ? <Documents decision={t.decision} question={t.question} /> : null}
              {done && !t.error ? <AnswerFeedback id={`feedback-${t.id}`} conversationId={conversationId.current} question={t.question} /> : null}
            </article>
          );
        })}
      </div>

      <form class="ask-form" onSubmit={onSubmit} noValidate>
        <Field id="vraag" label={turns.length ? 'Stel nog een vraag over deze situatie' : 'Uw vraag'} description={turns.length ? 'Gaat uw vraag over een andere leerling of situatie? Kies dan eerst "Nieuwe vraag".' : 'Bijvoorbeeld: Een leerling van 15 in havo 3 heeft 17 lesuren gespijbeld in 4 weken. Moet ik dit melden?'}>
          <textarea
            id="vraag"
            ref={box}
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
        <div class="utrecht-button-group actions">
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Vraag stellen</Button>
          {turns.length ? <Button onClick={newQuestion} disabled={busy}>Nieuwe vraag</Button> : null}
        </div>
      </form>

      {history.length ? (
        <section class="session-history" aria-labelledby="eerdere-vragen">
          <h2 class="utrecht-heading-3" id="eerdere-vragen">Uw vragen in deze sessie</h2>
          <p class="utrecht-paragraph session-history__note">Alleen in deze browser bewaard, zonder persoonsgegevens, en weg als u het tabblad sluit.</p>
          <ol class="session-history__list">
            {history.map((h) => (
              <li key={`${h.at}-${h.question}`}>
                <a
                  class="utrecht-link"
                  href={answerLink(h.question, h.persona)}
                  onClick={(e) => {
                    e.preventDefault();
                    if (busy) return;
                    setPersona(h.persona);
                    startOver();
                    void ask(h.question, { persona: h.persona });
                  }}
                >
                  {h.question}
                </a>{' '}
                <span class="session-history__meta">({PERSONA[h.persona]?.toLowerCase()}, {TIME.format(new Date(h.at))})</span>
              </li>
            ))}
          </ol>
          <Button appearance="subtle" onClick={() => { forgetHistory(); setHistory([]); }}>Lijst wissen</Button>
        </section>
      ) : null}
      <p class="visually-hidden" role="status" aria-live="polite">{status}</p>
      <PassageDialog request={passage} onClose={() => setPassage(undefined)} />
    </>
  );
}

/**
 * A question the rules still need answered, with an input of the right kind (number, date, choice). The typed
 * value is also sent as `facts`, so the answer counts even when the free text alone ("15") would not be understood.
 */
function FollowUp({ id, item, disabled, onAnswer }: { id: string; item: MissingFact; disabled: boolean; onAnswer: (text: string, facts?: Record<string, unknown>) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const input = specOf(item.fact).input;
  const choice = input.kind === 'boolean' ? ([['ja', 'Ja'], ['nee', 'Nee']] as const) : input.kind === 'choice' ? input.options : undefined;

  function submit(e: Event) {
    e.preventDefault();
    if (input.kind === 'text') {
      if (!value.trim()) return setError('Vul eerst een antwoord in.');
      setError(undefined);
      return onAnswer(value.trim());
    }
    const answer = readAnswer(item.fact, value);
    if (!answer.ok) return setError(answer.error);
    setError(undefined);
    const facts: Record<string, unknown> = { [answer.fact]: parseFact(answer.fact, answer.value) };
    // A birth date given for an age question also answers the fact that was asked (the age today), so the server
    // reads it as the answer to its question and completes the decision.
    if (item.fact === 'leeftijd' && answer.fact === 'geboortedatum') facts.leeftijd = ageOn(answer.value, todayIso());
    // The text repeats the question with the answer in words; a birth date stays out of the text (it would be
    // masked there) and travels only as a fact.
    const spoken = answer.fact === 'geboortedatum' ? `${String(facts.leeftijd)} jaar (geboortedatum opgegeven)` : showFact(answer.fact, answer.value);
    onAnswer(`${item.question} ${spoken}`, facts);
  }

  return (
    <form class="follow-up__item" onSubmit={submit} noValidate>
      {choice ? (
        <RadioGroup name={id} legend={item.question} options={choice} value={value || undefined} onChange={setValue} />
      ) : (
        <AnswerInput id={id} fact={input.kind === 'text' ? 'tekst' : item.fact} label={item.question} value={value} invalid={!!error} onInput={setValue} />
      )}
      <Button type="submit" disabled={disabled}>Antwoord versturen</Button>
      <ErrorMessage error={error} />
    </form>
  );
}
