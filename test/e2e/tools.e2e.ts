import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, CHROMIUM, ensureDir, openPage, ROOT, pageChecks, startBrowser, startServer, type Browser, type RunningServer } from './harness.js';

// The page as a working tool (issue 15): conversations, answers that fit a phone, documents to file, a picture of
// the absence, follow-ups that accept the answer. Same set-up as page.e2e.ts.
describe.skipIf(!existsSync(CHROMIUM))('de pagina als werkinstrument', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageProblems: string[] = [];
  const axeFindings: Record<string, string[]> = {};

  beforeAll(async () => {
    buildPage();
    [server, browser] = await Promise.all([startServer(), startBrowser()]);
    page = await openPage(browser, server, pageProblems);
  }, 360_000);

  afterAll(async () => {
    writeFileSync(join(ensureDir(join(ROOT, 'test-artifacts')), 'axe-tools.json'), JSON.stringify(axeFindings, null, 2));
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string) {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').waitFor();
  }

  const { expectAccessible, shoot } = pageChecks(() => page, axeFindings);

  const MELDING = 'Een leerling van 15 in havo 3 heeft in 4 weken 17 lesuren ongeoorloofd gemist. Moet ik dit melden?';

  async function askQuestion(text: string) {
    await page.getByLabel(/Uw vraag|Stel nog een vraag/).fill(text);
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    await page.locator('.turn').last().locator('.actions').waitFor();
  }

  it('Nieuwe vraag, de vragen van deze sessie (gemaskeerd) en een link die het antwoord opnieuw opent', async () => {
    await open('/vraag');
    // The empty page shows examples for the chosen persona.
    expect(await page.locator('.examples li').count()).toBeGreaterThanOrEqual(3);
    await page.getByLabel('Leerplichtambtenaar').check();
    await page.getByRole('heading', { name: 'Voorbeelden voor leerplichtambtenaar' }).waitFor();
    await page.getByLabel('School').check();

    await askQuestion(`Mijn leerling Sanne de Vries: ${MELDING}`);
    const turn = page.locator('.turn').first();
    // Conclusion and decision first; the explanation and the sources fold away behind "Waarom?" and "Bronnen".
    const order = await turn.evaluate((t) => [...t.children].map((c) => c.className || c.tagName));
    expect(order.findIndex((c) => c.includes('decision-card'))).toBeLessThan(order.findIndex((c) => c.includes('sources')));
    expect(await turn.locator('details.why-answer').getAttribute('open')).toBeNull();
    expect(await turn.locator('details.sources').getAttribute('open')).toBeNull();
    // One number per passage: no passage id appears twice among the sources.
    await turn.locator('details.sources summary').click();
    const hrefs = await turn.locator('details.sources li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    // No raw Markdown in the text.
    expect(await turn.locator('.turn__answer').first().textContent()).not.toMatch(/\*\*|(^|\s)\*\S/);

    // The address reopens the answer: the question is in it, masked.
    const link = new URL(page.url());
    expect(link.searchParams.get('vraag')).toContain('17 lesuren');
    expect(page.url()).not.toContain('Sanne');

    // "Nieuwe vraag" starts over: the earlier answer is gone, the history keeps the (masked) question.
    await page.getByRole('button', { name: 'Nieuwe vraag' }).first().click();
    expect(await page.locator('.turn').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vraag');
    const history = page.locator('.session-history li');
    expect(await history.count()).toBe(1);
    expect(await history.textContent()).not.toContain('Sanne');
    expect(await page.evaluate(() => sessionStorage.getItem('wegwijzer.vragen'))).not.toContain('Sanne');
    await expectAccessible('vraag-geschiedenis');

    // The link in a fresh tab state opens the same answer.
    await page.goto(link.href);
    await page.locator('.turn .decision-card').waitFor();
    expect(await page.locator('.turn .decision-card').textContent()).toContain('16 uur');
    expect(await page.locator('.turn').count()).toBe(1);
    // And the history link reopens it in a new conversation.
    await page.getByRole('button', { name: 'Nieuwe vraag' }).first().click();
    await page.locator('.session-history a').first().click();
    await page.locator('.turn .decision-card').waitFor();
    expect(await page.locator('.turn').count()).toBe(1);
    await expectAccessible('vraag-antwoord');
    await shoot('vraag-antwoord');

    // On a phone the answer is short and the question box follows it within one screen (only the rating form and
    // the buttons lie between).
    await page.setViewportSize({ width: 375, height: 800 });
    const gap = await page.evaluate(() => {
      const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top + window.scrollY;
      return top('#vraag') - top('.turn .actions');
    });
    expect(gap).toBeLessThan(800);
    // The answer itself (question, conclusion, decision card, folded explanation and sources) fits two screens.
    const answerHeight = await page.locator('.turn').first().evaluate((el) => el.querySelector('.actions')!.getBoundingClientRect().top - el.getBoundingClientRect().top);
    expect(answerHeight).toBeLessThan(2 * 800);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('de bron opent op 375 px leesbaar, met een gewone knop Sluiten', async () => {
    await open(`/vraag?vraag=${encodeURIComponent(MELDING)}&persona=school`);
    await page.locator('.turn .actions').waitFor();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator('.turn__answer a.citation').first().click();
    const dialog = page.locator('dialog.passage-dialog');
    await dialog.locator('.passage-text').waitFor();
    const close = dialog.getByRole('button', { name: 'Sluiten' });
    const box = (await close.boundingBox())!;
    expect(box.height).toBeLessThan(60);
    expect(box.width).toBeGreaterThan(box.height);
    expect((await dialog.boundingBox())!.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'screenshots', 'bron-dialoog-375.png') });
    await expectAccessible('bron-dialoog-375');
    await close.click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('brief aan de ouders: velden invullen, tekst aanpassen, afdrukvoorbeeld, en afdrukken als één pagina', async () => {
    await open(`/vraag?vraag=${encodeURIComponent(MELDING)}&persona=school`);
    await page.locator('.turn .actions').waitFor();
    await page.getByRole('button', { name: 'Brief of formulier maken' }).click();
    await page.getByLabel('Brief aan de ouders over de melding').check();
    await page.getByLabel('Naam van de school').fill('Het Baken');
    await page.getByLabel('Plaats').fill('Zwolle');
    await page.getByLabel('Naam van de leerling').fill('Daan');
    const preview = page.locator('.letter');
    await preview.waitFor();
    const text = await preview.textContent();
    expect(text).toContain('Geachte ouder(s) of verzorger(s) van Daan');
    expect(text).toContain('verzuimloket van DUO');
    expect(text).toMatch(/Zwolle, \d{1,2} \w+ \d{4}/);
    // The text can be edited; the preview follows.
    const box = page.getByLabel('Tekst van de brief');
    await box.fill(`${await box.inputValue()}\n\nPS Wij bellen u deze week.`);
    expect(await preview.textContent()).toContain('PS Wij bellen u deze week.');
    await expectAccessible('brief');
    await shoot('brief');

    // Print: only the letter, one page, without menus or buttons.
    await page.evaluate(() => {
      document.querySelector('.letter')!.classList.add('print-target');
      document.documentElement.setAttribute('data-print-only', '');
    });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.letter').isVisible()).toBe(true);
    expect(await page.getByLabel('Tekst van de brief').isVisible()).toBe(false);
    const letterPdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(ensureDir(join(ROOT, 'test-artifacts')), 'brief.pdf'), letterPdf);
    expect(pdfPages(letterPdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      document.querySelector('.print-target')?.classList.remove('print-target');
      document.documentElement.removeAttribute('data-print-only');
    });
  });

  it('een antwoord drukt af als één nette pagina met de citaten en bronnen', async () => {
    await open(`/vraag?vraag=${encodeURIComponent(MELDING)}&persona=school`);
    await page.locator('.turn .actions').waitFor();
    // What the "Afdrukken" button does, without the browser's print dialog: mark the answer, open the disclosures.
    await page.evaluate(() => {
      document.querySelector('.turn')!.classList.add('print-target');
      document.documentElement.setAttribute('data-print-only', '');
      window.dispatchEvent(new Event('beforeprint'));
    });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.ask-form', '.answer-feedback', '.utrecht-button-group']) {
      expect(await page.locator(hidden).first().isVisible(), `${hidden} is verborgen bij afdrukken`).toBe(false);
    }
    expect(await page.locator('.sources__quote').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'screenshots', 'afdrukken-1280.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(ROOT, 'test-artifacts', 'antwoord.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  });

  it('DUO-verzuimloket: de velden klaar om te kopiëren, in Nederlandse notatie', async () => {
    await open(`/vraag?vraag=${encodeURIComponent(MELDING)}&persona=school`);
    await page.locator('.turn .actions').waitFor();
    await page.getByRole('button', { name: 'Brief of formulier maken' }).click();
    await page.getByLabel('Gegevens voor het DUO-verzuimloket').check();
    await page.getByLabel('Begindatum').fill('2-2-2026');
    await page.getByLabel('Einddatum').fill('27 februari 2026');
    await page.getByLabel('Aantal uren').fill('16,5');
    const table = page.locator('.duo__list');
    const text = await table.textContent();
    expect(text).toContain('16 uur in 4 weken');
    expect(text).toContain('02-02-2026');
    expect(text).toContain('27-02-2026');
    expect(text).toContain('16,5');
    expect(text).toContain('lesuren');
    await page.getByRole('button', { name: 'Alle velden kopiëren' }).click();
    await page.getByText('Alle velden is gekopieerd.').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Begindatum verzuim: 02-02-2026');
    await expectAccessible('duo-velden');
    await shoot('duo-velden');
  });

  it('verlofbesluit: toegekend of afgewezen, met grond, artikel en de bezwaarclausule', async () => {
    await open('/verlof');
    await page.getByLabel('Waar gaat de aanvraag over?').selectOption('gewichtige-omstandigheden');
    await page.getByLabel('Wat is de reden?').selectOption('verhuizing');
    await page.getByLabel('Hoeveel dagen verlof kreeg de leerling dit schooljaar al?').fill('0');
    await page.getByLabel('Hoeveel schooldagen verlof?').fill('2');
    await page.getByRole('button', { name: 'Controleer de aanvraag' }).click();
    await page.getByRole('button', { name: 'Besluit op de aanvraag maken' }).click();
    await page.getByLabel('Naam van de school').fill('Het Baken');
    await page.getByLabel('Afgewezen').check();
    const letter = await page.locator('.letter').textContent();
    expect(letter).toContain('Uw aanvraag is afgewezen.');
    expect(letter).toMatch(/artikel 14/);
    expect(letter).toContain('binnen zes weken');
    expect(letter).toContain('bezwaar maken bij de directeur van Het Baken');
    await expectAccessible('verlofbesluit');
    await shoot('verlofbesluit');
  });

  it('Verzuimlijst: per leerling een grafiek met de 16-urenlijn en dezelfde cijfers in een tabel', async () => {
    await open('/verzuimlijst');
    await page.getByLabel('CSV-bestand met verzuim').setInputFiles(join(ROOT, 'test/e2e/fixtures/verzuim.csv'));
    await page.getByLabel('Regio (voor de afspraken in uw regio)').selectOption('ijssel-vecht');
    await page.getByRole('button', { name: 'Controleer de lijst' }).click();
    const chart = page.locator('.absence').first();
    await chart.waitFor();
    expect(await chart.locator('svg[role=img] title').textContent()).toContain('L001');
    expect(await chart.locator('svg desc').textContent()).toMatch(/grens van 16 uur is bereikt/);
    expect(await chart.locator('.absence__limit').count()).toBe(1);
    const rows = chart.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: '2 februari 2026' }).textContent()).toMatch(/2 februari 2026\s*17\s*17/);
    expect(await chart.locator('table').textContent()).toContain('(grens bereikt)');
    // The table is not clipped at 1280 px: it fits its box.
    const overflow = await page.locator('.table-scroll').first().evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible('verzuimlijst-grafiek');
    await shoot('verzuimlijst-grafiek');
  });

  it('Beslisboom: de uitkomst toont de uren tegen de 16-urenlijn en de keren tegen de regionale drempel, met een tabel', async () => {
    await open('/beslisboom?regio=ijssel-vecht&leeftijd=14&onderwijssoort=vo&ingeschreven=ja&soortVerzuim=ongeoorloofd&ongeoorloofdeUren=17&keerOngeoorloofd=13&startkwalificatie=nee&vrijstelling=nee&aaneengeslotenWekenAfwezig=0&spreekuurAfspraken=nee&zorgen=nee&rondVakantie=nee');
    // Answer anything still asked with the first choice or 0, until the outcome shows.
    for (let step = 0; step < 12 && !(await page.locator('#uitkomst').count()); step++) {
      await page.locator('form.wizard-step, #uitkomst').first().waitFor();
      if (await page.locator('#uitkomst').count()) break;
      const id = (await page.locator('form.wizard-step h2').getAttribute('id'))!;
      const radios = page.locator('form.wizard-step input[type=radio]');
      if (await radios.count()) await radios.last().check();
      else await page.locator('form.wizard-step input').fill('0');
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.waitForFunction((prev) => document.querySelector('#uitkomst') || document.querySelector('form.wizard-step h2')?.id !== prev, id);
    }
    const totals = page.locator('.absence');
    await totals.waitFor();
    expect(await totals.locator('svg title').textContent()).toContain('Uren in 4 lesweken: 17');
    const table = await totals.locator('table').textContent();
    expect(table).toMatch(/Ongeoorloofde uren in 4 lesweken\s*17\s*16 uur .*bereikt/);
    expect(table).toContain('13');
    await expectAccessible('beslisboom-grafiek');
    await shoot('beslisboom-grafiek');
  });

  it('Beslisboom: een vraag naar de leeftijd neemt ook een geboortedatum aan; een fout zegt wat er moet staan', async () => {
    await open('/beslisboom');
    // Answer what comes before the age question (the order is the server's): the first choice, or 0.
    for (let step = 0; step < 10; step++) {
      await page.locator('form.wizard-step').waitFor();
      const id = (await page.locator('form.wizard-step h2').getAttribute('id'))!;
      if (id === 'vraag-leeftijd-titel') break;
      const radios = page.locator('form.wizard-step input[type=radio]');
      if (await radios.count()) await radios.first().check();
      else await page.locator('form.wizard-step input').fill('0');
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.waitForFunction((prev) => document.querySelector('form.wizard-step h2')?.id !== prev, id);
    }
    expect(await page.locator('form.wizard-step h2').getAttribute('id')).toBe('vraag-leeftijd-titel');
    const input = page.locator('#vraag-leeftijd');
    await input.fill('vijftien');
    await page.getByRole('button', { name: 'Volgende' }).click();
    const alert = page.locator('form.wizard-step').getByRole('alert');
    expect(await alert.textContent()).toMatch(/leeftijd als getal van 0 tot en met 99.*of.*geboortedatum als dag-maand-jaar/);
    await input.fill('14-03-2011');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.querySelector('form.wizard-step h2')?.id !== 'vraag-leeftijd-titel');
    expect(new URL(page.url()).searchParams.get('geboortedatum')).toBe('2011-03-14');
    expect(await page.locator('.path').textContent()).toContain('14-03-2011');
    await expectAccessible('beslisboom-geboortedatum');
  });

  it('Vraag: een vervolgvraag naar de leeftijd neemt een geboortedatum aan en maakt de beslissing af', async () => {
    await open('/vraag');
    // No class or age in the question (a class such as "havo 3" implies an age), so the age is asked.
    await askQuestion('Een leerling in het vo heeft in 4 weken 17 lesuren ongeoorloofd gemist. Moet ik dit melden?');
    const followUp = page.locator('.follow-up');
    await followUp.waitFor();
    const field = followUp.getByLabel(/Hoe oud is de leerling/);
    await field.fill('31-02-2011');
    await followUp.getByRole('button', { name: 'Antwoord versturen' }).click();
    expect(await followUp.getByRole('alert').textContent()).toMatch(/dag-maand-jaar/);
    await field.fill('14-03-2011');
    await followUp.getByRole('button', { name: 'Antwoord versturen' }).click();
    const second = page.locator('.turn').nth(1);
    await second.locator('.decision-card').waitFor();
    expect(await second.locator('.decision-card').textContent()).toContain('16 uur');
    expect(await second.locator('h2').textContent()).not.toContain('2011');
    await expectAccessible('vraag-vervolg-datum');
    await shoot('vraag-vervolg-datum');
  });

  it('draait onder de strikte CSP zonder schendingen of scriptfouten', () => {
    expect(pageProblems).toEqual([]);
  });
});

/** Pages in a PDF made by Chromium (each page object is "/Type /Page", the tree is "/Type /Pages"). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
