import type { DemoSectionSlug } from './demo-articles';

/** The demo newsroom's static pages, written for it, in the seed's small writing format (db/seed/markup.ts). */
export const demoPages: ReadonlyArray<{ slug: string; title: string; body: string }> = [
  {
    slug: 'about',
    title: 'About us',
    body: `We are a small, independent newsroom covering Varnholm and the Meridian Union: its parliament, its ports and markets, its laboratories, its playing fields and its stages.

We are owned by no party, company or government. Our reporting is paid for by readers, and nobody who pays us decides what we write.

## What we do

We report what happened, explain why it matters, and say clearly what we do not yet know. Our correspondents cover politics, business, technology, world affairs, sport and culture, and every story carries the name of the person who wrote it.

## How to reach us

Tips, complaints and corrections go to the newsroom desk, which reads every message. If you think we got something wrong, tell us: our corrections policy explains what happens next.`,
  },
  {
    slug: 'corrections-policy',
    title: 'Corrections policy',
    body: `Everyone makes mistakes; a newsroom owes its readers a plain account of its own. When we publish something that is wrong, we correct it openly and quickly.

## How we correct

A *correction* fixes a factual error: a wrong number, name, date or quotation. It appears at the top of the story with the date it was made, says what was wrong and what is right, and is listed on our corrections page and in its feed.

A *clarification* adds context when a story was accurate but could mislead. It is shown and listed the same way.

An *update* tells readers the story has moved on since it was published: new facts, a response, an outcome. Updates follow the story.

## What we do not do

We do not quietly rewrite a published story to hide an error. Fixing a spelling mistake or a broken link is not announced; anything that changes what a reader would understand is.

## Asking for a correction

Write to the newsroom desk with the story's address and what you believe is wrong. An editor who did not work on the story reviews every request, and we reply to each one.`,
  },
];

/** The demo's header: its sections in their order. */
export const demoHeaderSections: readonly DemoSectionSlug[] = ['world', 'politics', 'business', 'technology', 'sport', 'culture'];

/** The demo's footer columns: sections, the newsroom's own pages and the corrections column, and its feeds. */
export const demoFooter: ReadonlyArray<{
  column: string;
  links: ReadonlyArray<{ section: DemoSectionSlug } | { page: string } | { kind: 'feed' | 'url'; url: string; label: string }>;
}> = [
  {
    column: 'Sections',
    links: [
      { section: 'world' },
      { section: 'politics' },
      { section: 'business' },
      { section: 'technology' },
      { section: 'sport' },
      { section: 'culture' },
    ],
  },
  {
    column: 'The newsroom',
    links: [
      { page: 'about' },
      { page: 'corrections-policy' },
      { kind: 'url', url: '/corrections', label: 'Corrections and clarifications' },
    ],
  },
  {
    column: 'Follow us',
    links: [
      { kind: 'feed', url: '/feed.xml', label: 'RSS feed' },
      { kind: 'feed', url: '/feed.json', label: 'JSON Feed' },
      { kind: 'feed', url: '/corrections/feed.xml', label: 'Corrections feed' },
    ],
  },
];

/** The demo's one correction, on the central bank story, a few hours after it went out. */
export const demoCorrection = {
  articleSlug: 'bank-of-varnholm-holds-rates-warns-port-strike-will-dent-growth',
  hoursAfterPublishing: 3,
  body: 'An earlier version of this story said the bank had cut its estimate of quarterly growth to 0.1 per cent. The revised estimate is 0.2 per cent, down from 0.5 per cent.',
} as const;
