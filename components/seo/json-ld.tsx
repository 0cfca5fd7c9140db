import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/json-ld';

/** Structured data for search engines, rendered on the server into the page. */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
