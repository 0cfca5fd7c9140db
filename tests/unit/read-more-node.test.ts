import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// esbuild comes with tsx and drizzle-kit; Playwright's Chromium supplies the DOM that ProseMirror parses with.
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { readMoreTitleFromText } from '@/components/editor/read-more-node';

const root = path.resolve(import.meta.dirname, '../..');
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Runs in the page: the editor's own schema (StarterKit + Image + ReadMore) parsing and serializing HTML.
const harnessSource = `
import { Editor, generateHTML, generateJSON } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { ReadMore } from './components/editor/read-more-node';

const extensions = [StarterKit.configure({ heading: { levels: [2, 3] } }), Image, ReadMore];

window.harness = {
  toJSON: (html) => generateJSON(html, extensions),
  roundTrip: (html) => generateHTML(generateJSON(html, extensions), extensions),
  insert: (html, target) => {
    const editor = new Editor({ element: document.createElement('div'), extensions, content: html });
    editor.commands.focus('end');
    editor.commands.insertReadMore(target);
    const out = editor.getHTML();
    editor.destroy();
    return out;
  },
};
`;

interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
}

interface Harness {
  toJSON(html: string): JsonNode;
  roundTrip(html: string): string;
  insert(html: string, target: { href: string; title: string }): string;
}

type HarnessWindow = Window & { harness: Harness };

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: harnessSource, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no output');
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: script });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const roundTrip = (html: string) => page.evaluate((input) => (window as unknown as HarnessWindow).harness.roundTrip(input), html);
const toJSON = (html: string) => page.evaluate((input) => (window as unknown as HarnessWindow).harness.toJSON(input), html);

describe('ReadMore node', () => {
  const block = '<p class="read-more"><a href="/world/some-slug">READ MORE: Floods close the coast road</a></p>';

  it('parses the stored HTML into an atom with href and title', async () => {
    const doc = await toJSON(block);
    expect(doc.content).toEqual([{ type: 'readMore', attrs: { href: '/world/some-slug', title: 'Floods close the coast road' } }]);
  });

  it('renders back exactly the stored HTML', async () => {
    expect(await roundTrip(block)).toBe(block);
  });

  it('keeps surrounding paragraphs and escapes the title', async () => {
    const html = '<p>Before.</p><p class="read-more"><a href="/politics/a-b">READ MORE: Cats &amp; dogs &lt;3</a></p><p>After.</p>';
    expect(await roundTrip(html)).toBe(html);
  });

  it('normalizes the label of older, differently cased blocks', async () => {
    expect(await roundTrip('<p class="read-more"><a href="/x/y"> Read more:  Old   title </a></p>')).toBe(
      '<p class="read-more"><a href="/x/y">READ MORE: Old title</a></p>',
    );
  });

  it('leaves a read-more paragraph without a link as an ordinary paragraph', async () => {
    expect(await roundTrip('<p class="read-more">READ MORE: nothing</p>')).toBe('<p>READ MORE: nothing</p>');
  });

  it('inserts a block with the insertReadMore command', async () => {
    const html = await page.evaluate(() =>
      (window as unknown as HarnessWindow).harness.insert('<p>Intro.</p>', { href: '/world/next', title: 'Next story' }),
    );
    expect(html).toContain('<p>Intro.</p><p class="read-more"><a href="/world/next">READ MORE: Next story</a></p>');
  });
});

describe('readMoreTitleFromText', () => {
  it('strips the label and collapses whitespace', () => {
    expect(readMoreTitleFromText('READ MORE: A title')).toBe('A title');
    expect(readMoreTitleFromText('read more :\n A  title ')).toBe('A title');
    expect(readMoreTitleFromText('No label here')).toBe('No label here');
  });
});
