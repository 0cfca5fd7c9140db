/**
 * Lighthouse 12 (mobile defaults: simulated slow 4G and a 4× slower CPU) on a few pages, driving the
 * system's Chromium through chrome-launcher. Returns the four category scores and, for every audit that
 * did not pass, its id and the elements it names.
 */

export interface LighthouseFinding {
  category: string;
  id: string;
  title: string;
  score: number | null;
  /** Selectors or snippets of the elements concerned, when the audit names any. */
  items: string[];
}

export interface LighthousePage {
  name: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  metrics: {
    firstContentfulPaintMs: number | null;
    largestContentfulPaintMs: number | null;
    totalBlockingTimeMs: number | null;
    cumulativeLayoutShift: number | null;
  };
  findings: LighthouseFinding[];
}

interface AuditResult {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: { items?: Array<Record<string, unknown>> };
}

function describeItem(item: Record<string, unknown>): string | null {
  const node = item.node as { selector?: string; snippet?: string; nodeLabel?: string } | undefined;
  if (node?.selector || node?.snippet) return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim();
  for (const key of ['url', 'source', 'description', 'label']) {
    const value = item[key];
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object' && 'url' in value && typeof value.url === 'string') return value.url;
  }
  return null;
}

export async function runLighthouse(
  origin: string,
  pages: Array<{ name: string; path: string }>,
  chromePath: string,
): Promise<LighthousePage[]> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const results: LighthousePage[] = [];
  try {
    for (const page of pages) {
      const runner = await lighthouse(`${origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = runner?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const score = (id: string) => {
        const value = lhr.categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      const audits = lhr.audits as Record<string, AuditResult>;
      const numeric = (id: string) => (typeof audits[id]?.numericValue === 'number' ? audits[id].numericValue : null);
      const findings: LighthouseFinding[] = [];
      for (const category of ['accessibility', 'best-practices', 'seo', 'performance']) {
        for (const reference of lhr.categories[category]?.auditRefs ?? []) {
          const audit = audits[reference.id];
          if (!audit || (reference.weight === 0 && category === 'performance')) continue;
          if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
          if (audit.score === null || audit.score >= (category === 'performance' ? 0.9 : 1)) continue;
          const items = (audit.details?.items ?? [])
            .map(describeItem)
            .filter((item): item is string => item !== null)
            .slice(0, 8);
          findings.push({ category, id: audit.id, title: audit.title, score: audit.score, items });
        }
      }
      results.push({
        name: page.name,
        path: page.path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        metrics: {
          firstContentfulPaintMs: numeric('first-contentful-paint'),
          largestContentfulPaintMs: numeric('largest-contentful-paint'),
          totalBlockingTimeMs: numeric('total-blocking-time'),
          cumulativeLayoutShift: numeric('cumulative-layout-shift'),
        },
        findings,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
