import type { Metadata } from 'next';
import Link from 'next/link';
import { BreakingNewsForm, FrontPageForm, type SlotForm } from '@/components/editor/front-page-form';
import { NoAccess } from '@/components/editor/no-access';
import { getBreakingNewsRecord, getCurrentPins, getFrontPageSectionLayout, listPinnableStories, TOP_STORY_SLOTS } from '@/db/front-page';
import { canOnSite } from '@/lib/permissions';
import { getSiteClock } from '@/db/settings';
import { endOfSiteDay, toMinuteInput } from '@/lib/site-time';
import { requireStaff } from '@/web/session';
import { editorScreenPath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Front page' };

interface FrontPageEditorProps {
  searchParams: Promise<{ q?: string | string[] }>;
}

export default async function FrontPageEditor({ searchParams }: FrontPageEditorProps) {
  const staff = await requireStaff(editorScreenPath('front-page'));
  if (!canOnSite(staff, 'manageFrontPage')) return <NoAccess title="Front page" />;
  const { q } = await searchParams;
  const titleQuery = typeof q === 'string' ? q : '';
  const now = new Date();
  const [pins, layout, breaking] = await Promise.all([getCurrentPins(now), getFrontPageSectionLayout(), getBreakingNewsRecord()]);
  const stories = await listPinnableStories({
    titleQuery,
    include: [...pins.map((pin) => pin.articleId), ...(breaking?.articleId ? [breaking.articleId] : [])],
  });
  const { timeZone: zone } = await getSiteClock();
  const endOfToday = toMinuteInput(endOfSiteDay(now, zone), zone);
  const slotFor = (slot: 'lead' | 'top', position: number, prefix: string, label: string): SlotForm => {
    const pin = pins.find((candidate) => candidate.slot === slot && candidate.position === position);
    return {
      prefix,
      label,
      articleId: pin?.articleId ?? null,
      until: pin?.pinnedUntil ? toMinuteInput(pin.pinnedUntil, zone) : endOfToday,
      forever: pin !== undefined && pin.pinnedUntil === null,
    };
  };
  const slots = [
    slotFor('lead', 0, 'lead', 'Lead story'),
    ...Array.from({ length: TOP_STORY_SLOTS }, (_, position) =>
      slotFor('top', position, `topStories.${position}`, `Top story ${position + 1}`),
    ),
  ];
  const breakingLive = breaking !== null && breaking.active && breaking.expiresAt > now;

  return (
    <>
      <h1>Front page</h1>
      <p className="muted">
        Choose the lead and the top stories, and which sections follow. <Link href="/">View the front page</Link>
      </p>
      <form method="get" className="inline-form front-story-search" role="search">
        <label htmlFor="front-story-search">Find a story by title</label>
        <input id="front-story-search" name="q" type="search" defaultValue={titleQuery} />
        <button type="submit" className="button">
          Search
        </button>
        {titleQuery && <Link href={editorScreenPath('front-page')}>Show recent stories</Link>}
      </form>
      {titleQuery && stories.length === 0 && <p className="muted">No published story has “{titleQuery}” in its title.</p>}
      <FrontPageForm
        slots={slots}
        sections={layout.map(({ section, shown }) => ({ id: section.id, name: section.name, shown }))}
        stories={stories}
        timeZone={zone}
      />
      <section aria-labelledby="breaking-heading" className="breaking-editor">
        <h2 id="breaking-heading">Breaking news</h2>
        <p className="muted">{breakingLive ? 'The banner is showing on every reader page.' : 'No banner is showing.'}</p>
        <BreakingNewsForm
          stories={stories}
          timeZone={zone}
          saved={{
            active: breakingLive,
            headline: breaking?.headline ?? '',
            text: breaking?.text ?? '',
            target: breaking?.url ? 'url' : 'article',
            articleId: breaking?.articleId ?? null,
            url: breaking?.url ?? '',
            expiresAt: breakingLive ? toMinuteInput(breaking.expiresAt, zone) : endOfToday,
          }}
        />
      </section>
    </>
  );
}
