import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { SocialCardArticle } from '@/db/syndication';
import { SOCIAL_IMAGE_SIZE } from '@/web/metadata';
import { getSiteConfig } from '@/lib/site';
import { formatSiteDay, type SiteClock } from '@/lib/site-time';
import { joinNames } from '@/lib/text';

// Source Serif 4 (SIL Open Font License) from @fontsource: satori reads WOFF, not WOFF2. Every script
// subset is loaded so Cyrillic, Greek and Vietnamese headlines render from the bundle, never the network.
// Each subset is its own family in a fallback list: satori keeps one font per family, weight and style.
const fontSubsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const familyOf = (subset: (typeof fontSubsets)[number]) => `Source Serif 4 ${subset}`;
const FONT_FAMILY = fontSubsets.map((subset) => `'${familyOf(subset)}'`).join(', ');
const fontWeights = [400, 700] as const;
const fontFolder = path.join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4', 'files');

type FontOptions = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts'];
let fontsLoading: Promise<NonNullable<FontOptions>> | undefined;

function loadFonts(): Promise<NonNullable<FontOptions>> {
  fontsLoading ??= Promise.all(
    fontWeights.flatMap((weight) =>
      fontSubsets.map(async (subset) => ({
        name: familyOf(subset),
        data: await fs.readFile(path.join(fontFolder, `source-serif-4-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  ).catch((error: unknown) => {
    fontsLoading = undefined;
    throw error;
  });
  return fontsLoading;
}

/**
 * Characters no bundled font has (emoji, CJK…) would make the renderer fetch fonts or emoji images
 * from the internet; emoji are dropped and other scripts fall back to blank glyphs instead.
 */
function printable(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function headlineSize(title: string): number {
  if (title.length <= 50) return 76;
  if (title.length <= 90) return 64;
  if (title.length <= 140) return 52;
  return 44;
}

const palette = { background: '#fbfaf7', text: '#1a1a1a', muted: '#5b5b5b', accent: '#b0121b', rule: '#dcd8cf' };

/** The social card of an article without a featured image: masthead, section, headline, byline. */
export async function articleSocialImage(article: SocialCardArticle, clock: SiteClock): Promise<ImageResponse> {
  const { siteName } = getSiteConfig();
  const title = printable(article.title);
  const shownTitle = title.length > 180 ? `${title.slice(0, 177).trimEnd()}…` : title;
  const date = formatSiteDay(article.publishedAt, clock);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: palette.background,
        color: palette.text,
        fontFamily: FONT_FAMILY,
        padding: '56px 72px',
        borderTop: `16px solid ${palette.accent}`,
      }}
    >
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          borderBottom: `2px solid ${palette.text}`,
          paddingBottom: 18,
        }}
      >
        <div style={{ fontSize: 44, fontWeight: 700, letterSpacing: -0.5 }}>{printable(siteName)}</div>
        <div style={{ fontSize: 28, fontWeight: 700, color: palette.accent, textTransform: 'uppercase', letterSpacing: 2 }}>
          {printable(article.sectionName)}
        </div>
      </div>
      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center' }}>
        <div style={{ fontSize: headlineSize(shownTitle), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }}>{shownTitle}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: palette.muted, borderTop: `1px solid ${palette.rule}`, paddingTop: 18 }}>
        {article.bylines.length > 0 ? `By ${printable(joinNames(article.bylines.map((byline) => byline.name)))} · ${date}` : date}
      </div>
    </div>,
    { ...SOCIAL_IMAGE_SIZE, fonts: await loadFonts() },
  );
}

/** The publisher logo named in structured data: the site's initial on its red square, as the favicon. */
export async function publisherLogoImage(): Promise<ImageResponse> {
  const { siteName } = getSiteConfig();
  const initial = Array.from(printable(siteName))[0] ?? 'P';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: palette.accent,
        color: '#ffffff',
        fontFamily: FONT_FAMILY,
        fontWeight: 700,
        fontSize: 360,
      }}
    >
      {initial}
    </div>,
    { width: 512, height: 512, fonts: await loadFonts() },
  );
}
