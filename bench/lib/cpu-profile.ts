/**
 * Reads V8 CPU profiles (`node --cpu-prof`) of the floor and of the site and says where each one's time
 * went, side by side: React's two renders, Next.js, the database, Node's own work, garbage collection.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const DATABASE = 'database (libsql, drizzle), as sampled';

/** Where a function's code lives, by its file: the first rule that matches names it. */
const CATEGORIES: Array<[string, RegExp]> = [
  ['garbage collection', /^\(garbage collector\)$/],
  ['idle', /^\((?:idle|program)\)$/],
  ['React: server components (flight)', /react-server-dom|server\.edge|react-server/],
  ['React: HTML (react-dom/server)', /react-dom/],
  ['React: other', /[\\/]react[\\/]|compiled[\\/]react/],
  [DATABASE, /libsql|drizzle-orm/],
  ['Next.js', /next[\\/]dist/],
  ['the app (bundled pages, data layer)', /\.next[\\/]server/],
  ['production server (memory copies, logging)', /production-server\.js/],
  ['Node.js (http, streams, zlib, timers)', /^node:|^internal[\\/]/],
];

function categoryOf(node: ProfileNode): string {
  const key = node.callFrame.url || `(${node.callFrame.functionName.replace(/[()]/g, '')})`;
  for (const [name, pattern] of CATEGORIES) if (pattern.test(key)) return name;
  return node.callFrame.url ? 'other code' : 'native or unattributed';
}

export interface ProfileSummary {
  /** Sampled milliseconds by category (idle left out of `busyMs`). */
  byCategory: Map<string, number>;
  busyMs: number;
  topFunctions: Array<{ name: string; ms: number }>;
}

export function summariseProfile(profile: CpuProfile, root: string): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id);
    if (!node) return;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const category = categoryOf(node);
    byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
    if (category === 'idle') return;
    const file = node.callFrame.url.replace(/^file:\/\//, '').replace(root, '.');
    const name =
      `${node.callFrame.functionName || '(anonymous)'} ${file ? `${path.basename(file)}:${node.callFrame.lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  const busyMs = [...byCategory].filter(([name]) => name !== 'idle').reduce((sum, [, ms]) => sum + ms, 0);
  const topFunctions = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, ms]) => ({ name, ms }));
  return { byCategory, busyMs, topFunctions };
}

/** The largest profile in a directory (the server's main thread; a worker's would be smaller). */
function readProfile(dir: string): CpuProfile {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => path.join(dir, file))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  const file = files[0];
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
}

/** The site's database statements over a stretch, timed by the clock (bench/lib/statement-clock.mjs). */
export interface StatementClock {
  statements: number;
  milliseconds: number;
}

/**
 * The statement clock's totals now: it is asked with SIGUSR2 to write them, and its last file is
 * removed first, so what is read is the answer. Gives up after 5 s.
 */
export async function readStatementClock(file: string, pid: number): Promise<StatementClock> {
  // 0 or less would signal a whole process group, this one included.
  if (!(pid > 0)) throw new Error(`no process id to ask for ${file}`);
  fs.rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let attempt = 0; attempt < 100 && !fs.existsSync(file); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!fs.existsSync(file)) throw new Error(`the statement clock in process ${pid} wrote nothing to ${file}`);
  const totals = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<StatementClock>;
  if (typeof totals.statements !== 'number' || typeof totals.milliseconds !== 'number')
    throw new Error(`${file} holds no statement totals`);
  return { statements: totals.statements, milliseconds: totals.milliseconds };
}

/**
 * Markdown: the two profiles' busy time by category, then each one's costliest functions. With the
 * site's statements timed by the clock over the rounds, a line puts them beside the profile's figure.
 */
export function summariseProfiles(
  floorDir: string,
  siteDir: string,
  root: string,
  requests?: { floor: number; site: number },
  statements?: StatementClock | null,
): string {
  const floor = summariseProfile(readProfile(floorDir), root);
  const site = summariseProfile(readProfile(siteDir), root);
  const categories = [...new Set([...floor.byCategory.keys(), ...site.byCategory.keys()])].filter((name) => name !== 'idle');
  const share = (summary: ProfileSummary, name: string) => {
    const ms = summary.byCategory.get(name) ?? 0;
    return `${Math.round(ms).toLocaleString('en-GB')} ms (${((100 * ms) / Math.max(1, summary.busyMs)).toFixed(1)}%)`;
  };
  const perRequest = (summary: ProfileSummary, count: number | undefined) =>
    count ? ` — ${(summary.busyMs / count).toFixed(1)} ms a request over ${count.toLocaleString('en-GB')}` : '';
  const lines = [
    '| where the CPU went | floor | long-tail article |',
    '|---|---|---|',
    ...categories
      .sort((a, b) => (site.byCategory.get(b) ?? 0) - (site.byCategory.get(a) ?? 0))
      .map((name) => `| ${name} | ${share(floor, name)} | ${share(site, name)} |`),
    `| busy in all | ${Math.round(floor.busyMs).toLocaleString('en-GB')} ms${perRequest(floor, requests?.floor)} | ${Math.round(site.busyMs).toLocaleString('en-GB')} ms${perRequest(site, requests?.site)} |`,
    '',
  ];
  if (statements) lines.push(statementClockLine(statements, site.byCategory.get(DATABASE) ?? 0, requests?.site), '');
  for (const [label, summary] of [
    ['floor', floor],
    ['long-tail article', site],
  ] as const) {
    lines.push(`Costliest functions (self time), ${label}:`, '');
    for (const item of summary.topFunctions) lines.push(`- ${Math.round(item.ms)} ms \`${item.name}\``);
    lines.push('');
  }
  return lines.join('\n');
}

/** The statements' clock time beside the profile's database figure, both a request when the count is known. */
export function statementClockLine(statements: StatementClock, sampledMs: number, requests?: number): string {
  const each = (ms: number) => (requests ? `${(ms / requests).toFixed(2)} ms a request` : `${Math.round(ms)} ms`);
  return (
    `Database statements timed by the clock during the rounds: ${statements.statements.toLocaleString('en-GB')} statements, ` +
    `${each(statements.milliseconds)} (prepare and run), against ${each(sampledMs)} in the profile's database row, ` +
    `which also holds drizzle's query building. V8's sampling puts more time in libSQL than the clock finds (docs/performance.md).`
  );
}
