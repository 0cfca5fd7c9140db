import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readStatementClock, statementClockLine } from '../../bench/lib/cpu-profile';

const root = path.resolve(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-statement-clock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the bench statement clock (bench/lib/statement-clock.mjs)', () => {
  it('counts and times every statement a process runs through libSQL, preparing included', async () => {
    const file = path.join(dir, 'clock.json');
    // 1 create + 5 inserts (run), 3 all, 2 get: 11 statements.
    const script = `
      const Database = require('libsql');
      const db = new Database(':memory:');
      db.prepare('create table t (n integer)').run();
      for (let n = 0; n < 5; n++) db.prepare('insert into t values (?)').run(n);
      for (let k = 0; k < 3; k++) if (db.prepare('select n from t').all().length !== 5) process.exit(3);
      for (let k = 0; k < 2; k++) db.prepare('select count(*) as c from t').get();
    `;
    execFileSync(process.execPath, ['--import', pathToFileURL(path.join(root, 'bench', 'lib', 'statement-clock.mjs')).href, '-e', script], {
      cwd: root,
      env: { ...process.env, PARADOX_STATEMENT_CLOCK: file },
    });
    const totals = await readStatementClock(file);
    expect(totals.statements).toBe(11);
    expect(totals.milliseconds).toBeGreaterThan(0);
  });

  it('does nothing without a file to write to', () => {
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(root, 'bench', 'lib', 'statement-clock.mjs')).href,
        '-e',
        "const D = require('libsql'); console.log(D.prototype.prepare.toString().includes('hrtime'))",
      ],
      { cwd: root, env: { ...process.env, PARADOX_STATEMENT_CLOCK: '' } },
    );
    expect(output.toString().trim()).toBe('false');
  });

  it('puts the clock beside the profile, a request each', () => {
    const line = statementClockLine({ statements: 900, milliseconds: 45 }, 360, 90);
    expect(line).toContain('900 statements, 0.50 ms a request');
    expect(line).toContain('against 4.00 ms a request');
  });
});
