'use client';

import { Extension } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useMemo, useState } from 'react';
import { editorDocToStory, storyToEditorDoc, type EditorNode } from '@/lib/story/editor-document';
import type { Story } from '@/lib/story/schema';
import { linkHref } from '@/lib/story/schema';
import { readingStats } from '@/lib/story/text';
import { InsertMenu } from './insert-menu';
import { KeptBlock } from './kept-block-node';
import { PastedEmbeds } from './pasted-embeds';
import { editLink, Toolbar } from './toolbar';
import { listsFromWord } from './word-paste';

const LinkShortcut = Extension.create({
  name: 'linkShortcut',
  addKeyboardShortcuts() {
    return { 'Mod-k': () => (editLink(this.editor), true) };
  },
});

interface Props {
  initial: Story;
  /** Headlines of the articles the story's "Read also" cards point to. */
  cardTitles?: Record<number, string>;
  errors?: string[];
  /** Called with the story as it stands after every change, for the preview beside the form. */
  onChange?: (story: Story) => void;
  /** Held still, as the form's other fields are while a save is on its way. */
  readOnly?: boolean;
}

/**
 * The story editor: rich text on Tiptap (ProseMirror). What is pasted is read against the
 * editor's schema, so styles, scripts and unknown markup never enter the story; headings, lists,
 * links, bold and italic do. Markdown shortcuts ("## ", "* ", "1. ", "> ") come with the
 * editor. The story travels to the server as JSON in a hidden field, checked there again.
 */
export function StoryEditor({ initial, cardTitles = {}, errors, onChange, readOnly = false }: Props) {
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  const [story, setStory] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const content = useMemo(() => storyToEditorDoc(initial), [initial]);
  const [titles] = useState(() => new Map(Object.entries(cardTitles).map(([id, title]) => [Number(id), title])));
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        link: { openOnClick: false, autolink: true, isAllowedUri: (url) => linkHref.safeParse(url).success },
      }),
      KeptBlock.configure({ cardTitles: titles }),
      LinkShortcut,
      PastedEmbeds,
    ],
    content,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': errors?.length ? `${hintId} ${errorId}` : hintId,
        class: 'article-body min-h-96 border border-rule bg-paper p-4 focus:outline-2 focus:outline-accent',
      },
      transformPastedHTML: listsFromWord,
    },
    onUpdate: ({ editor: current }) => {
      try {
        const next = editorDocToStory(current.getJSON() as EditorNode);
        setProblem(null);
        setStory(next);
        onChange?.(next);
      } catch {
        // Beyond what a story may hold (a paragraph of 20,000 characters, 2,000 blocks): the
        // last story that fitted stays in the form, and the editor is told.
        setProblem('This is more than one story can hold: split long paragraphs or move some of it to another article.');
      }
    },
  });
  useEffect(() => {
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);
  const stats = readingStats(story);

  return (
    <div className="grid gap-1">
      <span id={labelId} className="font-semibold">
        Story
      </span>
      <p id={hintId} className="text-sm text-muted">
        Paste from Google Docs, Word or a web page: headings, lists, links, bold and italic are kept. Type “## ” for a subhead, “* ” for a list, “&gt; ” for a quote.
      </p>
      {editor ? <Toolbar editor={editor} labelledBy={labelId} /> : null}
      {editor ? <InsertMenu editor={editor} onCardPicked={(card) => titles.set(card.id, card.headline)} /> : null}
      <EditorContent editor={editor} />
      <p className="text-sm text-muted">
        {stats.words.toLocaleString('en-GB')} words · {stats.minutes} min read
      </p>
      {errors?.length || problem ? (
        <p id={errorId} className="text-sm font-semibold text-accent-dark">
          {[problem, ...(errors ?? [])].filter(Boolean).join(' ')}
        </p>
      ) : null}
      <input type="hidden" name="story" value={JSON.stringify(story)} />
    </div>
  );
}
