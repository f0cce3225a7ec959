import { parseArgs } from 'node:util';
import { readEnv } from '../server/env.js';
import { BackupError, makeBackup } from '../server/store/backup.js';

// npm run backup [-- --naar /pad/naar/backups] [--map ~/protocollen] [--bewaar 14]
// A consistent copy of the database (SQLite online backup, also while the server runs) and the ingested
// knowledge folders, checked and then renamed into place; the oldest backups beyond --bewaar are removed.

const { values } = parseArgs({
  options: { naar: { type: 'string' }, map: { type: 'string', multiple: true }, bewaar: { type: 'string', default: '14' } },
});
const env = readEnv();
const keep = Number(values.bewaar);
if (!Number.isInteger(keep) || keep < 1) {
  console.error('--bewaar moet een heel getal van 1 of meer zijn.');
  process.exit(2);
}
try {
  const result = await makeBackup({ dataDir: env.DATA_DIR, backupDir: values.naar ?? process.env.BACKUP_DIR ?? 'backups', folders: values.map, keep });
  const bytes = result.manifest.bestanden.reduce((n, f) => n + f.bytes, 0);
  console.log(`Backup gemaakt: ${result.dir} (${result.manifest.bestanden.length} bestanden, ${(bytes / 1e6).toFixed(1)} MB, ${result.manifest.mappen.length} kennismap(pen), schemaversie ${result.manifest.schemaversie}).`);
  if (result.removedLeftovers.length) console.log(`Halve backup van een eerdere, mislukte run opgeruimd: ${result.removedLeftovers.join(', ')}.`);
  if (result.pruned.length) console.log(`Oude backups verwijderd: ${result.pruned.join(', ')}.`);
} catch (err) {
  console.error(err instanceof BackupError ? err.message : `Backup mislukt: ${(err as Error).message}`);
  process.exit(1);
}
