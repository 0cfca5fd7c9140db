import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '@/lib/json-ld';

describe('serializeJsonLd', () => {
  const hostile = { headline: 'Breaking </script><script>alert(1)</script> <!-- news', line: 'a\u2028b\u2029c' };

  it('never lets article text close the script element or open a comment', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toMatch(/[\u2028\u2029]/);
  });

  it('is still the same JSON', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
