import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';

interface Tool {
  label: string;
  keys: string;
  text: string;
  run: (editor: Editor) => void;
  active?: (editor: Editor) => boolean;
}

/** Asks for a link's address; an empty answer removes the link. */
export function editLink(editor: Editor) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? 'https://';
  const href = window.prompt('Link address (https://…, or /path on this site). Leave empty to remove the link.', current);
  if (href === null) return;
  const chain = editor.chain().focus().extendMarkRange('link');
  if (href.trim() === '') chain.unsetLink().run();
  else chain.setLink({ href: href.trim() }).run();
}

const tools: Tool[][] = [
  [
    { label: 'Bold', keys: 'Ctrl+B', text: 'B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
    { label: 'Italic', keys: 'Ctrl+I', text: 'I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
    { label: 'Link', keys: 'Ctrl+K', text: 'Link', run: editLink, active: (e) => e.isActive('link') },
  ],
  [
    { label: 'Subhead', keys: 'Ctrl+Alt+2', text: 'H2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
    { label: 'Minor subhead', keys: 'Ctrl+Alt+3', text: 'H3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
    { label: 'Bulleted list', keys: 'Ctrl+Shift+8', text: '• List', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
    { label: 'Numbered list', keys: 'Ctrl+Shift+7', text: '1. List', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
    { label: 'Block quote', keys: 'Ctrl+Shift+B', text: '“ Quote', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
    { label: 'Divider', keys: '', text: '—', run: (e) => e.chain().focus().setHorizontalRule().run() },
  ],
  [
    { label: 'Undo', keys: 'Ctrl+Z', text: 'Undo', run: (e) => e.chain().focus().undo().run() },
    { label: 'Redo', keys: 'Ctrl+Shift+Z', text: 'Redo', run: (e) => e.chain().focus().redo().run() },
  ],
];

/**
 * The formatting toolbar: one tab stop, arrow keys move between buttons (the ARIA toolbar
 * pattern), and each button says its state (aria-pressed) and its keyboard shortcut.
 */
export function Toolbar({ editor, labelledBy }: { editor: Editor; labelledBy: string }) {
  const active = useEditorState({ editor, selector: ({ editor: e }) => tools.flat().map((tool) => tool.active?.(e) ?? null) });
  const flat = tools.flat();
  return (
    <div
      role="toolbar"
      aria-labelledby={labelledBy}
      className="flex flex-wrap gap-1 border border-b-0 border-rule bg-wash p-1"
      onKeyDown={(event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
        const buttons = [...event.currentTarget.querySelectorAll('button')];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
        const target = buttons[(next + buttons.length) % buttons.length];
        buttons.forEach((b) => (b.tabIndex = b === target ? 0 : -1));
        target?.focus();
        event.preventDefault();
      }}
    >
      {flat.map((tool, i) => (
        <button
          key={tool.label}
          type="button"
          tabIndex={i === 0 ? 0 : -1}
          aria-label={tool.label}
          aria-keyshortcuts={tool.keys ? tool.keys.replace('Ctrl', 'Control') : undefined}
          aria-pressed={active[i] === null ? undefined : active[i]!}
          title={tool.keys ? `${tool.label} (${tool.keys})` : tool.label}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => tool.run(editor)}
          className={`min-h-9 min-w-9 border px-2 text-sm ${active[i] ? 'border-ink bg-ink text-paper' : 'border-transparent hover:border-rule'} ${tools[0]!.includes(tool) && i < 2 ? (i === 0 ? 'font-bold' : 'italic') : ''}`}
        >
          {tool.text}
        </button>
      ))}
    </div>
  );
}
