import type { ReactNode } from 'react';
import type { Inline } from '@/lib/story/schema';

const isExternal = (href: string) => /^https?:\/\//i.test(href);

function Run({ text, bold, italic }: { text: string; bold?: true; italic?: true }) {
  let node: ReactNode = text;
  if (italic) node = <em>{node}</em>;
  if (bold) node = <strong>{node}</strong>;
  return node;
}

/** Text runs, line breaks and links; the document holds text, never markup, so React escapes it all. */
export function InlineContent({ content }: { content: Inline[] }) {
  return content.map((node, i) => {
    if (node.type === 'break') return <br key={i} />;
    if (node.type === 'text') return <Run key={i} {...node} />;
    return (
      <a key={i} href={node.href} rel={isExternal(node.href) ? 'noopener noreferrer' : undefined}>
        <InlineContent content={node.children} />
      </a>
    );
  });
}
