import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles/schema';
import { cropRatios, objectPosition, type FocalPoint } from '@/lib/media/focal';
import { Bylines } from './bylines';
import { PublishedDate } from './published-date';
import { ResponsiveImage } from './responsive-image';
import { textDirection } from '@/lib/articles/text-direction';

interface Props {
  article: ArticleSummary;
  variant?: 'lead' | 'standard' | 'compact';
  showSection?: boolean;
  headingLevel?: 'h2' | 'h3';
  /** A front's words for the article: a shorter headline, a kicker ("Analysis") above it. */
  headline?: string | null;
  kicker?: string | null;
  /** A front's focal point for the picture's crop, instead of the article's. */
  focal?: FocalPoint | null;
}

// Story links prefetch on hover only: a front page of forty stories would otherwise fetch forty
// pages' data on load, on the reader's phone and data plan.
export function ArticleCard({ article, variant = 'standard', showSection = true, headingLevel = 'h3', headline, kicker, focal }: Props) {
  const Heading = headingLevel;
  const lead = variant === 'lead';
  const isLive = Boolean(article.live && !article.live.endedAt);
  // The LIVE mark already says so.
  const label = kicker && !(isLive && /^live$/i.test(kicker.trim())) ? kicker : showSection ? article.sectionName : null;
  return (
    <article lang={article.language} dir={textDirection(article.language)} className={lead ? 'grid gap-5 md:grid-cols-5' : 'grid gap-3'}>
      {article.hero && variant !== 'compact' ? (
        <Link prefetch={false} href={article.path} tabIndex={-1} aria-hidden="true" className={lead ? 'md:col-span-3' : ''}>
          <ResponsiveImage
            src={article.hero.src}
            alt=""
            width={article.hero.width}
            height={article.hero.height}
            sizes={lead ? '(min-width: 1152px) 680px, (min-width: 768px) 60vw, 100vw' : '(min-width: 1152px) 360px, (min-width: 640px) 45vw, 100vw'}
            priority={lead}
            objectPosition={objectPosition(article.hero.width, article.hero.height, cropRatios['16x9'], focal ?? article.hero.focal)}
            className="aspect-[16/9] h-auto w-full object-cover"
          />
        </Link>
      ) : null}
      <div className={lead ? 'md:col-span-2' : ''}>
        {isLive ? (
          <p className="flex items-center gap-2">
            <span className="live-mark">Live</span>
            {label ? <span className="text-xs font-bold tracking-wider text-accent uppercase">{label}</span> : null}
          </p>
        ) : label ? (
          <p className="text-xs font-bold tracking-wider text-accent uppercase">{label}</p>
        ) : null}
        <Heading
          className={`mt-1 font-serif font-bold leading-tight ${lead ? 'text-3xl sm:text-4xl' : variant === 'compact' ? 'text-lg' : 'text-xl'}`}
        >
          <Link prefetch={false} href={article.path} className="hover:underline">
            {headline || article.headline}
          </Link>
        </Heading>
        {variant !== 'compact' ? <p className="mt-2 text-muted">{article.dek}</p> : null}
        {variant === 'compact' ? (
          <p className="mt-1 text-sm text-muted">
            <PublishedDate iso={article.publishedAt} />
          </p>
        ) : (
          <p className="mt-2 text-sm text-muted">
            <Bylines bylines={article.bylines} linked={false} /> · <PublishedDate iso={article.publishedAt} />
          </p>
        )}
      </div>
    </article>
  );
}
