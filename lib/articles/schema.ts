import { z } from 'zod';
import type { FocalPoint } from '../media/focal';
import type { Story } from '../story/schema';
import { sectionSlugs } from './sections';

// Safe for the client: zod schemas and the types inferred from them, nothing else.

const isoDateTime = z.iso.datetime({ offset: true });

/** What a URL slug may be: lowercase letters and digits in hyphenated runs. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const bylineSchema = z.object({
  name: z.string().trim().min(2).max(80),
  type: z.enum(['person', 'desk']),
  organization: z.string().trim().min(2).max(80).optional(),
});

export const datelineSchema = z.object({
  city: z.string().trim().min(1).max(80),
  country: z.string().trim().min(1).max(80),
});

export const heroSchema = z.object({
  src: z.string().min(1),
  alt: z.string().trim().min(5).max(300),
  caption: z.string().trim().min(5).max(500),
  credit: z.string().trim().min(2).max(120),
});

export const correctionSchema = z.object({
  date: isoDateTime,
  kind: z.enum(['correction', 'clarification']),
  text: z.string().trim().min(10).max(1000),
});

/** The frontmatter of a file in content/articles/. */
export const articleFrontmatterSchema = z
  .object({
    headline: z.string().trim().min(10).max(200),
    dek: z.string().trim().min(20).max(400),
    section: z.enum(sectionSlugs),
    tags: z.array(z.string().trim().min(2).max(40)).min(1).max(8),
    bylines: z.array(bylineSchema).min(1).max(6),
    dateline: datelineSchema,
    publishedAt: isoDateTime,
    updatedAt: isoDateTime.optional(),
    language: z.enum(['en', 'id']).default('en'),
    hero: heroSchema,
    corrections: z.array(correctionSchema).default([]),
    seoTitle: z.string().trim().max(120).optional(),
    seoDescription: z.string().trim().max(300).optional(),
  })
  .strict()
  .refine((a) => !a.updatedAt || a.updatedAt > a.publishedAt, {
    path: ['updatedAt'],
    message: 'updatedAt must be after publishedAt',
  });

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type Byline = z.infer<typeof bylineSchema>;

// View objects handed to pages: plain data, already resolved and formatted where cheap.

export interface BylineView {
  name: string;
  slug: string;
  type: 'person' | 'desk';
  organization: string | null;
  /** "Reporter", "Photographer": what the person does, as the newsroom wrote it. */
  role: string | null;
  /** A `/media/…` path. */
  photoSrc: string | null;
}

/** An author's or desk's page. */
export interface AuthorView {
  slug: string;
  name: string;
  type: 'person' | 'desk';
  bio: string | null;
  role: string | null;
  photoSrc: string | null;
}

export interface TagView {
  slug: string;
  name: string;
}

export interface CorrectionView {
  kind: 'correction' | 'clarification';
  text: string;
  publishedAt: string;
}

export interface HeroView {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  /** Where every crop of the hero is centred (lib/media/focal.ts). */
  focal: FocalPoint;
}

export interface ArticleSummary {
  id: number;
  slug: string;
  section: string;
  sectionName: string;
  headline: string;
  dek: string;
  path: string;
  publishedAt: string;
  updatedAt: string | null;
  bylines: BylineView[];
  hero: HeroView | null;
  language: string;
  /** Told as live coverage (lib/live): since when, and until when once it ended. */
  live: LiveState | null;
}

export interface LiveState {
  startedAt: string;
  endedAt: string | null;
}

export interface ArticleView extends ArticleSummary {
  story: Story;
  dateline: { city: string; country: string };
  tags: TagView[];
  corrections: CorrectionView[];
  modifiedAt: string;
  seoTitle: string | null;
  seoDescription: string | null;
}
