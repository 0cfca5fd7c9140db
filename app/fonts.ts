import localFont from 'next/font/local';

/*
 * Source Serif 4 (SIL Open Font License, from @fontsource/source-serif-4) for headlines, standfirsts, body
 * and quotes, served by the site itself. next/font gives each file a lasting address, preloads the Latin
 * upright files, and sizes a local fallback to the same metrics; `optional` never swaps a face in late, so text
 * never moves (CLS 0). Latin Extended (ć, ł, ő…) is a second family limited to its characters, fetched only
 * by a page that has them; it comes first in the stack because the Latin family's fallback covers every
 * character and would otherwise answer for them. Font-loader options must be literals (next/font).
 */
export const serifLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2', weight: '600', style: 'normal' },
  ],
  display: 'optional',
  variable: '--font-serif-latin',
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

/** Italic is its own family, not preloaded: only quotes and emphasis use it, and it should not delay a page's first picture. */
export const serifLatinItalic = localFont({
  src: [{ path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2', weight: '400', style: 'italic' }],
  display: 'optional',
  variable: '--font-serif-latin-italic',
  adjustFontFallback: false,
  preload: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

export const serifLatinExtended = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-italic.woff2', weight: '400', style: 'italic' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff2', weight: '600', style: 'normal' },
  ],
  display: 'optional',
  variable: '--font-serif-latin-ext',
  adjustFontFallback: false,
  preload: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C4, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});

/** The three families' CSS variables, set on <html> by the root layout and the global 404 page. */
export const fontVariables = `${serifLatin.variable} ${serifLatinItalic.variable} ${serifLatinExtended.variable}`;
