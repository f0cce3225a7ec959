import { useState } from 'preact/hooks';
import { errorText, postJson } from '../api.js';
import { Details, Notes } from '../components/details.js';
import { Documents } from '../components/documents-lazy.js';
import { Grounds } from '../components/legal.js';
import { Alert, Button, ErrorMessage, Field, Select } from '../components/ui.js';
import type { FactKind } from '../facts.js';
import { parseDateNl } from '../format.js';
import { BESLISSER, label, toegestaanText } from '../labels.js';
import type { Decision, LegalRef, MissingFact } from '../types.js';

interface VerlofResult {
  toegestaan?: boolean | 'afhankelijk';
  beslisser?: string;
  missing?: MissingFact[];
  legalBasis?: LegalRef[];
  steps?: string[];
  [key: string]: unknown;
}

const SOORT = [
  ['gewichtige-omstandigheden', 'Verlof om een andere belangrijke reden (bijvoorbeeld bruiloft, begrafenis, verhuizing)'],
  ['vakantie-beroep', 'Vakantie buiten de schoolvakanties, vanwege het werk van een ouder'],
  ['religieus', 'Religieuze feestdag of plicht'],
  ['ziekte', 'Ziekte'],
  ['jonger-dan-6', 'Minder uren naar school voor een kind van 5'],
  ['vrijstelling-5a', 'Vrijstelling: lichamelijk of psychisch niet in staat om naar school te gaan'],
  ['vrijstelling-5b', 'Vrijstelling: bezwaar tegen de richting van alle scholen in de buurt'],
  ['vrijstelling-5c', 'Vrijstelling: ingeschreven op een school in het buitenland'],
  ['trekkend-bestaan', 'Vrijstelling: ouders trekken rond (kermis, circus)'],
  ['vervangende-leerplicht', 'Vervangende leerplicht (deels werken, deels leren)'],
  ['vrijstelling-kwalificatieplicht', 'Vrijstelling van de kwalificatieplicht (ander onderwijs)'],
] as const;

const OMSTANDIGHEID = [
  ['verhuizing', 'Verhuizing'],
  ['huwelijk', 'Huwelijk van een familielid'],
  ['ernstige-ziekte', 'Ernstige ziekte van een familielid'],
  ['levensbedreigende-ziekte', 'Levensbedreigende ziekte van een familielid'],
  ['overlijden', 'Overlijden van een familielid'],
  ['jubileum', 'Jubileum (25, 40 of 50 jaar getrouwd of in dienst)'],
  ['bevalling', 'Bevalling van de moeder of verzorger'],
  ['wettelijke-verplichting', 'Een verplichting uit de wet (bijvoorbeeld een rechtszaak)'],
  ['medische-behandeling', 'Medische behandeling die niet buiten schooltijd kan'],
  ['vakantie', 'Vakantie'],
  ['wereldreis', 'Wereldreis'],
  ['goedkope-tickets', 'Goedkopere tickets of een rustigere periode'],
  ['familiebezoek', 'Familiebezoek'],
  ['carnaval', 'Carnaval'],
  ['topsport', 'Topsport'],
  ['eerder-vertrek', 'Eerder vertrekken of later terugkomen rond een vakantie'],
  ['anders', 'Iets anders'],
] as const;

const GRAAD = [
  ['1', '1e graad: ouder of kind'],
  ['2', '2e graad: grootouder, broer of zus'],
  ['3', '3e graad: oom, tante, neef of nicht'],
  ['4', '4e graad: achterneef, achternicht'],
] as const;

const REGIO = [['ijssel-vecht', 'IJssel-Vecht']] as const;

interface FieldSpec {
  label: string;
  input: FactKind;
  help?: string;
}

const yesNo: FactKind = { kind: 'boolean' };
const days = (max: number): FactKind => ({ kind: 'number', min: 0, max, step: 1 });

const FIELDS: Record<string, FieldSpec> = {
  omstandigheid: { label: 'Wat is de reden?', input: { kind: 'choice', options: OMSTANDIGHEID } },
  graad: { label: 'Hoe nauw is de familieband?', input: { kind: 'choice', options: GRAAD } },
  buitenland: { label: 'Is het in het buitenland?', input: yesNo },
  dagen: { label: 'Hoeveel schooldagen verlof?', input: days(400) },
  eerderVerlofDagen: { label: 'Hoeveel dagen verlof kreeg de leerling dit schooljaar al?', input: days(400) },
  eerderVakantieverlofDitSchooljaar: { label: 'Kreeg de leerling dit schooljaar al vakantieverlof?', input: yesNo },
  werkgeversverklaring: { label: 'Is er een verklaring van de werkgever?', input: yesNo },
  geenVakantieMogelijk: { label: 'Kan het gezin in geen enkele schoolvakantie 2 weken achter elkaar weg?', input: yesNo },
  startdatum: { label: 'Eerste dag van het verlof', input: { kind: 'date' } },
  aanvraagdatum: { label: 'Datum van de aanvraag', input: { kind: 'date' } },
  leeftijd: { label: 'Leeftijd van de leerling', input: { kind: 'number', min: 0, max: 99, step: 1 } },
  kwalificatieplichtig: { label: 'Is de leerling kwalificatieplichtig (16 of 17 jaar, nog geen diploma)?', input: yesNo },
  lesdagenPerWeek: { label: 'Hoeveel dagen per week moet de leerling naar school?', input: { kind: 'number', min: 0, max: 5, step: 0.5 }, help: 'Alleen invullen als het minder dan 5 dagen is, bijvoorbeeld in de bbl.' },
  urenPerWeek: { label: 'Hoeveel uur per week minder naar school?', input: { kind: 'number', min: 0, max: 40, step: 1 } },
  verklaringOnafhankelijkeDeskundige: { label: 'Is er een verklaring van een onafhankelijke deskundige die de gemeente heeft aangewezen?', input: yesNo },
  verklaringBehandelaar: { label: 'Is er alleen een verklaring van de eigen behandelaar?', input: yesNo },
  eerderIngeschrevenRichting: { label: 'Zat de leerling het afgelopen jaar op een school van de richting waartegen bezwaar is?', input: yesNo },
  verklaringSchoolBuitenland: { label: 'Is er een verklaring van de school in het buitenland?', input: yesNo },
  regio: { label: 'Regio (voor de afspraken in uw regio)', input: { kind: 'choice', options: REGIO } },
};

// Which fields matter for which kind of request; every kind also gets COMMON.
const COMMON = ['dagen', 'startdatum', 'aanvraagdatum', 'leeftijd', 'regio'];
const BY_SOORT: Record<string, string[]> = {
  'gewichtige-omstandigheden': ['omstandigheid', 'graad', 'buitenland', 'eerderVerlofDagen', 'kwalificatieplichtig', 'lesdagenPerWeek'],
  'vakantie-beroep': ['werkgeversverklaring', 'eerderVakantieverlofDitSchooljaar', 'geenVakantieMogelijk', 'kwalificatieplichtig', 'lesdagenPerWeek'],
  'jonger-dan-6': ['urenPerWeek'],
  'vrijstelling-5a': ['verklaringOnafhankelijkeDeskundige', 'verklaringBehandelaar'],
  'vrijstelling-5b': ['eerderIngeschrevenRichting'],
  'vrijstelling-5c': ['verklaringSchoolBuitenland'],
  'vrijstelling-kwalificatieplicht': ['kwalificatieplichtig'],
};

function toValue(spec: FieldSpec, raw: string): unknown {
  const input = spec.input;
  if (input.kind === 'boolean') return raw === 'ja' ? true : raw === 'nee' ? false : undefined;
  if (input.kind === 'number') {
    const n = Number(raw.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  // Dates are typed the Dutch way (14-03-2026); the API takes ISO.
  if (input.kind === 'date') return parseDateNl(raw) ?? raw;
  return raw;
}

function FormControl({ name, spec, value, onChange }: { name: string; spec: FieldSpec; value: string; onChange: (v: string) => void }) {
  const id = `verlof-${name}`;
  const input = spec.input;
  let control;
  if (input.kind === 'boolean') {
    control = <Select id={id} value={value} options={[['ja', 'Ja'], ['nee', 'Nee']] as const} placeholder="Weet ik niet" onChange={onChange} />;
  } else if (input.kind === 'choice') {
    control = <Select id={id} value={value} options={input.options} placeholder="Kies…" onChange={onChange} />;
  } else {
    control = (
      <input
        id={id}
        class={`utrecht-textbox utrecht-textbox--html-input${input.kind === 'number' ? ' textbox--short' : ''}`}
        type="text"
        inputMode={input.kind === 'number' ? 'decimal' : input.kind === 'date' ? 'numeric' : undefined}
        placeholder={input.kind === 'date' ? 'dd-mm-jjjj' : undefined}
        value={value}
        aria-describedby={spec.help ? `${id}-uitleg` : undefined}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
    );
  }
  return <Field id={id} label={spec.label} description={spec.help}>{control}</Field>;
}

export function VerlofView() {
  const [soort, setSoort] = useState<string>('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<VerlofResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const names = soort ? [...(BY_SOORT[soort] ?? []), ...COMMON] : [];
  // Only ask for kinship where a relative is involved.
  const shown = names.filter((n) => n !== 'graad' || ['huwelijk', 'ernstige-ziekte', 'levensbedreigende-ziekte', 'overlijden', 'jubileum'].includes(values.omstandigheid ?? ''));

  async function submit(e: Event) {
    e.preventDefault();
    if (!soort) {
      setError('Kies eerst wat voor verlof of vrijstelling het is.');
      return;
    }
    const body: Record<string, unknown> = { soort };
    for (const n of shown) {
      const raw = values[n]?.trim();
      const spec = FIELDS[n];
      if (!raw || !spec) continue;
      const v = toValue(spec, raw);
      if (v === undefined) {
        setError(`Controleer het veld "${spec.label}": vul een getal in.`);
        return;
      }
      body[n] = n === 'graad' ? Number(v) : v;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(await postJson<VerlofResult>('/api/verlof', body));
    } catch (err) {
      setResult(undefined);
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p class="utrecht-paragraph">Vul in wat u weet van de aanvraag. U ziet of het verlof of de vrijstelling mag, wie beslist, en wat er nodig is. Vul geen naam of andere gegevens van de leerling in.</p>
      <form onSubmit={submit} noValidate class="form">
        <Field id="verlof-soort" label="Waar gaat de aanvraag over?">
          <Select id="verlof-soort" value={soort} options={SOORT} onChange={(v) => { setSoort(v); setResult(undefined); }} />
        </Field>
        {shown.map((n) => (
          <FormControl key={n} name={n} spec={FIELDS[n]!} value={values[n] ?? ''} onChange={(v) => setValues({ ...values, [n]: v })} />
        ))}
        <ErrorMessage error={error} />
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Controleer de aanvraag</Button>
      </form>
      {result ? <VerlofOutcome result={result} /> : null}
    </>
  );
}

function VerlofOutcome({ result }: { result: VerlofResult }) {
  const [documents, setDocuments] = useState(false);
  const decision = { type: 'verlof', toegestaan: result.toegestaan, beslisser: result.beslisser, legalBasis: result.legalBasis ?? [], steps: result.steps ?? [] } as Decision;
  return (
    <section class="outcome decision-card" aria-labelledby="verlof-uitkomst" aria-live="polite">
      <h2 class="utrecht-heading-2" id="verlof-uitkomst">Uitkomst</h2>
      <dl class="facts">
        {result.toegestaan !== undefined ? <><dt>Toegestaan</dt><dd class={`toegestaan toegestaan--${String(result.toegestaan)}`}>{toegestaanText(result.toegestaan)}</dd></> : null}
        {result.beslisser ? <><dt>Wie beslist</dt><dd>{label(BESLISSER, result.beslisser)}</dd></> : null}
      </dl>
      {result.missing?.length ? (
        <Alert type="info">
          <p class="utrecht-paragraph">Om zeker te beslissen is nog nodig:</p>
          <ul class="utrecht-unordered-list">{result.missing.map((m) => <li class="utrecht-unordered-list__item" key={m.fact}>{m.question}</li>)}</ul>
        </Alert>
      ) : null}
      <Details data={result} skip={['soort', 'toegestaan', 'beslisser', 'missing', 'legalBasis', 'steps', 'uitleg']} />
      <Notes title="Goed om te weten" items={result.uitleg} />
      <Grounds legalBasis={result.legalBasis} steps={result.steps} />
      <div class="utrecht-button-group actions">
        <Button aria-expanded={documents} onClick={() => setDocuments(!documents)}>Besluit op de aanvraag maken</Button>
      </div>
      {documents ? <Documents decision={decision} question="deze verlofaanvraag" /> : null}
    </section>
  );
}
