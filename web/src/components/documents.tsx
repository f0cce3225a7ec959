import { useState } from 'preact/hooks';
import { dateLong, dateShort, numberNl, parseDateNl, parseNumberNl } from '../format.js';
import { BESLISSER, label, MELDING } from '../labels.js';
import { printOnly } from '../print.js';
import type { Decision } from '../types.js';
import { Button, Field, RadioGroup } from './ui.js';

// Documents people file, made in the browser from a rules outcome: a letter to the parents about a DUO report,
// an invitation to a talk, the fields for the DUO verzuimloket, a decision on a leave request. Everything is
// editable before printing and nothing is sent to or stored on the server: names typed here stay in this tab.

type Kind = 'brief-melding' | 'uitnodiging' | 'duo' | 'besluit';

const KIND_LABEL: Record<Kind, string> = {
  'brief-melding': 'Brief aan de ouders over de melding',
  uitnodiging: 'Uitnodiging voor een gesprek',
  duo: 'Gegevens voor het DUO-verzuimloket',
  besluit: 'Besluit op de verlofaanvraag',
};

/** Which documents fit an outcome: a report gets the letter and the DUO fields; leave gets a decision. */
export function documentKinds(d: Decision): Kind[] {
  if (d.type === 'verlof' || d.type === 'vrijstelling') return ['besluit'];
  if (d.type === 'melding' && d.melding && d.melding !== 'geen-melding') return ['brief-melding', 'duo', 'uitnodiging'];
  return ['uitnodiging'];
}

/** The Awb period and the body that handles an objection (Awb art. 6:7 and 7:1: six weeks, to whoever decided). */
export function bezwaarClause(beslisser: Decision['beslisser'] | 'college', wie: string): string {
  const bij = beslisser === 'directeur' ? `de directeur van ${wie || 'de school'}` : `het college van burgemeester en wethouders van ${wie || 'de gemeente'}`;
  return `Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag waarop dit besluit is verzonden schriftelijk bezwaar maken bij ${bij}. Zet in uw bezwaarschrift uw naam en adres, de datum, welk besluit het betreft en waarom u het er niet mee eens bent, en onderteken het (Algemene wet bestuursrecht, artikelen 6:5, 6:7 en 7:1).`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Fields {
  school: string;
  plaats: string;
  datum: string;
  leerling: string;
  ondertekening: string;
  gesprek: string;
  tijd: string;
  besluit: '' | 'toegekend' | 'afgewezen';
  van: string;
  tot: string;
  gemeente: string;
}

const asDate = (raw: string) => {
  const iso = parseDateNl(raw);
  return iso ? dateLong(iso) : raw || '[datum]';
};

function meldingText(d: Decision): string {
  return label(MELDING, d.melding).replace(/^Melding /, '').replace(/^./, (c) => c.toLowerCase());
}

function grounds(d: Decision): string {
  return d.legalBasis.map((r) => r.label).join('; ');
}

export function letterText(kind: Exclude<Kind, 'duo'>, d: Decision, f: Fields): string {
  const kind_ = f.leerling || 'uw kind';
  const head = `${f.plaats || '[plaats]'}, ${asDate(f.datum)}`;
  const sign = `Met vriendelijke groet,\n\n${f.ondertekening || '[naam en functie]'}\n${f.school || '[naam van de school]'}`;
  if (kind === 'brief-melding') {
    return [
      head,
      'Betreft: melding van verzuim bij DUO',
      `Geachte ouder(s) of verzorger(s) van ${kind_},`,
      `Met deze brief laten wij u weten dat wij het verzuim van ${kind_} hebben gemeld in het verzuimloket van DUO. Het gaat om een melding van ${meldingText(d)}. De school moet dit verzuim melden; dat staat in de wet (${grounds(d) || 'Leerplichtwet 1969'}).`,
      'De leerplichtambtenaar van uw gemeente ontvangt de melding en neemt mogelijk contact met u op. Hij of zij wil samen met u en de school kijken hoe het verzuim kan stoppen en of er hulp nodig is.',
      `Heeft u vragen over deze melding? Neem dan contact op met ${f.school || 'de school'}.`,
      sign,
    ].join('\n\n');
  }
  if (kind === 'uitnodiging') {
    return [
      head,
      'Betreft: uitnodiging voor een gesprek over afwezigheid',
      `Geachte ouder(s) of verzorger(s) van ${kind_},`,
      `${kind_.charAt(0).toUpperCase()}${kind_.slice(1)} is de laatste tijd vaak afwezig geweest. Wij maken ons daar zorgen over en willen graag met u en ${kind_} in gesprek om te horen wat er speelt en samen afspraken te maken.`,
      `Wij nodigen u uit op ${asDate(f.gesprek)}${f.tijd ? ` om ${f.tijd}` : ''} op school. Kunt u niet op dit moment? Laat het ons dan weten, dan maken wij een nieuwe afspraak.`,
      sign,
    ].join('\n\n');
  }
  const wie = d.beslisser === 'directeur' ? f.school : f.gemeente;
  const toegekend = f.besluit === 'toegekend';
  return [
    head,
    'Betreft: besluit op uw aanvraag om verlof',
    `Geachte ouder(s) of verzorger(s) van ${kind_},`,
    `U heeft verlof aangevraagd voor ${kind_} van ${asDate(f.van)} tot en met ${asDate(f.tot)}. ${f.besluit ? `Uw aanvraag is ${toegekend ? 'toegekend' : 'afgewezen'}.` : '[kies: toegekend of afgewezen]'}`,
    `Dit besluit is genomen op grond van: ${grounds(d) || '[wetsartikel]'}.`,
    `Overwegingen:\n${d.steps.map((s) => `- ${s}`).join('\n') || '- [overwegingen]'}`,
    ...(toegekend ? ['Wij vragen u het verlof alleen voor deze dagen te gebruiken.'] : []),
    bezwaarClause(d.beslisser, wie),
    `Met vriendelijke groet,\n\n${f.ondertekening || '[naam en functie]'}\n${d.beslisser === 'directeur' ? f.school || '[naam van de school]' : `namens het college van burgemeester en wethouders van ${f.gemeente || '[gemeente]'}`}`,
  ].join('\n\n');
}

const UNIT = [['lesuren', 'Lesuren (vo)'], ['klokuren', 'Klokuren (po)']] as const;

/** The fields the DUO verzuimloket asks for, each ready to copy. */
function DuoFields({ d }: { d: Decision }) {
  const [begin, setBegin] = useState('');
  const [eind, setEind] = useState('');
  const [uren, setUren] = useState('');
  const [unit, setUnit] = useState<'lesuren' | 'klokuren'>('lesuren');
  const [status, setStatus] = useState('');
  const beginIso = parseDateNl(begin);
  const eindIso = parseDateNl(eind);
  const hours = parseNumberNl(uren);
  const rows: [string, string][] = [
    ['Soort melding', meldingText(d).replace(/^./, (c) => c.toUpperCase())],
    ['Begindatum verzuim', beginIso ? dateShort(beginIso) : ''],
    ['Einddatum verzuim', eindIso ? dateShort(eindIso) : ''],
    ['Aantal uren verzuim', hours !== undefined ? numberNl(hours) : ''],
    ['Eenheid', unit],
  ];
  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} is gekopieerd.`);
    } catch {
      setStatus('Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.');
    }
  }
  return (
    <div class="duo">
      <p class="utrecht-paragraph">Vul aan wat de regels niet weten. Data als dag-maand-jaar, uren met een komma.</p>
      <div class="document-fields">
        <Field id="duo-begin" label="Begindatum"><input id="duo-begin" class="utrecht-textbox utrecht-textbox--html-input textbox--short" inputMode="numeric" value={begin} onInput={(e) => setBegin((e.currentTarget as HTMLInputElement).value)} /></Field>
        <Field id="duo-eind" label="Einddatum"><input id="duo-eind" class="utrecht-textbox utrecht-textbox--html-input textbox--short" inputMode="numeric" value={eind} onInput={(e) => setEind((e.currentTarget as HTMLInputElement).value)} /></Field>
        <Field id="duo-uren" label="Aantal uren"><input id="duo-uren" class="utrecht-textbox utrecht-textbox--html-input textbox--short" inputMode="decimal" value={uren} onInput={(e) => setUren((e.currentTarget as HTMLInputElement).value)} /></Field>
      </div>
      <RadioGroup name="duo-eenheid" legend="Eenheid" options={UNIT} value={unit} onChange={setUnit} />
      <dl class="duo__list" aria-label="Velden voor het DUO-verzuimloket">
        {rows.map(([k, v]) => (
          <div class="duo__row" key={k}>
            <dt>{k}</dt>
            <dd class="duo__value">{v || <span class="duo__empty">nog invullen</span>}</dd>
            <dd class="duo__copy">
              <Button appearance="subtle" disabled={!v} onClick={() => void copy(v, k)}>Kopieer<span class="visually-hidden"> {k.toLowerCase()}</span></Button>
            </dd>
          </div>
        ))}
      </dl>
      <Button onClick={() => void copy(rows.map(([k, v]) => `${k}: ${v}`).join('\n'), 'Alle velden')}>Alle velden kopiëren</Button>
      <p class="utrecht-paragraph" role="status">{status}</p>
    </div>
  );
}

function Letter({ kind, d, id }: { kind: Exclude<Kind, 'duo'>; d: Decision; id: string }) {
  const [f, setF] = useState<Fields>({ school: '', plaats: '', datum: dateShort(today()), leerling: '', ondertekening: '', gesprek: '', tijd: '', besluit: d.toegestaan === true ? 'toegekend' : d.toegestaan === false ? 'afgewezen' : '', van: '', tot: '', gemeente: '' });
  const [edited, setEdited] = useState<string>();
  const text = edited ?? letterText(kind, d, f);
  const set = (k: keyof Fields) => (e: Event) => {
    setF({ ...f, [k]: (e.currentTarget as HTMLInputElement).value });
  };
  const input = (k: keyof Fields, lbl: string, hint?: string) => (
    <Field id={`${id}-${k}`} label={lbl} description={hint}>
      <input id={`${id}-${k}`} class="utrecht-textbox utrecht-textbox--html-input" value={f[k]} aria-describedby={hint ? `${id}-${k}-uitleg` : undefined} onInput={set(k)} disabled={edited !== undefined} />
    </Field>
  );
  return (
    <div class="letter-editor">
      <div class="document-fields">
        {input('school', 'Naam van de school')}
        {kind === 'besluit' && d.beslisser !== 'directeur' ? input('gemeente', 'Gemeente') : null}
        {input('plaats', 'Plaats')}
        {input('datum', 'Datum van de brief', 'Als dag-maand-jaar.')}
        {input('leerling', 'Naam van de leerling', 'Blijft in uw browser; wordt niet verstuurd.')}
        {kind === 'uitnodiging' ? <>{input('gesprek', 'Datum van het gesprek', 'Als dag-maand-jaar.')}{input('tijd', 'Tijd van het gesprek')}</> : null}
        {kind === 'besluit' ? <>{input('van', 'Verlof vanaf', 'Als dag-maand-jaar.')}{input('tot', 'Verlof tot en met', 'Als dag-maand-jaar.')}</> : null}
        {input('ondertekening', 'Naam en functie van wie ondertekent')}
      </div>
      {kind === 'besluit' ? (
        <RadioGroup name={`${id}-besluit`} legend="Besluit" options={[['toegekend', 'Toegekend'], ['afgewezen', 'Afgewezen']] as const} value={f.besluit || undefined} onChange={(v) => setF({ ...f, besluit: v })} />
      ) : null}
      <Field id={`${id}-tekst`} label="Tekst van de brief" description="Pas de tekst hier aan; het afdrukvoorbeeld verandert mee.">
        <textarea id={`${id}-tekst`} class="utrecht-textarea utrecht-textarea--html-textarea letter-editor__text" rows={14} value={text} aria-describedby={`${id}-tekst-uitleg`} onInput={(e) => setEdited((e.currentTarget as HTMLTextAreaElement).value)} />
      </Field>
      {edited !== undefined ? <Button appearance="subtle" onClick={() => setEdited(undefined)}>Tekst opnieuw maken uit de velden</Button> : null}
      <h4 class="utrecht-heading-4" id={`${id}-voorbeeld-titel`}>Afdrukvoorbeeld</h4>
      <section class="letter" id={`${id}-voorbeeld`} aria-labelledby={`${id}-voorbeeld-titel`}>
        {text.split(/\n\s*\n/).map((para, i) => (
          <p class="letter__para" key={i}>{para.split('\n').flatMap((line, j) => (j ? [<br key={j} />, line] : [line]))}</p>
        ))}
      </section>
      <Button appearance="primary" onClick={() => printOnly(`${id}-voorbeeld`)}>Brief afdrukken</Button>
    </div>
  );
}

/** The documents for one outcome, one at a time. */
export function Documents({ decision, question }: { decision: Decision; question: string }) {
  const kinds = documentKinds(decision);
  const [kind, setKind] = useState<Kind>(kinds[0]!);
  const id = `document-${kind}`;
  return (
    <section class="documents-panel" aria-labelledby="documenten-titel">
      <h3 class="utrecht-heading-3" id="documenten-titel">Brief of formulier</h3>
      <p class="utrecht-paragraph">Gemaakt in uw browser uit de uitkomst bij “{question}”. Niets wordt verstuurd of bewaard. Controleer de tekst voordat u hem gebruikt.</p>
      {kinds.length > 1 ? <RadioGroup name="document-soort" legend="Wat wilt u maken?" options={kinds.map((k) => [k, KIND_LABEL[k]] as const)} value={kind} onChange={setKind} /> : null}
      {kind === 'duo' ? <DuoFields d={decision} /> : <Letter key={kind} kind={kind} d={decision} id={id} />}
      {decision.beslisser ? <p class="utrecht-paragraph print-hide">Wie beslist: {label(BESLISSER, decision.beslisser)}.</p> : null}
    </section>
  );
}
