// Static reader pages are served without the framework's client runtime: the page is whole
// without it, and on a cheap phone its scripts cost more than the HTML (issue: the no-script
// floor). Next.js has no switch for that, so this rewrites the HTML it rendered; what it relies
// on (which tags are Next.js's scripts) is pinned by lib/islands/reader-html.test.ts, which
// fails when an upgrade changes the shape of a rendered page.

/** Set by the reader site's layout: only its pages are rewritten. */
export const readerPageMarker = 'data-reader-site';
/**
 * Set by a page with controls the island enhances (the article page). Other reader pages (front
 * page, sections, tags, authors) have nothing for it to do and get no script at all.
 */
export const islandsMarker = 'data-islands';
/** Our own inline scripts carry this and are kept (the text size applied before first paint). */
export const keepScriptAttribute = 'data-keep';
/** The island script carries this: a page that has it was rewritten already. */
const islandAttribute = 'data-island';

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const scriptPreload = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/g;

export function isReaderPage(html: string): boolean {
  return html.includes(readerPageMarker);
}

function isOurs(attributes: string): boolean {
  return attributes.includes('type="application/ld+json"') || attributes.includes(keepScriptAttribute);
}

/**
 * The page with every framework script and script preload removed, and `island` in their place
 * if the page has controls for it.
 */
export function withIslandsOnly(html: string, island: string): string {
  if (html.includes(`<script ${keepScriptAttribute} ${islandAttribute}>`)) return html;
  const stripped = html.replace(scriptTag, (tag, attributes: string) => (isOurs(attributes) ? tag : '')).replace(scriptPreload, '');
  if (!stripped.includes(`${islandsMarker}=`)) return stripped;
  const script = `<script ${keepScriptAttribute} ${islandAttribute}>${island.replace(/<\/script/gi, '<\\/script')}</script>`;
  return stripped.includes('</body>') ? stripped.replace('</body>', `${script}</body>`) : stripped + script;
}
