import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, errorText, getJson, postJson, send } from '../api.js';
import { Alert, Button, ErrorMessage, Field } from '../components/ui.js';
import { useLocation } from '../router.js';
import { allowed } from '../../../server/auth/roles.js';
import { AccountsView, LogView } from './helpdesk-beheer.js';
import { DraftView } from './helpdesk-concept.js';
import { DraftsView } from './helpdesk-concepten.js';
import { FeedbackView } from './helpdesk-feedback.js';
import { KennisbankView } from './helpdesk-kennisbank.js';
import { SessionEnded, type Role, type User } from './helpdesk-shared.js';
import './helpdesk.css';

// The helpdesk workplace: log in, then drafts (write, review, publish), the kennisbank and the feedback on answers.
// Which parts show follows the role, with the same permission table the server checks (server/auth/roles.ts).

type Session = { state: 'laden' } | { state: 'fout'; error: string } | { state: 'uit'; notice?: string } | { state: 'in'; user: User; fresh?: boolean };

type Part = 'concepten' | 'kennisbank' | 'feedback' | 'accounts' | 'logboek';

const PARTS: Array<{ part: Part; nav: string; may: (r: Role) => boolean }> = [
  { part: 'concepten', nav: 'Concepten', may: (r) => allowed(r, 'drafts:read') },
  { part: 'kennisbank', nav: 'Kennisbank', may: (r) => allowed(r, 'kennisbank:read') },
  { part: 'feedback', nav: 'Feedback', may: (r) => allowed(r, 'feedback:read') },
  { part: 'accounts', nav: 'Accounts', may: (r) => allowed(r, 'users:manage') },
  { part: 'logboek', nav: 'Logboek', may: (r) => allowed(r, 'audit:read') },
];

export function HelpdeskView() {
  const [session, setSession] = useState<Session>({ state: 'laden' });

  function check() {
    setSession({ state: 'laden' });
    getJson<{ user: User }>('/api/auth/me')
      .then((b) => setSession({ state: 'in', user: b.user }))
      .catch((e: unknown) => {
        if (e instanceof ApiFailure && e.status === 401) setSession({ state: 'uit' });
        else if (e instanceof ApiFailure && e.status === 404) setSession({ state: 'fout', error: 'De helpdesk staat op deze server niet aan. Vraag de beheerder om de helpdesk in te schakelen.' });
        else setSession({ state: 'fout', error: errorText(e) });
      });
  }
  useEffect(check, []);

  if (session.state === 'laden') return <p class="utrecht-paragraph" role="status">Even geduld, wij kijken of u bent ingelogd…</p>;
  if (session.state === 'fout') {
    return (
      <>
        <ErrorMessage error={session.error} />
        <Button onClick={check}>Probeer opnieuw</Button>
      </>
    );
  }
  if (session.state === 'uit') return <Login notice={session.notice} onLogin={(user) => setSession({ state: 'in', user, fresh: true })} />;
  return (
    <SessionEnded.Provider value={() => setSession({ state: 'uit', notice: 'U bent niet meer ingelogd (de sessie is verlopen). Log opnieuw in.' })}>
      <Workplace user={session.user} fresh={session.fresh} onLogout={() => setSession({ state: 'uit', notice: 'U bent uitgelogd.' })} />
    </SessionEnded.Provider>
  );
}

function Login({ notice, onLogin }: { notice?: string; onLogin: (user: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError(!email.trim() ? 'Vul uw e-mailadres in.' : 'Vul uw wachtwoord in.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const body = await postJson<{ user: User }>('/api/auth/login', { email: email.trim(), password });
      setPassword('');
      onLogin(body.user);
    } catch (err) {
      // The login limiter's message names the wait; the general rate limit gets the same plain advice.
      if (err instanceof ApiFailure && err.status === 429 && err.code !== 'te-veel-pogingen') setError('Te veel pogingen achter elkaar. Wacht een paar minuten en probeer het dan opnieuw.');
      else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {notice ? <Alert type="info" focus><p class="utrecht-paragraph">{notice}</p></Alert> : null}
      <p class="utrecht-paragraph">
        Hier werkt de helpdesk aan antwoorden voor de kennisbank. U heeft een account nodig met de rol <strong>helpdesk</strong> (concepten, kennisbank en feedback) of <strong>beheer</strong> (accounts, logboek en de kennisbank bekijken).
        Iedereen kan zonder account vragen stellen bij <a class="utrecht-link" href="/vraag">Stel een vraag</a>.
      </p>
      <form class="form" onSubmit={submit} noValidate aria-labelledby="inloggen-titel">
        <h2 class="utrecht-heading-2" id="inloggen-titel">Inloggen</h2>
        <Field id="login-email" label="E-mailadres">
          <input id="login-email" type="email" autoComplete="username" class="utrecht-textbox utrecht-textbox--html-input" value={email} aria-invalid={error && !email.trim() ? true : undefined} onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <Field id="login-wachtwoord" label="Wachtwoord">
          <input id="login-wachtwoord" type="password" autoComplete="current-password" class="utrecht-textbox utrecht-textbox--html-input" value={password} aria-invalid={error && email.trim() && !password ? true : undefined} onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <ErrorMessage error={error} />
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Inloggen</Button>
      </form>
    </>
  );
}

function Workplace({ user, fresh, onLogout }: { user: User; fresh?: boolean; onLogout: () => void }) {
  const loc = useLocation();
  // After logging in, focus goes to who is logged in (the form is gone); screen readers hear it.
  const who = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (fresh) who.current?.focus();
  }, []);
  const [error, setError] = useState<string>();
  const parts = PARTS.filter((p) => p.may(user.role));
  const asked = loc.query.get('deel') as Part | null;
  const draftId = Number(loc.query.get('concept'));
  const part = draftId > 0 && parts.some((p) => p.part === 'concepten') ? 'concepten' : (parts.find((p) => p.part === asked) ?? parts[0])?.part;
  // Coming back from a draft, the list takes focus (the link that was used is gone).
  const previousDraft = useRef(draftId);
  const fromDraft = previousDraft.current > 0 && !(draftId > 0);
  useEffect(() => {
    previousDraft.current = draftId;
  }, [draftId]);

  async function logout() {
    setError(undefined);
    try {
      await send('/api/auth/logout', { method: 'POST' });
      onLogout();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <>
      <div class="who">
        <p class="utrecht-paragraph who__text" tabIndex={-1} ref={who}>
          Ingelogd als <strong>{user.name ?? user.email}</strong>{user.name ? ` (${user.email})` : ''}, rol {user.role}.
        </p>
        <Button onClick={() => void logout()}>Uitloggen</Button>
      </div>
      <ErrorMessage error={error} />
      {!parts.length ? (
        <Alert type="info">
          <p class="utrecht-paragraph">
            Uw rol ({user.role}) geeft geen toegang tot de helpdesk. Hiervoor is de rol <strong>helpdesk</strong> nodig (of <strong>beheer</strong> om de kennisbank te bekijken). Vraag de beheerder van Wegwijzer om uw rol aan te passen.
          </p>
          <p class="utrecht-paragraph">Vragen stellen kan wel, bij <a class="utrecht-link" href="/vraag">Stel een vraag</a>.</p>
        </Alert>
      ) : (
        <>
          {!allowed(user.role, 'drafts:read') ? (
            <p class="utrecht-paragraph">Met uw rol ({user.role}) kunt u de kennisbank bekijken{allowed(user.role, 'users:manage') ? ', accounts beheren en het logboek lezen' : ''}. Concepten schrijven, beoordelen en publiceren en de feedback lezen kan alleen met de rol helpdesk.</p>
          ) : null}
          <nav class="sub-nav" aria-label="Onderdelen van de helpdesk">
            <ul class="sub-nav__list">
              {parts.map((p) => (
                <li key={p.part}>
                  <a class="sub-nav__link" href={p.part === 'concepten' ? '/helpdesk' : `/helpdesk?deel=${p.part}`} aria-current={p.part === part && !(draftId > 0) ? 'page' : undefined}>{p.nav}</a>
                </li>
              ))}
            </ul>
          </nav>
          {part === 'concepten' ? (draftId > 0 ? <DraftView key={draftId} id={draftId} /> : <DraftsView query={loc.query} focus={fromDraft} />) : null}
          {part === 'kennisbank' ? <KennisbankView canPublish={allowed(user.role, 'kennisbank:publish')} canRevise={allowed(user.role, 'drafts:write')} /> : null}
          {part === 'feedback' ? <FeedbackView query={loc.query} canDraft={allowed(user.role, 'drafts:write')} /> : null}
          {part === 'accounts' ? <AccountsView /> : null}
          {part === 'logboek' ? <LogView query={loc.query} /> : null}
        </>
      )}
    </>
  );
}
