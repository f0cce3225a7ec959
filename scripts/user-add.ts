import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readAuthConfig } from '../server/auth/config.js';
import { createAuthService } from '../server/auth/service.js';
import { readEnv } from '../server/env.js';
import { ApiError } from '../server/http/errors.js';
import { openDatabase } from '../server/store/db.js';
import { createSqliteStore } from '../server/store/sqlite.js';
import { ROLES } from '../server/store/types.js';

// npm run user:add -- --email beheer@gemeente.nl --role beheer [--name "Naam"]
// Creates an account (the first beheerder, typically). The password comes from WEGWIJZER_PASSWORD or is asked for
// without echo; it is never printed.

/** Reads a line without echoing it (terminal only). */
async function askHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (s: string) => {
      for (const ch of s) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          return resolve(value);
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          return reject(new Error('Afgebroken.'));
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

const args = z
  .object({
    email: z.string().trim().toLowerCase().email('geef een geldig e-mailadres met --email'),
    role: z.enum(ROLES, `kies --role uit: ${ROLES.join(', ')}`),
    name: z.string().trim().min(1).optional(),
  })
  .safeParse(parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } } }).values);

if (!args.success) {
  console.error(`Gebruik: npm run user:add -- --email <adres> --role <${ROLES.join('|')}> [--name <naam>]\n${args.error.issues.map((i) => i.message).join('\n')}`);
  process.exit(2);
}

const env = readEnv();
let password = process.env.WEGWIJZER_PASSWORD;
if (!password && !process.stdin.isTTY) {
  // Piped input: the first line is the password.
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  password = data.split(/\r?\n/)[0] ?? '';
} else if (!password) {
  password = await askHidden('Wachtwoord: ');
  if ((await askHidden('Nog een keer: ')) !== password) {
    console.error('De wachtwoorden zijn niet gelijk.');
    process.exit(1);
  }
}

const store = createSqliteStore(openDatabase(env.DATA_DIR));
try {
  const user = await createAuthService(store, readAuthConfig()).createUser(undefined, { ...args.data, password });
  console.log(`Account ${user.email} (${user.role}) aangemaakt met nummer ${user.id}.`);
} catch (err) {
  console.error(err instanceof ApiError ? err.message : `Het account kon niet worden aangemaakt: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  store.close();
}
