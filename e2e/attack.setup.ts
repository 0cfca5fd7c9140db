import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { loadXssCorpus } from '../tests/fixtures/xss-corpus';
import { ATTACK_SECTION, CORPUS_PUBLISHED_AT, corpusImportSlug } from './support/attack';
import { staff } from './support/staff';

/**
 * Writes the XSS corpus into the running e2e site by the two ways content arrives: the editor's save
 * path and the importer's command (`npm run content:import`), each in its own process, as an operator
 * would. Runs after the reader and editor tests, which expect the demo newsroom alone.
 */
const tsx = ['--conditions=react-server', '--import', 'tsx'];
const env = { ...process.env, DATABASE_URL: `file:${path.resolve('.e2e/site.db')}` };

setup('publish the XSS corpus through the editor save path and the importer', async () => {
  setup.setTimeout(240_000);
  execFileSync(process.execPath, [...tsx, 'e2e/support/xss-corpus-seed.ts'], { env, stdio: 'pipe' });

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-xss-'));
  const file = path.join(folder, 'corpus.jsonl');
  const lines = loadXssCorpus().map((entry) =>
    JSON.stringify({
      title: `Imported corpus ${entry.id}: ${entry.payload}`.slice(0, 200),
      slug: corpusImportSlug(entry.id),
      // A paragraph first, so the importer reads the body as HTML (plain text would be escaped whole).
      body: `<p>Imported payload ${entry.id}</p>${entry.payload}`,
      summary: entry.payload.slice(0, 400),
      tags: ['Attack corpus'],
      published_at: new Date(CORPUS_PUBLISHED_AT.getTime() - entry.id * 60_000).toISOString(),
    }),
  );
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  try {
    const output = execFileSync(
      process.execPath,
      [...tsx, 'scripts/content-import.ts', file, '--author', staff.editor.email, '--category', ATTACK_SECTION],
      { env, encoding: 'utf8' },
    );
    if (!output.includes(`Imported ${lines.length}, updated 0, unchanged 0, skipped 0.`))
      throw new Error(`Unexpected import report:\n${output}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
