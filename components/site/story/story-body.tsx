import type { Story, StoryBlock } from '@/lib/story/schema';
import type { ReadAlsoCard } from '@/lib/story/read-also';
import { EmbedFacade } from './embed-facade';
import { FactBox } from './fact-box';
import { InlineContent } from './inline-content';
import { ReadAlso } from './read-also';
import { StoryImage } from './story-image';

interface Props {
  story: Story;
  /** A live update's body: no drop cap, and no per-paragraph reports (its ids are prefixed). */
  variant?: 'article' | 'update';
  /** The published articles "Read also" cards point to, by id; a card whose article is gone is left out. */
  readAlso: ReadonlyMap<number, ReadAlsoCard>;
}

/** The story body, rendered on the server: one component per block, no client script. */
export function StoryBody({ story, readAlso, variant = 'article' }: Props) {
  return (
    <div className={variant === 'article' ? 'article-body mt-8' : 'article-body update-body mt-3'}>
      {story.blocks.map((block) => (
        <Block key={block.id} block={block} readAlso={readAlso} />
      ))}
    </div>
  );
}

function Block({ block, readAlso }: { block: StoryBlock; readAlso: Props['readAlso'] }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p id={block.id}>
          <InlineContent content={block.content} />
        </p>
      );
    case 'heading': {
      const Heading = block.level === 2 ? 'h2' : 'h3';
      return (
        <Heading id={block.id}>
          <InlineContent content={block.content} />
        </Heading>
      );
    }
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List id={block.id}>
          {block.items.map((item, i) => (
            <li key={i}>
              <InlineContent content={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote id={block.id}>
          {block.paragraphs.map((p) => (
            <p key={p.id} id={p.id}>
              <InlineContent content={p.content} />
            </p>
          ))}
        </blockquote>
      );
    case 'pullQuote':
      return (
        <figure id={block.id} className="pull-quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          {block.attribution ? <figcaption>{block.attribution}</figcaption> : null}
        </figure>
      );
    case 'image':
      return <StoryImage block={block} />;
    case 'readAlso': {
      const card = readAlso.get(block.articleId);
      return card ? <ReadAlso id={block.id} card={card} /> : null;
    }
    case 'embed':
      return <EmbedFacade block={block} />;
    case 'factBox':
      return <FactBox block={block} />;
    case 'divider':
      return <hr id={block.id} />;
  }
}
