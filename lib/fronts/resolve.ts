import {
  readNewestSummaries,
  readPublishedSummaries,
  type NewestFilter,
} from '../articles/queries/selections';
import type { ArticleSummary } from '../articles/schema';
import type { FocalPoint } from '../media/focal';
import type { ContainerLayout, FillRule, FrontLayout } from './schema';

// A layout becomes the articles a front shows. Pinned slots show their article while it is
// published; every other slot is filled from its container's rule, page order first, skipping
// what the page already shows (pins anywhere on it included) unless the container allows repeats.
// An unpublished pin is simply not found, so its slot falls back to the rule at once.

export interface SlotOverride {
  headline: string | null;
  kicker: string | null;
  focal: FocalPoint | null;
}

export interface ResolvedSlot {
  slotId: string;
  article: ArticleSummary | null;
  /** An editor's pick, the rule's fill, or nothing at all. */
  source: 'pinned' | 'rule' | 'empty';
  /** The pinned article's id when it is not published: the slot shows the rule's instead. */
  unpublishedPin: number | null;
  /** The pin's overrides, only while the pinned article is what the slot shows. */
  override: SlotOverride | null;
}

export interface ResolvedContainer {
  id: string;
  title: string;
  layout: ContainerLayout;
  rule: FillRule;
  slots: ResolvedSlot[];
}

export interface ResolvedFront {
  containers: ResolvedContainer[];
}

export interface ArticleSource {
  published(ids: number[]): Promise<Map<number, ArticleSummary>>;
  newest(
    filter: NewestFilter,
    excluding: readonly number[],
    limit: number,
  ): Promise<ArticleSummary[]>;
}

export const databaseSource: ArticleSource = {
  published: readPublishedSummaries,
  newest: readNewestSummaries,
};

export function filterOf(rule: FillRule): NewestFilter | null {
  switch (rule.kind) {
    case 'latest':
      return {};
    case 'section':
      return { section: rule.section };
    case 'tag':
      return { tag: rule.tag };
    case 'live':
      return { liveNow: true };
    case 'none':
      return null;
  }
}

const hasOverride = (o: SlotOverride) => Boolean(o.headline || o.kicker || o.focal);

export async function resolveFront(
  layout: FrontLayout,
  source: ArticleSource = databaseSource,
): Promise<ResolvedFront> {
  const pinnedIds = layout.containers.flatMap((c) =>
    c.slots.flatMap((s) => (s.articleId ? [s.articleId] : [])),
  );
  const published = await source.published(pinnedIds);
  const shown = new Set(pinnedIds.filter((id) => published.has(id)));

  const containers: ResolvedContainer[] = [];
  for (const container of layout.containers) {
    const slots: ResolvedSlot[] = container.slots.map((slot) => {
      const article = slot.articleId ? (published.get(slot.articleId) ?? null) : null;
      const override = { headline: slot.headline, kicker: slot.kicker, focal: slot.focal };
      return article
        ? {
            slotId: slot.id,
            article,
            source: 'pinned',
            unpublishedPin: null,
            override: hasOverride(override) ? override : null,
          }
        : {
            slotId: slot.id,
            article: null,
            source: 'empty',
            unpublishedPin: slot.articleId,
            override: null,
          };
    });
    const open = slots.filter((s) => !s.article);
    const filter = filterOf(container.rule);
    if (open.length > 0 && filter) {
      const here = slots.flatMap((s) => (s.article ? [s.article.id] : []));
      const fills = await source.newest(
        filter,
        container.allowDuplicates ? here : [...shown],
        open.length,
      );
      open.forEach((slot, i) => {
        const article = fills[i];
        if (!article) return;
        slot.article = article;
        slot.source = 'rule';
        shown.add(article.id);
      });
    }
    containers.push({
      id: container.id,
      title: container.title,
      layout: container.layout,
      rule: container.rule,
      slots,
    });
  }
  return { containers };
}

/** The articles a front shows, in reading order, each once: for its ItemList. */
export function frontArticles(front: ResolvedFront): ArticleSummary[] {
  const seen = new Set<number>();
  return front.containers.flatMap((c) =>
    c.slots.flatMap((s) => {
      if (!s.article || seen.has(s.article.id)) return [];
      seen.add(s.article.id);
      return [s.article];
    }),
  );
}
