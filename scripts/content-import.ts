/**
 * npm run content:import -- FILE.jsonl [--category SLUG] [--author EMAIL] [--dry-run]
 * npm run content:import -- EXPORT.xml [--include-pages] [--include-type TYPE] [--author-role ROLE] [--category NAME] [--keep-remote-images] [--dry-run]
 *
 * A WordPress export (WXR, recognised by its extension or its first bytes) is imported by
 * newsroom/importers/wordpress.ts; anything else is read as JSON Lines.
 *
 * Imports articles from a JSON Lines file, one article per line:
 *   {"title": "…", "body": "…", "summary": "…", "category": "World", "tags": ["…"],
 *    "author": "writer@example.com", "published_at": "2025-03-01T09:30:00Z", "slug": "…"}
 * Only title and body are required. Re-running a file is safe: articles are matched by slug, unchanged
 * ones are left alone and changed ones are updated. Bad lines are listed and skipped.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDb } from '../db';
import { recordCacheInvalidation } from '../db/page-cache-sync';
import { EVERY_PAGE_CACHE_TAG } from '../lib/process-hooks.mjs';
import { ImportStoppedError, importJsonl, type ImportProgress, type ImportReport } from '../newsroom/importers/jsonl';
import { runMigrations } from '../db/migrate';
import { recomputeRelatedFor, refreshRelatedAfterImport } from '../newsroom/related';
import { WordPressImportError, importWordPress, type WordPressImportReport } from '../newsroom/importers/wordpress';
import { looksLikeWxr } from '../lib/wxr-reader';
import { loadMediaConfig } from '../lib/config';
import { loadDotEnv } from './start';

const usage = `Usage: npm run content:import -- FILE.jsonl [--category SLUG] [--author EMAIL] [--dry-run]
       npm run content:import -- EXPORT.xml [--include-pages] [--include-type TYPE] [--author-role ROLE] [--category NAME]
                                            [--keep-remote-images] [--dry-run]

  FILE.jsonl         one JSON object per line: title, body (required); summary, category, tags,
                     author, published_at, slug (optional)
  EXPORT.xml         a WordPress export (Tools → Export, WXR 1.0 to 1.2)
  --category SLUG    section for records without a category (name or slug; created if missing)
  --author EMAIL     JSON Lines: user credited for lines without "author" (must exist)
  --include-pages    WordPress: import pages as articles too
  --include-type T   WordPress: import posts of custom type T as articles too (repeatable)
  --author-role R    WordPress: role of the accounts created for its authors, author (default) or contributor
  --keep-remote-images
                     WordPress: leave pictures on the old site instead of copying them into the media
                     library (then allow their origins in REMOTE_IMAGE_ORIGINS)
  --dry-run          check everything and report what would happen, without writing
  --help             show this text`;

const SKIPPED_SHOWN = 50;
const NON_TTY_EVERY = 500;

class UsageError extends Error {}

function parseCommandLine() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        category: { type: 'string' },
        author: { type: 'string' },
        'include-pages': { type: 'boolean', default: false },
        'include-type': { type: 'string', multiple: true },
        'author-role': { type: 'string' },
        'keep-remote-images': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (positionals.length !== 1 || !positionals[0]) {
    throw new UsageError(positionals.length === 0 ? 'Give the file to import.' : 'Give exactly one file to import.');
  }
  if (values.category !== undefined && values.category.trim() === '') throw new UsageError('--category needs a section name or slug.');
  if (values.author !== undefined && values.author.trim() === '') throw new UsageError('--author needs an email address.');
  const role = values['author-role'];
  if (role !== undefined && role !== 'author' && role !== 'contributor') throw new UsageError('--author-role is author or contributor.');
  const authorRole: 'author' | 'contributor' | undefined = role;
  return {
    file: positionals[0],
    category: values.category,
    author: values.author,
    dryRun: values['dry-run'],
    includePages: values['include-pages'],
    includeTypes: values['include-type'] ?? [],
    authorRole,
    keepRemoteImages: values['keep-remote-images'],
  };
}

const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A one-line progress bar on a terminal; on a pipe or log file, a plain line every few hundred records. */
function createProgress(label: string, unit: string) {
  const tty = Boolean(process.stderr.isTTY);
  let records = 0;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(progress: ImportProgress) {
      records++;
      if (!tty) {
        if (unit !== 'bytes' && records % NON_TTY_EVERY === 0) console.error(`${label}: ${records} ${unit}`);
        return;
      }
      const nowMs = Date.now();
      if (nowMs - lastDraw < 100) return;
      lastDraw = nowMs;
      const total = progress.totalBytes ?? 0;
      const fraction = total > 0 ? Math.min(1, progress.bytesRead / total) : 0;
      const width = 30;
      const filled = Math.round(fraction * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
      const detail =
        unit === 'bytes'
          ? `${formatMegabytes(progress.bytesRead)} / ${formatMegabytes(total)}`
          : unit === 'records'
            ? `${total > 0 ? `${formatMegabytes(progress.bytesRead)} / ${formatMegabytes(total)}  ` : ''}${records} ${unit}`
            : `${progress.bytesRead} / ${total} ${unit}`;
      process.stderr.write(`\r${label} ${bar} ${String(Math.floor(fraction * 100)).padStart(3)}%  ${detail}\x1b[K`);
      drawn = true;
    },
    done() {
      if (tty && drawn) process.stderr.write('\r\x1b[K');
    },
  };
}

function printReport(report: ImportReport, dryRun: boolean) {
  const verb = dryRun ? 'Would import' : 'Imported';
  const updated = dryRun ? 'would update' : 'updated';
  console.log(
    `${dryRun ? 'Dry run, nothing was written. ' : ''}${verb} ${report.imported}, ${updated} ${report.updated}, unchanged ${report.unchanged}, skipped ${report.skipped.length}.`,
  );
  if (report.skipped.length === 0) return;
  console.log('\nSkipped lines:');
  for (const item of report.skipped.slice(0, SKIPPED_SHOWN)) console.log(`  line ${item.line}: ${item.reason}`);
  if (report.skipped.length > SKIPPED_SHOWN) console.log(`  …and ${report.skipped.length - SKIPPED_SHOWN} more`);
}

const WARNINGS_SHOWN = 50;
const FAILED_PICTURES_SHOWN = 20;

function printPictures(report: WordPressImportReport, dryRun: boolean) {
  const { images } = report;
  if (images.copied + images.present + images.kept + images.failed.length === 0) return;
  const parts = [
    `${images.copied} ${dryRun ? 'would be ' : ''}copied into the media library`,
    `${images.present} already there`,
    ...(images.kept > 0 ? [`${images.kept} left at their address (--keep-remote-images)`] : []),
    `${images.failed.length} not copied`,
  ];
  console.log(`  pictures: ${parts.join(', ')}`);
  for (const failure of images.failed.slice(0, FAILED_PICTURES_SHOWN))
    console.log(`    line ${failure.line}, post ${failure.postId}: ${failure.url}: ${failure.reason}`);
  if (images.failed.length > FAILED_PICTURES_SHOWN) console.log(`    …and ${images.failed.length - FAILED_PICTURES_SHOWN} more`);
  if (images.failed.length > 0) console.log('    (a picture that got no answer or a server error is tried again by the next run)');
  if (images.remoteOrigins.length === 0) return;
  // Pages show pictures from other sites only when their origins are allowed (the img-src of the Content-Security-Policy).
  const allowed = new Set(loadMediaConfig().remoteImageOrigins);
  const missing = images.remoteOrigins.filter((origin) => !allowed.has(origin));
  console.log(`  pictures left on other sites come from: ${images.remoteOrigins.join(' ')}`);
  if (missing.length > 0) {
    const all = [...allowed, ...missing].join(' ');
    console.log(`  browsers will not show them until you allow those origins and restart: REMOTE_IMAGE_ORIGINS="${all}"`);
  }
}

function printWordPressReport(report: WordPressImportReport, dryRun: boolean) {
  const would = dryRun ? 'would be ' : '';
  console.log(`${dryRun ? 'Dry run, nothing was written. ' : ''}WordPress export of ${report.site} (WXR ${report.wxrVersion || '?'}):`);
  console.log(`  posts: ${report.imported} ${would}imported, ${report.updated} ${would}updated, ${report.unchanged} unchanged`);
  const statuses = Object.entries(report.statuses)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  if (statuses.length > 0) console.log(`  statuses: ${statuses.join(', ')}`);
  console.log(
    `  ${would}created: ${report.created.authors} staff accounts (no password yet), ${report.created.guests} guest profiles, ${report.created.sections} sections, ${report.created.tags} tags`,
  );
  console.log(`  old addresses ${would}recorded for redirects: ${report.redirects}`);
  printPictures(report, dryRun);
  if (report.comments > 0) console.log(`  comments not imported (Paradox has none): ${report.comments}`);
  const skippedTotal = report.skipped.reduce((sum, group) => sum + group.count, 0);
  if (skippedTotal > 0) {
    console.log(`\nSkipped ${skippedTotal} item(s):`);
    for (const group of report.skipped)
      console.log(`  ${group.count} × ${group.reason} (line ${group.lines.join(', ')}${group.count > group.lines.length ? ', …' : ''})`);
  }
  if (report.warnings.length > 0) {
    console.log(`\nWarnings (${report.warnings.length}):`);
    for (const warning of report.warnings.slice(0, WARNINGS_SHOWN)) {
      console.log(`  line ${warning.line}, post ${warning.postId ?? '?'} “${warning.title.slice(0, 60)}”: ${warning.message}`);
    }
    if (report.warnings.length > WARNINGS_SHOWN) console.log(`  …and ${report.warnings.length - WARNINGS_SHOWN} more`);
  }
  if (report.created.authors > 0 && !dryRun)
    console.log('\nImported authors cannot sign in until an administrator sets their password (Editor → Users).');
}

async function importWordPressFile(args: ReturnType<typeof parseCommandLine>): Promise<number> {
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping after the current post (Ctrl-C again to quit now)…\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  const checking = createProgress('Checking', 'bytes');
  const importing = createProgress(args.dryRun ? 'Trying' : 'Importing', 'bytes');
  let report: WordPressImportReport;
  try {
    report = await importWordPress(args.file, {
      dryRun: args.dryRun,
      includePages: args.includePages,
      includeTypes: args.includeTypes,
      authorRole: args.authorRole,
      keepRemoteImages: args.keepRemoteImages,
      defaultSection: args.category,
      signal: controller.signal,
      onProgress: ({ phase, bytesRead, totalBytes }) => {
        if (phase === 'importing') checking.done();
        (phase === 'checking' ? checking : importing).update({ line: 0, bytesRead, totalBytes });
      },
    });
  } catch (error) {
    checking.done();
    importing.done();
    if (!(error instanceof WordPressImportError)) throw error;
    console.error(error.message);
    const { report: partial } = error;
    if (partial.imported + partial.updated > 0) {
      console.error(`Before stopping: ${partial.imported} imported, ${partial.updated} updated, ${partial.unchanged} unchanged.`);
      console.error('Every finished post is saved; run the same command again to continue (finished posts come back unchanged).');
      if (!args.dryRun && partial.articleIds.length > 0) await refreshRelatedAfterImport(partial.articleIds).catch(() => undefined);
    }
    return error.aborted ? 130 : 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
  checking.done();
  importing.done();
  if (args.author) console.error('--author applies to JSON Lines only: a WordPress export names its own authors.');

  if (!args.dryRun && report.articleIds.length > 0) {
    const related = createProgress('Related stories', 'articles');
    if (!process.stderr.isTTY) console.error(`Updating related stories for ${report.articleIds.length} article(s)…`);
    await refreshRelatedAfterImport(report.articleIds, (done, total) => related.update({ line: done, bytesRead: done, totalBytes: total }));
    related.done();
    await expireEveryCachedPage();
  }
  printWordPressReport(report, args.dryRun);
  return 0;
}

/** Running servers show imported stories at once: their page caches poll this (server/page-cache-handler.mjs). */
async function expireEveryCachedPage(): Promise<void> {
  await recordCacheInvalidation([EVERY_PAGE_CACHE_TAG]);
}

async function main(): Promise<number> {
  loadDotEnv();
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    return 1;
  }

  // Checked before the database is touched, so a typo costs nothing.
  if (!fs.existsSync(args.file)) {
    console.error(`File not found: ${args.file}`);
    return 1;
  }
  if (!fs.statSync(args.file).isFile()) {
    console.error(`Not a file: ${args.file}`);
    return 1;
  }

  await runMigrations();

  if (await looksLikeWxr(args.file)) return importWordPressFile(args);

  // First Ctrl-C: finish the current article and stop; second: quit at once (the open transaction rolls back).
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping after the current article (Ctrl-C again to quit now)…\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);

  const progress = createProgress(args.dryRun ? 'Checking' : 'Importing', 'records');
  let report: ImportReport;
  try {
    report = await importJsonl(args.file, {
      defaultCategory: args.category,
      defaultAuthorEmail: args.author,
      dryRun: args.dryRun,
      onProgress: progress.update,
      signal: controller.signal,
    });
  } catch (error) {
    progress.done();
    if (!(error instanceof ImportStoppedError)) throw error;
    console.error(error.message);
    const { report: partial } = error;
    if (partial.imported + partial.updated + partial.unchanged + partial.skipped.length > 0) {
      console.error(
        `Before stopping: ${partial.imported} imported, ${partial.updated} updated, ${partial.unchanged} unchanged, ${partial.skipped.length} skipped.`,
      );
      console.error('Every finished article is saved; run the same command again to continue (finished lines come back unchanged).');
      // Articles already written still get their related stories.
      if (!args.dryRun && partial.articleIds.length > 0) {
        await recomputeRelatedFor(partial.articleIds).catch((related: unknown) => {
          console.error(`Related stories were not recomputed: ${related instanceof Error ? related.message : String(related)}`);
        });
      }
    }
    return error.aborted ? 130 : 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
  progress.done();

  if (!args.dryRun && report.articleIds.length > 0) {
    const related = createProgress('Related stories', 'articles');
    const tty = Boolean(process.stderr.isTTY);
    if (!tty) console.error(`Recomputing related stories for ${report.articleIds.length} article(s)…`);
    await recomputeRelatedFor(report.articleIds, (done, total) => {
      related.update({ line: done, bytesRead: done, totalBytes: total });
    });
    related.done();
    await expireEveryCachedPage();
  }

  printReport(report, args.dryRun);
  return 0;
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
