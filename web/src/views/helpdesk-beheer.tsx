import { useEffect, useState } from 'preact/hooks';
import { getJson, patchJson, postJson } from '../api.js';
import { Alert, Button, ErrorMessage, Field, Select } from '../components/ui.js';
import { dateTimeNl, useFailureText, type Role, type User } from './helpdesk-shared.js';
import type { AuditRecord } from '../../../server/store/types.js';

// For the role beheer: accounts (make one, change its role, switch it off) and the audit log (who did what, when).

const ROLES: Array<[Role, string]> = [
  ['helpdesk', 'Helpdesk'],
  ['beheer', 'Beheer'],
  ['school', 'School'],
  ['leerplichtambtenaar', 'Leerplichtambtenaar'],
];
const MIN_PASSWORD = 12;

export function AccountsView() {
  const [users, setUsers] = useState<User[]>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  /** Changing an account with role helpdesk or beheer needs the actor's own password (server: reauthenticate). */
  const [own, setOwn] = useState('');
  const failure = useFailureText();

  async function load() {
    try {
      setUsers((await getJson<{ users: User[] }>('/api/users')).users);
    } catch (e) {
      setError(failure(e));
    }
  }
  useEffect(() => {
    void load();
  }, []);

  function changed(message: string) {
    setNotice(message);
    void load();
  }

  return (
    <>
      <Field id="eigen-wachtwoord" label="Uw eigen wachtwoord" description="Nodig om een account met rol helpdesk of beheer aan te maken of te wijzigen.">
        <input id="eigen-wachtwoord" type="password" autoComplete="current-password" class="utrecht-textbox utrecht-textbox--html-input" value={own} aria-describedby="eigen-wachtwoord-uitleg" onInput={(e) => setOwn((e.currentTarget as HTMLInputElement).value)} />
      </Field>
      <NewAccount reauth={own} onCreated={(u) => changed(`Het account ${u.email} is aangemaakt met de rol ${u.role}.`)} />
      <section aria-labelledby="accounts-titel">
        <h2 class="utrecht-heading-2" id="accounts-titel">Accounts</h2>
        <ErrorMessage error={error} />
        {notice ? <Alert key={notice} type="ok"><p class="utrecht-paragraph">{notice}</p></Alert> : null}
        {users ? (
          <ul class="item-list">
            {users.map((u) => <Account key={`${u.id}-${u.updatedAt}`} user={u} reauth={own} onChanged={changed} />)}
          </ul>
        ) : null}
      </section>
    </>
  );
}

function NewAccount({ reauth, onCreated }: { reauth: string; onCreated: (u: User) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('helpdesk');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();

  async function submit(e: Event) {
    e.preventDefault();
    if (!email.trim()) return setError('Vul het e-mailadres in.');
    if (!role) return setError('Kies een rol.');
    if (password.length < MIN_PASSWORD) return setError(`Kies een wachtwoord van minstens ${MIN_PASSWORD} tekens.`);
    setBusy(true);
    setError(undefined);
    try {
      const { user } = await postJson<{ user: User }>('/api/users', { email: email.trim(), role, password, ...(name.trim() ? { name: name.trim() } : {}), ...(reauth ? { huidigWachtwoord: reauth } : {}) });
      setEmail('');
      setName('');
      setPassword('');
      onCreated(user);
    } catch (err) {
      setError(failure(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="nieuw-account-titel">
      <h2 class="utrecht-heading-2" id="nieuw-account-titel">Nieuw account</h2>
      <Field id="account-email" label="E-mailadres">
        <input id="account-email" type="email" autoComplete="off" class="utrecht-textbox utrecht-textbox--html-input" value={email} onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)} />
      </Field>
      <Field id="account-naam" label="Naam (niet verplicht)">
        <input id="account-naam" class="utrecht-textbox utrecht-textbox--html-input" maxLength={200} value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
      </Field>
      <Field id="account-rol" label="Rol" description="Helpdesk: concepten, kennisbank en feedback. Beheer: accounts, logboek en de kennisbank bekijken. School en leerplichtambtenaar: alleen vragen stellen.">
        <Select id="account-rol" value={role} options={ROLES} onChange={setRole} describedBy="account-rol-uitleg" />
      </Field>
      <Field id="account-wachtwoord" label="Eerste wachtwoord" description={`Minstens ${MIN_PASSWORD} tekens. Geef het wachtwoord op een veilige manier door; de gebruiker kan het daarna zelf wijzigen.`}>
        <input id="account-wachtwoord" type="password" autoComplete="new-password" class="utrecht-textbox utrecht-textbox--html-input" value={password} aria-describedby="account-wachtwoord-uitleg" onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)} />
      </Field>
      <ErrorMessage error={error} />
      <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Account aanmaken</Button>
    </form>
  );
}

function Account({ user, reauth, onChanged }: { user: User; reauth: string; onChanged: (message: string) => void }) {
  const [role, setRole] = useState<Role | ''>(user.role);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const failure = useFailureText();

  async function change(patch: { role?: Role; active?: boolean }, message: string) {
    setBusy(true);
    setError(undefined);
    try {
      await patchJson(`/api/users/${user.id}`, { ...patch, ...(reauth ? { huidigWachtwoord: reauth } : {}) });
      onChanged(message);
    } catch (e) {
      setError(failure(e));
      setBusy(false);
    }
  }

  return (
    <li class="item">
      <h3 class="utrecht-heading-4 item__title">{user.name ? `${user.name} (${user.email})` : user.email}</h3>
      <p class="utrecht-paragraph item__meta">
        {user.active ? <span class="badge badge--gepubliceerd">Actief</span> : <span class="badge badge--ingetrokken">Uitgeschakeld</span>} rol {user.role} · aangemaakt op {dateTimeNl(user.createdAt)}
      </p>
      <form
        class="filter-form"
        noValidate
        aria-label={`Rol van ${user.email}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (role && role !== user.role) void change({ role }, `${user.email} heeft nu de rol ${role}.`);
        }}
      >
        <Field id={`rol-${user.id}`} label={`Rol van ${user.email}`}>
          <Select id={`rol-${user.id}`} value={role} options={ROLES} onChange={setRole} />
        </Field>
        <div class="filter-form__actions">
          <Button type="submit" disabled={busy || !role || role === user.role}>Rol opslaan</Button>
          <Button disabled={busy} onClick={() => void change({ active: !user.active }, user.active ? `${user.email} is uitgeschakeld en kan niet meer inloggen.` : `${user.email} kan weer inloggen.`)}>
            {user.active ? 'Uitschakelen' : 'Weer inschakelen'}<span class="visually-hidden">: {user.email}</span>
          </Button>
        </div>
      </form>
      <ErrorMessage error={error} />
    </li>
  );
}

const ACTION: Record<string, string> = {
  'draft.created': 'Concept gemaakt',
  'draft.edited': 'Concept bewerkt',
  'draft.status': 'Status van een concept gewijzigd',
  'kennisbank.published': 'Gepubliceerd in de kennisbank',
  'kennisbank.superseded': 'Kennisbankvraag vervangen door een nieuwe versie',
  'kennisbank.withdrawn': 'Kennisbankvraag ingetrokken',
  'kennisbank.checked': 'Kennisbankvraag gecontroleerd',
  'user.created': 'Account aangemaakt',
  'user.updated': 'Account gewijzigd',
  'token.created': 'API-token aangemaakt',
  'token.revoked': 'API-token ingetrokken',
};

const PAGE = 50;

export function LogView({ query }: { query: URLSearchParams }) {
  const vanaf = Math.max(0, Number(query.get('vanaf')) || 0);
  const [events, setEvents] = useState<AuditRecord[]>();
  const [who, setWho] = useState<Map<number, string>>(new Map());
  const [error, setError] = useState<string>();
  const failure = useFailureText();

  useEffect(() => {
    const ctrl = new AbortController();
    setError(undefined);
    Promise.all([getJson<{ events: AuditRecord[] }>(`/api/audit?limit=${PAGE}&offset=${vanaf}`, ctrl.signal), getJson<{ users: User[] }>('/api/users', ctrl.signal)])
      .then(([a, u]) => {
        setEvents(a.events);
        setWho(new Map(u.users.map((x) => [x.id, x.email])));
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setError(failure(e));
      });
    return () => ctrl.abort();
  }, [vanaf]);

  const page = (from: number) => `/helpdesk?deel=logboek${from ? `&vanaf=${from}` : ''}`;
  return (
    <section aria-labelledby="logboek-titel">
      <h2 class="utrecht-heading-2" id="logboek-titel">Logboek</h2>
      <p class="utrecht-paragraph">Wie wat deed, nieuwste eerst. Het logboek bewaart nummers en statussen, geen teksten van vragen of antwoorden.</p>
      <ErrorMessage error={error} />
      {events ? (
        <>
          {events.length === 0 ? <p class="utrecht-paragraph">Er staat niets (meer) in het logboek.</p> : null}
          <ul class="item-list">
            {events.map((e) => (
              <li key={e.id} class="item">
                <p class="utrecht-paragraph item__title">
                  <strong>{ACTION[e.action] ?? e.action}</strong> · {e.entity} {e.entityId}
                </p>
                <p class="utrecht-paragraph item__meta">
                  {dateTimeNl(e.at)} · {e.actorId === undefined ? 'door het systeem' : `door ${who.get(e.actorId) ?? `gebruiker ${e.actorId}`}`}
                  {Object.keys(e.detail ?? {}).length ? ` · ${Object.entries(e.detail).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}` : ''}
                </p>
              </li>
            ))}
          </ul>
          <nav class="pager" aria-label="Meer van het logboek">
            {vanaf > 0 ? <a class="utrecht-link" href={page(Math.max(0, vanaf - PAGE))}>Nieuwere {PAGE}</a> : null}
            {events.length === PAGE ? <a class="utrecht-link" href={page(vanaf + PAGE)}>Oudere {PAGE}</a> : null}
          </nav>
        </>
      ) : null}
    </section>
  );
}
