import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

/**
 * The layers, top to bottom. Each may import only the layers after it (docs/architecture.md):
 * routes → views → server actions → request glue → the newsroom's rules → data → pure helpers.
 */
const layers = ['app', 'components', 'actions', 'web', 'newsroom', 'db', 'lib'];

/** For each layer, every layer above it is out of bounds. */
const layerZones = layers.slice(1).map((layer, index) => ({
  target: `./${layer}`,
  from: layers.slice(0, index + 1).map((above) => `./${above}`),
  message: `${layer}/ is below ${layers.slice(0, index + 1).join(', ')}: import downward only (docs/architecture.md).`,
}));

/** Packages a layer may not use: the newsroom and the data layer know nothing of Next.js; lib/ is pure. */
const frameworkPackages = ['next', 'next/*', 'next-auth', 'next-auth/*', '@auth/*'];
const dataPackages = ['drizzle-orm', 'drizzle-orm/*', '@libsql/*'];

const restrictPackages = (files, banned, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: banned, message: why }] }],
  },
});

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  prettier,
  {
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            // The server process sits beside the layers: it reads configuration and logs through lib/; its
            // entry point also applies migrations (db/migrate.ts) before it listens, and closes the database.
            {
              target: './server',
              from: ['./app', './components', './actions', './web', './newsroom'],
              message: 'server/ imports only lib/ (and, to start, the migration runner).',
            },
            // The product never depends on its tooling: scripts, tests, benchmarks and end-to-end specs sit outside.
            ...[...layers, 'server'].map((layer) => ({
              target: `./${layer}`,
              from: ['./scripts', './tests', './e2e', './bench'],
              message: `${layer}/ is product code: it may not import scripts/, tests/, e2e/ or bench/.`,
            })),
            {
              target: './server',
              from: './db',
              except: ['./migrate.ts', './index.ts'],
              message: 'server/ imports only lib/ (and, to start, the migration runner).',
            },
          ],
        },
      ],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    rules: {
      // Images are served as stored variants (components/media/responsive-image.tsx); Next's optimizer is off.
      '@next/next/no-img-element': 'off',
    },
  },
  {
    // Tests read parsed feeds and JSON-LD, whose shape is what they check.
    files: ['e2e/**', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  restrictPackages(['lib/**'], [...frameworkPackages, ...dataPackages], 'lib/ is pure: no Next.js, no database (docs/architecture.md).'),
  restrictPackages(
    ['newsroom/**', 'db/**'],
    frameworkPackages,
    'The newsroom and the data layer never import Next.js or Auth.js (docs/architecture.md).',
  ),
  globalIgnores([
    '.next/**',
    'bench/floor/.next/**',
    'node_modules/**',
    'db/migrations/**',
    'bench/results/**',
    '.e2e/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
]);
