import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recheckStoredText } from '../../server/privacy/recheck.js';
import { openDatabase } from '../../server/store/db.js';

// `npm run privacy:recheck` (issue 14): text stored before the gate and the masking existed is checked again; hits
// in unpublished drafts and feedback are masked in place with --quarantaine, published answers are listed.

/** Rows as an older version stored them: unmasked free text, written straight into the tables. */
function legacyDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'ww-recheck-'));
  const db = openDatabase(dir);
  const at = '2026-01-05T10:00:00.000Z';
  db.prepare("INSERT INTO users (id, email, role, password_hash, created_at, updated_at) VALUES (1, 'hd@example.nl', 'helpdesk', 'x', ?, ?)").run(at, at);
  const draft = db.prepare("INSERT INTO drafts (id, question, persona, answer, confidence, status, created_by, created_at, updated_at, review_comment) VALUES (?, ?, 'helpdesk', ?, 'hoog', 'concept', 1, ?, ?, ?)");
  const revision = db.prepare("INSERT INTO draft_revisions (draft_id, revision, question, answer, category, legal_ids, status, note, author_id, created_at) VALUES (?, 1, ?, ?, 'verlof', '[]', 'concept', ?, 1, ?)");
  draft.run(1, 'Mag Chayenne Hofstede een week eerder op vakantie?', 'Nee. Bel mevrouw De Vries op 06-12345678.', at, at, 'BSN 111222333 weghalen');
  revision.run(1, 'Mag Chayenne Hofstede een week eerder op vakantie?', 'Nee.', 'Moeder woont aan de Kerkstraat 12.', at);
  draft.run(2, 'Wie beslist over verlof van meer dan tien dagen?', 'De leerplichtambtenaar beslist.', at, at, null);
  draft.run(3, 'Hoe zit het met J.P. van der Brink?', 'Zie artikel 14.', at, at, null);
  db.prepare("INSERT INTO kennisbank_entries (number, version, draft_id, question, answer, category, status, published_at, published_by, laatst_gecontroleerd) VALUES (7, 1, 3, ?, 'Zie artikel 14.', 'verlof', 'gepubliceerd', ?, 1, '2026-01-05')").run('Hoe zit het met J.P. van der Brink?', at);
  db.prepare("INSERT INTO feedback (conversation_id, question, rating, comment, created_at) VALUES ('c1', ?, 'klopt-niet', ?, ?)").run('Geboren 12-03-2012, mag hij vrij?', 'Mijn zoon Daan is ziek, mail ouder@example.nl', at);
  db.prepare("INSERT INTO feedback (conversation_id, question, rating, comment, created_at) VALUES ('c2', 'Wat is luxe verzuim?', 'klopt', 'Duidelijk.', ?)").run(at);
  return { dir, db };
}

describe('privacy:recheck', () => {
  it('reports every planted kind in every free-text field with its place, and masks nothing without --quarantaine', () => {
    const { dir, db } = legacyDatabase();
    const before = db.prepare('SELECT answer FROM drafts WHERE id = 1').pluck().get();
    const r = recheckStoredText(db, { quarantine: false });
    const seen = new Set(r.hits.map((h) => `${h.bron}/${h.veld}/${h.soort}`));
    for (const k of ['concept/vraag/naam', 'concept/antwoord/telefoon', 'concept/beoordeling/bsn', 'conceptversie/notitie/adres', 'feedback/vraag/geboortedatum', 'feedback/toelichting/e-mail', 'kennisbank/vraag/naam']) {
      expect(seen, k).toContain(k);
    }
    // Clean rows give nothing; the published draft is checked as its kennisbank answer, not twice.
    expect(r.hits.filter((h) => (h.bron === 'concept' && h.id !== 1) || (h.bron === 'feedback' && h.id === 2))).toEqual([]);
    expect(r.kennisbank).toEqual([7]);
    expect(r.hits.every((h) => /regel \d+, teken \d+–\d+/.test(h.plaats))).toBe(true);
    expect(db.prepare('SELECT answer FROM drafts WHERE id = 1').pluck().get()).toBe(before);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('with --quarantaine masks the hits in drafts and feedback, keeps the meaning, and finds nothing there on the next run', () => {
    const { dir, db } = legacyDatabase();
    const r = recheckStoredText(db, { quarantine: true });
    expect(r.gemaskeerd).toEqual({ concepten: 1, conceptversies: 1, feedback: 1 });
    const stored = [
      ...(db.prepare('SELECT question, answer, review_comment FROM drafts WHERE id = 1').all() as object[]),
      ...(db.prepare('SELECT note FROM draft_revisions').all() as object[]),
      ...(db.prepare('SELECT question, comment FROM feedback').all() as object[]),
    ].map((row) => Object.values(row).join(' ')).join('\n');
    expect(stored).not.toMatch(/Chayenne|Hofstede|De Vries|12345678|111222333|Kerkstraat|12-03-2012|Daan|ouder@example/);
    expect(stored).toMatch(/een week eerder op vakantie/);
    expect(stored).toMatch(/Wat is luxe verzuim\?/);
    const again = recheckStoredText(db, { quarantine: false });
    expect(again.hits.filter((h) => h.bron !== 'kennisbank')).toEqual([]);
    // A published answer is never changed behind the helpdesk's back.
    expect(db.prepare('SELECT question FROM kennisbank_entries WHERE number = 7').pluck().get()).toMatch(/van der Brink/);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs as npm run privacy:recheck: prints places, never the text, audits the run, exits 1 while hits remain', () => {
    const { dir, db } = legacyDatabase();
    db.close();
    const run = (args: string[]) => {
      try {
        return { out: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/privacy-recheck.ts', ...args], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' }), code: 0 };
      } catch (err) {
        const e = err as { stdout: string; status: number };
        return { out: e.stdout, code: e.status };
      }
    };
    const first = run([]);
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/concept 1: telefoon in antwoord, regel 1/);
    expect(first.out).toMatch(/--quarantaine/);
    expect(first.out).not.toMatch(/Chayenne|12345678|111222333|ouder@example/);
    const second = run(['--quarantaine']);
    expect(second.out).toMatch(/Gemaskeerd: 1 concepten, 1 conceptversies, 1 feedback/);
    expect(second.out).toMatch(/kennisbankvragen met een vondst: 7/);
    const check = openDatabase(dir);
    expect(check.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'privacy.hercontrole'").pluck().get()).toBe(2);
    check.close();
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});
