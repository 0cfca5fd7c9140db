import { Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attribution: {
      /** Turns the paragraph at the cursor, inside a block quote, into the quote's attribution line, or back. */
      toggleAttribution: () => ReturnType;
    };
  }
}

/**
 * A block quote's attribution line ("— Ana Pérez, mayor"), stored as `<p class="attribution">` inside the
 * `<blockquote>` as the reader page and the seed write it. Without this node an edited quote would lose the
 * class and its attribution would read as part of the quotation.
 */
export const Attribution = Node.create({
  name: 'attribution',
  group: 'block',
  content: 'inline*',
  defining: true,

  parseHTML() {
    // Above the paragraph rule (priority 50); only inside a block quote, where the reader page styles it.
    return [{ tag: 'p.attribution', priority: 60, context: 'blockquote/' }];
  },

  renderHTML() {
    return ['p', { class: 'attribution' }, 0];
  },

  addCommands() {
    return {
      toggleAttribution:
        () =>
        ({ editor, commands }) => {
          if (editor.isActive(this.name)) return commands.setNode('paragraph');
          if (!editor.isActive('blockquote')) return false;
          return commands.setNode(this.name);
        },
    };
  },
});
