/** npm run user:disable -- --email E : disables the account and ends its sessions at once. */
import { parseArgs } from 'node:util';
import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { disableAccountUnguarded } from '../newsroom/accounts';
import { loadDotEnv } from './start';

async function main() {
  loadDotEnv();
  const { values } = parseArgs({ options: { email: { type: 'string' } } });
  if (!values.email) throw new Error('Usage: npm run user:disable -- --email E');
  await runMigrations();
  if (!(await disableAccountUnguarded(values.email))) throw new Error(`No account with the email ${values.email}.`);
  console.log(`Disabled ${values.email}; its sessions have ended.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
