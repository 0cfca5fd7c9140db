import { escapeHtml } from '@/lib/sanitize';

export interface ReadMoreTarget {
  href: string;
  title: string;
}

function inline(text: string): string {
  return escapeHtml(text).replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/**
 * Converts the seed's small writing format into article HTML:
 * blank-line paragraphs, `## ` subheadings, `> ` block quotes (a `> — Name` line becomes the attribution)
 * and `READ MORE: slug` lines that link another article by its current title.
 */
export function demoMarkupToHtml(markup: string, resolveReadMore: (slug: string) => ReadMoreTarget): string {
  const blocks = markup
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').map((line) => line.trim());
    if (lines.every((line) => line.startsWith('READ MORE:'))) {
      for (const line of lines) {
        const target = resolveReadMore(line.slice('READ MORE:'.length).trim());
        html.push(`<p class="read-more"><a href="${escapeHtml(target.href)}">READ MORE: ${escapeHtml(target.title)}</a></p>`);
      }
    } else if (block.startsWith('## ')) {
      html.push(`<h2>${inline(block.slice(3).trim())}</h2>`);
    } else if (lines.every((line) => line.startsWith('>'))) {
      const content = lines.map((line) => line.replace(/^>\s?/, ''));
      const attributionIndex = content.findIndex((line) => /^[—–-]\s/.test(line));
      const quoteLines = attributionIndex >= 0 ? content.slice(0, attributionIndex) : content;
      const attribution = attributionIndex >= 0 ? content.slice(attributionIndex).join(' ') : '';
      const cite = attribution ? `<p class="attribution">${inline(attribution)}</p>` : '';
      html.push(`<blockquote><p>${inline(quoteLines.join(' '))}</p>${cite}</blockquote>`);
    } else {
      html.push(`<p>${inline(lines.join(' '))}</p>`);
    }
  }
  return html.join('\n');
}
