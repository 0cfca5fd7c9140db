import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNull, lte, max, or, sql } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from './index';
import { getLatestArticles, getLatestArticlesInSection, getVisibleArticleCards, type ArticleCard } from './articles';
import { escapeLike } from './editor';
import { listSections, type Section } from './sections';
import { articles, breakingNews, frontPageSections, frontPageSlots, type FrontPageSlotKind } from './schema';
import { isOrWillBePublic } from './visibility';
import { articlePath } from '@/lib/paths';

/**
 * The front page as readers see it, composed at query time like scheduling: a pin holds while its time has
 * not passed and its story is visible; otherwise the slot shows the newest stories. No story appears twice.
 */

export const TOP_STORY_SLOTS = 4;
export const LATEST_ON_FRONT_PAGE = 6;
export const SECTION_BLOCK_SIZE = 4;

export interface FrontPage {
  lead: ArticleCard | null;
  topStories: ArticleCard[];
  /** The newest stories not already in the lead or top stories. */
  latest: ArticleCard[];
  /** Each shown section's newest stories not shown above; empty blocks are left out. */
  sectionBlocks: Array<{ section: Section; articles: ArticleCard[] }>;
}

export interface FrontPagePin {
  slot: FrontPageSlotKind;
  position: number;
  articleId: number;
  pinnedUntil: Date | null;
}

/** Pins whose time has not passed, visible or not (the editor's view; readers' go through getFrontPage). */
export async function getCurrentPins(now: Date = new Date()): Promise<FrontPagePin[]> {
  return getDb()
    .select({
      slot: frontPageSlots.slot,
      position: frontPageSlots.position,
      articleId: frontPageSlots.articleId,
      pinnedUntil: frontPageSlots.pinnedUntil,
    })
    .from(frontPageSlots)
    .where(or(isNull(frontPageSlots.pinnedUntil), gt(frontPageSlots.pinnedUntil, now)))
    .orderBy(asc(frontPageSlots.slot), asc(frontPageSlots.position));
}

export interface FrontPageSectionLayout {
  section: Section;
  shown: boolean;
}

/** Every section in its front-page order: the arranged ones first, then any without a row, in navigation order. */
export async function getFrontPageSectionLayout(): Promise<FrontPageSectionLayout[]> {
  const [sections, rows] = await Promise.all([
    listSections(),
    getDb().select().from(frontPageSections).orderBy(asc(frontPageSections.position)),
  ]);
  const byId = new Map(sections.map((section) => [section.id, section]));
  const arranged = rows.flatMap((row) => {
    const section = byId.get(row.categoryId);
    return section ? [{ section, shown: row.shown }] : [];
  });
  const arrangedIds = new Set(rows.map((row) => row.categoryId));
  return [...arranged, ...sections.filter((section) => !arrangedIds.has(section.id)).map((section) => ({ section, shown: true }))];
}

export async function getFrontPage(now: Date = new Date()): Promise<FrontPage> {
  const [pins, layout] = await Promise.all([getCurrentPins(now), getFrontPageSectionLayout()]);
  const cards = await getVisibleArticleCards(
    pins.map((pin) => pin.articleId),
    now,
  );
  const used = new Set<number>();
  const pinned = (slot: FrontPageSlotKind, position: number): ArticleCard | null => {
    const pin = pins.find((candidate) => candidate.slot === slot && candidate.position === position);
    const card = pin ? cards.get(pin.articleId) : undefined;
    return card && !used.has(card.id) ? card : null;
  };

  const leadPin = pinned('lead', 0);
  if (leadPin) used.add(leadPin.id);
  const topPins = Array.from({ length: TOP_STORY_SLOTS }, (_, position) => {
    const card = pinned('top', position);
    if (card) used.add(card.id);
    return card;
  });
  // Unpinned slots take the newest stories not pinned elsewhere: the lead first, then the top stories in order.
  const open = (leadPin ? 0 : 1) + topPins.filter((card) => card === null).length;
  const fill = await getLatestArticles(open + LATEST_ON_FRONT_PAGE, now, [...used]);
  const lead = leadPin ?? fill.shift() ?? null;
  const topStories = topPins.flatMap((card) => {
    const shown = card ?? fill.shift();
    return shown ? [shown] : [];
  });
  const latest = fill.slice(0, LATEST_ON_FRONT_PAGE);
  const shownAbove = [lead, ...topStories, ...latest].flatMap((card) => (card ? [card.id] : []));
  const sectionBlocks = await Promise.all(
    layout
      .filter((entry) => entry.shown)
      .map(async ({ section }) => ({
        section,
        articles: await getLatestArticlesInSection(section.id, SECTION_BLOCK_SIZE, now, shownAbove),
      })),
  );
  return { lead, topStories, latest, sectionBlocks: sectionBlocks.filter((block) => block.articles.length > 0) };
}

export interface BreakingNewsBanner {
  headline: string;
  /** The story's address while readers can see it, or the live page's URL; null: a headline without a link. */
  href: string | null;
  text: string;
  expiresAt: Date;
}

export interface BreakingNewsRecord {
  headline: string;
  articleId: number | null;
  url: string | null;
  text: string;
  active: boolean;
  expiresAt: Date;
}

/** The banner as the editor last saved it, on or off, expired or not. */
export async function getBreakingNewsRecord(): Promise<BreakingNewsRecord | null> {
  const [row] = await getDb()
    .select({
      headline: breakingNews.headline,
      articleId: breakingNews.articleId,
      url: breakingNews.url,
      text: breakingNews.text,
      active: breakingNews.active,
      expiresAt: breakingNews.expiresAt,
    })
    .from(breakingNews)
    .where(eq(breakingNews.id, 1))
    .limit(1);
  return row ?? null;
}

/** The banner readers see now: on and not yet expired, decided at query time (it switches itself off). Once per request. */
export const getBreakingNews = cache(async (now: Date = new Date()): Promise<BreakingNewsBanner | null> => {
  const [row] = await getDb()
    .select({
      headline: breakingNews.headline,
      url: breakingNews.url,
      text: breakingNews.text,
      expiresAt: breakingNews.expiresAt,
      articleId: breakingNews.articleId,
    })
    .from(breakingNews)
    .where(and(eq(breakingNews.id, 1), eq(breakingNews.active, true), gt(breakingNews.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  let href = row.url;
  if (row.articleId !== null) {
    const story = await getVisibleArticleCards([row.articleId], now);
    const card = story.get(row.articleId);
    href = card ? articlePath(card) : null;
  }
  return { headline: row.headline, href, text: row.text, expiresAt: row.expiresAt };
});

/**
 * The latest moment, up to now, at which a pin ran out or the banner expired. The page cache's poll
 * (db/page-cache-sync.ts) expires every page when it moves, as it does when a scheduled story goes live.
 */
export async function latestFrontPageExpiry(now: Date): Promise<number> {
  const db = getDb();
  const [[pin], [banner]] = await Promise.all([
    db
      .select({ at: max(frontPageSlots.pinnedUntil) })
      .from(frontPageSlots)
      .where(lte(frontPageSlots.pinnedUntil, now)),
    db
      .select({ at: breakingNews.expiresAt })
      .from(breakingNews)
      .where(and(eq(breakingNews.active, true), lte(breakingNews.expiresAt, now))),
  ]);
  return Math.max(pin?.at?.getTime() ?? 0, banner?.at?.getTime() ?? 0);
}

/**
 * Stories an editor may pin, newest first, for the editor's pickers: live and scheduled ones, optionally
 * those whose title holds `titleQuery`, plus the ones named in `include` (the current pins) whatever their age.
 */
export async function listPinnableStories({
  titleQuery = '',
  include = [],
  limit = 60,
}: {
  titleQuery?: string;
  include?: readonly number[];
  limit?: number;
}): Promise<Array<{ id: number; title: string }>> {
  const query = titleQuery.trim().slice(0, 100);
  const pinnable = isOrWillBePublic();
  const db = getDb();
  const [recent, pinned] = await Promise.all([
    db
      .select({ id: articles.id, title: articles.title })
      .from(articles)
      .where(and(pinnable, query ? sql`${articles.title} like ${`%${escapeLike(query)}%`} escape '\\'` : undefined))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(limit),
    include.length > 0
      ? db
          .select({ id: articles.id, title: articles.title })
          .from(articles)
          .where(and(pinnable, inArray(articles.id, [...include])))
      : Promise.resolve([]),
  ]);
  const ids = new Set(recent.map((story) => story.id));
  return [...pinned.filter((story) => !ids.has(story.id)), ...recent];
}
