/**
 * npm run db:restore -- FILE : replaces the database with a backup, after checking that the backup is
 * a whole Paradox database this version can use. The current database is kept beside it. Stop the
 * site first; the command refuses while the database is in use.
 */
import { closeDb } from '../db';
import { BackupError, restoreDatabase } from '../newsroom/backup';
import { loadDotEnv } from './start';

async function main(): Promise<number> {
  loadDotEnv();
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0 || file.startsWith('-')) {
    console.error('Usage: npm run db:restore -- FILE');
    return 1;
  }
  try {
    const report = await restoreDatabase(file);
    console.log(`Restored ${file}: ${report.articles} articles, ${report.users} accounts; integrity check passed.`);
    if (report.previous) console.log(`The database it replaced is kept at ${report.previous}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`Nothing was changed. ${error.message}`);
    return 1;
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
