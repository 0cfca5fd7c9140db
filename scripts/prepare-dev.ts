/** `npm run dev` first brings the database up to date (and seeds an empty one), as `npm start` does. */
import { loadDotEnv, prepareDatabase } from './start';

loadDotEnv();
prepareDatabase().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
