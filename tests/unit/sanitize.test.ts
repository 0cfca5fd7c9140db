import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml, withAbsoluteUrls } from '@/lib/sanitize';

describe('sanitizeArticleHtml', () => {
  it('keeps the article vocabulary', () => {
    const html =
      '<h2>Sub</h2><p>Text <strong>bold</strong> <em>it</em> <a href="/world/x">in</a></p><blockquote><p>Q</p><p class="attribution">— A</p></blockquote><p class="read-more"><a href="/a/b">READ MORE: B</a></p>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('removes scripts, event handlers and javascript: URLs', () => {
    const result = sanitizeArticleHtml(
      '<p onclick="x()">a<script>alert(1)</script></p><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">b</a>',
    );
    expect(result).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(result).toContain('<p>a</p>');
  });

  it('drops classes and styles outside the allow-list', () => {
    expect(sanitizeArticleHtml('<p class="evil read-more" style="x">t</p>')).toBe('<p class="read-more">t</p>');
  });

  it('marks external links so they cannot reach back into the page', () => {
    expect(sanitizeArticleHtml('<a href="https://example.com/">x</a>')).toBe(
      '<a href="https://example.com/" rel="noopener noreferrer nofollow">x</a>',
    );
  });

  it('turns a stray h1 into h2 so the page keeps one h1', () => {
    expect(sanitizeArticleHtml('<h1>Big</h1>')).toBe('<h2>Big</h2>');
  });
});

describe('withAbsoluteUrls', () => {
  it('makes site-relative links and images absolute and leaves the rest alone', () => {
    const html =
      '<p class="read-more"><a href="/world/story">Read</a> <a href="https://other.example/x" rel="noopener noreferrer nofollow">out</a> <a href="//evil.example/">pr</a></p><img src="/media/abc" alt="A &amp; B"><blockquote class="pull-quote">Q</blockquote>';
    const result = withAbsoluteUrls(html, 'https://news.example');
    expect(result).toContain('href="https://news.example/world/story"');
    expect(result).toContain('src="https://news.example/media/abc"');
    expect(result).toContain('href="https://other.example/x" rel="noopener noreferrer nofollow"');
    expect(result).toContain('href="//evil.example/"');
    expect(result).toContain('class="read-more"');
    expect(result).toContain('alt="A &amp; B"');
  });
});
