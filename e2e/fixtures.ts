import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { request as apiRequest, test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { articlePath } from '../lib/articles/urls';
import { formFieldsContaining } from './action-forms';

// The e2e server's database (scripts/e2e-server.mjs). Tests pick their examples from the real
// sample content through it instead of hard-coding headlines.
export const e2eDatabasePath = 'data/e2e/dateline.sqlite';
const timeZone = 'Asia/Jakarta';

export function openDatabase() {
  return new Database(e2eDatabasePath);
}

export interface ArticleExample {
  id: number;
  slug: string;
  section: string;
  headline: string;
  dek: string;
  path: string;
}

/** The newest published article matching a SQL condition on `a` (articles). */
export function findArticle(where = '1 = 1'): ArticleExample {
  const db = openDatabase();
  try {
    const row = db
      .prepare(
        `select a.id, a.slug, a.section, a.headline, a.dek, a.published_at from articles a
         where a.status = 'published' and ${where} order by a.published_at desc limit 1`,
      )
      .get() as (Omit<ArticleExample, 'path'> & { published_at: string }) | undefined;
    if (!row) throw new Error(`no sample article matches: ${where}`);
    const { published_at: publishedAt, ...rest } = row;
    return { ...rest, path: articlePath({ ...row, publishedAt }, timeZone) };
  } finally {
    db.close();
  }
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * After `page.goto` to a newsroom page, waits until React has hydrated it (the mark of
 * components/editor/interactive-mark.tsx), as a person waits for a page to settle: a click while
 * hydration is still running can be dropped, which made tests that click at once flaky in CI.
 * Pages without JavaScript, and answers that are not the newsroom's own pages, are not waited on.
 */
function waitForNewsroomAfterGoto(context: BrowserContext) {
  context.on('page', (page) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (response?.ok() && new URL(page.url()).pathname.startsWith('/editor')) await untilInteractive(page);
      return response;
    };
  });
}

/** Resolves once React has hydrated the newsroom page open in `page` (for pages not opened through this file's `test`). */
export function untilInteractive(page: Page): Promise<void> {
  return page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

/** Every context (the built-in `page`'s included: it is made by `browser.newContext`). */
function waitForNewsroomInEveryContext(browser: Browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    if (options?.javaScriptEnabled !== false) waitForNewsroomAfterGoto(context);
    return context;
  };
}

export const test = base.extend<object, { newsroomGoto: void }>({
  newsroomGoto: [
    async ({ browser }, use) => {
      waitForNewsroomInEveryContext(browser);
      await use();
    },
    { scope: 'worker', auto: true },
  ],
});
export { expect };

/** The newest `count` published articles matching a condition, for tests that need several. */
export function findArticles(count: number, where = '1 = 1'): ArticleExample[] {
  const db = openDatabase();
  try {
    const ids = db
      .prepare(`select a.id from articles a where a.status = 'published' and ${where} order by a.published_at desc limit ?`)
      .all(count) as { id: number }[];
    return ids.map(({ id }) => findArticle(`a.id = ${id}`));
  } finally {
    db.close();
  }
}

export function feedbackRows(where: string, ...params: unknown[]) {
  const db = openDatabase();
  try {
    return db.prepare(`select * from feedback where ${where}`).all(...params) as {
      id: number;
      article_id: number;
      message: string;
      paragraph_anchor: string | null;
      paragraph_quote: string | null;
      client_hash: string;
    }[];
  } finally {
    db.close();
  }
}

/**
 * The hidden fields of an article's feedback form as the server rendered them: what a browser
 * without JavaScript posts back, action reference included.
 */
/**
 * Runs `send` with a request context of its own: a new reader's browser, without the reader cookie
 * earlier posts were given (feedback is limited per reader, lib/http/reader-identity.ts).
 */
export async function asNewReader<T>(send: (request: APIRequestContext) => Promise<T>): Promise<T> {
  const context = await apiRequest.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    return await send(context);
  } finally {
    await context.dispose();
  }
}

export function feedbackFormFields(html: string): Record<string, string> {
  return formFieldsContaining(html, 'aria-labelledby="feedback-heading"');
}

export const accounts = {
  admin: { name: 'Ada Admin', email: 'admin@dateline.test', password: 'correct horse battery admin' },
  editor: { name: 'Edi Editor', email: 'editor@dateline.test', password: 'correct horse battery editor' },
  contributor: { name: 'Cora Contributor', email: 'contributor@dateline.test', password: 'correct horse battery contrib' },
} as const;

export type Role = keyof typeof accounts;

export function storageStateFor(role: Role) {
  return `e2e/.auth/${role}.json`;
}

/** Fills the article editor with a complete, valid new article. */
export async function fillNewArticle(page: Page, headline: string, extra: { body?: string; section?: string } = {}) {
  await page.goto('/editor/articles/new');
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Summary (dek)').fill('A summary written for the end-to-end test, long enough to pass.');
  await page.getByLabel('Tags').fill('testing, jakarta');
  if (extra.section) await page.getByLabel('Section').selectOption(extra.section);
  await writeStory(page, extra.body ?? 'The first paragraph of a test article, written to check the newsroom from end to end.\n\nA second paragraph.');
}

/** Adds a new person or desk as a byline with the picker. */
export async function addByline(page: Page, name: string, kind: 'person' | 'desk' = 'person') {
  await page.getByRole('searchbox', { name: 'Add a byline' }).fill(name);
  await page.getByRole('button', { name: `Add “${name}” as a new ${kind}` }).click();
}

/** The story editor, as an editor reaches it: a rich-text box named "Story". */
export const storyEditor = (page: Page) => page.getByRole('textbox', { name: 'Story', exact: true });

/** Replaces the story with paragraphs of plain text (separated by blank lines), typed as an editor would. */
export async function writeStory(page: Page, text: string) {
  const editor = storyEditor(page);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  for (const [i, paragraph] of text.split('\n\n').entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
}

export function articleRow(headline: string) {
  const db = openDatabase();
  try {
    return db.prepare('select * from articles where headline = ?').get(headline) as
      | { id: number; status: string; version: number; slug: string; section: string; published_at: string | null }
      | undefined;
  } finally {
    db.close();
  }
}
