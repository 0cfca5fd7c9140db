/** What a reader downloads for one page: its HTML, and the JavaScript its <script src> tags load. */
import zlib from 'node:zlib';

export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Inline <script> content (React's flight data among it), part of the HTML above. */
  inlineScriptBytes: number;
  scripts: Array<{ src: string; bytes: number; gzipBytes: number }>;
  javascriptBytes: number;
  javascriptGzipBytes: number;
  /** Scripts only browsers without module support load (nomodule), left out of the totals. */
  legacyOnlyScripts: string[];
}

const gzipSize = (bytes: Buffer) => zlib.gzipSync(bytes, { level: 9 }).length;

export async function measurePageWeight(origin: string, path: string): Promise<PageWeight> {
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const html = Buffer.from(await response.arrayBuffer());
  const text = html.toString('utf8');
  const tags = [...text.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((match) => ({
    src: match[1]?.replace(/&amp;/g, '&') ?? '',
    noModule: /\snomodule\b/i.test(match[0]),
  }));
  // <script nomodule> (Next's polyfills) is skipped by every browser that runs modules: not counted.
  const sources = [...new Set(tags.filter((tag) => !tag.noModule).map((tag) => tag.src))].filter(Boolean);
  const legacyOnly = [...new Set(tags.filter((tag) => tag.noModule).map((tag) => tag.src))];
  const inlineScriptBytes = [...text.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1] ?? ''),
    0,
  );
  const scripts = [];
  for (const src of sources) {
    const script = await fetch(new URL(src, origin));
    if (!script.ok) throw new Error(`${src} answered ${script.status}`);
    const bytes = Buffer.from(await script.arrayBuffer());
    scripts.push({ src, bytes: bytes.length, gzipBytes: gzipSize(bytes) });
  }
  return {
    htmlBytes: html.length,
    htmlGzipBytes: gzipSize(html),
    inlineScriptBytes,
    scripts,
    javascriptBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    javascriptGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    legacyOnlyScripts: legacyOnly,
  };
}
