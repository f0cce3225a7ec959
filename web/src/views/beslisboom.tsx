import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, postJson } from '../api.js';
import { ActionsPerRole, Details, Notes, Regional } from '../components/details.js';
import { Grounds } from '../components/legal.js';
import { Button, ErrorMessage, Field, RadioGroup, Select } from '../components/ui.js';
import { AbsenceTotals } from '../components/absence-chart.js';
import { AnswerInput } from '../components/answer-input.js';
import { parseFact, readAnswer, showFact, specOf } from '../facts.js';
import { label, MELDING } from '../labels.js';
import { navigate, useLocation } from '../router.js';
import type { LegalRef, MissingFact } from '../types.js';

/** POST /api/melding: the fields the wizard reads by name; the rest is shown as details. */
interface MeldingResult {
  melding?: string;
  missing?: MissingFact[];
  legalBasis?: LegalRef[];
  steps?: string[];
  [key: string]: unknown;
}

type Answer = readonly [string, string];

// Regions with an overlay in knowledge/regions/; chosen apart from the questions, kept in the URL as `regio`.
const REGIO = [['ijssel-vecht', 'IJssel-Vecht']] as const;

function answersOf(query: URLSearchParams): Answer[] {
  const seen = new Set<string>(['regio']);
  const out: Answer[] = [];
  for (const [k, v] of query) {
    if (seen.has(k) || parseFact(k, v) === undefined) continue;
    seen.add(k);
    out.push([k, v]);
  }
  return out;
}

function urlOf(answers: readonly Answer[], regio: string): string {
  const q = new URLSearchParams([...(regio ? [['regio', regio]] : []), ...answers] as [string, string][]).toString();
  return `/beslisboom${q ? `?${q}` : ''}`;
}

export function BeslisboomView() {
  const loc = useLocation();
  const answers = answersOf(loc.query);
  const regio = REGIO.some(([v]) => v === loc.query.get('regio')) ? loc.query.get('regio')! : '';
  const url = (a: readonly Answer[]) => urlOf(a, regio);
  const key = url(answers);
  // The response belongs to the answers it was asked for; while new answers load, no stale question shows.
  const [state, setState] = useState<{ key: string; result?: MeldingResult; error?: string }>();
  const [redo, setRedo] = useState<Answer[]>([]);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    const facts = { ...(regio ? { regio } : {}), ...Object.fromEntries(answers.map(([k, v]) => [k, parseFact(k, v)])) };
    postJson<MeldingResult>('/api/melding', facts, ctrl.signal)
      .then((result) => setState({ key, result }))
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setState({ key, error: errorText(e) });
      });
    return () => ctrl.abort();
    // `key` stands for `answers`.
  }, [key, attempt]);

  const loading = state?.key !== key;
  const result = loading ? undefined : state?.result;
  const error = loading ? undefined : state?.error;
  const next = result?.missing?.[0];
  const done = result && !next;

  function answer(fact: string, value: string) {
    const top = redo[redo.length - 1];
    setRedo(top && top[0] === fact && top[1] === value ? redo.slice(0, -1) : []);
    navigate(url([...answers, [fact, value]]));
  }

  function back() {
    const last = answers[answers.length - 1];
    if (!last) return;
    setRedo([...redo, last]);
    navigate(url(answers.slice(0, -1)));
  }

  function forward() {
    const top = redo[redo.length - 1];
    if (!top) return;
    setRedo(redo.slice(0, -1));
    navigate(url([...answers, top]));
  }

  return (
    <>
      <p class="utrecht-paragraph">Beantwoord de vragen één voor één. U ziet daarna welke melding nodig is, wie wat moet doen en op welk wetsartikel dat staat. Het adres van deze pagina bevat uw antwoorden: u kunt het delen.</p>
      <Field id="bb-regio" label="Regio (niet verplicht)" description="Met een regio ziet u ook de afspraken uit het regionale verzuimprotocol.">
        <Select id="bb-regio" value={regio} options={REGIO} placeholder="Geen regio" onChange={(v) => navigate(urlOf(answers, v), { replace: true })} />
      </Field>

      {answers.length ? (
        <nav aria-label="Uw antwoorden tot nu toe" class="path">
          <h2 class="utrecht-heading-3">Uw antwoorden</h2>
          <ol class="path__list">
            {answers.map(([k, v], i) => (
              <li key={k}>
                <span class="path__label">{specOf(k).label}:</span> <strong>{showFact(k, v)}</strong>{' '}
                <a class="utrecht-link" href={url(answers.slice(0, i))} aria-label={`Wijzig: ${specOf(k).label}`}>Wijzig</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      {error ? (
        <>
          <ErrorMessage error={error} />
          <Button onClick={() => { setState(undefined); setAttempt(attempt + 1); }}>Probeer opnieuw</Button>
        </>
      ) : null}
      {loading ? <p class="utrecht-paragraph" role="status">Even geduld…</p> : null}

      {next ? (
        <Question key={key} item={next} step={answers.length + 1} initial={redo[redo.length - 1]?.[0] === next.fact ? redo[redo.length - 1]![1] : undefined}
          onAnswer={answer} onBack={answers.length ? back : undefined} onForward={redo.length && redo[redo.length - 1]![0] === next.fact ? forward : undefined} />
      ) : null}

      {done && result ? <Outcome result={result} answers={answers} onBack={answers.length ? back : undefined} restart={() => { setRedo([]); navigate(url([])); }} /> : null}
    </>
  );
}

function Question({ item, step, initial, onAnswer, onBack, onForward }: {
  item: MissingFact;
  step: number;
  initial?: string;
  onAnswer: (fact: string, value: string) => void;
  onBack?: () => void;
  onForward?: () => void;
}) {
  const input = specOf(item.fact).input;
  const [value, setValue] = useState(initial ?? '');
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Each new question gets focus, so the keyboard and screen reader follow the wizard.
    if (step > 1) heading.current?.focus();
  }, []);

  function submit(e: Event) {
    e.preventDefault();
    const answer = readAnswer(item.fact, value);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(undefined);
    onAnswer(answer.fact, answer.value);
  }

  const id = `vraag-${item.fact}`;
  let control;
  if (input.kind === 'boolean' || input.kind === 'choice') {
    const options = input.kind === 'boolean' ? ([['ja', 'Ja'], ['nee', 'Nee']] as const) : input.options;
    control = <RadioGroup name={id} legend={<span class="visually-hidden">{item.question}</span>} options={options} value={value || undefined} onChange={setValue} />;
  } else {
    control = <AnswerInput id={id} fact={item.fact} label={<span class="visually-hidden">{item.question}</span>} value={value} invalid={!!error} onInput={setValue} />;
  }

  return (
    <form class="wizard-step" onSubmit={submit} noValidate aria-labelledby={`${id}-titel`}>
      <p class="utrecht-paragraph step-count">Vraag {step}</p>
      <h2 class="utrecht-heading-2" id={`${id}-titel`} tabIndex={-1} ref={heading}>{item.question}</h2>
      {control}
      <ErrorMessage error={error} />
      <div class="utrecht-button-group actions">
        {onBack ? <Button onClick={onBack}>Vorige</Button> : null}
        <Button type="submit" appearance="primary">Volgende</Button>
        {onForward ? <Button appearance="subtle" onClick={onForward}>Vooruit</Button> : null}
      </div>
    </form>
  );
}

/** The regional count threshold the outcome's trigger names ("… (protocol: vanaf 12 keer)"), for the picture. */
function drempelsOf(result: MeldingResult): { keer: number; omschrijving: string }[] {
  const triggers = (result.regionaal as { triggers?: { omschrijving?: string; vanafKeer?: number }[] } | undefined)?.triggers ?? [];
  return triggers.flatMap((t) => {
    const keer = t.vanafKeer ?? Number(/vanaf (\d+) keer/.exec(t.omschrijving ?? '')?.[1]);
    return Number.isFinite(keer) && keer > 0 ? [{ keer, omschrijving: t.omschrijving ?? '' }] : [];
  });
}

function Outcome({ result, answers, onBack, restart }: { result: MeldingResult; answers: readonly Answer[]; onBack?: () => void; restart: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const fact = (k: string) => {
    const v = answers.find(([f]) => f === k)?.[1];
    return v === undefined ? undefined : Number(v);
  };
  const [copied, setCopied] = useState('');
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="outcome decision-card" aria-labelledby="uitkomst">
      <h2 class="utrecht-heading-2" id="uitkomst" tabIndex={-1} ref={heading}>Uitkomst: {result.melding ? label(MELDING, result.melding) : 'zie hieronder'}</h2>
      <Details data={result} skip={['melding', 'missing', 'legalBasis', 'steps', 'acties', 'uitleg', 'regionaal', 'extraMeldingen']} />
      <Notes title="Meld ook" items={result.extraMeldingen} />
      <ActionsPerRole acties={result.acties} />
      <Regional regionaal={result.regionaal} />
      <AbsenceTotals uren={fact('ongeoorloofdeUren')} keer={fact('keerOngeoorloofd')} drempels={drempelsOf(result)} />
      <Notes title="Goed om te weten" items={result.uitleg} />
      <Grounds legalBasis={result.legalBasis} steps={result.steps} />
      <div class="utrecht-button-group actions">
        {onBack ? <Button onClick={onBack}>Vorige</Button> : null}
        <Button
          onClick={() => {
            navigator.clipboard.writeText(window.location.href).then(
              () => setCopied('De link naar deze uitkomst is gekopieerd.'),
              () => setCopied('Kopiëren lukte niet. Kopieer het adres uit de adresbalk.'),
            );
          }}
        >
          Link naar deze uitkomst kopiëren
        </Button>
        <Button appearance="subtle" onClick={restart}>Opnieuw beginnen</Button>
      </div>
      <p class="utrecht-paragraph" role="status">{copied}</p>
    </section>
  );
}
