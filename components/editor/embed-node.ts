import { Node } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanEmbedDetails, EMBED_PROVIDERS, embedLinkText, MAX_EMBED_CAPTION, MAX_EMBED_TITLE, recogniseEmbed } from '@/lib/embeds';

export interface EmbedAttributes {
  url: string;
  title: string;
  poster: string;
  caption: string;
  /** Waiting for the server's title and poster (never saved). */
  loading: boolean;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    embed: {
      /** Inserts an embed block for a supported address; its title and poster follow (`loading`). */
      insertEmbed: (attributes: Pick<EmbedAttributes, 'url'> & Partial<EmbedAttributes>) => ReturnType;
    };
  }
}

/** Supported addresses, for the editor's messages. */
export const EMBED_PROVIDER_LIST = 'YouTube, Vimeo, X, Instagram, TikTok, SoundCloud, Spotify, Datawrapper, Flourish, Google Maps or a PDF';

function readAttributes(element: HTMLElement): Partial<EmbedAttributes> | false {
  const embed = recogniseEmbed(element.getAttribute('data-embed-url') ?? '');
  // Not a supported address: the figure's link is kept as an ordinary paragraph by the other rules.
  if (!embed) return false;
  const details = cleanEmbedDetails({
    title: element.getAttribute('data-embed-title') ?? '',
    poster: element.getAttribute('data-embed-poster') ?? '',
    caption: element.querySelector('figcaption')?.textContent ?? '',
  });
  return { url: embed.url, ...details };
}

function textInput(className: string, label: string, placeholder: string, maxLength: number): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = className;
  input.setAttribute('aria-label', label);
  input.placeholder = placeholder;
  input.maxLength = maxLength;
  input.autocomplete = 'off';
  return input;
}

/**
 * An embed in the article body, stored as lib/sanitize.ts `embedBlockHtml` writes it (a figure the
 * allow-list can check, never the provider's iframe). An atom: in the editor it is a card with the
 * provider, the poster, and fields for the title readers see before they load it and a caption.
 * Pasting a supported address into an empty paragraph makes one; elsewhere it stays a link.
 */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    // Rendered by renderHTML below rather than as attributes of the figure.
    return {
      url: { default: '', rendered: false },
      title: { default: '', rendered: false },
      poster: { default: '', rendered: false },
      caption: { default: '', rendered: false },
      loading: { default: false, rendered: false },
    };
  },

  parseHTML() {
    // Above the paragraph and image rules, so a stored embed never degrades to its link.
    return [{ tag: 'figure.embed', priority: 1000, getAttrs: (element) => readAttributes(element) }];
  },

  renderHTML({ node }) {
    const embed = recogniseEmbed(String(node.attrs.url ?? ''));
    if (!embed) return ['p', {}, String(node.attrs.url ?? '')];
    const { title, poster, caption } = cleanEmbedDetails(node.attrs as EmbedAttributes);
    const attributes: Record<string, string> = { class: 'embed', 'data-provider': embed.provider, 'data-embed-url': embed.url };
    if (title) attributes['data-embed-title'] = title;
    if (poster) attributes['data-embed-poster'] = poster;
    const link = ['a', { href: embed.url }, embedLinkText(embed, title)] as const;
    return caption ? ['figure', attributes, link, ['figcaption', {}, caption]] : ['figure', attributes, link];
  },

  addNodeView() {
    return ({ node: initial, getPos, editor }) => {
      let node = initial;
      const dom = document.createElement('figure');
      dom.className = 'rte-embed';
      dom.contentEditable = 'false';
      const card = document.createElement('div');
      card.className = 'rte-embed-card';
      const poster = document.createElement('img');
      poster.className = 'rte-embed-poster';
      poster.alt = '';
      const meta = document.createElement('div');
      meta.className = 'rte-embed-meta';
      const provider = document.createElement('span');
      provider.className = 'rte-embed-provider';
      const title = textInput('rte-embed-title', 'Embed title', 'Title readers see before they load it', MAX_EMBED_TITLE);
      const address = document.createElement('span');
      address.className = 'rte-embed-url';
      const status = document.createElement('span');
      status.className = 'rte-embed-status';
      status.setAttribute('role', 'status');
      const caption = textInput('rte-embed-caption', 'Embed caption', 'Caption (optional)', MAX_EMBED_CAPTION);
      meta.append(provider, title, address, status);
      card.append(poster, meta);
      dom.append(card, caption);

      const show = () => {
        const embed = recogniseEmbed(String(node.attrs.url ?? ''));
        provider.textContent = embed ? EMBED_PROVIDERS[embed.provider].name : 'Embed';
        address.textContent = String(node.attrs.url ?? '');
        const posterUrl = String(node.attrs.poster ?? '');
        poster.hidden = !posterUrl;
        if (posterUrl && poster.getAttribute('src') !== posterUrl) poster.src = posterUrl;
        // Never overwrite what is being typed.
        if (document.activeElement !== title) title.value = String(node.attrs.title ?? '');
        if (document.activeElement !== caption) caption.value = String(node.attrs.caption ?? '');
        title.placeholder = embed ? `${embed.fallbackTitle} (title readers see before they load it)` : '';
        status.textContent = node.attrs.loading ? 'Fetching its title and poster…' : '';
      };
      const save = (name: 'title' | 'caption', value: string) => {
        const position = typeof getPos === 'function' ? getPos() : undefined;
        if (position === undefined || !editor.isEditable) return;
        editor.view.dispatch(editor.state.tr.setNodeMarkup(position, undefined, { ...node.attrs, [name]: value }));
      };
      title.addEventListener('input', () => save('title', title.value));
      caption.addEventListener('input', () => save('caption', caption.value));
      show();

      return {
        dom,
        update(updated) {
          if (updated.type !== node.type) return false;
          node = updated;
          show();
          return true;
        },
        // Typing, pasting and clicking in the fields belong to the fields, not to the editor.
        stopEvent: (event) => event.target instanceof HTMLInputElement,
        ignoreMutation: () => true,
      };
    };
  },

  addCommands() {
    return {
      insertEmbed:
        (attributes) =>
        ({ commands }) =>
          // Followed by an empty paragraph so the cursor lands after the block, not on it.
          commands.insertContent([{ type: this.name, attrs: { loading: true, ...attributes } }, { type: 'paragraph' }]),
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('embedPaste'),
        props: {
          // A supported address pasted alone into an empty paragraph becomes an embed, as WordPress and Ghost do.
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData('text/plain').trim() ?? '';
            if (!text || /\s/.test(text)) return false;
            const embed = recogniseEmbed(text);
            const { $from, empty } = view.state.selection;
            if (!embed || !empty || $from.parent.type.name !== 'paragraph' || $from.parent.content.size > 0) return false;
            return editor.commands.insertEmbed({ url: embed.url });
          },
        },
      }),
    ];
  },
});
