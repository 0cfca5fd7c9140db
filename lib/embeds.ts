import { mediaKeyOf } from './paths';
import { cleanText } from './text';

/**
 * Embeds: the providers whose players an article may show, how their addresses are recognised, and the
 * player address each gets. The editor recognises a pasted address with it, the sanitizer keeps only
 * embeds it recognises (lib/sanitize.ts), the reader page builds its click-to-load placeholder from it
 * (lib/embed-placeholders.ts), and the reader Content-Security-Policy's frame-src is exactly its frame
 * sources. Pure and small: it is part of the editor's bundle.
 *
 * Every address this module returns is rebuilt from the parts it recognised (ids of fixed shapes), never
 * copied from input, so a lookalike host, a second scheme or an extra parameter cannot ride along.
 */

export const EMBED_PROVIDER_IDS = [
  'youtube',
  'vimeo',
  'x',
  'instagram',
  'tiktok',
  'soundcloud',
  'spotify',
  'datawrapper',
  'flourish',
  'google-maps',
  'pdf',
] as const;
export type EmbedProviderId = (typeof EMBED_PROVIDER_IDS)[number];

/** The box a player takes, so the placeholder holds its place and nothing moves when the player loads. */
export type EmbedShape = 'video' | 'vertical' | 'audio' | 'playlist' | 'post' | 'chart' | 'map' | 'document';

export interface EmbedProvider {
  name: string;
  /** Content-Security-Policy sources its players load from (frame-src). */
  frameSources: string[];
  /** Its oEmbed endpoint, when it answers without an API key: the title (and often the poster) come from it. */
  oembedEndpoint?: string;
  /** Hosts its posters may be fetched from: exact names, or `.suffix` for any subdomain. */
  posterHosts: string[];
}

export const EMBED_PROVIDERS: Record<EmbedProviderId, EmbedProvider> = {
  youtube: {
    name: 'YouTube',
    // YouTube's privacy-enhanced host: no cookies until the reader plays the video.
    frameSources: ['https://www.youtube-nocookie.com'],
    oembedEndpoint: 'https://www.youtube.com/oembed',
    posterHosts: ['i.ytimg.com'],
  },
  vimeo: {
    name: 'Vimeo',
    frameSources: ['https://player.vimeo.com'],
    oembedEndpoint: 'https://vimeo.com/api/oembed.json',
    posterHosts: ['i.vimeocdn.com'],
  },
  x: {
    name: 'X',
    frameSources: ['https://platform.twitter.com'],
    oembedEndpoint: 'https://publish.twitter.com/oembed',
    posterHosts: [],
  },
  instagram: { name: 'Instagram', frameSources: ['https://www.instagram.com'], posterHosts: [] },
  tiktok: {
    name: 'TikTok',
    frameSources: ['https://www.tiktok.com'],
    oembedEndpoint: 'https://www.tiktok.com/oembed',
    posterHosts: ['.tiktokcdn.com', '.tiktokcdn-us.com', '.tiktokcdn-eu.com'],
  },
  soundcloud: {
    name: 'SoundCloud',
    frameSources: ['https://w.soundcloud.com'],
    oembedEndpoint: 'https://soundcloud.com/oembed',
    posterHosts: ['.sndcdn.com'],
  },
  spotify: {
    name: 'Spotify',
    frameSources: ['https://open.spotify.com'],
    oembedEndpoint: 'https://open.spotify.com/oembed',
    posterHosts: ['i.scdn.co', 'mosaic.scdn.co', '.spotifycdn.com'],
  },
  datawrapper: {
    name: 'Datawrapper',
    frameSources: ['https://datawrapper.dwcdn.net'],
    oembedEndpoint: 'https://api.datawrapper.de/v3/oembed',
    posterHosts: ['.dwcdn.net'],
  },
  flourish: {
    name: 'Flourish',
    frameSources: ['https://flo.uri.sh'],
    oembedEndpoint: 'https://app.flourish.studio/api/v1/oembed',
    posterHosts: ['public.flourish.studio'],
  },
  // Two exact paths of www.google.com, not the whole host.
  'google-maps': {
    name: 'Google Maps',
    frameSources: ['https://www.google.com/maps', 'https://www.google.com/maps/embed'],
    posterHosts: [],
  },
  // A PDF is opened, never framed: its host could be anywhere, and frame-src names only the providers above.
  pdf: { name: 'PDF', frameSources: [], posterHosts: [] },
};

/** Every frame-src source of the reader pages' policy: the providers' players and nothing else. */
export const EMBED_FRAME_SOURCES: readonly string[] = EMBED_PROVIDER_IDS.flatMap((id) => EMBED_PROVIDERS[id].frameSources);

export interface Embed {
  provider: EmbedProviderId;
  /** The original address: what is stored, and where a reader without JavaScript is sent. */
  url: string;
  /** The player, loaded only when the reader asks; null for a document, which is opened instead. */
  frameUrl: string | null;
  shape: EmbedShape;
  /** A poster the provider publishes at a known address (else its oEmbed answer may name one). */
  posterUrl?: string;
  /** What the placeholder calls it until a title is known. */
  fallbackTitle: string;
}

const MAX_URL_LENGTH = 2000;
export const MAX_EMBED_TITLE = 200;
export const MAX_EMBED_CAPTION = 300;

/** An http(s) address with no credentials and no port, or null. */
function parseAddress(input: string): URL | null {
  const value = input.trim();
  if (!value || value.length > MAX_URL_LENGTH || /[\s<>"'`\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;
  return url;
}

const segmentsOf = (url: URL) => url.pathname.split('/').filter(Boolean);

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds; anything else → 0. */
function startSeconds(value: string | null): number {
  if (!value) return 0;
  if (/^\d{1,6}$/.test(value)) return Number(value);
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/.exec(value);
  if (!match) return 0;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);

function youtube(url: URL): Embed | null {
  const parts = segmentsOf(url);
  let id: string | undefined;
  let vertical = false;
  if (url.hostname === 'youtu.be') id = parts.length === 1 ? parts[0] : undefined;
  else if (YOUTUBE_HOSTS.has(url.hostname)) {
    if (parts.length === 1 && parts[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (parts.length === 2 && ['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) {
      id = parts[1];
      vertical = parts[0] === 'shorts';
    }
  } else return null;
  if (!id || !YOUTUBE_ID.test(id)) return null;
  const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return {
    provider: 'youtube',
    url: vertical ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
    frameUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`,
    shape: vertical ? 'vertical' : 'video',
    posterUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    fallbackTitle: 'YouTube video',
  };
}

function vimeo(url: URL): Embed | null {
  const parts = segmentsOf(url);
  let id: string | undefined;
  let hash: string | undefined;
  if (url.hostname === 'player.vimeo.com') {
    if (parts.length === 2 && parts[0] === 'video') id = parts[1];
    hash = url.searchParams.get('h') ?? undefined;
  } else if (url.hostname === 'vimeo.com' || url.hostname === 'www.vimeo.com') {
    if (parts.length === 1 || (parts.length === 2 && /^\d+$/.test(parts[0] ?? ''))) [id, hash] = parts;
    else if (parts.length === 3 && parts[0] === 'channels') id = parts[2];
    else if (parts.length === 4 && ['groups', 'album', 'showcase'].includes(parts[0] ?? '') && ['videos', 'video'].includes(parts[2] ?? ''))
      id = parts[3];
  } else return null;
  if (!id || !/^\d{1,12}$/.test(id)) return null;
  if (hash !== undefined && !/^[0-9a-f]{6,20}$/.test(hash)) return null;
  return {
    provider: 'vimeo',
    url: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`,
    frameUrl: `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1${hash ? `&h=${hash}` : ''}`,
    shape: 'video',
    fallbackTitle: 'Vimeo video',
  };
}

const X_HOSTS = new Set(['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);

function xPost(url: URL): Embed | null {
  const parts = segmentsOf(url);
  let user: string | undefined;
  let id: string | undefined;
  if (url.hostname === 'platform.twitter.com') {
    if (url.pathname === '/embed/Tweet.html') id = url.searchParams.get('id') ?? undefined;
  } else if (X_HOSTS.has(url.hostname)) {
    if (parts[0] === 'i' && parts[1] === 'web' && parts[2] === 'status') id = parts[3];
    else if (parts[0] === 'i' && parts[1] === 'status') id = parts[2];
    else if (parts.length >= 3 && (parts[1] === 'status' || parts[1] === 'statuses')) [user, , id] = parts;
  } else return null;
  if (!id || !/^\d{1,20}$/.test(id)) return null;
  if (user !== undefined && !/^[A-Za-z0-9_]{1,15}$/.test(user)) return null;
  return {
    provider: 'x',
    url: `https://x.com/${user ?? 'i'}/status/${id}`,
    frameUrl: `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
    shape: 'post',
    fallbackTitle: user ? `Post by @${user}` : 'Post on X',
  };
}

function instagram(url: URL): Embed | null {
  if (url.hostname !== 'www.instagram.com' && url.hostname !== 'instagram.com') return null;
  let parts = segmentsOf(url);
  // Newer share links put the account first: /name/p/CODE/.
  if (parts.length >= 3 && ['p', 'reel', 'tv'].includes(parts[1] ?? '')) parts = parts.slice(1);
  const [kind = '', code = '', ...rest] = parts;
  const canonicalKind = kind === 'reels' ? 'reel' : kind;
  if (!['p', 'reel', 'tv'].includes(canonicalKind) || !/^[A-Za-z0-9_-]{5,40}$/.test(code)) return null;
  if (rest.length > 2 || (rest.length > 0 && rest[0] !== 'embed') || (rest.length === 2 && rest[1] !== 'captioned')) return null;
  return {
    provider: 'instagram',
    url: `https://www.instagram.com/${canonicalKind}/${code}/`,
    frameUrl: `https://www.instagram.com/${canonicalKind}/${code}/embed/`,
    shape: 'post',
    fallbackTitle: 'Instagram post',
  };
}

function tiktok(url: URL): Embed | null {
  if (!['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'].includes(url.hostname)) return null;
  const parts = segmentsOf(url);
  let user: string | undefined;
  let id: string | undefined;
  if (parts.length === 3 && parts[0]?.startsWith('@') && parts[1] === 'video') {
    user = parts[0].slice(1);
    id = parts[2];
  } else if (parts.length === 3 && parts[0] === 'embed' && parts[1] === 'v2') id = parts[2];
  else if (parts.length === 3 && parts[0] === 'player' && parts[1] === 'v1') id = parts[2];
  else if (parts.length === 2 && parts[0] === 'embed') id = parts[1];
  if (!id || !/^\d{6,25}$/.test(id)) return null;
  if (user !== undefined && !/^[A-Za-z0-9_.]{1,24}$/.test(user)) return null;
  return {
    provider: 'tiktok',
    url: user ? `https://www.tiktok.com/@${user}/video/${id}` : `https://www.tiktok.com/embed/v2/${id}`,
    frameUrl: `https://www.tiktok.com/embed/v2/${id}`,
    shape: 'vertical',
    fallbackTitle: user ? `TikTok video by @${user}` : 'TikTok video',
  };
}

/** First path segments of soundcloud.com that are the site's own pages, not accounts. */
const SOUNDCLOUD_PAGES = new Set([
  'discover',
  'search',
  'stream',
  'you',
  'upload',
  'settings',
  'messages',
  'notifications',
  'charts',
  'pages',
  'mobile',
  'jobs',
  'terms-of-use',
  'signin',
  'logout',
  'tags',
  'people',
  'imprint',
  'pro',
  'creators',
  'apps',
  'feed',
  'login',
  'player',
  'oembed',
]);
const SOUNDCLOUD_SLUG = /^[A-Za-z0-9_-]{1,100}$/;

function soundcloud(url: URL): Embed | null {
  if (url.hostname === 'w.soundcloud.com') {
    const inner = segmentsOf(url)[0] === 'player' ? parseAddress(url.searchParams.get('url') ?? '') : null;
    if (!inner) return null;
    if (inner.hostname === 'api.soundcloud.com') {
      // The embed code SoundCloud hands out names the track by number: the player's page is its only address.
      const [kind = '', id = '', ...rest] = segmentsOf(inner);
      if (!['tracks', 'playlists'].includes(kind) || !/^\d{1,15}$/.test(id) || rest.length > 0) return null;
      const player = `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://api.soundcloud.com/${kind}/${id}`)}`;
      return {
        provider: 'soundcloud',
        url: player,
        frameUrl: `${player}&auto_play=true&visual=false`,
        shape: kind === 'playlists' ? 'playlist' : 'audio',
        fallbackTitle: 'SoundCloud audio',
      };
    }
    return soundcloud(inner);
  }
  if (!['soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com'].includes(url.hostname)) return null;
  const parts = segmentsOf(url);
  const [account = '', second = '', third, fourth] = parts;
  if (parts.length < 2 || parts.length > 4 || SOUNDCLOUD_PAGES.has(account.toLowerCase())) return null;
  if (![account, second, ...(third ? [third] : [])].every((part) => SOUNDCLOUD_SLUG.test(part))) return null;
  const playlist = second === 'sets';
  if (playlist ? parts.length < 3 : ['likes', 'tracks', 'albums', 'reposts', 'followers', 'following'].includes(second)) return null;
  // A private track's secret token, `s-…`, comes last.
  const secret = playlist ? fourth : third;
  if (parts.length > (playlist ? 3 : 2) && !(secret && /^s-[A-Za-z0-9]{4,20}$/.test(secret))) return null;
  if (fourth && !playlist) return null;
  const page = `https://soundcloud.com/${parts.join('/')}`;
  return {
    provider: 'soundcloud',
    url: page,
    frameUrl: `https://w.soundcloud.com/player/?url=${encodeURIComponent(page)}&auto_play=true&visual=false`,
    shape: playlist ? 'playlist' : 'audio',
    fallbackTitle: 'SoundCloud audio',
  };
}

function spotify(url: URL): Embed | null {
  if (url.hostname !== 'open.spotify.com') return null;
  let parts = segmentsOf(url);
  if (/^intl-[a-z]{2}(?:-[A-Za-z]{2})?$/.test(parts[0] ?? '')) parts = parts.slice(1);
  if (parts[0] === 'embed') parts = parts.slice(1);
  const [kind = '', id = '', ...rest] = parts;
  if (!['track', 'album', 'playlist', 'episode', 'show', 'artist'].includes(kind) || !/^[A-Za-z0-9]{22}$/.test(id) || rest.length > 0)
    return null;
  return {
    provider: 'spotify',
    url: `https://open.spotify.com/${kind}/${id}`,
    frameUrl: `https://open.spotify.com/embed/${kind}/${id}`,
    shape: kind === 'track' || kind === 'episode' ? 'audio' : 'playlist',
    fallbackTitle: kind === 'episode' || kind === 'show' ? 'Spotify podcast' : 'Spotify audio',
  };
}

function datawrapper(url: URL): Embed | null {
  const parts = segmentsOf(url);
  let id: string | undefined;
  let version: string | undefined;
  if (url.hostname === 'datawrapper.dwcdn.net') {
    if (parts.length <= 2) [id, version] = parts;
  } else if (url.hostname === 'www.datawrapper.de' || url.hostname === 'datawrapper.de') {
    if (parts.length === 2 && parts[0] === '_') id = parts[1];
  } else return null;
  if (!id || !/^[A-Za-z0-9]{5}$/.test(id)) return null;
  if (version !== undefined && !/^\d{1,4}$/.test(version)) return null;
  const chart = `https://datawrapper.dwcdn.net/${id}/${version ? `${version}/` : ''}`;
  return { provider: 'datawrapper', url: chart, frameUrl: chart, shape: 'chart', fallbackTitle: 'Datawrapper chart' };
}

function flourish(url: URL): Embed | null {
  const parts = segmentsOf(url);
  let kind: string | undefined;
  let id: string | undefined;
  if (url.hostname === 'public.flourish.studio') {
    if (parts.length === 2 || (parts.length === 3 && parts[2] === 'embed')) [kind, id] = parts;
  } else if (url.hostname === 'flo.uri.sh') {
    if (parts.length === 3 && parts[2] === 'embed') [kind, id] = parts;
  } else return null;
  if (!kind || !['visualisation', 'story'].includes(kind) || !id || !/^\d{1,12}$/.test(id)) return null;
  return {
    provider: 'flourish',
    url: `https://public.flourish.studio/${kind}/${id}/`,
    frameUrl: `https://flo.uri.sh/${kind}/${id}/embed`,
    shape: 'chart',
    posterUrl: `https://public.flourish.studio/${kind}/${id}/thumbnail`,
    fallbackTitle: kind === 'story' ? 'Flourish story' : 'Flourish chart',
  };
}

const MAP_QUERY_LENGTH = 200;

function mapByQuery(query: string): Embed | null {
  const text = cleanText(query.replace(/\+/g, ' ')).trim();
  if (!text || text.length > MAP_QUERY_LENGTH) return null;
  const q = encodeURIComponent(text);
  return {
    provider: 'google-maps',
    url: `https://www.google.com/maps/search/?api=1&query=${q}`,
    frameUrl: `https://www.google.com/maps?q=${q}&output=embed`,
    shape: 'map',
    fallbackTitle: `Map: ${text}`,
  };
}

function googleMaps(url: URL): Embed | null {
  if (!['www.google.com', 'google.com', 'maps.google.com'].includes(url.hostname)) return null;
  const parts = segmentsOf(url);
  const onMaps = url.hostname === 'maps.google.com' ? ['maps', ...parts] : parts;
  if (onMaps[0] !== 'maps') return null;
  const decoded = (value: string) => {
    try {
      return decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      return '';
    }
  };
  if (onMaps[1] === 'embed' && onMaps.length === 2) {
    // Google's "Share → Embed a map" address: its pb parameter describes the whole map.
    // Read raw: its percent-escapes are part of the value Google expects back.
    const pb = /[?&]pb=([^&#]*)/.exec(url.search)?.[1] ?? '';
    if (!/^[A-Za-z0-9!._:%*+-]{1,4000}$/.test(pb)) return null;
    const address = `https://www.google.com/maps/embed?pb=${pb}`;
    return { provider: 'google-maps', url: address, frameUrl: address, shape: 'map', fallbackTitle: 'Map' };
  }
  if ((onMaps[1] === 'place' || onMaps[1] === 'search') && onMaps[2]) return mapByQuery(decoded(onMaps[2]));
  const at = onMaps.length === 2 ? /^@(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?),(\d{1,2}(?:\.\d+)?)z$/.exec(onMaps[1] ?? '') : null;
  if (at) {
    const [, lat, lng, zoom] = at;
    const z = Math.round(Number(zoom));
    return {
      provider: 'google-maps',
      url: `https://www.google.com/maps/@${lat},${lng},${z}z`,
      frameUrl: `https://www.google.com/maps?q=${lat},${lng}&z=${z}&output=embed`,
      shape: 'map',
      fallbackTitle: 'Map',
    };
  }
  const query = url.searchParams.get('q') ?? url.searchParams.get('query');
  if (query && (onMaps.length === 1 || (onMaps.length === 2 && onMaps[1] === 'search'))) return mapByQuery(query);
  return null;
}

function pdf(url: URL): Embed | null {
  if (!/\.pdf$/i.test(url.pathname)) return null;
  const name = fileNameOf(url);
  return { provider: 'pdf', url: url.href, frameUrl: null, shape: 'document', fallbackTitle: name || 'PDF document' };
}

function fileNameOf(url: URL): string {
  const last = segmentsOf(url).at(-1) ?? '';
  try {
    return cleanText(decodeURIComponent(last)).slice(0, MAX_EMBED_TITLE);
  } catch {
    return last.slice(0, MAX_EMBED_TITLE);
  }
}

const recognisers = [youtube, vimeo, xPost, instagram, tiktok, soundcloud, spotify, datawrapper, flourish, googleMaps, pdf];

/**
 * The embed an address stands for, or null: a page of a supported provider, its player's own address
 * (what an embed code's iframe points at), or a PDF. Only https players are ever returned.
 */
export function recogniseEmbed(input: string): Embed | null {
  const url = parseAddress(input);
  if (!url) return null;
  for (const recognise of recognisers) {
    const embed = recognise(url);
    if (embed) return embed;
  }
  return null;
}

/** Whether a poster address belongs to the provider (https, on one of its image hosts). */
export function isProviderPoster(provider: EmbedProviderId, address: string): boolean {
  const url = parseAddress(address);
  if (!url || url.protocol !== 'https:') return false;
  return EMBED_PROVIDERS[provider].posterHosts.some((host) =>
    host.startsWith('.') ? url.hostname.endsWith(host) && url.hostname.length > host.length : url.hostname === host,
  );
}

/** What an embed block carries besides its address; all optional. */
export interface EmbedDetails {
  title?: string;
  /** A poster in the media library: `/media/{key}`. */
  poster?: string;
  caption?: string;
}

/** The details as stored: plain text within their limits, and a poster only when it is a library image. */
export function cleanEmbedDetails(details: EmbedDetails): Required<EmbedDetails> {
  const text = (value: string | undefined, limit: number) =>
    cleanText(value ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, limit);
  const poster = details.poster && mediaKeyOf(details.poster) ? details.poster : '';
  return { title: text(details.title, MAX_EMBED_TITLE), poster, caption: text(details.caption, MAX_EMBED_CAPTION) };
}

/** The text of an embed block's link: where it goes and what it is, for feed readers and readers without JavaScript. */
export function embedLinkText(embed: Embed, title: string): string {
  const provider = EMBED_PROVIDERS[embed.provider].name;
  return `${provider}: ${title || embed.fallbackTitle}`;
}

/** The words on a placeholder's button. */
export function embedAction(embed: Embed): string {
  switch (embed.shape) {
    case 'video':
    case 'vertical':
      return 'Play video';
    case 'audio':
    case 'playlist':
      return 'Play audio';
    case 'post':
      return 'Show post';
    case 'chart':
      return 'Show chart';
    case 'map':
      return 'Show map';
    case 'document':
      return 'Open PDF';
  }
}
