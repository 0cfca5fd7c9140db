import { DomUtils, parseDocument } from 'htmlparser2';
import { cleanEmbedDetails, EMBED_PROVIDERS, embedAction, recogniseEmbed, type Embed } from './embeds';
import { escapeHtml } from './sanitize';

/**
 * What readers get for an embed block (lib/sanitize.ts `embedBlockHtml`): a placeholder with the title,
 * the provider and the poster from the site's own media library, which is a plain link to the original
 * and, with JavaScript, loads the provider's player when clicked (public/embed-loader.js). Nothing from
 * the provider loads before that click. Built from the block's address, never from its stored markup.
 */

export interface BodyWithEmbeds {
  html: string;
  /** How many placeholders it holds: the page loads the click-to-load script only when there are any. */
  embeds: number;
}

function host(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function placeholderHtml(embed: Embed, details: { title: string; poster: string; caption: string }): string {
  const provider = EMBED_PROVIDERS[embed.provider].name;
  const title = details.title || embed.fallbackTitle;
  const source = embed.frameUrl ? provider : `${provider} · ${host(embed.url)}`;
  const frame = embed.frameUrl ? ` data-embed-frame="${escapeHtml(embed.frameUrl)}" data-embed-title="${escapeHtml(title)}"` : '';
  const poster = details.poster
    ? `<img class="embed-poster" src="${escapeHtml(details.poster)}" alt="" loading="lazy" decoding="async">`
    : '';
  const notice = embed.frameUrl
    ? `Loads from ${provider} only when you choose to; ${provider} may then set cookies.`
    : `Opens the document on ${host(embed.url) || 'another site'}.`;
  return (
    `<figure class="embed embed-${embed.shape}${details.poster ? ' embed-has-poster' : ''}" data-provider="${embed.provider}">` +
    `<a class="embed-placeholder" href="${escapeHtml(embed.url)}"${frame}>${poster}` +
    `<span class="embed-text"><span class="embed-provider">${escapeHtml(source)}</span>` +
    `<span class="embed-title">${escapeHtml(title)}</span>` +
    `<span class="embed-action">${escapeHtml(embedAction(embed))}</span></span></a>` +
    `<figcaption>${details.caption ? `<span class="embed-caption">${escapeHtml(details.caption)}</span> ` : ''}` +
    `<span class="embed-notice">${escapeHtml(notice)}</span></figcaption></figure>`
  );
}

/** Stored article HTML with each embed block replaced by its reader placeholder; everything else as it was. */
export function withEmbedPlaceholders(html: string): BodyWithEmbeds {
  if (!html.includes('class="embed"')) return { html, embeds: 0 };
  const document = parseDocument(html, { decodeEntities: true, withStartIndices: true, withEndIndices: true });
  const isBlock = (node: { name?: string; attribs?: Record<string, string> }) =>
    node.name === 'figure' && (node.attribs?.class ?? '').split(/\s+/).includes('embed');
  const insideBlock = (node: { parent: unknown }) => {
    for (let parent = node.parent as { parent: unknown; name?: string } | null; parent; parent = parent.parent as typeof parent) {
      if (isBlock(parent)) return true;
    }
    return false;
  };
  // The sanitizer never nests one block in another; were one nested, only the outer would be shown.
  const blocks = DomUtils.findAll((element) => isBlock(element) && !insideBlock(element), document.children);
  let result = html;
  let embeds = 0;
  // Last first, so earlier offsets stay right.
  for (const block of blocks.reverse()) {
    const embed = recogniseEmbed(block.attribs['data-embed-url'] ?? '');
    if (!embed || block.startIndex === null || block.endIndex === null) continue;
    const caption = DomUtils.findOne((child) => child.name === 'figcaption', block.children, false);
    const details = cleanEmbedDetails({
      title: block.attribs['data-embed-title'],
      poster: block.attribs['data-embed-poster'],
      caption: caption ? DomUtils.textContent(caption) : '',
    });
    result = `${result.slice(0, block.startIndex)}${placeholderHtml(embed, details)}${result.slice(block.endIndex + 1)}`;
    embeds++;
  }
  return { html: result, embeds };
}
