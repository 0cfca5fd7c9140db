import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps the layers apart (eslint.config.mjs) really refuses an upward import, and
 * lib/ really refuses Next.js and the database: lint a few lines as if they stood in each folder.
 */
const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layering rule', () => {
  beforeAll(async () => {
    // The cycle rule needs files on disk; these few lines exist only here.
    eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-cycle': 'off' } } });
    // The first lint loads the configuration and every plugin (seconds on a busy machine): not a case's time.
    await problems('lib/example.ts', 'export const warm = 1;\n');
  }, 120_000);

  it.each([
    ['lib/example.ts', "import { getDb } from '@/db';\nexport const db = getDb;\n"],
    ['lib/example.ts', "import { saveArticle } from '../newsroom/articles';\nexport const save = saveArticle;\n"],
    ['db/example.ts', "import { saveArticle } from '@/newsroom/articles';\nexport const save = saveArticle;\n"],
    ['newsroom/example.ts', "import { perform } from '@/web/perform';\nexport const run = perform;\n"],
    ['web/example.ts', "import { saveArticleAction } from '@/actions/articles';\nexport const run = saveArticleAction;\n"],
    ['actions/example.ts', "import { SiteHeader } from '@/components/layout/site-header';\nexport const view = SiteHeader;\n"],
    ['components/example.tsx', "import ArticlePage from '@/app/(site)/[category]/[slug]/page';\nexport const page = ArticlePage;\n"],
    ['server/example.ts', "import { saveArticle } from '../newsroom/articles';\nexport const save = saveArticle;\n"],
    ['lib/example.ts', "import { staff } from '../e2e/support/staff';\nexport const who = staff;\n"],
    ['newsroom/example.ts', "import { main } from '../scripts/db-seed';\nexport const run = main;\n"],
    [
      'db/example.ts',
      "import { useTemporaryDatabase } from '../tests/support/temp-database';\nexport const temp = useTemporaryDatabase;\n",
    ],
  ])('refuses an upward import in %s', async (file, code) => {
    expect(await problems(file, code)).toContain('import/no-restricted-paths');
  });

  it.each([
    ['lib/example.ts', "import { redirect } from 'next/navigation';\nexport const go = redirect;\n"],
    ['lib/example.ts', "import { eq } from 'drizzle-orm';\nexport const equal = eq;\n"],
    ['newsroom/example.ts', "import { revalidatePath } from 'next/cache';\nexport const refresh = revalidatePath;\n"],
  ])('refuses Next.js or the database where they do not belong (%s)', async (file, code) => {
    expect(await problems(file, code)).toContain('no-restricted-imports');
  });

  it('refuses an import cycle', async () => {
    // Two files that import each other, on disk (the cycle rule reads the files it follows).
    const folder = path.join(root, 'lib', `cycle-fixture-${process.pid}`);
    fs.mkdirSync(folder, { recursive: true });
    const first = "import { second } from './second';\nexport const first = () => second;\n";
    const second = "import { first } from './first';\nexport const second = () => first;\n";
    fs.writeFileSync(path.join(folder, 'first.ts'), first);
    fs.writeFileSync(path.join(folder, 'second.ts'), second);
    try {
      const withCycles = new ESLint({ cwd: root });
      const [result] = await withCycles.lintText(first, { filePath: path.join(folder, 'first.ts') });
      expect((result?.messages ?? []).map((message) => message.ruleId)).toContain('import/no-cycle');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('lets every layer import the ones below it', async () => {
    expect(
      await problems(
        'components/example.tsx',
        "import { getLatestArticles } from '@/db/articles';\nexport const read = getLatestArticles;\n",
      ),
    ).toEqual([]);
    expect(await problems('newsroom/example.ts', "import { getDb } from '@/db';\nexport const db = getDb;\n")).toEqual([]);
    expect(
      await problems('server/example.ts', "import { runMigrations } from '../db/migrate';\nexport const migrate = runMigrations;\n"),
    ).toEqual([]);
  });
});
