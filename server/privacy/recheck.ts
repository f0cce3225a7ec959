import type { Database } from 'better-sqlite3';
import type { AuditRepository } from '../store/types.js';
import { findPersonalData, maskPersonalData, type PiiFinding } from './publish-gate.js';

// `npm run privacy:recheck` (issue 14): the personal-data check of the publish gate, run again over everything
// stored before the gate (and the masking of free text) existed: drafts with their versions, feedback, and the
// published kennisbank. A hit in a draft that was never published or in feedback is masked in place with
// `--quarantaine` (the text keeps its meaning, the person leaves); a published answer is listed for the helpdesk to
// withdraw or revise, since a hit there may be one a reviewer confirmed (a programme name, a public body).

export type Source = 'concept' | 'conceptversie' | 'feedback' | 'kennisbank';

export interface RecheckHit {
  bron: Source;
  /** Draft id, revision row id, feedback id or kennisbank number. */
  id: number;
  veld: string;
  soort: PiiFinding['soort'];
  /** Where, in words; never the text itself, so the report can be kept and mailed. */
  plaats: string;
}

export interface RecheckResult {
  hits: RecheckHit[];
  /** Rows masked in place (only with quarantine). */
  gemaskeerd: { concepten: number; conceptversies: number; feedback: number };
  /** Published kennisbank numbers with a hit: the helpdesk withdraws or revises them. */
  kennisbank: number[];
}

interface Table {
  bron: Source;
  /** Rows with an id and the free-text columns (null when empty). */
  select: string;
  /** Table and key column for the masked update; absent for what is only reported. */
  update?: { table: string; key: string };
  fields: Record<string, string>;
}

// Drafts that became a kennisbank answer are checked as that answer: their text is the published text.
const UNPUBLISHED = 'id NOT IN (SELECT draft_id FROM kennisbank_entries)';
const TABLES: Table[] = [
  {
    bron: 'concept',
    select: `SELECT id, question, answer, review_comment FROM drafts WHERE ${UNPUBLISHED}`,
    update: { table: 'drafts', key: 'id' },
    fields: { question: 'vraag', answer: 'antwoord', review_comment: 'beoordeling' },
  },
  {
    bron: 'conceptversie',
    select: `SELECT id, question, answer, note FROM draft_revisions WHERE draft_id NOT IN (SELECT draft_id FROM kennisbank_entries)`,
    update: { table: 'draft_revisions', key: 'id' },
    fields: { question: 'vraag', answer: 'antwoord', note: 'notitie' },
  },
  {
    bron: 'feedback',
    select: 'SELECT id, question, comment FROM feedback',
    update: { table: 'feedback', key: 'id' },
    fields: { question: 'vraag', comment: 'toelichting' },
  },
  {
    bron: 'kennisbank',
    select: "SELECT number AS id, question, answer, category FROM kennisbank_entries WHERE status = 'gepubliceerd'",
    fields: { question: 'vraag', answer: 'antwoord', category: 'categorie' },
  },
];

export function recheckStoredText(db: Database, opts: { quarantine: boolean }): RecheckResult {
  const result: RecheckResult = { hits: [], gemaskeerd: { concepten: 0, conceptversies: 0, feedback: 0 }, kennisbank: [] };
  const counted: Record<Source, keyof RecheckResult['gemaskeerd'] | undefined> = { concept: 'concepten', conceptversie: 'conceptversies', feedback: 'feedback', kennisbank: undefined };
  // One transaction: a full disk or a crash leaves every row as it was or every row masked.
  db.transaction(() => {
    for (const t of TABLES) {
      for (const row of db.prepare(t.select).all() as Array<Record<string, string | number | null>>) {
        const texts = Object.fromEntries(Object.entries(t.fields).flatMap(([col, label]) => (typeof row[col] === 'string' && row[col] ? [[label, row[col]]] : [])));
        const found = findPersonalData(texts);
        if (!found.length) continue;
        const id = Number(row.id);
        result.hits.push(...found.map((f) => ({ bron: t.bron, id, veld: f.veld, soort: f.soort, plaats: f.plaats })));
        if (t.bron === 'kennisbank') result.kennisbank.push(id);
        if (!opts.quarantine || !t.update) continue;
        const hitColumns = Object.entries(t.fields).filter(([, label]) => found.some((f) => f.veld === label)).map(([col]) => col);
        const set = hitColumns.map((col) => `${col} = ?`).join(', ');
        db.prepare(`UPDATE ${t.update.table} SET ${set} WHERE ${t.update.key} = ?`).run(...hitColumns.map((col) => maskPersonalData(String(row[col]))), id);
        result.gemaskeerd[counted[t.bron]!]++;
      }
    }
  })();
  return result;
}

/** Records the run in the audit log: counts only, never text. */
export async function auditRecheck(audit: AuditRepository, r: RecheckResult, quarantine: boolean): Promise<void> {
  await audit.record({
    action: 'privacy.hercontrole',
    entity: 'privacy',
    entityId: 'hercontrole',
    detail: { vondsten: r.hits.length, quarantaine: quarantine, ...r.gemaskeerd, kennisbank: r.kennisbank.length },
  });
}
