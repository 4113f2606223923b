import { ResponsiveImage } from '@/components/site/responsive-image';
import type { HeroView } from '@/lib/articles/schema';
import { cropRatios, objectPosition } from '@/lib/media/focal';

// The hero at 16:9 around its focal point, as its 16:9 crop file shows it.
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
        objectPosition={objectPosition(hero.width, hero.height, cropRatios['16x9'], hero.focal)}
        className="aspect-[16/9] h-auto w-full bg-wash object-cover"
      />
      {hero.caption || hero.credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {hero.caption}
          {hero.caption && hero.credit ? ' ' : null}
          {hero.credit ? <span className="text-xs tracking-wide uppercase">({hero.credit})</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
