import { parseArgs } from 'node:util';
import { readEnv } from '../server/env.js';
import { BackupError, restoreBackup, verifyBackup } from '../server/store/backup.js';

// npm run restore -- backups/wegwijzer-20261202-021500Z [--controleer] [--mappen]
// Checks the backup (checksums, database integrity, schema version) and only then restores the database into
// DATA_DIR; --mappen also puts the knowledge folders back. What is replaced is kept aside, never deleted.
// Stop the server first. --controleer only checks.

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { controleer: { type: 'boolean', default: false }, mappen: { type: 'boolean', default: false } },
});
const backup = positionals[0];
if (!backup) {
  console.error('Geef de map van de backup: npm run restore -- backups/wegwijzer-…');
  process.exit(2);
}
const env = readEnv();
try {
  if (values.controleer) {
    const m = verifyBackup(backup);
    console.log(`Backup in orde: gemaakt ${m.gemaakt}, ${m.bestanden.length} bestanden, schemaversie ${m.schemaversie}.`);
  } else {
    const { manifest, keptAside } = restoreBackup({ backup, dataDir: env.DATA_DIR, folders: values.mappen });
    console.log(`Hersteld uit de backup van ${manifest.gemaakt} naar ${env.DATA_DIR}.`);
    if (keptAside.length) console.log(`Bewaard (niet verwijderd): ${keptAside.join(', ')}.`);
    console.log('Start de server opnieuw met npm start; de index wordt bij het starten bijgewerkt.');
  }
} catch (err) {
  console.error(err instanceof BackupError ? `Niet hersteld: ${err.message}` : `Herstel mislukt: ${(err as Error).message}`);
  process.exit(1);
}
