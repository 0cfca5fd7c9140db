import { isReservedSectionSlug } from './slug';

/**
 * Old addresses (a WordPress site's permalinks) are stored and looked up in one normal form, so
 * `/2019/03/04/Café-Vote/`, `/2019/03/04/caf%C3%A9-vote` and `/2019/03/04/café-vote` are one key:
 * percent-decoded, Unicode NFC, lower case, no trailing slash (except the root), no repeated slashes.
 */
export function normaliseLegacyPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Malformed escapes are kept as typed.
  }
  const path = `/${decoded.normalize('NFC').toLowerCase().split('/').filter(Boolean).join('/')}`;
  return path;
}

/** The key of a query-string permalink (`/?p=42`, `/blog/?page_id=7`). */
export function legacyQueryKey(basePath: string, parameter: 'p' | 'page_id', id: number): string {
  const base = normaliseLegacyPath(basePath);
  return `${base === '/' ? '' : base}/?${parameter}=${id}`;
}

/** WordPress endings that show the same post or archive: feeds, AMP, embeds, page and comment pages. */
const wordpressSuffix = /\/(?:feed(?:\/(?:rss2?|atom|rdf))?|amp|embed|trackback|page\/\d+|comment-page-\d+)$/;

/**
 * The keys to look up for a request, most specific first: a `?p=`/`?page_id=` permalink, the path, and
 * the path without a WordPress ending. Empty when the request cannot be an old address, so the proxy
 * touches the database only for likely ones.
 */
export function legacyLookupKeys(pathname: string, searchParams: URLSearchParams): string[] {
  const keys: string[] = [];
  const path = normaliseLegacyPath(pathname);
  for (const parameter of ['p', 'page_id'] as const) {
    const value = searchParams.get(parameter);
    if (value && /^\d{1,12}$/.test(value)) keys.push(legacyQueryKey(path, parameter, Number(value)));
  }
  if (path === '/') return keys;
  const segments = path.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  const hasTrailingSlash = pathname.length > 1 && pathname.endsWith('/');
  const likely =
    hasTrailingSlash ||
    /^\d{4}$/.test(first) ||
    first === 'category' ||
    first === 'tag' ||
    first === 'author' ||
    (segments.length === 1 && !isReservedSectionSlug(first) && !first.includes('.'));
  if (!likely) return keys;
  keys.push(path);
  const withoutSuffix = path.replace(wordpressSuffix, '');
  if (withoutSuffix !== path && withoutSuffix !== '') keys.push(withoutSuffix);
  return keys;
}
