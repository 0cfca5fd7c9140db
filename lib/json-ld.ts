/**
 * JSON for a `<script type="application/ld+json">`. `<` is written as \u003c so no headline or summary
 * can close the script element (`</script>`) or open an HTML comment; U+2028/2029 are escaped for old
 * JavaScript parsers. The result is still the same JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
