/**
 * npm run db:backup -- FILE : a consistent copy of the live database (VACUUM INTO), checked after
 * writing. Safe while the site is running.
 */
import { closeDb } from '../db';
import { BackupError, backupDatabase } from '../newsroom/backup';
import { loadDotEnv } from './start';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<number> {
  loadDotEnv();
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0 || file.startsWith('-')) {
    console.error('Usage: npm run db:backup -- FILE');
    return 1;
  }
  try {
    const report = await backupDatabase(file);
    console.log(
      `Backed up to ${report.path} (${megabytes(report.bytes)}, ${report.articles} articles, ${report.users} accounts); integrity check passed.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
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
