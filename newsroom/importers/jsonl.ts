import 'server-only';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { escapeHtml, sanitizeArticleHtml } from '@/lib/sanitize';
import { MAX_SLUG_LENGTH, isValidSlug, slugify } from '@/lib/slug';
import { cleanText, excerpt, htmlToPlainText } from '@/lib/text';
import { IMPORT_ACTOR, ImportRecordError, createSection, findSection, newSectionSlug, sectionNameFor } from './support';
import { getDb, type Transaction } from '@/db';
import { recordAudit } from '@/newsroom/guard';
import { articleSlugHistory, articleTags, articles, bylineProfiles, users } from '@/db/schema';
import { bylineProfileIdsOf, ensureOwnProfile, MAX_BYLINES } from '@/newsroom/profiles';
import { writeArticleVersion } from '@/newsroom/article-versions';
import { type ArticleStatus } from '@/lib/permissions';
import { parseWallTime, resolveWallTime } from '@/lib/site-time';
import { readSiteSettings } from '@/db/settings';
import { findTags, tagsFromNames } from '@/newsroom/tags';
import { turnEventLoop } from '@/lib/event-loop';

/**
 * Bulk import of articles from JSON Lines (one JSON object per line), for moving an archive into Paradox.
 *
 * - The file is streamed: memory stays bounded whatever its size, and an oversized line is skipped
 *   without ever being held whole.
 * - Every article is written in its own transaction (article, tags, revision, search index, audit), so an
 *   interrupted import leaves only whole articles behind, and re-running it picks up where it stopped.
 * - An article's identity is its slug: a re-run creates no duplicates; changed lines update in place.
 * - A bad line is reported with its line number and skipped; it never stops the import.
 */

export const MAX_LINE_BYTES = 2 * 1024 * 1024;
export const MAX_BODY_CHARS = 500_000;
const SUMMARY_EXCERPT_CHARS = 200;
const MAX_TAGS = 20;

export interface ImportProgress {
  /** Number of the line just handled (1-based, counting blank lines). */
  line: number;
  bytesRead: number;
  /** Size of the file, when importing a file. */
  totalBytes?: number;
}

export interface ImportOptions {
  /** Section (name or slug) for lines without `category`. */
  defaultCategory?: string;
  /** Email of the user credited for lines without `author`. */
  defaultAuthorEmail?: string;
  /** Validate and count everything, write nothing. */
  dryRun?: boolean;
  /** Called after every non-blank line. */
  onProgress?: (progress: ImportProgress) => void;
  /** The clock: default publish time and the line between scheduled and published. */
  now?: Date;
  /** Stops the import between two lines (each line's transaction is never cut in half). */
  signal?: AbortSignal;
}

export interface ImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: Array<{ line: number; reason: string }>;
  /** Ids of the articles imported or updated (empty in a dry run: nothing was written). */
  articleIds: number[];
}

/** The import could not run or could not continue. Lines before `line` were committed; `report` says what. */
export class ImportStoppedError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly report: ImportReport,
    readonly aborted: boolean = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ImportStoppedError';
  }
}

/** A problem with one line: reported and skipped. */
const LineError = ImportRecordError;

// ---------------------------------------------------------------------------------------------------
// Reading lines

interface SourceLine {
  number: number;
  /** Null when the line is longer than MAX_LINE_BYTES (its content is never kept). */
  text: string | null;
  bytesRead: number;
}

/**
 * Splits a byte stream into lines. Not node:readline: its async iterator does not apply backpressure
 * (with a slow consumer it buffers the whole file), and it would materialise an oversized line in full.
 * Splitting on the byte 0x0A is safe in UTF-8, which never uses that byte inside a character.
 */
async function* fileLines(filePath: string): AsyncGenerator<SourceLine> {
  const stream = fs.createReadStream(filePath, { highWaterMark: 256 * 1024 });
  let pieces: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let bytesRead = 0;
  let number = 0;
  const finish = (): SourceLine => {
    number++;
    let text: string | null = null;
    if (!overflow) {
      let buffer = Buffer.concat(pieces, length);
      if (buffer.length > 0 && buffer[buffer.length - 1] === 0x0d) buffer = buffer.subarray(0, buffer.length - 1);
      if (buffer.length <= MAX_LINE_BYTES) text = buffer.toString('utf8');
    }
    pieces = [];
    length = 0;
    overflow = false;
    return { number, text, bytesRead };
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      while (start < chunk.length) {
        const newline = chunk.indexOf(0x0a, start);
        const end = newline === -1 ? chunk.length : newline;
        if (!overflow) {
          // +1 leaves room for a "\r" before the newline.
          if (length + (end - start) > MAX_LINE_BYTES + 1) {
            overflow = true;
            pieces = [];
          } else {
            pieces.push(chunk.subarray(start, end));
          }
        }
        length += end - start;
        bytesRead += end - start;
        if (newline === -1) break;
        bytesRead += 1;
        yield finish();
        start = newline + 1;
      }
    }
    if (length > 0 || overflow) yield finish();
  } finally {
    stream.destroy();
  }
}

/** Each item of the iterable is one line. */
async function* iterableLines(source: AsyncIterable<string>): AsyncGenerator<SourceLine> {
  let number = 0;
  let bytesRead = 0;
  for await (const item of source) {
    number++;
    const line = item.replace(/\r?\n$/, '');
    const bytes = Buffer.byteLength(line, 'utf8');
    bytesRead += bytes + 1;
    yield { number, text: bytes > MAX_LINE_BYTES ? null : line, bytesRead };
  }
}

// ---------------------------------------------------------------------------------------------------
// Validating a line

// Titles, summaries, sections and tags are cleaned as the editor cleans them.
const clean = cleanText;

const typeError = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : `must be ${expected}`);

/** An optional text field: null, missing and blank all mean "not given". */
const optionalText = (max: number) =>
  z
    .string({ error: typeError('a string') })
    .transform(clean)
    .pipe(z.string().max(max, `must be at most ${max} characters`))
    .nullish()
    .transform((value) => value || undefined);

// Date, or date-time with optional seconds, fraction and offset. Without an offset it is the site's clock.
const isoDate = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

type DateReading = { ok: true; date: Date } | { ok: false; reason: string };

function parseIsoDate(value: string, timeZone: string): DateReading {
  const match = isoDate.exec(value);
  const notIso = `“${value.slice(0, 40)}” is not an ISO date such as 2025-03-01 or 2025-03-01T09:30:00Z`;
  if (!match) return { ok: false, reason: notIso };
  const [, day, time, offset] = match;
  if (offset) {
    const date = new Date(`${day}T${time}${offset.toUpperCase()}`);
    return Number.isNaN(date.getTime()) ? { ok: false, reason: notIso } : { ok: true, date };
  }
  // A wall time on the site's clock (a date alone is its midnight); rejects impossible days such as 2025-02-30.
  const wall = parseWallTime(`${day}T${(time ?? '00:00').slice(0, 8)}`);
  if (!wall) return { ok: false, reason: notIso };
  const resolved = resolveWallTime(wall, timeZone);
  if (resolved.kind === 'gap') {
    return { ok: false, reason: `“${value.slice(0, 40)}” does not exist in ${timeZone} (the clocks skip it); give an offset` };
  }
  // Where the clocks go back, the first of the two moments, as a person writing the time most likely meant.
  const instant = resolved.kind === 'exact' ? resolved.instant : resolved.earlier;
  const fraction = time && time.length > 8 ? Number(`0${time.slice(8)}`) : 0;
  return { ok: true, date: new Date(instant.getTime() + Math.floor(fraction * 1000)) };
}

const lineSchemaFor = (timeZone: string) =>
  z.object({
    title: z
      .string({ error: typeError('a string') })
      .transform(clean)
      .pipe(z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters')),
    body: z
      .string({ error: typeError('a string') })
      .max(MAX_BODY_CHARS, `is longer than ${MAX_BODY_CHARS.toLocaleString('en')} characters`)
      .refine((value) => value.trim() !== '', 'must not be empty'),
    summary: optionalText(400),
    category: optionalText(60),
    tags: z
      .array(
        z
          .string({ error: typeError('a string') })
          .transform(clean)
          .pipe(z.string().max(60, 'must be at most 60 characters')),
        { error: typeError('an array of tag names') },
      )
      .max(MAX_TAGS, `at most ${MAX_TAGS} tags`)
      .nullish()
      .transform((names) => (names ?? []).filter(Boolean)),
    author: z
      .string({ error: typeError('an email address') })
      .trim()
      .toLowerCase()
      .pipe(z.union([z.literal(''), z.email('must be an email address')]))
      .nullish()
      .transform((value) => value || undefined),
    /** Bylines, in order: staff emails or byline profile slugs (guests). */
    authors: z
      .array(
        z
          .string({ error: typeError('a string') })
          .trim()
          .toLowerCase()
          .pipe(z.string().min(1, 'must not be empty').max(254, 'must be at most 254 characters')),
        { error: typeError('an array of emails or profile slugs') },
      )
      .max(MAX_BYLINES, `at most ${MAX_BYLINES} authors`)
      .nullish()
      .transform((values) => (values && values.length > 0 ? values : undefined)),
    published_at: z
      .string({ error: typeError('an ISO date such as 2025-03-01 or 2025-03-01T09:30:00Z') })
      .trim()
      .transform((value, context) => {
        if (value === '') return undefined;
        const reading = parseIsoDate(value, timeZone);
        if (!reading.ok) {
          context.addIssue({ code: 'custom', message: reading.reason });
          return z.NEVER;
        }
        return reading.date;
      })
      .nullish()
      .transform((value) => value ?? undefined),
    slug: optionalText(MAX_SLUG_LENGTH + 20),
  });
type LineRecord = z.infer<ReturnType<typeof lineSchemaFor>>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function parseLine(text: string, lineSchema: ReturnType<typeof lineSchemaFor>): LineRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LineError(`invalid JSON (${error instanceof Error ? error.message.slice(0, 160) : 'unreadable'})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LineError('not a JSON object');
  }
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) throw new LineError(describeIssues(parsed.error));
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------------
// Body

// Block-level tags: a body containing one is HTML, anything else is plain text.
const blockTag =
  /<\/?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|figure|figcaption|table|thead|tbody|tr|td|th|section|article|header|footer|aside|main|nav|address|hr)\b[^>]*>/i;

export function looksLikeHtml(body: string): boolean {
  return blockTag.test(body);
}

/** Plain text to paragraphs: blank lines separate paragraphs, a single newline inside one becomes a space. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

/** The stored body: sanitized exactly as the editor's, whichever form it came in. */
export function importedBodyHtml(body: string): string {
  return sanitizeArticleHtml(looksLikeHtml(body) ? body : plainTextToHtml(body));
}

// ---------------------------------------------------------------------------------------------------
// Writing one article

interface LineContext {
  line: number;
  now: Date;
  defaultAuthorEmail: string | undefined;
  defaultCategory: string | undefined;
  /** Articles already handled by an earlier line of this file. */
  seenArticles: Map<number, number>;
}

type LineOutcome = { kind: 'imported' | 'updated' | 'unchanged'; id: number };

interface ExistingArticle {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  categoryId: number;
  version: number;
}

/** The article that owns a slug now, or owned it before being renamed in the editor. */
async function findArticle(tx: Transaction, slug: string): Promise<ExistingArticle | null> {
  const columns = {
    id: articles.id,
    slug: articles.slug,
    title: articles.title,
    summary: articles.summary,
    body: articles.body,
    status: articles.status,
    publishedAt: articles.publishedAt,
    categoryId: articles.categoryId,
    version: articles.version,
  };
  const [current] = await tx.select(columns).from(articles).where(eq(articles.slug, slug)).limit(1);
  if (current) return current;
  const [renamed] = await tx
    .select(columns)
    .from(articleSlugHistory)
    .innerJoin(articles, eq(articles.id, articleSlugHistory.articleId))
    .where(eq(articleSlugHistory.slug, slug))
    .limit(1);
  return renamed ?? null;
}

function sameIds(a: number[], b: number[]): boolean {
  const set = new Set(a);
  return a.length === b.length && set.size === new Set(b).size && b.every((id) => set.has(id));
}

function statusFor(publishedAt: Date, now: Date): ArticleStatus {
  return publishedAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

async function importLine(tx: Transaction, record: LineRecord, slug: string, context: LineContext): Promise<LineOutcome> {
  const { now, line } = context;

  const bylines = record.authors ? await resolveBylines(tx, record.authors, now) : undefined;
  // The owning account: `author`, else the first staff member among `authors`, else --author.
  const authorEmail = record.author ?? bylines?.find((byline) => byline.email)?.email ?? context.defaultAuthorEmail;
  if (!authorEmail) throw new LineError('no author: give "author" (the email of an existing user) or pass --author');
  const [author] = await tx.select({ id: users.id }).from(users).where(eq(users.email, authorEmail)).limit(1);
  if (!author) throw new LineError(`unknown author “${authorEmail}”: no user has this email`);
  const bylineProfileIds = bylines?.map((byline) => byline.profileId);

  const categoryValue = record.category ?? context.defaultCategory;
  if (!categoryValue) throw new LineError('no category: give "category" (a section name or slug) or pass --category');
  const section = await findSection(tx, categoryValue);
  const sectionToCreate = section ? null : newSectionSlug(categoryValue);

  const body = importedBodyHtml(record.body);
  if (htmlToPlainText(body) === '' && !/<(img|hr)\b/i.test(body)) throw new LineError('body is empty once sanitized');
  const summary = record.summary ?? excerpt(cleanText(htmlToPlainText(body)), SUMMARY_EXCERPT_CHARS);
  const plannedTags = await findTags(tx, tagsFromNames(record.tags));

  const existing = await findArticle(tx, slug);
  if (existing) {
    const earlier = context.seenArticles.get(existing.id);
    if (earlier !== undefined) throw new LineError(`duplicate: line ${earlier} already imported this article (slug “${existing.slug}”)`);
    const currentTagIds = (await tx.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, existing.id))).map(
      (row) => row.id,
    );
    const unchanged =
      section !== null &&
      existing.categoryId === section.id &&
      existing.title === record.title &&
      existing.summary === summary &&
      existing.body === body &&
      plannedTags.every((tag) => tag.id !== null) &&
      sameIds(
        currentTagIds,
        plannedTags.map((tag) => tag.id ?? 0),
      ) &&
      (record.published_at === undefined || existing.publishedAt?.getTime() === record.published_at.getTime()) &&
      (bylineProfileIds === undefined || bylineProfileIds.join() === (await bylineProfileIdsOf(tx, existing.id)).join());
    if (unchanged) return { kind: 'unchanged', id: existing.id };
  }

  let categoryId: number;
  if (section) {
    categoryId = section.id;
  } else {
    const slugForSection = sectionToCreate ?? newSectionSlug(categoryValue);
    const name = sectionNameFor(categoryValue, slugForSection);
    categoryId = await createSection(tx, { name, slug: slugForSection }, `created by content import, line ${line}`, now);
  }

  // Without published_at, an update keeps the article's time; a new article goes out now.
  const publishedAt = record.published_at ?? existing?.publishedAt ?? now;
  // An article an editor took down (draft, pending, archived) keeps that status: the import updates its text only.
  const status =
    existing && existing.status !== 'published' && existing.status !== 'scheduled' ? existing.status : statusFor(publishedAt, now);
  const values = { title: record.title, summary, body, categoryId, status, publishedAt, updatedAt: now };

  const { id, version } = await writeArticleVersion(tx, {
    // The slug stays on an update: an article renamed in the editor keeps its new address.
    current: existing,
    fields: { ...values, slug: existing?.slug ?? slug, ...(existing ? {} : { authorId: author.id }) },
    tags: plannedTags,
    // Without `authors`, an update keeps the story's bylines and a new story is credited to its owner.
    ...(bylineProfileIds ? { bylineProfileIds } : {}),
    savedBy: author.id,
    now,
    // Refreshed once for the whole run (refreshRelatedAfterImport).
    related: 'later',
  });

  await recordAudit(
    tx,
    IMPORT_ACTOR,
    {
      action: 'article.import',
      targetType: 'article',
      targetId: id,
      summary: `${existing ? 'Updated' : 'Imported'} ${record.title} (${status}, v${version}) from line ${line}`,
    },
    now,
  );
  return { kind: existing ? 'updated' : 'imported', id };
}

/** Each of `authors` as a byline profile: a staff email (its account's profile) or a profile slug. */
async function resolveBylines(tx: Transaction, values: string[], now: Date): Promise<Array<{ profileId: number; email: string | null }>> {
  if (new Set(values).size !== values.length) throw new LineError('"authors" names someone twice');
  const resolved: Array<{ profileId: number; email: string | null }> = [];
  for (const value of values) {
    if (value.includes('@')) {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, value)).limit(1);
      if (!user) throw new LineError(`unknown author “${value}” in "authors": no user has this email`);
      resolved.push({ profileId: await ensureOwnProfile(tx, user.id, now), email: value });
    } else {
      const [profile] = await tx.select({ id: bylineProfiles.id }).from(bylineProfiles).where(eq(bylineProfiles.slug, value)).limit(1);
      if (!profile) throw new LineError(`unknown author “${value}” in "authors": no user has this email and no profile this slug`);
      resolved.push({ profileId: profile.id, email: null });
    }
  }
  if (new Set(resolved.map((byline) => byline.profileId)).size !== resolved.length) throw new LineError('"authors" names someone twice');
  return resolved;
}

/** Thrown to roll back a dry run's line after it was fully carried out. */
class DryRunRollback extends Error {
  constructor(readonly outcome: LineOutcome) {
    super('dry run');
  }
}

async function runLine(record: LineRecord, slug: string, context: LineContext, dryRun: boolean): Promise<LineOutcome> {
  try {
    return await getDb().transaction(async (tx) => {
      const outcome = await importLine(tx, record, slug, context);
      // A dry run does all the work, so its counts are exact, then rolls it back.
      if (dryRun) throw new DryRunRollback(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    throw error;
  }
}

/** Refuses defaults that would fail every line, before anything is read. */
async function checkDefaults(options: ImportOptions): Promise<void> {
  const db = getDb();
  if (options.defaultAuthorEmail) {
    const email = options.defaultAuthorEmail.trim().toLowerCase();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (!user) throw new Error(`No user has the email “${email}” (the default author). Create the account first, or choose another.`);
  }
  if (options.defaultCategory !== undefined) {
    const value = clean(options.defaultCategory);
    if (!value) throw new Error('The default category is empty.');
    const found = await findSection(db, value);
    if (!found) {
      try {
        newSectionSlug(value);
      } catch (error) {
        throw new Error(`Default ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------

/**
 * Imports a JSON Lines file (a path) or a sequence of lines. Bad lines are skipped and reported; the
 * import only stops (ImportStoppedError, carrying the report so far) when the source cannot be read,
 * the database fails, or `signal` aborts.
 */
export async function importJsonl(source: AsyncIterable<string> | string, options: ImportOptions = {}): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const report: ImportReport = { imported: 0, updated: 0, unchanged: 0, skipped: [], articleIds: [] };

  let totalBytes: number | undefined;
  if (typeof source === 'string') {
    const stat = await fs.promises.stat(source).catch((error: NodeJS.ErrnoException) => {
      throw new ImportStoppedError(
        error.code === 'ENOENT' ? `File not found: ${source}` : `Cannot read ${source}: ${error.message}`,
        0,
        report,
      );
    });
    if (!stat.isFile()) throw new ImportStoppedError(`Not a file: ${source}`, 0, report);
    totalBytes = stat.size;
  }
  try {
    await checkDefaults(options);
  } catch (error) {
    throw new ImportStoppedError(error instanceof Error ? error.message : String(error), 0, report, false, { cause: error });
  }

  // Times written without an offset are on the site's clock, as its editors read them.
  const { timeZone } = await readSiteSettings(getDb());
  const lineSchema = lineSchemaFor(timeZone);

  const context: LineContext = {
    line: 0,
    now,
    defaultAuthorEmail: options.defaultAuthorEmail?.trim().toLowerCase() || undefined,
    defaultCategory: options.defaultCategory !== undefined ? clean(options.defaultCategory) || undefined : undefined,
    seenArticles: new Map(),
  };
  const seenSlugs = new Map<string, number>();
  const lines = typeof source === 'string' ? fileLines(source) : iterableLines(source);

  let lineNumber = 0;
  try {
    for await (const sourceLine of lines) {
      lineNumber = sourceLine.number;
      if (lineNumber % 16 === 0) await turnEventLoop();
      if (options.signal?.aborted) throw new ImportStoppedError(`Stopped before line ${lineNumber}.`, lineNumber, report, true);
      let text = sourceLine.text;
      if (text !== null && sourceLine.number === 1) text = text.replace(/^\uFEFF/, '');
      if (text !== null && text.trim() === '') continue;
      context.line = lineNumber;
      try {
        if (text === null) throw new LineError(`line is larger than ${MAX_LINE_BYTES / 1024 / 1024} MB`);
        const record = parseLine(text, lineSchema);
        const slug = slugify(record.slug ?? record.title);
        if (!isValidSlug(slug))
          throw new LineError(`slug: needs at least one letter or digit${record.slug ? '' : ' (made from the title)'}`);
        const earlier = seenSlugs.get(slug);
        if (earlier !== undefined) throw new LineError(`duplicate slug “${slug}”: line ${earlier} already has it`);
        const outcome = await runLine(record, slug, context, dryRun);
        seenSlugs.set(slug, lineNumber);
        context.seenArticles.set(outcome.id, lineNumber);
        report[outcome.kind]++;
        if (!dryRun && outcome.kind !== 'unchanged') report.articleIds.push(outcome.id);
      } catch (error) {
        if (!(error instanceof LineError)) throw error;
        report.skipped.push({ line: lineNumber, reason: error.message });
      }
      options.onProgress?.({ line: lineNumber, bytesRead: sourceLine.bytesRead, totalBytes });
    }
  } catch (error) {
    if (error instanceof ImportStoppedError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportStoppedError(`Import stopped at line ${lineNumber}: ${message}`, lineNumber, report, false, { cause: error });
  }
  return report;
}
