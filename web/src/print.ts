// Printing: the print stylesheet (theme.css, @media print) hides menus, forms and buttons. Closed <details> would
// print without their content, so every disclosure opens for the print and closes again afterwards. `printOnly`
// prints one part of the page (an answer, a letter) as its own page.

let reopened: HTMLDetailsElement[] = [];

/** Called once from main.tsx. */
export function installPrintHandlers(): void {
  window.addEventListener('beforeprint', () => {
    reopened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const d of reopened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of reopened) d.open = false;
    reopened = [];
    document.documentElement.removeAttribute('data-print-only');
    document.querySelector('.print-target')?.classList.remove('print-target');
  });
}

/** Prints only the element with this id (and what it needs around it), as one clean page. */
export function printOnly(id: string): void {
  const el = document.getElementById(id);
  if (!el) return window.print();
  el.classList.add('print-target');
  document.documentElement.setAttribute('data-print-only', '');
  window.print();
}
