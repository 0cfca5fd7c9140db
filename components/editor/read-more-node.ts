import { Node } from '@tiptap/core';

export interface ReadMoreAttributes {
  href: string;
  title: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    readMore: {
      /** Inserts a READ MORE block linking to another article. */
      insertReadMore: (attributes: ReadMoreAttributes) => ReturnType;
    };
  }
}

const PREFIX = 'READ MORE: ';

/** The link text minus its "READ MORE:" label (tolerating case and spacing from older articles). */
export function readMoreTitleFromText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^READ MORE\s*:\s*/i, '');
}

function readAttributes(element: HTMLElement): ReadMoreAttributes | false {
  const link = element.querySelector('a[href]');
  const href = link?.getAttribute('href')?.trim();
  const title = readMoreTitleFromText(link?.textContent ?? '');
  // Without a usable link it is just a paragraph; let the paragraph rule keep the text.
  if (!href || !title) return false;
  return { href, title };
}

/**
 * The reader page's "READ MORE" block, stored as
 * `<p class="read-more"><a href="HREF">READ MORE: TITLE</a></p>`.
 * An atom: editors insert or delete it whole, they never type inside it.
 */
export const ReadMore = Node.create({
  name: 'readMore',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    // Rendered by renderHTML below rather than as attributes on the <p>.
    return {
      href: { default: '', rendered: false },
      title: { default: '', rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'p.read-more',
        // Above the paragraph rule (priority 50), so these never degrade to plain paragraphs.
        priority: 1000,
        getAttrs: (element) => readAttributes(element),
      },
    ];
  },

  renderHTML({ node }) {
    const href = String(node.attrs.href ?? '');
    const title = String(node.attrs.title ?? '');
    return ['p', { class: 'read-more' }, ['a', { href }, `${PREFIX}${title}`]];
  },

  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('p');
      dom.className = 'read-more';
      const link = document.createElement('a');
      link.href = String(node.attrs.href ?? '');
      link.textContent = `${PREFIX}${String(node.attrs.title ?? '')}`;
      // Inside the editor the link is a preview: following it would leave the unsaved form.
      link.tabIndex = -1;
      link.addEventListener('click', (event) => event.preventDefault());
      dom.append(link);
      return { dom };
    };
  },

  addCommands() {
    return {
      insertReadMore:
        (attributes) =>
        ({ commands }) =>
          // Followed by an empty paragraph so the cursor lands after the block, not on it: otherwise
          // the next insertion (an image, say) would replace the selected READ MORE block.
          commands.insertContent([{ type: this.name, attrs: { href: attributes.href, title: attributes.title } }, { type: 'paragraph' }]),
    };
  },
});
