import { render } from 'preact';
import { App } from './app.js';
import './styles.js';
import { installPrintHandlers } from './print.js';

installPrintHandlers();
const root = document.getElementById('app');
if (root) {
  // Never leave a blank page: if rendering throws, show a Dutch message instead.
  try {
    render(<App />, root);
    // Rendering is synchronous: from here the page responds to input. The e2e test reads this mark.
    performance.mark('wegwijzer-interactief');
  } catch {
    root.textContent = 'De pagina kon niet worden geladen. Laad de pagina opnieuw.';
  }
}
