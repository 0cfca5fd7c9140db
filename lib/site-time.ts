/**
 * Every conversion between instants and the site's clock: the ONE place that knows about time zones.
 * Pure (Intl only, no Next, no database), so the server, client leaves and tests share it. The site's
 * zone and language are settings (db/settings.ts); TIME_ZONE and SITE_LANGUAGE are their defaults.
 */

/** The site's clock: an IANA time zone and a BCP 47 language tag. */
export interface SiteClock {
  timeZone: string;
  language: string;
}

export const DEFAULT_TIME_ZONE = 'UTC';
export const DEFAULT_LANGUAGE = 'en-GB';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The canonical spelling of an IANA zone name ("europe/berlin" → "Europe/Berlin"), or null if there is no such zone. */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed || !/^[A-Za-z0-9_+\-/]+$/.test(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The canonical form of a BCP 47 language tag ("EN-gb" → "en-GB"), or null if it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical ?? null;
  } catch {
    return null;
  }
}

export const timeZoneMessage = (name: string) =>
  `“${name}” is not a time zone name. Use an IANA name such as Europe/Berlin, America/New_York or UTC.`;
export const languageMessage = (tag: string) => `“${tag}” is not a language tag. Use a BCP 47 tag such as en-GB, de or fr-CA.`;

/** Every zone name the runtime knows, for a picker. */
export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** Formatters are costly to build and are reused for every date on a page. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Readings already made: a page shows each story's moment several times (its datetime, its relative
 * and absolute text, its day), and each reading asks ICU. Bounded; emptied when full.
 */
const wallTimes = new Map<string, Readonly<WallTime>>();
const MAX_WALL_TIMES = 4096;

/** The wall-clock reading of `instant` in `timeZone`. */
export function wallTimeOf(instant: Date, timeZone: string): Readonly<WallTime> {
  if (timeZone === 'UTC') {
    return {
      year: instant.getUTCFullYear(),
      month: instant.getUTCMonth() + 1,
      day: instant.getUTCDate(),
      hour: instant.getUTCHours(),
      minute: instant.getUTCMinutes(),
      second: instant.getUTCSeconds(),
    };
  }
  const key = `${timeZone}|${instant.getTime()}`;
  const known = wallTimes.get(key);
  if (known) return known;
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  const parts = formatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  for (const part of parts) if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  if (wallTimes.size >= MAX_WALL_TIMES) wallTimes.clear();
  wallTimes.set(key, Object.freeze(wall));
  return wall;
}

const wallAsUtc = (wall: WallTime) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** Minutes the zone is ahead of UTC at `instant` (Berlin in winter: 60). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallAsUtc(wallTimeOf(new Date(whole), timeZone)) - whole) / MINUTE);
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** ISO 8601 with the zone's offset, for datetime attributes, JSON-LD and sitemaps: "2026-12-04T10:08:00+01:00". */
export function toZonedIso(instant: Date, timeZone: string): string {
  const wall = wallTimeOf(instant, timeZone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  return `${date}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${offsetText(offsetMinutes(instant, timeZone))}`;
}

/** The value of a datetime-local input showing `instant` on the site's clock: "2026-12-04T10:08". */
export function toWallTimeInput(instant: Date, timeZone: string): string {
  const wall = wallTimeOf(instant, timeZone);
  const seconds = wall.second ? `:${pad(wall.second)}` : '';
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}${seconds}`;
}

/** Short names already found, by zone, language, offset and year: each costs up to five ICU calls. */
const abbreviations = new Map<string, string>();

/** The zone's short name at `instant` ("CET", "BST", "EST"); a GMT offset where no letters exist ("GMT+5:30"). */
export function zoneAbbreviation(instant: Date, clock: SiteClock): string {
  const key = `${clock.timeZone}|${clock.language}|${offsetMinutes(instant, clock.timeZone)}|${instant.getUTCFullYear()}`;
  const known = abbreviations.get(key);
  if (known !== undefined) return known;
  const nameIn = (locale: string) =>
    formatter(locale, { timeZone: clock.timeZone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? clock.timeZone;
  // Each locale knows the letters only of its own region's zones ("CET" in en-GB, "EST" in en-US).
  const first = nameIn(clock.language);
  let name = first;
  if (/^(GMT|UTC)[+-−]/.test(first)) {
    name = ['en-GB', 'en-US', 'en-AU', 'en-IN'].map(nameIn).find((candidate) => !/^(GMT|UTC)[+-−]/.test(candidate)) ?? first;
  }
  if (abbreviations.size >= MAX_WALL_TIMES) abbreviations.clear();
  abbreviations.set(key, name);
  return name;
}

/** "Europe/Berlin, CET": how the editor's time fields are labelled. */
export function zoneLabel(instant: Date, clock: SiteClock): string {
  const abbreviation = zoneAbbreviation(instant, clock);
  return abbreviation === clock.timeZone ? clock.timeZone : `${clock.timeZone}, ${abbreviation}`;
}

/** "4 December 2026": a date on the site's calendar (the masthead's date). */
export function formatSiteDay(instant: Date, clock: SiteClock): string {
  return formatter(clock.language, { timeZone: clock.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

/** "4 December 2026 at 10:08 CET": an article's date, a revision, an audit entry. */
export function formatSiteDateTime(instant: Date, clock: SiteClock): string {
  const text = formatter(clock.language, {
    timeZone: clock.timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  return `${text} ${zoneAbbreviation(instant, clock)}`;
}

/** "4 December, 10:08 CET": a scheduling confirmation (the year only when it is not this year). */
export function formatSiteMoment(instant: Date, clock: SiteClock, now: Date = new Date()): string {
  const sameYear = wallTimeOf(instant, clock.timeZone).year === wallTimeOf(now, clock.timeZone).year;
  const day = formatter(clock.language, {
    timeZone: clock.timeZone,
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(instant);
  const time = formatter(clock.language, { timeZone: clock.timeZone, hour: '2-digit', minute: '2-digit' }).format(instant);
  return `${day}, ${time} ${zoneAbbreviation(instant, clock)}`;
}

/** "24 Nov 2026, 09:05:12": a compact time for dense tables (the audit log); the zone is in the column heading. */
export function formatSiteTimestamp(instant: Date, clock: SiteClock): string {
  return formatter(clock.language, {
    timeZone: clock.timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(instant);
}

/** Open Graph's spelling of a language: "en-GB" → "en_GB" (a bare "en" stays "en"). */
export function openGraphLocale(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  return language.includes('-') ? `${locale.language}_${locale.region ?? ''}`.replace(/_$/, '') : locale.language;
}

/** Numbers in the site's language ("1,234" in en-GB, "1.234" in de). */
export function formatSiteNumber(value: number, clock: Pick<SiteClock, 'language'>): string {
  return new Intl.NumberFormat(clock.language).format(value);
}

/** What a wall-clock time in the zone means: one instant, none (skipped by a spring-forward), or two (repeated in autumn). */
export type WallTimeResolution = { kind: 'exact'; instant: Date } | { kind: 'gap' } | { kind: 'ambiguous'; earlier: Date; later: Date };

const WALL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Parses "2026-12-04T10:08" (datetime-local); null if it is not a real calendar date and time. */
export function parseWallTime(text: string): WallTime | null {
  const match = WALL_TIME_PATTERN.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((value) => Number(value ?? 0));
  const wall = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second };
  const check = new Date(wallAsUtc(wall));
  const real =
    check.getUTCFullYear() === wall.year &&
    check.getUTCMonth() + 1 === wall.month &&
    check.getUTCDate() === wall.day &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60;
  return real ? wall : null;
}

/** The instants at which the zone's clock reads `wall`. */
export function resolveWallTime(wall: WallTime, timeZone: string): WallTimeResolution {
  const asUtc = wallAsUtc(wall);
  // Offsets in force a day either side cover every transition (zones change at most twice a year).
  const offsets = new Set([-DAY, 0, DAY].map((shift) => offsetMinutes(new Date(asUtc + shift), timeZone)));
  const instants = [...offsets]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((candidate) => wallAsUtc(wallTimeOf(new Date(candidate), timeZone)) === asUtc)
    .sort((a, b) => a - b);
  const unique = [...new Set(instants)];
  if (unique.length === 0) return { kind: 'gap' };
  if (unique.length === 1) return { kind: 'exact', instant: new Date(unique[0]!) };
  return { kind: 'ambiguous', earlier: new Date(unique[0]!), later: new Date(unique[unique.length - 1]!) };
}

/** Midnight starting the site's day that contains `instant` (the first instant of that day where midnight is skipped). */
export function startOfSiteDay(instant: Date, timeZone: string): Date {
  const wall = wallTimeOf(instant, timeZone);
  const midnight = { ...wall, hour: 0, minute: 0, second: 0 };
  const resolved = resolveWallTime(midnight, timeZone);
  if (resolved.kind === 'exact') return resolved.instant;
  if (resolved.kind === 'ambiguous') return resolved.earlier;
  // Midnight skipped: the day begins at the transition, reached by the offset in force before it.
  return new Date(wallAsUtc(midnight) - offsetMinutes(new Date(wallAsUtc(midnight) - DAY), timeZone) * MINUTE);
}

/** The last millisecond of the site's day that contains `instant`. */
export function endOfSiteDay(instant: Date, timeZone: string): Date {
  const start = startOfSiteDay(instant, timeZone);
  // 30 hours from the start always lands in the next day, whatever the day's length (23 to 25 hours).
  return new Date(startOfSiteDay(new Date(start.getTime() + 30 * HOUR), timeZone).getTime() - 1);
}

/** Whole calendar days from `earlier` to `later` on the site's calendar (23:50 to 00:10 the next day is 1). */
export function calendarDaysBetween(earlier: Date, later: Date, timeZone: string): number {
  const day = (instant: Date) => {
    const wall = wallTimeOf(instant, timeZone);
    return Date.UTC(wall.year, wall.month - 1, wall.day);
  };
  return Math.round((day(later) - day(earlier)) / DAY);
}

/** Which of the two instants an autumn wall time means: the first pass (summer time) or the second. */
export type RepeatedTimeChoice = 'earlier' | 'later';

export type PublishTimeReading =
  | { ok: true; instant: Date }
  | { ok: false; problem: 'invalid' | 'gap'; message: string }
  | { ok: false; problem: 'ambiguous'; message: string; choices: Record<RepeatedTimeChoice, { instant: Date; label: string }> };

const EXACT_INSTANT_PATTERN = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * What an editor's "2026-12-04T10:08" means on the site's clock. A skipped spring-forward time is
 * refused and a repeated autumn time needs `choice`, each with a message saying why and what to pick.
 * An ISO time with an offset or Z (from the API or an import) is taken as the exact instant it names.
 */
export function readPublishTime(text: string, clock: SiteClock, choice?: RepeatedTimeChoice): PublishTimeReading {
  const trimmed = text.trim();
  if (EXACT_INSTANT_PATTERN.test(trimmed) && /^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const instant = new Date(trimmed);
    return Number.isNaN(instant.getTime())
      ? { ok: false, problem: 'invalid', message: 'Enter a valid date and time.' }
      : { ok: true, instant };
  }
  const wall = parseWallTime(trimmed);
  if (!wall) return { ok: false, problem: 'invalid', message: 'Enter a valid date and time.' };
  const resolved = resolveWallTime(wall, clock.timeZone);
  if (resolved.kind === 'exact') return { ok: true, instant: resolved.instant };
  const asUtc = wallAsUtc(wall);
  const time = `${pad(wall.hour)}:${pad(wall.minute)}`;
  const day = formatter(clock.language, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(asUtc));
  const before = offsetMinutes(new Date(asUtc - DAY), clock.timeZone);
  const after = offsetMinutes(new Date(asUtc + DAY), clock.timeZone);
  if (resolved.kind === 'gap') {
    const later = new Date(asUtc + (after - before) * MINUTE);
    const laterDay = formatter(clock.language, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(later);
    const suggestion = `${pad(later.getUTCHours())}:${pad(later.getUTCMinutes())}${laterDay === day ? '' : ` on ${laterDay}`}`;
    return {
      ok: false,
      problem: 'gap',
      message: `${time} on ${day} does not exist in ${clock.timeZone}: the clocks go forward that night and skip it. Choose another time, such as ${suggestion}.`,
    };
  }
  const label = (instant: Date, which: string) =>
    `${time} ${zoneAbbreviation(instant, clock)} (${which}, UTC${offsetText(offsetMinutes(instant, clock.timeZone))})`;
  const choices = {
    earlier: { instant: resolved.earlier, label: label(resolved.earlier, 'the first') },
    later: { instant: resolved.later, label: label(resolved.later, 'the second') },
  };
  if (choice) return { ok: true, instant: choices[choice].instant };
  return {
    ok: false,
    problem: 'ambiguous',
    message: `${time} on ${day} happens twice in ${clock.timeZone}: the clocks go back that night. Choose ${choices.earlier.label} or ${choices.later.label}.`,
    choices,
  };
}

/**
 * A "pinned until" or expiry field (datetime-local, to the minute) read on the site's clock. A time the
 * clocks pass twice means the later one (the pin lasts longer, never shorter); a skipped time is null.
 */
export function readWallTimeInput(text: string, timeZone: string): Date | null {
  const wall = parseWallTime(text);
  if (!wall || !text.includes('T')) return null;
  const resolved = resolveWallTime(wall, timeZone);
  if (resolved.kind === 'exact') return resolved.instant;
  return resolved.kind === 'ambiguous' ? resolved.later : null;
}

/** An instant as a datetime-local value on the site's clock, to the minute: "2026-12-04T23:59". */
export function toMinuteInput(instant: Date, timeZone: string): string {
  return toWallTimeInput(instant, timeZone).slice(0, 16);
}

/**
 * A "pinned until" field as the front-page form sends it: blank means the end of today on the site's clock,
 * "until unpinned" means no end (null); anything that is not a time stays as typed, for validation to name.
 */
export function readPinEnd(typed: string, untilUnpinned: boolean, now: Date, timeZone: string): string | null {
  if (untilUnpinned) return null;
  const text = typed.trim();
  if (!text) return endOfSiteDay(now, timeZone).toISOString();
  return readWallTimeInput(text, timeZone)?.toISOString() ?? 'not a time';
}

/** The site's day named by a date field's value ("2026-12-04"): its first instant and the next day's; null if not a date. */
export function siteDayBounds(date: string, timeZone: string): { start: Date; end: Date } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const noon = parseWallTime(`${date}T12:00`);
  if (!noon) return null;
  const resolved = resolveWallTime(noon, timeZone);
  const instant = resolved.kind === 'exact' ? resolved.instant : resolved.kind === 'ambiguous' ? resolved.earlier : null;
  if (!instant) return null;
  return { start: startOfSiteDay(instant, timeZone), end: new Date(endOfSiteDay(instant, timeZone).getTime() + 1) };
}
