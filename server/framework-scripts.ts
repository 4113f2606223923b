// Static reader pages are served without the framework's client runtime: they are whole without
// it (their controls are enhanced by our own inline script), and on a cheap phone its scripts
// cost more than the HTML. Next.js has no switch for that, so the serving layer takes them out
// of each stored page once (server/stored-pages.ts). What this relies on (which tags are
// Next.js's scripts) is pinned by server/framework-scripts.test.ts against a real page's shape,
// and the end-to-end tests check every reader page the server sends.

/** Set by the reader site's layout: only its pages are rewritten. */
export const readerPageMarker = 'data-reader-site';
/** Our own inline scripts carry this and are kept (the text size applied before first paint, the reader script). */
export const keepScriptAttribute = 'data-keep';

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const scriptPreload = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/g;

export function isReaderPage(html: string): boolean {
  return html.includes(readerPageMarker);
}

function isOurs(attributes: string): boolean {
  return attributes.includes('type="application/ld+json"') || attributes.includes(keepScriptAttribute);
}

/** The page with every framework script and script preload removed; ours and the data stay. */
export function withoutFrameworkScripts(html: string): string {
  return html.replace(scriptTag, (tag, attributes: string) => (isOurs(attributes) ? tag : '')).replace(scriptPreload, '');
}
