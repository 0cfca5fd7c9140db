/**
 * npm run user:reset-two-factor -- --email E : clears the account's two-factor sign-in and ends its
 * sessions. For when no administrator can sign in to do it from the Users page.
 */
import { parseArgs } from 'node:util';
import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { resetTwoFactorUnguarded } from '../newsroom/two-factor';
import { loadDotEnv } from './start';

async function main() {
  loadDotEnv();
  const { values } = parseArgs({ options: { email: { type: 'string' } } });
  if (!values.email) throw new Error('Usage: npm run user:reset-two-factor -- --email E');
  await runMigrations();
  if (!(await resetTwoFactorUnguarded(values.email))) throw new Error(`No account with the email ${values.email}.`);
  console.log(
    `Two-factor sign-in reset for ${values.email}; its sessions have ended. It signs in with the password alone until set up again.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
