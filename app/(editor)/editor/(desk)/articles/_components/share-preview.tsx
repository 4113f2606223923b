'use client';

import { useEffect, useState } from 'react';

interface Props {
  headline: string;
  section: string;
  byline: string;
  heroSrc: string | null;
  heroAlt: string;
  /** The hero's focal point in whole percentages, as the form holds it. */
  focal: { x?: string; y?: string };
}

// How the share image crops on each platform: X, Facebook and LinkedIn show the full 1.91:1
// card; WhatsApp shows a square from its middle in chats, where the words are kept.
const platforms = [
  { name: 'X', box: 'aspect-[1200/630]' },
  { name: 'Facebook', box: 'aspect-[1200/630]' },
  { name: 'LinkedIn', box: 'aspect-[1200/630]' },
  { name: 'WhatsApp', box: 'aspect-square w-40' },
];

export function SharePreview({ headline, section, byline, heroSrc, heroAlt, focal }: Props) {
  const hero = heroSrc ? { hero: heroSrc, ...(focal.x && focal.y ? { fx: focal.x, fy: focal.y } : {}) } : {};
  const query = new URLSearchParams({ headline, section, byline, ...hero }).toString();
  const [src, setSrc] = useState(query);
  useEffect(() => {
    // Redraw at most every 600 ms while typing.
    const timer = setTimeout(() => setSrc(query), 600);
    return () => clearTimeout(timer);
  }, [query]);

  const warnings = [
    headline.length > 110 ? `The headline is ${headline.length} characters; social cards cut off around 110.` : null,
    heroSrc && !heroAlt.trim() ? 'The hero image has no alt text.' : null,
    !heroSrc ? 'No hero image: the share image uses the plain brand layout.' : null,
  ].filter(Boolean);

  return (
    <section aria-label="Share image preview" className="border border-rule bg-paper p-5">
      <p className="text-xs font-bold tracking-wider text-muted uppercase">Share image preview</p>
      {warnings.length ? (
        <ul className="mt-2 list-disc pl-5 text-sm font-semibold text-accent-dark">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {platforms.map((p) => (
          <figure key={p.name}>
            <div className={`${p.box} overflow-hidden border border-rule bg-wash`}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a live, uncached editor preview */}
              <img src={`/editor/articles/share-image?${src}`} alt={`Share image as shown on ${p.name}`} className="h-full w-full object-cover" />
            </div>
            <figcaption className="mt-1 text-xs text-muted">{p.name}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
