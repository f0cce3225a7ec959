import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useErrorBoundary, useRef } from 'preact/hooks';
import { Alert, Button } from './components/ui.js';
import { lazyView } from './components/lazy.js';
import { onLinkClick, useLocation } from './router.js';
import { BeslisboomView } from './views/beslisboom.js';
import { BronnenView } from './views/bronnen.js';
import { LeerplichtView } from './views/leerplicht.js';
import { VerlofView } from './views/verlof.js';
import { VerzuimlijstView } from './views/verzuimlijst.js';
import { VraagView } from './views/vraag.js';

interface View {
  path: string;
  nav: string;
  title: string;
  component: ComponentType;
}

const VIEWS: View[] = [
  { path: '/vraag', nav: 'Vraag', title: 'Stel een vraag', component: VraagView },
  { path: '/beslisboom', nav: 'Beslisboom', title: 'Welke melding moet ik doen?', component: BeslisboomView },
  { path: '/verlof', nav: 'Verlof en vrijstelling', title: 'Mag dit verlof of deze vrijstelling?', component: VerlofView },
  { path: '/leerplicht', nav: 'Leerplicht', title: 'Is iemand leerplichtig?', component: LeerplichtView },
  { path: '/verzuimlijst', nav: 'Verzuimlijst', title: 'Verzuimlijst controleren', component: VerzuimlijstView },
  { path: '/bronnen', nav: 'Bronnen', title: 'Bronnen zoeken', component: BronnenView },
  // Only the helpdesk uses this view: it loads on first visit, outside the first-load bundle.
  { path: '/helpdesk', nav: 'Helpdesk', title: 'Helpdesk', component: lazyView(() => import('./views/helpdesk.js').then((m) => m.HelpdeskView)) },
];

/** A view that throws shows a Dutch message in its place instead of a blank page. */
function Guard({ children }: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (!error) return <>{children}</>;
  return (
    <Alert type="error" focus>
      <p class="utrecht-paragraph">Dit onderdeel van de pagina liep vast. Probeer het opnieuw of laad de pagina opnieuw.</p>
      <Button onClick={reset}>Probeer opnieuw</Button>
    </Alert>
  );
}

export function App() {
  const loc = useLocation();
  const path = loc.path.replace(/\/+$/, '') || '/vraag';
  const view = VIEWS.find((v) => v.path === path);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    document.title = `${view?.title ?? 'Pagina niet gevonden'} — Wegwijzer`;
    // After a navigation (not on first load), move focus to the new heading, as a page load would.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [path]);

  const Current = view?.component;
  return (
    <div class="page" onClick={onLinkClick}>
      <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Naar de inhoud</a>
      <header class="utrecht-page-header site-header">
        <div class="site-header__content">
          <a class="site-logo" href="/vraag">Wegwijzer<span class="site-logo__sub">leerplicht en verzuim</span></a>
        </div>
        <nav class="site-nav" aria-label="Hoofdmenu">
          <ul class="site-nav__list">
            {VIEWS.map((v) => (
              <li key={v.path}>
                <a class="site-nav__link" href={v.path} aria-current={v.path === path ? 'page' : undefined}>{v.nav}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhoud" class="site-main">
        <h1 class="utrecht-heading-1" tabIndex={-1} ref={heading}>{view?.title ?? 'Deze pagina bestaat niet'}</h1>
        {Current ? <Guard key={path}><Current /></Guard> : <p class="utrecht-paragraph">Kies hierboven wat u wilt doen, of ga naar <a class="utrecht-link" href="/vraag">Stel een vraag</a>.</p>}
      </main>
      <footer class="utrecht-page-footer site-footer">
        <p class="utrecht-paragraph">Wegwijzer geeft uitleg bij de Leerplichtwet. Twijfelt u? Neem contact op met de leerplichtambtenaar van de gemeente waar de leerling woont.</p>
      </footer>
    </div>
  );
}
