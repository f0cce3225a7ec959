import { Fragment, type ComponentChildren } from 'preact';
import { numberNl } from '../format.js';
import { BESLISSER, dateNl, MELDING, STATUS } from '../labels.js';

// Renders the rest of a rules response (deadlines, conditions, actions per role …) as headings, lists and
// text, so a new field in the API shows up on the page without a client change. All of it as escaped text.

const KEY_LABEL: Record<string, string> = {
  school: 'School',
  leerplichtambtenaar: 'Leerplichtambtenaar',
  helpdesk: 'Helpdesk',
  ouders: 'Ouders',
  directeur: 'Directeur',
  verplicht: 'Verplicht',
  aan: 'Aan wie',
  door: 'Door wie',
  wie: 'Wie',
  wanneer: 'Wanneer',
  termijn: 'Termijn',
  deadline: 'Uiterlijk',
  einddatum: 'Einddatum',
  voorwaarden: 'Voorwaarden',
  termijnen: 'Termijnen',
  documenten: 'Documenten',
  bezwaar: 'Bezwaar maken',
  acties: 'Wat te doen',
  vervolg: 'Wat te doen',
  toelichting: 'Toelichting',
  uitleg: 'Uitleg',
  opmerkingen: 'Let op',
  waarschuwingen: 'Let op',
  regionaal: 'Afspraken in de regio',
  einddatumRegel: 'Einddatum van de melding',
  urenEenheid: 'Uren tellen in',
  extraMeldingen: 'Ook melden',
  triggers: 'Signalen uit het protocol',
  sectie: 'Onderdeel van het protocol',
  omschrijving: 'Omschrijving',
  maxDagen: 'Hoogstens aantal schooldagen',
  leerplichtStart: 'Leerplicht begint',
  leerplichtEinde: 'Leerplicht eindigt',
  kwalificatieplichtEinde: 'Kwalificatieplicht eindigt',
  doorstroompuntTot: 'Hulp van het Doorstroompunt mogelijk tot',
  leeftijd: 'Leeftijd',
  naam: 'Naam',
  regio: 'Regio',
  melding: 'Melding',
  beslisser: 'Wie beslist',
  status: 'Status',
};

/** Codes in a field that have a plain-language label. */
const VALUE_LABEL: Record<string, Record<string, string>> = {
  aan: {
    leerplichtambtenaar: 'De leerplichtambtenaar van de woongemeente',
    doorstroompunt: 'Het Doorstroompunt (vroeger RMC) van de woongemeente',
    niemand: 'Niemand',
  },
  beslisser: { ...BESLISSER, college: 'Het college van burgemeester en wethouders (in de praktijk de leerplichtambtenaar)' },
  melding: MELDING,
  status: STATUS,
};

export function humanKey(key: string): string {
  if (KEY_LABEL[key]) return KEY_LABEL[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function scalar(v: unknown, key?: string): string {
  if (key && typeof v === 'string' && VALUE_LABEL[key]?.[v]) return VALUE_LABEL[key][v];
  if (v === true) return 'Ja';
  if (v === false) return 'Nee';
  if (typeof v === 'number') return numberNl(v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dateNl(v);
  return String(v);
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** One value: a scalar as text, a list as a list, an object as a definition list. */
export function Value({ value, field, depth = 0 }: { value: unknown; field?: string; depth?: number }): ComponentChildren {
  if (value === null || value === undefined) return null;
  if (isScalar(value)) return scalar(value, field);
  if (depth > 4) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return (
      <ul class="utrecht-unordered-list">
        {value.map((v, i) => <li class="utrecht-unordered-list__item" key={i}><Value value={v} depth={depth + 1} /></li>)}
      </ul>
    );
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // A {label|tekst|text, …} object reads best as its text.
    const text = o.label ?? o.tekst ?? o.text ?? o.omschrijving ?? o.question;
    const entries = Object.entries(o).filter(([k, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));
    if (isScalar(text) && entries.every(([k, v]) => isScalar(v) || k === 'legalBasis')) {
      const rest = entries.filter(([k]) => !['label', 'tekst', 'text', 'omschrijving', 'question', 'fact', 'id', 'legalBasis'].includes(k));
      return (
        <>
          {scalar(text)}
          {rest.length ? ` (${rest.map(([k, v]) => `${humanKey(k).toLowerCase()}: ${scalar(v, k)}`).join('; ')})` : ''}
        </>
      );
    }
    return (
      <dl class="facts">
        {entries.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{humanKey(k)}</dt>
            <dd><Value value={v} field={k} depth={depth + 1} /></dd>
          </Fragment>
        ))}
      </dl>
    );
  }
  return null;
}

/** The fields of `data` other than `skip`, each with a readable label. */
export function Details({ data, skip }: { data: Record<string, unknown>; skip: readonly string[] }) {
  const entries = Object.entries(data).filter(([k, v]) => !skip.includes(k) && v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));
  if (entries.length === 0) return null;
  return (
    <dl class="facts">
      {entries.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{humanKey(k)}</dt>
          <dd><Value value={v} field={k} /></dd>
        </Fragment>
      ))}
    </dl>
  );
}

const ROLE_QUESTION: Record<string, string> = {
  school: 'Wat doet de school?',
  leerplichtambtenaar: 'Wat doet de leerplichtambtenaar?',
  ouders: 'Wat doen de ouders?',
  helpdesk: 'Wat doet de helpdesk?',
};

/** `{school: [...], leerplichtambtenaar: [...]}` as one heading and list per role. */
export function ActionsPerRole({ acties, level = 3 }: { acties: unknown; level?: 3 | 4 }) {
  if (!acties || typeof acties !== 'object' || Array.isArray(acties)) return null;
  const H = `h${level}` as 'h3';
  return (
    <>
      {Object.entries(acties as Record<string, unknown>)
        .filter(([, items]) => Array.isArray(items) && items.length > 0)
        .map(([role, items]) => (
          <Fragment key={role}>
            <H class={`utrecht-heading-${level}`}>{ROLE_QUESTION[role] ?? `Wat doet ${humanKey(role).toLowerCase()}?`}</H>
            <ul class="utrecht-unordered-list">
              {(items as unknown[]).map((a, i) => <li class="utrecht-unordered-list__item" key={i}><Value value={a} /></li>)}
            </ul>
          </Fragment>
        ))}
    </>
  );
}

/** A list of plain sentences under a heading (uitleg, extra reports), or nothing when empty. */
export function Notes({ title, items }: { title: string; items: unknown }) {
  if (!Array.isArray(items) || items.length === 0) return null;
  return (
    <>
      <h3 class="utrecht-heading-3">{title}</h3>
      <ul class="utrecht-unordered-list">
        {items.map((t, i) => <li class="utrecht-unordered-list__item" key={i}><Value value={t} /></li>)}
      </ul>
    </>
  );
}

interface RegionalTrigger {
  id?: string;
  omschrijving?: string;
  sectie?: string;
  melding?: string;
  acties?: unknown;
}

/** The regional protocol's part of a melding outcome. */
export function Regional({ regionaal }: { regionaal: unknown }) {
  const r = regionaal as { naam?: string; regio?: string; triggers?: RegionalTrigger[] } | undefined;
  if (!r || typeof r !== 'object' || !Array.isArray(r.triggers) || r.triggers.length === 0) return null;
  return (
    <section class="regional">
      <h3 class="utrecht-heading-3">Afspraken in de regio {r.naam ?? r.regio ?? ''}</h3>
      {r.triggers.map((t, i) => (
        <div key={t.id ?? i} class="regional__trigger">
          <p class="utrecht-paragraph"><strong>{t.omschrijving}</strong>{t.sectie ? ` (protocol, ${t.sectie})` : ''}</p>
          {t.melding ? <p class="utrecht-paragraph">Melding: {scalar(t.melding, 'melding')}</p> : null}
          <ActionsPerRole acties={t.acties} level={4} />
        </div>
      ))}
    </section>
  );
}
