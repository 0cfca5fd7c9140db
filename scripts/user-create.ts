/**
 * npm run user:create -- --email E --name N --role admin|editor|author|contributor [--password P]
 * Without --password the password is read from standard input (so it stays out of shell history).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { MutationError } from '../newsroom/guard';
import { createAccountUnguarded } from '../newsroom/accounts';
import { loadDotEnv } from './start';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main() {
  loadDotEnv();
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
  });
  if (!values.email || !values.name || !values.role) {
    throw new Error('Usage: npm run user:create -- --email E --name N --role admin|editor|author|contributor [--password P]');
  }
  const password = values.password ?? (await readStdin());
  await runMigrations();
  const user = await createAccountUnguarded(
    { email: values.email, name: values.name, role: values.role as never, password },
    { via: 'cli' },
  );
  console.log(`Created ${values.role} ${values.email} (author page /author/${user.slug}).`);
}

main()
  .catch((error: unknown) => {
    if (error instanceof z.ZodError) console.error(error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
    else if (error instanceof MutationError) console.error(Object.values(error.fieldErrors).join('\n') || error.message);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
