import { defineConfig } from 'drizzle-kit';
import { loadDatabaseConfig } from './lib/config';

const database = loadDatabaseConfig();

export default defineConfig({
  dialect: 'turso',
  schema: './db/schema.ts',
  out: './db/migrations',
  dbCredentials: { url: database.url, authToken: database.authToken },
  strict: true,
  verbose: true,
});
