import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/slug';
import {
  articleBodyText,
  cleanText,
  excerpt,
  htmlToPlainText,
  readingMinutes,
  removeEveryHiddenCharacter,
  removeHiddenCharacters,
} from '@/lib/text';

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('A short summary.', 50)).toBe('A short summary.');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    const text = 'The harbour authority confirmed on Tuesday that the strike had ended after twelve days';
    const result = excerpt(text, 40);
    expect(result).toBe('The harbour authority confirmed on…');
    expect(result.length).toBeLessThanOrEqual(41);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(excerpt('First clause, second clause continues here', 14)).toBe('First clause…');
  });

  it('collapses whitespace', () => {
    expect(excerpt('  lots\n\n of   space  ', 100)).toBe('lots of space');
  });
});

describe('htmlToPlainText', () => {
  it('strips tags, decodes entities and separates blocks', () => {
    expect(htmlToPlainText('<p>Fish &amp; chips</p><p>cost&nbsp;&#163;5</p>')).toBe('Fish & chips cost £5');
  });

  it('drops script content entirely', () => {
    expect(htmlToPlainText('<p>Hi</p><script>alert(1)</script>')).toBe('Hi');
  });
});

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('one two')).toBe(1);
    expect(readingMinutes('word '.repeat(1150))).toBe(5);
  });
});

describe('hidden characters in titles, names and tags', () => {
  const hidden: Record<string, string> = {
    'U+200E left-to-right mark': '\u200E',
    'U+200F right-to-left mark': '\u200F',
    'U+202A left-to-right embedding': '\u202A',
    'U+202B right-to-left embedding': '\u202B',
    'U+202C pop directional formatting': '\u202C',
    'U+202D left-to-right override': '\u202D',
    'U+202E right-to-left override': '\u202E',
    'U+2066 left-to-right isolate': '\u2066',
    'U+2067 right-to-left isolate': '\u2067',
    'U+2068 first strong isolate': '\u2068',
    'U+2069 pop directional isolate': '\u2069',
    'U+061C Arabic letter mark': '\u061C',
    'U+200B zero-width space': '\u200B',
    'U+200C zero-width non-joiner between Latin letters': '\u200C',
    'U+200D zero-width joiner between Latin letters': '\u200D',
    'U+2060 word joiner': '\u2060',
    'U+2061 function application': '\u2061',
    'U+2064 invisible plus': '\u2064',
    'U+206A inhibit symmetric swapping': '\u206A',
    'U+FEFF byte-order mark': '\uFEFF',
    'U+180E Mongolian vowel separator': '\u180E',
    'U+00AD soft hyphen': '\u00AD',
    'U+034F combining grapheme joiner': '\u034F',
    'U+115F Hangul choseong filler': '\u115F',
    'U+1160 Hangul jungseong filler': '\u1160',
    'U+3164 Hangul filler': '\u3164',
    'U+FFA0 halfwidth Hangul filler': '\uFFA0',
    'U+17B4 Khmer vowel inherent aq': '\u17B4',
    'U+1D173 musical symbol begin beam': '\u{1D173}',
    'U+E0001 language tag': '\u{E0001}',
    'U+E0041 tag latin capital letter A': '\u{E0041}',
    'U+E007F cancel tag': '\u{E007F}',
    'U+FE0F variation selector after a Latin letter': '\uFE0F',
    'U+E0100 variation selector after a Latin letter': '\u{E0100}',
    'U+0000 null': '\u0000',
    'U+001B escape': '\u001B',
    'U+007F delete': '\u007F',
    'U+0085 next line (C1)': '\u0085',
    'U+009B control sequence introducer (C1)': '\u009B',
  };

  it.each(Object.entries(hidden))('removes %s', (_name, character) => {
    expect(cleanText(`${character}Port${character} Aver${character}ly${character}`)).toBe('Port Averly');
    expect(slugify(`Port Aver${character}ly`)).toBe('port-averly');
  });

  it('removes every Bidi_Control and Default_Ignorable_Code_Point character between Latin letters', () => {
    const whole = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/u;
    let checked = 0;
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (!whole.test(character)) continue;
      checked++;
      expect(removeHiddenCharacters(`a${character}b`), `U+${code.toString(16).toUpperCase()}`).toBe('ab');
      expect(removeEveryHiddenCharacter(`a${character}b`)).toBe('ab');
    }
    // Both classes together hold over four thousand code points (the tag block alone is 4,096).
    expect(checked).toBeGreaterThan(4000);
  });

  const kept: Record<string, string> = {
    'an emoji ZWJ sequence': '👩‍💻',
    'a ZWJ sequence with a skin tone': '🧑🏽‍🚀',
    'a family of four': '👨‍👩‍👧‍👦',
    'a ZWJ sequence after a variation selector': '🏳️‍🌈',
    'a ZWJ sequence with a variation selector inside': '❤️‍🔥',
    'emoji presentation': '❤️',
    'text presentation': '☎︎',
    'a keycap': '1️⃣',
    'the flag of Scotland': '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    'the flag of England': '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
    'a ZWNJ in Persian': 'می\u200Cخواهم',
    'a ZWNJ in Urdu': 'ان\u200Cشاء',
    'a ZWNJ after a Devanagari virama': 'क्\u200Cष',
    'a ZWJ after a Devanagari virama': 'क्\u200Dष',
    'a ZWJ in Sinhala (Sri)': 'ශ්\u200Dරී',
    'a ZWJ after a Malayalam virama at the end of a word': 'അവന്\u200D വന്നു',
    'an ideographic variation sequence': '葛\u{E0100}',
    'a Mongolian free variation selector': 'ᠠ\u180B',
    'tabs and line breaks': 'one\ttwo\nthree\r\n',
  };

  it.each(Object.entries(kept))('keeps %s', (_name, text) => {
    expect(removeHiddenCharacters(`Title ${text} here`)).toBe(`Title ${text} here`);
  });

  it('drops what only looks like an emoji sequence or a flag', () => {
    expect(removeHiddenCharacters('a\u200D👩')).toBe('a👩');
    expect(removeHiddenCharacters('👩\u200D')).toBe('👩');
    expect(removeHiddenCharacters('👩\u200Db')).toBe('👩b');
    // Text hidden in tag characters ("ASCII smuggling"), after a letter or a black flag.
    expect(removeHiddenCharacters('Hi\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}')).toBe('Hi');
    expect(removeHiddenCharacters('🏴\u{E0041}\u{E0042}\u{E0043}\u{E007F}')).toBe('🏴');
    // A joiner between two scripts that need it only counts inside one word of them.
    expect(removeHiddenCharacters('می\u200C b')).toBe('می b');
    expect(removeHiddenCharacters('\u200Cمی')).toBe('می');
  });

  it('keeps nothing hidden in a slug, even what a script or emoji needs', () => {
    expect(removeEveryHiddenCharacter('می\u200Cخواهم 👩‍💻')).toBe('میخواهم 👩💻');
    expect(slugify('Elec\u200Btion\u2060 night\u202E')).toBe('election-night');
  });

  it('leaves text without hidden characters untouched', () => {
    const plain = 'Zoë’s regatta diary — 東京 crew takes the cup';
    expect(removeHiddenCharacters(plain)).toBe(plain);
  });
});

describe('articleBodyText', () => {
  it('leaves out READ MORE boxes, whose text is another story’s headline', () => {
    const body = '<p>Own words.</p><p class="read-more"><a href="/world/x">READ MORE: Another headline</a></p><p>More own words.</p>';
    expect(articleBodyText(body)).toBe('Own words. More own words.');
  });
});
