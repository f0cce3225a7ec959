import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, CHROMIUM, ROOT, openPage, screenshots, seriousAxeViolations, startBrowser, startServer, type Browser, type RunningServer } from './harness.js';

// The helpdesk in Chromium against the real server: log in, write a draft, review and publish it, see it in the
// kennisbank; rate an answer on the question page and turn that into a draft; what each role sees (school: nothing,
// beheer: kennisbank read-only, accounts, logboek). Accounts are made with
// `scripts/user-add.ts` in the server's own data folder, so an external server (E2E_BASE_URL) cannot be used here.
const PASSWORD = 'e2e-wachtwoord-lang-genoeg';
const HELPDESK = 'helpdesk@e2e.example.nl';
/** Four eyes: a draft is approved by someone who did not write it. */
const REVIEWER = 'reviewer@e2e.example.nl';
const SCHOOL = 'school@e2e.example.nl';
const BEHEER = 'beheer@e2e.example.nl';

describe.skipIf(!existsSync(CHROMIUM) || Boolean(process.env.E2E_BASE_URL))('de helpdesk in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageProblems: string[] = [];

  function addUser(email: string, role: string) {
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/user-add.ts', '--email', email, '--role', role], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: server.dataDir!, WEGWIJZER_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  }

  beforeAll(async () => {
    buildPage();
    [server, browser] = await Promise.all([startServer(), startBrowser()]);
    addUser(HELPDESK, 'helpdesk');
    addUser(REVIEWER, 'helpdesk');
    addUser(SCHOOL, 'school');
    addUser(BEHEER, 'beheer');
    page = await openPage(browser, server, pageProblems);
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Through the menu, as a user would (and the lazy view chunk loads on the way). */
  async function openHelpdesk() {
    await page.goto(`${server.url}/vraag`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Helpdesk' }).click();
    await page.locator('h1', { hasText: 'Helpdesk' }).waitFor();
  }

  async function login(email: string) {
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Ingelogd als').waitFor();
  }

  async function logout() {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
  }

  async function expectAccessible(name: string) {
    const bad = await seriousAxeViolations(page);
    expect(bad, `axe op ${name}`).toEqual([]);
  }

  async function shoot(name: string) {
    expect(await screenshots(page, name), `${name} is breder dan 320 px`).toBeLessThanOrEqual(0);
  }

  it('zonder login: uitleg en een inlogformulier; fout wachtwoord en te veel pogingen in het Nederlands', async () => {
    await openHelpdesk();
    const main = page.locator('main');
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(await main.textContent()).toContain('rol helpdesk');
    await expectAccessible('helpdesk-inloggen');
    await shoot('helpdesk-inloggen');

    await page.getByRole('button', { name: 'Inloggen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Vul uw e-mailadres in.');

    // Wrong passwords for an unknown address: 5 are refused, the 6th is held back (LOGIN_MAX_FAILURES = 5).
    await page.getByLabel('E-mailadres').fill('niemand@e2e.example.nl');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord-123');
    for (let i = 0; i < 5; i++) {
      const [res] = await Promise.all([page.waitForResponse('**/api/auth/login'), page.getByRole('button', { name: 'Inloggen' }).click()]);
      expect(res.status()).toBe(401);
      await page.getByRole('alert').filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' }).waitFor();
    }
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Te veel mislukte inlogpogingen' }).waitFor();
  });

  it('een account zonder helpdeskrol krijgt uitleg wat nodig is', async () => {
    await openHelpdesk();
    await login(SCHOOL);
    expect(await page.locator('main').textContent()).toContain('Uw rol (school) geeft geen toegang tot de helpdesk. Hiervoor is de rol helpdesk nodig');
    expect(await page.getByRole('navigation', { name: 'Onderdelen van de helpdesk' }).count()).toBe(0);
    await logout();

  });

  it('bronnen van een concept kiezen: zoeken, toevoegen, markering invoegen, weghalen; een markering zonder bron wordt niet opgeslagen', async () => {
    await openHelpdesk();
    if (await page.getByRole('button', { name: 'Uitloggen' }).count()) await logout();
    await login(HELPDESK);
    await page.getByLabel('Vraag', { exact: true }).fill('Mag een leerling een dag vrij voor de bruiloft van een oom?');
    await page.getByRole('button', { name: 'Maak concept' }).click();
    await page.getByRole('heading', { name: /^Concept \d+$/ }).waitFor();
    const sources = page.locator('.sources-editor');
    const before = await sources.locator('.sources-editor__item').count();

    // Search inside the editor and add a passage as a new source.
    await page.getByLabel('Bron zoeken').fill('bruiloft verlof gewichtige omstandigheden');
    await sources.getByRole('button', { name: 'Zoeken' }).click();
    await sources.locator('.sources-editor__hits li').first().waitFor();
    await sources.locator('.sources-editor__hits li').getByRole('button', { name: /^Toevoegen als bron/ }).first().click();
    const items = sources.locator('.sources-editor__item');
    await expect.poll(() => items.count()).toBe(before + 1);
    const added = before + 1;
    // Its marker goes into the text at the cursor.
    const answer = page.getByLabel('Antwoord', { exact: true });
    await answer.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
    await items.last().getByRole('button', { name: `Zet [${added}] in de tekst` }).click();
    expect(await answer.inputValue()).toMatch(new RegExp(`\\[${added}\\]$`));
    await expectAccessible('helpdesk-bronnen');
    await shoot('helpdesk-bronnen');

    // Removing the source leaves a marker to no source: the page refuses to save and says which.
    await items.last().getByRole('button', { name: `Verwijder bron [${added}]` }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.getByRole('alert').textContent()).toContain(`Markering [${added}] verwijst naar geen bron`);
    // The server refuses the same, whatever the page does.
    const id = new URL(page.url()).searchParams.get('concept');
    const draft = (await (await page.request.get(`${server.url}/api/drafts/${id}`)).json()) as { revision: number; answer: string; citations: unknown[] };
    const direct = await page.request.patch(`${server.url}/api/drafts/${id}`, { data: { answer: `${draft.answer} [99]`, revision: draft.revision } });
    expect(direct.status()).toBe(400);
    expect(((await direct.json()) as { error: { message: string } }).error.message).toContain('[99] verwijst naar geen bron');

    // Put the source back (it takes the free number again, so the marker points to it), remove source [1] and its
    // markers instead, and save: the server renumbers the markers from 1.
    await sources.locator('.sources-editor__hits li').getByRole('button', { name: /^Toevoegen als bron/ }).first().click();
    await expect.poll(() => items.count()).toBe(before + 1);
    if (before > 0) {
      await answer.fill((await answer.inputValue()).replace(/\[1\]/g, ''));
      await items.first().getByRole('button', { name: 'Verwijder bron [1]' }).click();
    }
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/Opgeslagen als versie \d+\./).waitFor();
    const saved = (await (await page.request.get(`${server.url}/api/drafts/${id}`)).json()) as { answer: string; citations: { n: number }[] };
    const used = [...saved.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(used.every((n) => saved.citations.some((c) => c.n === n))).toBe(true);
    expect(saved.citations.map((c) => c.n)).toEqual(saved.citations.map((_, i) => i + 1));
    await logout();
  });

  it('concept maken, bewerken, ter review, goedkeuren; daarna staat het in de kennisbank', async () => {
    await openHelpdesk();
    // With the keyboard only: type, Tab to the next field, Enter sends; focus lands on who is logged in.
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type(HELPDESK);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByText(`Ingelogd als ${HELPDESK}, rol helpdesk.`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Ingelogd als');

    await page.getByLabel('Vraag', { exact: true }).fill('Mag een leerling drie dagen voor de kerstvakantie al op vakantie omdat de vliegtickets dan goedkoper zijn?');
    await page.getByRole('button', { name: 'Maak concept' }).click();
    await page.getByRole('heading', { name: /^Concept \d+$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('concept')).toMatch(/^\d+$/);
    await page.waitForFunction(() => /^Concept \d+$/.test(document.activeElement?.textContent ?? ''));
    const answer = page.getByLabel('Antwoord', { exact: true });
    const first = await answer.inputValue();
    expect(first.length).toBeGreaterThan(20);

    // Server text is text: markup typed into the answer shows as characters, never as elements.
    const edited = `${first}\n\nHelpdesk: goedkope tickets zijn geen reden voor verlof <b>vet?</b>`;
    await answer.fill(edited);
    await page.getByLabel('Wat heeft u veranderd? (niet verplicht)').fill('Zin over tickets toegevoegd');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen als versie 2.').waitFor();
    const history = page.locator('.history__item');
    await history.nth(1).waitFor();
    expect(await history.count()).toBe(2);
    expect(await history.first().textContent()).toContain('Zin over tickets toegevoegd');

    await page.getByLabel('Ter review aanbieden').check();
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('De status is nu: ter review.').waitFor();

    // Four eyes: a colleague who did not write the draft reviews it.
    const draftUrl = page.url();
    await logout();
    await login(REVIEWER);
    await page.goto(draftUrl);
    await page.getByRole('heading', { name: /^Concept \d+$/ }).waitFor();

    // Rejecting needs a comment: the page says so in place, before anything is sent.
    await page.getByLabel('Afwijzen').check();
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Geef bij afwijzen een toelichting');

    await page.getByLabel('Goedkeuren en publiceren in de kennisbank').check();
    await page.getByLabel(/Toelichting voor de opsteller/).fill('Akkoord, helder antwoord.');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText(/Het antwoord staat nu in de kennisbank als vraag \d+/).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('Akkoord, helder antwoord.');
    // Approved is final: the answer is shown, no longer editable.
    expect(await page.getByRole('textbox', { name: 'Antwoord', exact: true }).count()).toBe(0);
    expect(await page.locator('.answer-text').first().textContent()).toContain('geen reden voor verlof <b>vet?</b>');

    // Export: the download and the copy carry the edited answer.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Download als Markdown (.md)').click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# Mag een leerling drie dagen/);
    expect(md).toContain('goedkope tickets zijn geen reden voor verlof');
    await page.getByRole('button', { name: 'Kopieer als platte tekst' }).click();
    await page.getByText('De platte tekst is gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Vraag: Mag een leerling drie dagen');

    await expectAccessible('helpdesk-concept');
    await shoot('helpdesk-concept');

    await page.getByRole('link', { name: 'Naar de kennisbank' }).click();
    const entry = page.locator('.item', { hasText: 'vliegtickets' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Gepubliceerd');
    await entry.getByText(/^Antwoord bij vraag \d+$/).click();
    expect(await entry.locator('.answer-text').textContent()).toContain('geen reden voor verlof <b>vet?</b>');
    expect(await entry.locator('.answer-text b').count()).toBe(0);
    await entry.getByRole('button', { name: /^Gecontroleerd/ }).click();
    await page.getByText(/is gemarkeerd als gecontroleerd op vandaag/).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.item button')].every((b) => !(b as HTMLButtonElement).disabled));

    // A fresh entry is not stale; the review list of the server decides. Here it names this entry, as it would after
    // a year without a check, and the page flags it with the server's reason.
    const live = (await (await page.request.get(`${server.url}/api/kennisbank?status=gepubliceerd`)).json()) as { entries: Array<{ id: number }> };
    await page.route('**/api/kennisbank/review', (r) =>
      r.fulfill({ json: { maxAgeDays: 365, entries: live.entries.map((e) => ({ entry: e, redenen: [{ soort: 'verouderd', melding: 'Niet meer gecontroleerd sinds 2025-01-01 (langer dan 365 dagen).' }] })) } }),
    );
    await page.getByLabel('Toon').selectOption('');
    await page.getByLabel('Toon').selectOption('gepubliceerd');
    await entry.locator('.badge--verouderd', { hasText: 'Verouderd' }).waitFor();
    expect(await entry.textContent()).toContain('Niet meer gecontroleerd sinds 2025-01-01');
    expect(await page.getByRole('status').filter({ hasText: 'waarvan 1 verouderd' }).count()).toBe(1);
    await expectAccessible('helpdesk-kennisbank');
    await shoot('helpdesk-kennisbank');
    await page.unroute('**/api/kennisbank/review');

    // The list of drafts filters by status and text.
    await page.getByRole('link', { name: 'Concepten', exact: true }).click();
    await page.getByLabel('Status', { exact: true }).selectOption('goedgekeurd');
    await page.getByLabel('Zoek in vraag en antwoord').fill('vliegtickets');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 concept gevonden.').waitFor();
    await expectAccessible('helpdesk-concepten');
    await shoot('helpdesk-concepten');
    await page.getByLabel('Status', { exact: true }).selectOption('concept');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen concepten gevonden die passen bij uw zoekopdracht.').waitFor();
  }, 60_000);

  it('beheer: de kennisbank alleen bekijken, accounts beheren en het logboek lezen', async () => {
    await logout();
    await login(BEHEER);
    const parts = page.getByRole('navigation', { name: 'Onderdelen van de helpdesk' });
    expect(await parts.getByRole('link').allTextContents()).toEqual(['Kennisbank', 'Accounts', 'Logboek']);
    expect(await page.locator('main').textContent()).toContain('kan alleen met de rol helpdesk');
    await page.locator('.item', { hasText: 'vliegtickets' }).waitFor();
    expect(await page.getByRole('button', { name: /^(Gecontroleerd|Intrekken|Herzien)/ }).count()).toBe(0);

    await parts.getByRole('link', { name: 'Accounts' }).click();
    // Changing an account with a privileged role is confirmed with one's own password.
    await page.getByLabel('Uw eigen wachtwoord').fill(PASSWORD);
    await page.getByLabel('E-mailadres').fill('nieuw@e2e.example.nl');
    await page.getByLabel('Eerste wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    // Wait for the message itself: reading the alert right after the click races the server's answer.
    await page.getByRole('alert').filter({ hasText: 'minstens 12 tekens' }).waitFor();
    await page.getByLabel('Eerste wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByText('Het account nieuw@e2e.example.nl is aangemaakt met de rol helpdesk.').waitFor();
    const account = page.locator('.item', { hasText: 'nieuw@e2e.example.nl' });
    await account.getByRole('button', { name: /^Uitschakelen/ }).click();
    await page.getByText('nieuw@e2e.example.nl is uitgeschakeld en kan niet meer inloggen.').waitFor();
    // The list reloads after the message: wait for it rather than read it once.
    await expect.poll(() => account.textContent()).toContain('Uitgeschakeld');
    await expectAccessible('helpdesk-accounts');
    await shoot('helpdesk-accounts');

    await parts.getByRole('link', { name: 'Logboek' }).click();
    await page.locator('.item', { hasText: 'Gepubliceerd in de kennisbank' }).first().waitFor();
    await page.locator('.item', { hasText: 'Account gewijzigd' }).filter({ hasText: `door ${BEHEER}` }).first().waitFor();
    await expectAccessible('helpdesk-logboek');
    await logout();
    await login(HELPDESK);
  }, 60_000);

  it('Vraag: een antwoord beoordelen als "klopt niet"; de helpdesk maakt er een concept van', async () => {
    // Anonymous, as most visitors are: no session cookie.
    await browser.context.clearCookies();
    await page.goto(`${server.url}/vraag`);
    await page.getByLabel('Uw vraag').fill('Mag een leerling een dag vrij voor de bruiloft van een oom?');
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    const form = page.locator('.turn form.answer-feedback');
    await form.waitFor();
    await form.getByLabel('Klopt niet').check();
    await form.getByLabel('Toelichting (niet verplicht)').fill('Het protocol van de regio zegt iets anders.');
    await form.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await page.getByText('Bedankt voor uw beoordeling. De helpdesk bekijkt dit antwoord').waitFor();
    await expectAccessible('vraag-beoordeeld');
    await shoot('vraag-beoordeeld');

    await openHelpdesk();
    await login(HELPDESK);
    await page.getByRole('link', { name: 'Feedback' }).click();
    const item = page.locator('.item', { hasText: 'bruiloft' });
    await item.waitFor();
    expect(await item.textContent()).toContain('Het protocol van de regio zegt iets anders.');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByText('Download alle feedback als CSV').click()]);
    const rows = readFileSync((await csv.path())!, 'utf8');
    expect(rows).toContain('oordeel');
    expect(rows).toContain('klopt-niet');
    await expectAccessible('helpdesk-feedback');
    await shoot('helpdesk-feedback');

    await item.getByRole('button', { name: /^Maak concept/ }).click();
    await page.getByRole('heading', { name: /^Concept \d+$/ }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('bruiloft');

    // Someone else saves first: the page says so, shows their text and keeps ours; saving again then works.
    const id = new URL(page.url()).searchParams.get('concept');
    const mine = page.getByRole('textbox', { name: 'Antwoord', exact: true });
    await mine.fill('Mijn versie van het antwoord.');
    const other = await page.request.patch(`${server.url}/api/drafts/${id}`, { data: { answer: 'Andermans versie van het antwoord.', revision: 1 } });
    expect(other.status()).toBe(200);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('intussen door iemand anders gewijzigd');
    await page.locator('.theirs', { hasText: 'Andermans versie van het antwoord.' }).waitFor();
    expect(await mine.inputValue()).toBe('Mijn versie van het antwoord.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen als versie 3.').waitFor();
    expect(await page.locator('.theirs').count()).toBe(0);
  }, 60_000);

  it('kennisbank: herzien maakt een nieuw concept, intrekken vraagt een reden', async () => {
    await page.getByRole('link', { name: 'Kennisbank', exact: true }).click();
    let entry = page.locator('.item', { hasText: 'vliegtickets' });
    const number = (await entry.locator('h3').textContent())!.match(/^Vraag (\d+)/)![1];
    await entry.getByRole('button', { name: /^Herzien/ }).click();
    await page.getByRole('heading', { name: /^Concept \d+$/ }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain(`Kennisbankvraag ${number}, zodra dit concept is goedgekeurd`);

    await page.getByRole('link', { name: 'Kennisbank', exact: true }).click();
    entry = page.locator('.item', { hasText: 'vliegtickets' });
    await entry.getByRole('button', { name: /^Intrekken/ }).click();
    await entry.getByRole('button', { name: 'Definitief intrekken' }).click();
    expect(await entry.getByRole('alert').textContent()).toContain('Geef een reden voor het intrekken.');
    await entry.getByLabel('Waarom trekt u dit antwoord in?').fill('De regel is veranderd.');
    await entry.getByRole('button', { name: 'Definitief intrekken' }).click();
    await page.getByText(`Vraag ${number} is ingetrokken.`).waitFor();
    await page.getByText('Er staan hier nog geen antwoorden.').waitFor();
    await page.getByLabel('Toon').selectOption('ingetrokken');
    await page.locator('.item', { hasText: 'Reden van intrekken: De regel is veranderd.' }).waitFor();
    await logout();
  });

  it('draait onder de strikte CSP zonder schendingen of scriptfouten', () => {
    expect(pageProblems).toEqual([]);
  });
});
