import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { parseEmbedUrl } from '@/lib/story/embeds';
import { randomId } from '@/lib/story/ids';
import { insertBlock } from './insert-menu';

/**
 * A link to a post on X, Instagram, TikTok or a YouTube video, pasted on its own, becomes that
 * embed (as in Ghost or WordPress) instead of a plain link; any other paste is the editor's.
 */
export const PastedEmbeds = Extension.create({
  name: 'pastedEmbeds',
  // Before the link extension's own paste handling, which would make the address a link.
  priority: 1000,
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        props: {
          handlePaste: (_view, event) => {
            const text = event.clipboardData?.getData('text/plain').trim() ?? '';
            const embed = /^https:\/\/\S+$/.test(text) ? parseEmbedUrl(text) : null;
            if (!embed) return false;
            insertBlock(editor, { type: 'embed', id: randomId('b'), provider: embed.provider, url: text });
            return true;
          },
        },
      }),
    ];
  },
});
