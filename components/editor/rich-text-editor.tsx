'use client';
/* eslint-disable react-hooks/refs -- the toolbar hands buttons callbacks that read refs only when clicked, never while rendering. */

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { recogniseEmbed } from '@/lib/embeds';
import { Embed, EMBED_PROVIDER_LIST } from './embed-node';
import { ReadMore } from './read-more-node';
import { LibraryPicker } from './library-picker';
import type { LibraryItem } from '@/db/media';
import { Attribution } from './attribution-node';
import './rich-text-editor.css';

export interface ReadMoreTarget {
  title: string;
  /** Site-relative, like "/world/some-slug". */
  href: string;
}

export interface RichTextEditorProps {
  /** Name of the hidden <input> that carries the HTML in a <form> submission. */
  name: string;
  /** Initial HTML (already sanitized server-side). */
  initialHtml: string;
  /** Called on every update with the current HTML ("" when the editor is empty). */
  onChange?: (html: string) => void;
  /** Search published articles for the READ MORE picker. Returns up to ~8 matches. */
  searchArticles: (query: string) => Promise<ReadMoreTarget[]>;
  /** Upload an image file into the library with its alt text; resolves to its URL and size, or rejects with an Error whose message is shown to the user. */
  uploadImage: (file: File, details: { altText: string }) => Promise<{ url: string; width: number; height: number }>;
  /** An embed's title and poster, asked of the server when one is inserted; null when there are none. */
  previewEmbed?: (url: string) => Promise<{ title: string; poster: string } | null>;
  /** id of the visible label element, for aria-labelledby on the editable area. */
  labelledBy: string;
}

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const SEARCH_DELAY_MS = 250;

/** http(s), mailto and site-relative paths only: the same schemes the server sanitizer keeps. */
function isAllowedHref(href: string): boolean {
  const value = href.trim();
  // Backslashes and whitespace let "/\evil.example" or split schemes act like other URLs in browsers.
  if (!value || /[\s\\]/.test(value)) return false;
  if (/^https?:\/\/[^/?#]+/i.test(value)) return true;
  if (/^mailto:[^/]/i.test(value)) return true;
  // "/path" but not "//host", which is protocol-relative.
  return value.startsWith('/') && !value.startsWith('//');
}

/** The HTML that goes into the form: "" for an empty body, without the trailing empty paragraph TipTap keeps for the cursor. */
function serialize(editor: Editor): string {
  if (editor.isEmpty) return '';
  return editor.getHTML().replace(/(?:<p><\/p>)+$/, '');
}

function errorMessage(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

/** Module-level so every render hands useEditor the same extension instances. */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      defaultProtocol: 'https',
      // The server adds rel to external links; target=_blank is not wanted in articles.
      HTMLAttributes: { target: null, rel: null },
      isAllowedUri: (url) => isAllowedHref(url),
    },
  }),
  Image.configure({ inline: false, allowBase64: false }),
  ReadMore,
  Embed,
  Attribution,
];

type Panel = 'link' | 'image' | 'library' | 'readMore' | 'embed' | null;
type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

export function RichTextEditor({
  name,
  initialHtml,
  onChange,
  searchArticles,
  uploadImage,
  previewEmbed,
  labelledBy,
}: RichTextEditorProps) {
  const ids = useId();
  const [html, setHtml] = useState(initialHtml);
  const [panel, setPanel] = useState<Panel>(null);
  const [focusKey, setFocusKey] = useState('bold');

  const [linkValue, setLinkValue] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);

  const [embedValue, setEmbedValue] = useState('');
  const [embedError, setEmbedError] = useState<string | null>(null);

  const [pendingImage, setPendingImage] = useState<File | null>(null);
  const [libraryImage, setLibraryImage] = useState<LibraryItem | null>(null);
  const [altText, setAltText] = useState('');
  const [imageError, setImageError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ReadMoreTarget[]>([]);
  const [searchStatus, setSearchStatus] = useState<SearchStatus>('idle');
  const [searchError, setSearchError] = useState<string | null>(null);

  // Latest callbacks without re-creating the editor when a parent re-renders.
  const onChangeRef = useRef(onChange);
  const searchRef = useRef(searchArticles);
  const previewRef = useRef(previewEmbed);
  useEffect(() => {
    onChangeRef.current = onChange;
    searchRef.current = searchArticles;
    previewRef.current = previewEmbed;
  });
  // Addresses whose title and poster have been asked for and not yet answered.
  const previewsAsked = useRef(new Set<string>());

  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const fileInput = useRef<HTMLInputElement>(null);
  const panelInput = useRef<HTMLInputElement>(null);
  // Bumped whenever a panel closes, so an upload that finishes after "Cancel" inserts nothing.
  const panelGeneration = useRef(0);
  // Ctrl/Cmd+K in the text does what the Link button does (set below, once the handler exists).
  const linkShortcut = useRef<() => void>(() => undefined);

  // Stable identity: useEditor re-applies options whose identity changes on every render.
  const editorProps = useMemo(
    () => ({
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelledBy, class: 'rte-prose' },
      handleKeyDown: (_view: unknown, event: globalThis.KeyboardEvent) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return false;
        event.preventDefault();
        linkShortcut.current();
        return true;
      },
    }),
    [labelledBy],
  );

  const editor = useEditor({
    immediatelyRender: false,
    extensions: EXTENSIONS,
    content: initialHtml,
    editorProps,
    onUpdate: ({ editor: current }) => {
      const next = serialize(current);
      setHtml(next);
      onChangeRef.current?.(next);
      askForEmbedPreviews(current);
    },
  });

  /** Each newly inserted embed gets its title and poster from the server; the answer fills in every block with that address. */
  function askForEmbedPreviews(current: Editor) {
    current.state.doc.descendants((node) => {
      const url = String(node.attrs.url ?? '');
      if (node.type.name !== 'embed' || !node.attrs.loading || previewsAsked.current.has(url)) return;
      previewsAsked.current.add(url);
      const ask = previewRef.current?.(url) ?? Promise.resolve(null);
      void ask
        .catch(() => null)
        .then((preview) => {
          previewsAsked.current.delete(url);
          if (current.isDestroyed) return;
          const { tr } = current.state;
          current.state.doc.descendants((found, position) => {
            if (found.type.name !== 'embed' || !found.attrs.loading || found.attrs.url !== url) return;
            tr.setNodeMarkup(position, undefined, {
              ...found.attrs,
              loading: false,
              title: found.attrs.title || preview?.title || '',
              poster: found.attrs.poster || preview?.poster || '',
            });
          });
          // Filling in is not a step of its own: undo removes the embed, not its title.
          if (tr.docChanged) current.view.dispatch(tr.setMeta('addToHistory', false));
        });
    });
  }

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current
        ? {
            bold: current.isActive('bold'),
            italic: current.isActive('italic'),
            h2: current.isActive('heading', { level: 2 }),
            h3: current.isActive('heading', { level: 3 }),
            bulletList: current.isActive('bulletList'),
            orderedList: current.isActive('orderedList'),
            blockquote: current.isActive('blockquote'),
            attribution: current.isActive('attribution'),
            link: current.isActive('link'),
            canUndo: current.can().undo(),
            canRedo: current.can().redo(),
          }
        : null,
  });

  // Move focus into a panel as it opens, so keyboard users land on its first field.
  useEffect(() => {
    if (panel === 'link' || panel === 'readMore' || panel === 'image' || panel === 'embed') panelInput.current?.focus();
    if (panel === 'library' && libraryImage) panelInput.current?.focus();
  }, [panel, libraryImage]);

  // Debounced article search for the READ MORE picker; stale answers are dropped.
  useEffect(() => {
    const q = query.trim();
    if (panel !== 'readMore' || !q) return;
    let stale = false;
    const timer = setTimeout(() => {
      setSearchStatus('loading');
      searchRef.current(q).then(
        (found) => {
          if (stale) return;
          setResults(found);
          setSearchStatus('done');
        },
        (error: unknown) => {
          if (stale) return;
          setResults([]);
          setSearchError(errorMessage(error, 'Search failed. Try again.'));
          setSearchStatus('error');
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, panel]);

  function closePanel(returnFocusTo?: string) {
    panelGeneration.current += 1;
    setPanel(null);
    setLinkValue('');
    setLinkError(null);
    setEmbedValue('');
    setEmbedError(null);
    setPendingImage(null);
    setLibraryImage(null);
    setAltText('');
    setImageError(null);
    setQuery('');
    setResults([]);
    setSearchStatus('idle');
    setSearchError(null);
    if (returnFocusTo) buttons.current.get(returnFocusTo)?.focus();
  }

  function openPanel(next: Exclude<Panel, null>) {
    closePanel();
    setPanel(next);
  }

  function onLinkButton() {
    if (!editor) return;
    if (editor.isActive('link')) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return;
    }
    if (panel === 'link') closePanel('link');
    else openPanel('link');
  }

  linkShortcut.current = onLinkButton;

  function applyLink() {
    if (!editor) return;
    const href = linkValue.trim();
    if (!isAllowedHref(href)) {
      setLinkError('Use an address starting with https://, http://, mailto: or a site path starting with /.');
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty) {
      // Nothing selected: insert the address itself as the link text.
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    closePanel();
  }

  function insertEmbed() {
    if (!editor) return;
    const embed = recogniseEmbed(embedValue);
    if (!embed) {
      setEmbedError(`Paste the address of a post, video, audio, chart or map on ${EMBED_PROVIDER_LIST}.`);
      return;
    }
    editor.chain().focus().insertEmbed({ url: embed.url }).run();
    closePanel();
  }

  function onImageChosen(file: File | undefined) {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    openPanel('image');
    setPendingImage(file);
    if (!IMAGE_TYPES.includes(file.type)) setImageError('Choose a PNG, JPEG, WebP or GIF image.');
  }

  async function insertImage() {
    if (!editor || !pendingImage || uploading) return;
    const alt = altText.trim();
    if (!IMAGE_TYPES.includes(pendingImage.type)) {
      setImageError('Choose a PNG, JPEG, WebP or GIF image.');
      return;
    }
    if (!alt) {
      setImageError('Describe the image for readers who cannot see it.');
      panelInput.current?.focus();
      return;
    }
    setImageError(null);
    setUploading(true);
    const generation = panelGeneration.current;
    try {
      const { url, width, height } = await uploadImage(pendingImage, { altText: alt });
      if (editor.isDestroyed || generation !== panelGeneration.current) return;
      editor.chain().focus().setImage({ src: url, alt, width, height }).run();
      closePanel();
    } catch (error) {
      if (generation === panelGeneration.current) setImageError(errorMessage(error, 'The image could not be uploaded.'));
    } finally {
      setUploading(false);
    }
  }

  /** A picture from the library goes in with its size, and the alt text the library has unless the editor changes it. */
  function chooseFromLibrary(item: LibraryItem) {
    setLibraryImage(item);
    setAltText(item.altText);
    setImageError(null);
  }

  function insertLibraryImage() {
    if (!editor || !libraryImage) return;
    const alt = altText.trim();
    if (!alt) {
      setImageError('Describe the image for readers who cannot see it.');
      panelInput.current?.focus();
      return;
    }
    editor.chain().focus().setImage({ src: libraryImage.url, alt, width: libraryImage.width, height: libraryImage.height }).run();
    closePanel();
  }

  function chooseArticle(target: ReadMoreTarget) {
    if (!editor) return;
    editor.chain().focus().insertReadMore({ href: target.href, title: target.title }).run();
    closePanel();
  }

  /** Enter must not submit the surrounding form; Escape closes the panel. */
  function panelKeys(event: KeyboardEvent<HTMLElement>, owner: string, onEnter?: () => void) {
    if (event.key === 'Escape') {
      event.preventDefault();
      closePanel(owner);
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      onEnter?.();
    }
  }

  // Roving focus: the toolbar is one Tab stop, arrows move between its buttons (WAI-ARIA toolbar pattern).
  function toolbarKeys(event: KeyboardEvent<HTMLDivElement>) {
    const list = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
    const current = list.findIndex((button) => button === document.activeElement);
    if (current < 0 || list.length === 0) return;
    let next: number;
    if (event.key === 'ArrowRight') next = (current + 1) % list.length;
    else if (event.key === 'ArrowLeft') next = (current - 1 + list.length) % list.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    else return;
    event.preventDefault();
    list[next]?.focus();
  }

  function toolButton(
    key: string,
    label: ReactNode,
    run: () => void,
    options: {
      pressed?: boolean;
      ariaLabel?: string;
      unavailable?: boolean;
      expanded?: boolean;
      controls?: string;
      keyShortcuts?: string;
    } = {},
  ) {
    return (
      <button
        key={key}
        ref={(element) => {
          if (element) buttons.current.set(key, element);
          else buttons.current.delete(key);
        }}
        type="button"
        className={`rte-button rte-button-${key}`}
        tabIndex={focusKey === key ? 0 : -1}
        disabled={!editor}
        aria-label={options.ariaLabel}
        aria-pressed={options.pressed}
        aria-expanded={options.expanded}
        aria-controls={options.expanded ? options.controls : undefined}
        aria-keyshortcuts={options.keyShortcuts}
        title={options.keyShortcuts ? `Shortcut: ${options.keyShortcuts.split(' ')[0]?.replace('Control', 'Ctrl')}` : undefined}
        // aria-disabled rather than disabled keeps focus on Undo/Redo once the history runs out.
        aria-disabled={options.unavailable || undefined}
        onFocus={() => setFocusKey(key)}
        onClick={() => {
          if (!options.unavailable) run();
        }}
      >
        {label}
      </button>
    );
  }

  const chain = () => editor?.chain().focus();
  const linkPanelId = `${ids}-link`;
  const imagePanelId = `${ids}-image`;
  const embedPanelId = `${ids}-embed`;
  const readMorePanelId = `${ids}-readmore`;
  const panelErrorId = `${ids}-panel-error`;

  return (
    <div className="rte">
      <div role="toolbar" aria-label="Formatting" aria-controls={`${ids}-content`} className="rte-toolbar" onKeyDown={toolbarKeys}>
        {toolButton('bold', 'Bold', () => chain()?.toggleBold().run(), { pressed: active?.bold ?? false })}
        {toolButton('italic', 'Italic', () => chain()?.toggleItalic().run(), { pressed: active?.italic ?? false })}
        <span className="rte-separator" aria-hidden="true" />
        {toolButton('h2', 'Heading 2', () => chain()?.toggleHeading({ level: 2 }).run(), { pressed: active?.h2 ?? false })}
        {toolButton('h3', 'Heading 3', () => chain()?.toggleHeading({ level: 3 }).run(), { pressed: active?.h3 ?? false })}
        <span className="rte-separator" aria-hidden="true" />
        {toolButton('bullet', 'Bulleted list', () => chain()?.toggleBulletList().run(), {
          pressed: active?.bulletList ?? false,
        })}
        {toolButton('ordered', 'Numbered list', () => chain()?.toggleOrderedList().run(), {
          pressed: active?.orderedList ?? false,
        })}
        {toolButton('quote', 'Quote', () => chain()?.toggleBlockquote().run(), { pressed: active?.blockquote ?? false })}
        {toolButton('attribution', 'Attribution', () => chain()?.toggleAttribution().run(), {
          pressed: active?.attribution ?? false,
          // Only a line inside a block quote can be its attribution.
          unavailable: !(active?.blockquote || active?.attribution),
        })}
        <span className="rte-separator" aria-hidden="true" />
        {toolButton('link', 'Link', onLinkButton, { pressed: active?.link ?? false, keyShortcuts: 'Control+K Meta+K' })}
        {toolButton('image', 'Image', () => fileInput.current?.click())}
        {toolButton('library', 'From library', () => (panel === 'library' ? closePanel('library') : openPanel('library')), {
          expanded: panel === 'library',
          controls: `${ids}-library`,
        })}
        {toolButton('embed', 'Embed', () => (panel === 'embed' ? closePanel('embed') : openPanel('embed')), {
          expanded: panel === 'embed',
          controls: embedPanelId,
        })}
        {toolButton('readmore', 'READ MORE', () => (panel === 'readMore' ? closePanel('readmore') : openPanel('readMore')), {
          expanded: panel === 'readMore',
          controls: readMorePanelId,
        })}
        <span className="rte-separator" aria-hidden="true" />
        {toolButton('undo', 'Undo', () => chain()?.undo().run(), { unavailable: !(active?.canUndo ?? false) })}
        {toolButton('redo', 'Redo', () => chain()?.redo().run(), { unavailable: !(active?.canRedo ?? false) })}
      </div>

      {/* No name: the file itself is never part of the form post, only the uploaded URL in the HTML. */}
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_TYPES.join(',')}
        hidden
        tabIndex={-1}
        onChange={(event) => onImageChosen(event.target.files?.[0])}
      />

      {panel === 'link' && (
        <div id={linkPanelId} className="rte-panel" role="group" aria-label="Add link" onKeyDown={(e) => panelKeys(e, 'link', applyLink)}>
          <label htmlFor={`${linkPanelId}-input`}>Link address</label>
          <div className="rte-panel-row">
            <input
              ref={panelInput}
              id={`${linkPanelId}-input`}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://… or /section/article"
              value={linkValue}
              aria-invalid={linkError ? true : undefined}
              aria-describedby={linkError ? panelErrorId : undefined}
              onChange={(event) => {
                setLinkValue(event.target.value);
                setLinkError(null);
              }}
            />
            <button type="button" className="rte-button" onClick={applyLink}>
              Add link
            </button>
            <button type="button" className="rte-button" onClick={() => closePanel('link')}>
              Cancel
            </button>
          </div>
          {linkError && (
            <p id={panelErrorId} className="rte-error" role="alert">
              {linkError}
            </p>
          )}
        </div>
      )}

      {panel === 'embed' && (
        <div id={embedPanelId} className="rte-panel" role="group" aria-label="Embed" onKeyDown={(e) => panelKeys(e, 'embed', insertEmbed)}>
          <label htmlFor={`${embedPanelId}-input`}>Address of the video, post, audio, chart, map or PDF</label>
          <div className="rte-panel-row">
            <input
              ref={panelInput}
              id={`${embedPanelId}-input`}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://www.youtube.com/watch?v=…"
              value={embedValue}
              aria-invalid={embedError ? true : undefined}
              aria-describedby={embedError ? panelErrorId : `${embedPanelId}-note`}
              onChange={(event) => {
                setEmbedValue(event.target.value);
                setEmbedError(null);
              }}
            />
            <button type="button" className="rte-button" onClick={insertEmbed}>
              Insert embed
            </button>
            <button type="button" className="rte-button" onClick={() => closePanel('embed')}>
              Cancel
            </button>
          </div>
          <p id={`${embedPanelId}-note`} className="rte-panel-note">
            {EMBED_PROVIDER_LIST}. Readers see a placeholder; nothing loads from the provider until they click it. Tip: paste an address on
            an empty line to embed it.
          </p>
          {embedError && (
            <p id={panelErrorId} className="rte-error" role="alert">
              {embedError}
            </p>
          )}
        </div>
      )}

      {panel === 'image' && pendingImage && (
        <div
          id={imagePanelId}
          className="rte-panel"
          role="group"
          aria-label="Insert image"
          onKeyDown={(e) => panelKeys(e, 'image', () => void insertImage())}
        >
          <p className="rte-panel-note">
            Selected: <strong>{pendingImage.name}</strong>
          </p>
          <label htmlFor={`${imagePanelId}-alt`}>Alt text (describe the image)</label>
          <div className="rte-panel-row">
            <input
              ref={panelInput}
              id={`${imagePanelId}-alt`}
              type="text"
              autoComplete="off"
              required
              value={altText}
              disabled={uploading}
              aria-invalid={imageError ? true : undefined}
              aria-describedby={imageError ? panelErrorId : undefined}
              onChange={(event) => {
                setAltText(event.target.value);
                setImageError(null);
              }}
            />
            <button type="button" className="rte-button" disabled={uploading} onClick={() => void insertImage()}>
              {uploading ? 'Uploading…' : 'Upload and insert'}
            </button>
            <button type="button" className="rte-button" disabled={uploading} onClick={() => closePanel('image')}>
              Cancel
            </button>
          </div>
          <p className="rte-status" role="status">
            {uploading ? 'Uploading image…' : ''}
          </p>
          {imageError && (
            <p id={panelErrorId} className="rte-error" role="alert">
              {imageError}
            </p>
          )}
        </div>
      )}

      {panel === 'library' && (
        <div id={`${ids}-library`} className="rte-panel" role="group" aria-label="Insert a picture from the library">
          {libraryImage ? (
            <div onKeyDown={(e) => panelKeys(e, 'library', insertLibraryImage)}>
              <p className="rte-panel-note">
                Chosen: <strong>{libraryImage.description || libraryImage.caption || 'Untitled picture'}</strong>
              </p>
              <label htmlFor={`${ids}-library-alt`}>Alt text (describe the image)</label>
              <div className="rte-panel-row">
                <input
                  ref={panelInput}
                  id={`${ids}-library-alt`}
                  type="text"
                  autoComplete="off"
                  required
                  value={altText}
                  aria-invalid={imageError ? true : undefined}
                  aria-describedby={imageError ? panelErrorId : undefined}
                  onChange={(event) => {
                    setAltText(event.target.value);
                    setImageError(null);
                  }}
                />
                <button type="button" className="rte-button" onClick={insertLibraryImage}>
                  Insert picture
                </button>
                <button type="button" className="rte-button" onClick={() => closePanel('library')}>
                  Cancel
                </button>
              </div>
              {imageError && (
                <p id={panelErrorId} className="rte-error" role="alert">
                  {imageError}
                </p>
              )}
            </div>
          ) : (
            <LibraryPicker label="Library pictures" onChoose={chooseFromLibrary} onCancel={() => closePanel('library')} />
          )}
        </div>
      )}

      {panel === 'readMore' && (
        <div
          id={readMorePanelId}
          className="rte-panel"
          role="group"
          aria-label="Insert READ MORE link"
          onKeyDown={(e) => panelKeys(e, 'readmore')}
        >
          <label htmlFor={`${readMorePanelId}-search`}>Find an article</label>
          <div className="rte-panel-row">
            <input
              ref={panelInput}
              id={`${readMorePanelId}-search`}
              type="search"
              autoComplete="off"
              value={query}
              aria-describedby={`${readMorePanelId}-status`}
              onChange={(event) => {
                setQuery(event.target.value);
                if (!event.target.value.trim()) {
                  setResults([]);
                  setSearchStatus('idle');
                }
              }}
            />
            <button type="button" className="rte-button" onClick={() => closePanel('readmore')}>
              Cancel
            </button>
          </div>
          <p id={`${readMorePanelId}-status`} className="rte-status" role="status">
            {searchStatus === 'loading' && 'Searching…'}
            {searchStatus === 'done' &&
              (results.length === 0
                ? 'No published articles match.'
                : `${results.length} ${results.length === 1 ? 'article' : 'articles'} found.`)}
          </p>
          {searchStatus === 'error' && searchError && (
            <p className="rte-error" role="alert">
              {searchError}
            </p>
          )}
          {results.length > 0 && (
            <ul className="rte-results">
              {results.map((result) => (
                <li key={result.href}>
                  <button type="button" className="rte-result" onClick={() => chooseArticle(result)}>
                    <span className="rte-result-title">{result.title}</span>
                    <span className="rte-result-href">{result.href}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <EditorContent editor={editor} id={`${ids}-content`} className="rte-content" />
      <input type="hidden" name={name} value={html} />
    </div>
  );
}
