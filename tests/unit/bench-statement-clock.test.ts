import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readStatementClock, statementClockLine } from '../../bench/lib/cpu-profile';

const root = path.resolve(__dirname, '..', '..');
const preload = pathToFileURL(path.join(root, 'bench', 'lib', 'statement-clock.mjs')).href;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-statement-clock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the bench statement clock (bench/lib/statement-clock.mjs)', () => {
  it('counts and times every statement a process runs through libSQL, and writes the totals on exit', () => {
    const file = path.join(dir, 'exit.json');
    // 1 create + 5 inserts (run), 3 all, 2 get: 11 statements.
    const script = `
      const Database = require('libsql');
      const db = new Database(':memory:');
      db.prepare('create table t (n integer)').run();
      for (let n = 0; n < 5; n++) db.prepare('insert into t values (?)').run(n);
      for (let k = 0; k < 3; k++) if (db.prepare('select n from t').all().length !== 5) process.exit(3);
      for (let k = 0; k < 2; k++) db.prepare('select count(*) as c from t').get();
    `;
    execFileSync(process.execPath, ['--import', preload, '-e', script], {
      cwd: root,
      env: { ...process.env, PARADOX_STATEMENT_CLOCK: file },
    });
    const totals = JSON.parse(fs.readFileSync(file, 'utf8')) as { statements: number; milliseconds: number };
    expect(totals.statements).toBe(11);
    expect(totals.milliseconds).toBeGreaterThan(0);
  });

  it("answers a running server's question (SIGUSR2) with the statements @libsql/client ran so far", async () => {
    const file = path.join(dir, 'running.json');
    const script = `
      import { createClient } from '@libsql/client';
      const client = createClient({ url: 'file::memory:' });
      await client.execute('create table t (n integer)');
      for (let n = 0; n < 5; n++) await client.execute({ sql: 'insert into t values (?)', args: [n] });
      for (let k = 0; k < 4; k++) await client.execute('select n from t');
      console.log('ready');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', preload, '--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, PARADOX_STATEMENT_CLOCK: file },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        child.once('exit', (code) => reject(new Error(`the script exited with ${code}`)));
      });
      const totals = await readStatementClock(file, child.pid ?? 0);
      // The client may run statements of its own; ours are 10.
      expect(totals.statements).toBeGreaterThanOrEqual(10);
      expect(totals.milliseconds).toBeGreaterThan(0);
      // Still running: the question did not end it.
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
    }
  });

  it('patches nothing without a file to write to', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', preload, '-e', "const D = require('libsql'); console.log(D.prototype.prepare.toString().includes('hrtime'))"],
      { cwd: root, env: { ...process.env, PARADOX_STATEMENT_CLOCK: '' } },
    );
    expect(output.toString().trim()).toBe('false');
  });

  it('refuses to signal without a process id (0 would signal its own process group)', async () => {
    await expect(readStatementClock(path.join(dir, 'none.json'), 0)).rejects.toThrow(/no process id/);
  });

  it('puts the clock beside the profile, a request each', () => {
    const line = statementClockLine({ statements: 900, milliseconds: 45 }, 360, 90);
    expect(line).toContain('900 statements, 0.50 ms a request');
    expect(line).toContain('against 4.00 ms a request');
  });
});
