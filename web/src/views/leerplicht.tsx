import { useState } from 'preact/hooks';
import { errorText, postJson } from '../api.js';
import { Details, humanKey, Notes } from '../components/details.js';
import { Grounds } from '../components/legal.js';
import { Button, CheckboxField, ErrorMessage, Field, Select } from '../components/ui.js';
import { dateShort, parseDateNl } from '../format.js';
import { dateNl, label, STATUS, todayIso } from '../labels.js';
import type { LegalRef } from '../types.js';

interface LeerplichtResult {
  status?: string;
  peildatum?: string;
  legalBasis?: LegalRef[];
  steps?: string[];
  [key: string]: unknown;
}

interface Mark {
  date: string;
  label: string;
  now?: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

// The school calendar decides the first school day: a protocol region or a national holiday region.
const REGIO = [['ijssel-vecht', 'IJssel-Vecht'], ['noord', 'Vakantieregio noord'], ['midden', 'Vakantieregio midden'], ['zuid', 'Vakantieregio zuid']] as const;

/** Every boundary date in the response (top level or one level down), with the peildatum, in date order. */
function marks(result: LeerplichtResult, peildatum: string): Mark[] {
  const out: Mark[] = [];
  const visit = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'peildatum' || k === 'legalBasis' || k === 'steps') continue;
      if (typeof v === 'string' && ISO.test(v)) out.push({ date: v, label: prefix ? `${prefix}: ${humanKey(k).toLowerCase()}` : humanKey(k) });
      else if (!prefix && v && typeof v === 'object' && !Array.isArray(v)) visit(v as Record<string, unknown>, humanKey(k));
    }
  };
  visit(result, '');
  out.push({ date: peildatum, label: 'Peildatum', now: true });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export function LeerplichtView() {
  const [geboortedatum, setGeboortedatum] = useState('');
  const [peildatum, setPeildatum] = useState(dateShort(todayIso()));
  const [startkwalificatie, setStartkwalificatie] = useState(false);
  const [schooljaren, setSchooljaren] = useState('');
  const [regio, setRegio] = useState('');
  const [result, setResult] = useState<LeerplichtResult>();
  const [asked, setAsked] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const gd = parseDateNl(geboortedatum);
    if (!gd) {
      setError(geboortedatum.trim() ? `De geboortedatum ${geboortedatum.trim()} kunnen we niet lezen. Vul die in als dag-maand-jaar, bijvoorbeeld 14-03-2011.` : 'Vul de geboortedatum in als dag-maand-jaar, bijvoorbeeld 14-03-2011.');
      return;
    }
    const pd = parseDateNl(peildatum) ?? todayIso();
    const jaren = schooljaren.trim() ? Number(schooljaren) : undefined;
    if (jaren !== undefined && !(Number.isInteger(jaren) && jaren >= 0 && jaren <= 20)) {
      setError('Vul bij het aantal schooljaren een heel getal in van 0 tot en met 20, of laat het leeg.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(await postJson<LeerplichtResult>('/api/leerplicht', {
        geboortedatum: gd,
        peildatum: pd,
        ...(startkwalificatie ? { startkwalificatie: true } : {}),
        ...(jaren !== undefined ? { volledigeSchooljaren: jaren } : {}),
        ...(regio ? { regio } : {}),
      }));
      setAsked(pd);
    } catch (err) {
      setResult(undefined);
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p class="utrecht-paragraph">Vul een geboortedatum in. U ziet of iemand op de peildatum leerplichtig of kwalificatieplichtig is, en wanneer dat begint en eindigt. De geboortedatum wordt niet bewaard.</p>
      <form onSubmit={submit} noValidate class="form">
        <Field id="lp-geboortedatum" label="Geboortedatum" description="Als dag-maand-jaar, bijvoorbeeld 14-03-2011.">
          <input id="lp-geboortedatum" class="utrecht-textbox utrecht-textbox--html-input textbox--short" inputMode="numeric" placeholder="dd-mm-jjjj" autoComplete="off" value={geboortedatum} aria-describedby="lp-geboortedatum-uitleg" onInput={(e) => setGeboortedatum((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <Field id="lp-peildatum" label="Peildatum" description="De datum waarop u het wilt weten. Standaard is dat vandaag.">
          <input id="lp-peildatum" class="utrecht-textbox utrecht-textbox--html-input textbox--short" inputMode="numeric" placeholder="dd-mm-jjjj" autoComplete="off" value={peildatum} aria-describedby="lp-peildatum-uitleg" onInput={(e) => setPeildatum((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <Field id="lp-schooljaren" label="Volledige schooljaren op school (niet verplicht)" description="Tel de basisschool als 8 jaar, ook als die korter duurde. Na 12 volledige schooljaren eindigt de leerplicht eerder.">
          <input id="lp-schooljaren" class="utrecht-textbox utrecht-textbox--html-input textbox--short" inputMode="numeric" value={schooljaren} aria-describedby="lp-schooljaren-uitleg" onInput={(e) => setSchooljaren((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <Field id="lp-regio" label="Regio (niet verplicht)" description="Voor de precieze eerste schooldag na de schoolvakantie.">
          <Select id="lp-regio" value={regio} options={REGIO} placeholder="Weet ik niet" onChange={setRegio} />
        </Field>
        <CheckboxField id="lp-startkwalificatie" label="Heeft een startkwalificatie (havo, vwo of mbo niveau 2 of hoger)" checked={startkwalificatie} onChange={setStartkwalificatie} />
        <ErrorMessage error={error} />
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Bereken</Button>
      </form>
      {result ? (
        <section class="outcome decision-card" aria-labelledby="lp-uitkomst" aria-live="polite">
          <h2 class="utrecht-heading-2" id="lp-uitkomst">Op {dateNl(asked)}: {result.status ? label(STATUS, result.status) : 'zie hieronder'}</h2>
          <h3 class="utrecht-heading-3">Tijdlijn</h3>
          <ol class="timeline">
            {marks(result, asked).map((m) => (
              <li key={`${m.date}-${m.label}`} class={m.now ? 'timeline__item timeline__item--now' : 'timeline__item'}>
                <span class="timeline__date">{dateNl(m.date)}</span>
                <span class="timeline__label">{m.label}</span>
              </li>
            ))}
          </ol>
          <Details data={result} skip={['status', 'peildatum', 'legalBasis', 'steps', 'uitleg', 'missing', ...Object.keys(result).filter((k) => typeof result[k] === 'string' && ISO.test(result[k] as string))]} />
          <Notes title="Om het zeker te weten is nog nodig" items={result.missing} />
          <Notes title="Goed om te weten" items={result.uitleg} />
          <Grounds legalBasis={result.legalBasis} steps={result.steps} />
        </section>
      ) : null}
    </>
  );
}
