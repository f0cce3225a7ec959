import { parseArgs } from 'node:util';
import { readEnv } from '../server/env.js';
import { auditRecheck, recheckStoredText } from '../server/privacy/recheck.js';
import { openDatabase } from '../server/store/db.js';
import { createSqliteStore } from '../server/store/sqlite.js';

// npm run privacy:recheck [-- --quarantaine]
// Checks drafts, draft versions, feedback and published kennisbank answers stored before the personal-data gate
// existed; prints where it found what (never the text). With --quarantaine it masks the hits in drafts that were
// never published and in feedback. Exit code 1 while a hit is left (a published answer, or no --quarantaine), so a
// scheduled run can alert. The server may keep running: the changes are one transaction.

const { values } = parseArgs({ options: { quarantaine: { type: 'boolean', default: false } } });
const env = readEnv();
const db = openDatabase(env.DATA_DIR);
const store = createSqliteStore(db);
try {
  const r = recheckStoredText(db, { quarantine: values.quarantaine });
  await auditRecheck(store.audit, r, values.quarantaine);
  const names = { concept: 'concept', conceptversie: 'conceptversie (rij)', feedback: 'feedback', kennisbank: 'kennisbankvraag' } as const;
  for (const h of r.hits) console.log(`${names[h.bron]} ${h.id}: ${h.soort} in ${h.plaats}`);
  console.log(
    r.hits.length
      ? `${r.hits.length} vermoedelijke persoonsgegevens gevonden.` +
          (values.quarantaine
            ? ` Gemaskeerd: ${r.gemaskeerd.concepten} concepten, ${r.gemaskeerd.conceptversies} conceptversies, ${r.gemaskeerd.feedback} feedback.`
            : ' Draai opnieuw met --quarantaine om ze in concepten en feedback te maskeren.')
      : 'Geen vermoedelijke persoonsgegevens gevonden.',
  );
  if (r.kennisbank.length) {
    console.log(`Gepubliceerde kennisbankvragen met een vondst: ${r.kennisbank.join(', ')}. Laat de helpdesk ze nalopen en intrekken of herzien (een bevestigde vondst, zoals een programmanaam, mag blijven).`);
  }
  process.exitCode = r.kennisbank.length || (r.hits.length && !values.quarantaine) ? 1 : 0;
} finally {
  store.close();
}
