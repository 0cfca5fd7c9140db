/**
 * Loaded into the site's server with `--import` when the bench profiles (`--cpu-prof`): times every
 * libSQL statement by the clock, because V8's profiler puts far more samples in libSQL than the time
 * spent there (docs/performance.md, "The profiles overstate the database"). Each statement's prepare and
 * its all, get or run count; @libsql/client prepares every statement it runs. The totals are written to
 * the file named by PARADOX_STATEMENT_CLOCK when the process gets SIGUSR2, and on exit: writing only when
 * asked keeps the clock's own cost out of the rounds it measures.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const file = process.env.PARADOX_STATEMENT_CLOCK;

if (file) {
  const require = createRequire(import.meta.url);
  const Database = require('libsql');
  const probe = new Database(':memory:');
  const Statement = Object.getPrototypeOf(probe.prepare('select 1'));
  probe.close();

  const totals = { statements: 0, milliseconds: 0 };
  // Only the outermost call is timed, in case one of these methods calls another.
  let depth = 0;
  const timed = (target, method, counts) => {
    const original = target[method];
    target[method] = function (...parameters) {
      if (depth > 0) return original.apply(this, parameters);
      depth++;
      const started = process.hrtime.bigint();
      try {
        return original.apply(this, parameters);
      } finally {
        depth--;
        totals.milliseconds += Number(process.hrtime.bigint() - started) / 1e6;
        if (counts) totals.statements++;
      }
    };
  };
  timed(Database.prototype, 'prepare', false);
  // Not iterate: it returns before its rows are read. @libsql/client calls all and run.
  for (const method of ['all', 'get', 'run']) timed(Statement, method, true);

  // Written whole and renamed into place, so a reader never finds half a file.
  const write = () => {
    fs.writeFileSync(`${file}.partial`, JSON.stringify(totals));
    fs.renameSync(`${file}.partial`, file);
  };
  process.on('SIGUSR2', write);
  process.on('exit', write);
}
