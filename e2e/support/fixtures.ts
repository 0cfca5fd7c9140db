/** Extra Sport stories, older than all demo ones, so the Sport index has several pages. */
export const sportArchiveFixtures = Array.from({ length: 14 }, (_, index) => ({
  slug: `fixture-sport-archive-${index + 1}`,
  title: `Archive fixture: Calder Rovers match report ${index + 1}`,
  hoursAgo: 24 * 60 + index * 6,
}));

export const FIXTURE_SECTION = 'sport';

/**
 * Addresses that used to work: the newest demo story's first slug and an old name of the Sport
 * section. Only history rows: the site readers see is unchanged.
 */
export const oldAddressFixtures = {
  articleSlug: 'port-averly-strike-ends-after-three-weeks',
  sectionSlug: 'sports',
  section: 'sport',
} as const;
