// npm run user:create -- --email ed@example.org --role editor [--name "Ed Itor"]
// Prompts for the password (hidden), or reads it from standard input when that is not a terminal.
import { parseArgs } from 'node:util';
import readline from 'node:readline';
import { closeDb } from '../lib/db/client';
import { migrateToLatest } from '../lib/db/migrate';
import { newUserSchema } from '../lib/accounts/schema';
import { findUserByEmail, insertUser } from '../lib/accounts/store';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.split('\n')[0] ?? '';
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(q);
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
      rl.question('', (answer) => {
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password (at least 12 characters): ');
  const second = await ask('Password again: ');
  rl.close();
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string', default: 'contributor' }, name: { type: 'string' } },
  });
  if (!values.email) throw new Error('Usage: npm run user:create -- --email you@example.org --role contributor|editor|admin [--name "Full Name"]');
  await migrateToLatest();
  if (await findUserByEmail(values.email)) throw new Error(`An account for ${values.email} already exists.`);
  const parsed = newUserSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email.split('@')[0],
    password: await readPassword(),
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  const id = await insertUser(parsed.data);
  console.log(`Created ${parsed.data.role} account #${id} for ${parsed.data.email}.`);
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(closeDb);
