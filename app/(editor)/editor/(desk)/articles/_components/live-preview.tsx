'use client';

import { useDeferredValue } from 'react';
import { StoryBody } from '@/components/site/story/story-body';
import { parseBylines } from '@/lib/newsroom/schema';
import { findSection } from '@/lib/articles/sections';
import type { Story } from '@/lib/story/schema';
import { SharePreview } from './share-preview';

const noCards = new Map();

export interface PreviewValues {
  headline: string;
  dek: string;
  section: string;
  bylines: string;
  heroAlt?: string;
  heroSrc?: string | null;
  heroFocalX?: string;
  heroFocalY?: string;
}

/** The article as readers will see it, redrawn as the editor types (same body renderer). */
export function LivePreview({ values, story, heroSrc }: { values: PreviewValues; story: Story; heroSrc?: string | null }) {
  const deferred = useDeferredValue(values);
  const bylines = parseBylines(deferred.bylines ?? '');
  const byline = bylines.map((b) => (b.organization ? `${b.name} (${b.organization})` : b.name)).join(' and ');
  const deferredStory = useDeferredValue(story);
  return (
    <aside aria-label="Preview" className="grid content-start gap-6">
      <SharePreview headline={deferred.headline} section={findSection(deferred.section)?.name ?? ''} byline={byline} heroSrc={heroSrc ?? null} heroAlt={deferred.heroAlt ?? ''} focal={{ x: deferred.heroFocalX, y: deferred.heroFocalY }} />
      <section aria-label="Article preview" className="border border-rule bg-paper p-5">
        <p className="text-xs font-bold tracking-wider text-muted uppercase">Article preview</p>
        <p className="mt-3 text-sm font-bold tracking-wider text-accent uppercase">{findSection(deferred.section)?.name}</p>
        <p className="mt-1 font-serif text-3xl leading-tight font-bold">{deferred.headline}</p>
        <p className="mt-3 font-serif text-lg text-muted">{deferred.dek}</p>
        <p className="mt-3 text-sm font-semibold">{byline}</p>
        <StoryBody story={deferredStory} readAlso={noCards} />
      </section>
    </aside>
  );
}
