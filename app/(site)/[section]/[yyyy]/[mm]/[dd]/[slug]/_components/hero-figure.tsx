import { ResponsiveImage } from '@/components/site/responsive-image';
import type { HeroView } from '@/lib/articles/schema';

export function HeroFigure({ hero }: { hero: HeroView }) {
  return (
    <figure className="mt-6">
      <ResponsiveImage
        src={hero.src}
        alt={hero.alt}
        width={hero.width}
        height={hero.height}
        sizes="(min-width: 768px) 720px, 100vw"
        priority
        className="h-auto w-full bg-wash"
      />
      <figcaption className="mt-2 text-sm text-muted">
        {hero.caption} <span className="text-xs tracking-wide uppercase">({hero.credit})</span>
      </figcaption>
    </figure>
  );
}
