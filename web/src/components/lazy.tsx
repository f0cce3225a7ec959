import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Button, ErrorMessage } from './ui.js';

/**
 * A view loaded on first use (a dynamic import, its own chunk), so the first load of the page stays small.
 * A failed load (offline, or a new version deployed meanwhile) shows a Dutch message with a retry.
 */
export function lazyView<P extends object = Record<string, never>>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (View) return;
      let live = true;
      setFailed(false);
      load()
        .then((v) => {
          loaded = v;
          if (live) setView(() => v);
        })
        .catch(() => {
          if (live) setFailed(true);
        });
      return () => {
        live = false;
      };
    }, [attempt]);
    if (View) return <View {...props} />;
    if (failed) {
      return (
        <>
          <ErrorMessage error="Dit onderdeel kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw, of laad de pagina opnieuw." />
          <Button onClick={() => setAttempt((n) => n + 1)}>Probeer opnieuw</Button>
        </>
      );
    }
    return <p class="utrecht-paragraph" role="status">Even geduld, dit onderdeel wordt geladen…</p>;
  };
}
