const entityMap: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Plain text of an HTML fragment, with block boundaries turned into spaces (or, with `paragraphs`, into a blank
 * line between blocks, for comparing versions). For excerpts, counts and comparisons only.
 */
export function htmlToPlainText(html: string, options: { paragraphs?: boolean } = {}): string {
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|div)>|<br\s*\/?>/gi, options.paragraphs ? '\u2029' : ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (match, name: string) => {
      if (name in entityMap) return entityMap[name] ?? match;
      if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
      if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
      return match;
    });
  if (!options.paragraphs) return text.replace(/\s+/g, ' ').trim();
  return text
    .split('\u2029')
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A story's own words, for the search index and its reading time: the plain text of its body without its
 * READ MORE boxes, whose text is another story's headline. Bodies are sanitized on every write, so a box
 * is always exactly `<p class="read-more">…</p>` around one link.
 */
export function articleBodyText(html: string): string {
  return htmlToPlainText(html.replace(/<p class="read-more">[\s\S]*?<\/p>/g, ' '));
}

/**
 * A short excerpt of plain text: at most `maxLength` characters, cut at a word boundary,
 * ending with an ellipsis when anything was cut.
 */
export function excerpt(text: string, maxLength = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const slice = clean.slice(0, maxLength);
  const lastSpace = slice.lastIndexOf(' ');
  const cut = lastSpace > maxLength * 0.6 ? slice.slice(0, lastSpace) : slice;
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** Words in plain text: runs of characters between spaces. */
export function countWords(plainText: string): number {
  return plainText.split(/\s+/).filter(Boolean).length;
}

/** Estimated reading time in whole minutes (at least one), at 230 words a minute. */
export function readingMinutes(plainText: string): number {
  return Math.max(1, Math.round(countWords(plainText) / 230));
}

/**
 * Characters no title, name, tag or slug needs: C0 and C1 controls (tab and line breaks aside), every Unicode
 * Bidi_Control (they reorder what readers see: U+202E, U+200F, U+2066…) and every Default_Ignorable_Code_Point
 * (invisible: zero-width spaces, word joiner, BOM, Hangul fillers, tag characters…).
 */
const HIDDEN = String.raw`(?![\t\n\r])[\p{Cc}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]`;
const hiddenCharacters = new RegExp(HIDDEN, 'gu');
const hiddenCharacter = new RegExp(`^${HIDDEN}$`, 'u');

/** Every hidden character, even the ones a script or emoji needs: for slugs, which are ASCII anyway. */
export function removeEveryHiddenCharacter(value: string): string {
  return value.replace(hiddenCharacters, '');
}

// Scripts whose spelling uses the zero-width (non-)joiner between letters: Arabic (Persian, Urdu…), Syriac, N'Ko,
// Mongolian, and the Indic and South-East Asian scripts (after a virama).
const joinerScriptLetter =
  /^(?=[\p{L}\p{M}])[\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mong}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}\p{scx=Mymr}\p{scx=Khmr}]$/u;
const emojiBase = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
const pictograph = /^\p{Extended_Pictographic}$/u;
const emojiOrIdeograph = /^[\p{Emoji}\p{Ideographic}]$/u;
const ideograph = /^\p{Ideographic}$/u;
const mongolianLetter = /^(?=\p{L})\p{scx=Mong}$/u;
// A subdivision flag (🏴 + an ISO 3166-2 code in tag characters + CANCEL TAG, UTS #51): the only use of tag characters.
const subdivisionFlag = /\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}/gu;

interface Neighbours {
  /** The last character kept. */
  previous: string;
  /** The last character kept that is not a variation selector (🏳 in 🏳️‍🌈). */
  base: string;
  next: string;
}

const isVariationSelector = (code: number) => (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef);
const isMongolianVariationSelector = (code: number) => (code >= 0x180b && code <= 0x180d) || code === 0x180f;

/** Whether a hidden character does a job where it stands. */
function belongs(character: string, { previous, base, next }: Neighbours): boolean {
  const code = character.codePointAt(0) ?? 0;
  // Between two letters of such a script, or after one of its marks (a virama: "ന്‍", RFC 5892's rule).
  const joinsLetters = joinerScriptLetter.test(previous) && (joinerScriptLetter.test(next) || /^\p{Mn}$/u.test(previous));
  if (code === 0x200c) return joinsLetters;
  if (code === 0x200d) return joinsLetters || (emojiBase.test(base) && pictograph.test(next));
  if (isMongolianVariationSelector(code)) return mongolianLetter.test(previous);
  // Emoji or text presentation (❤️, 1️⃣) and ideographic variants (葛󠄀) select for the character right before.
  if (code <= 0xfe0f && isVariationSelector(code)) return emojiOrIdeograph.test(previous);
  if (isVariationSelector(code)) return ideograph.test(previous);
  return false;
}

/**
 * Text without hidden characters, except where they belong: the zero-width joiner inside an emoji sequence (👩‍💻),
 * the zero-width (non-)joiner between letters of the scripts that spell with them (می‌خواهم), a variation selector
 * right after the emoji or ideograph it selects for, and the tag characters of a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
 */
export function removeHiddenCharacters(value: string): string {
  if (value.search(hiddenCharacters) === -1) return value;
  const flags = new Map<number, string>();
  for (const match of value.matchAll(subdivisionFlag)) flags.set(match.index, match[0]);
  let result = '';
  let previous = '';
  let base = '';
  let index = 0;
  while (index < value.length) {
    const flag = flags.get(index);
    const character = flag ?? String.fromCodePoint(value.codePointAt(index) ?? 0);
    index += character.length;
    const next = index < value.length ? String.fromCodePoint(value.codePointAt(index) ?? 0) : '';
    if (flag === undefined && hiddenCharacter.test(character) && !belongs(character, { previous, base, next })) continue;
    result += character;
    previous = character;
    if (!isVariationSelector(character.codePointAt(0) ?? 0)) base = character;
  }
  return result;
}

/** A title, summary, name or tag as typed or imported: without controls or misplaced hidden characters, trimmed. */
export function cleanText(value: string): string {
  return removeHiddenCharacters(value).trim();
}

const nameList = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Names as a byline reads them: "Ana Ruiz", "Ana Ruiz and Tomas Berg", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return nameList.format(names);
}

/** The same list in parts (names and the words between them), so each name can be its own link. */
export function joinNameParts(names: readonly string[]): Array<{ type: 'element' | 'literal'; value: string }> {
  return nameList.formatToParts(names);
}
