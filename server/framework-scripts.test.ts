import { describe, expect, it } from 'vitest';
import { isReaderPage, withoutFrameworkScripts } from './framework-scripts';

// The shape of a page as Next.js 16 renders it (abridged from a real build); the end-to-end
// tests check the same on every reader page the server really sends.
const page = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<link rel="preload" as="image" fetchPriority="high" imageSrcSet="/_next/image?url=x 480w"/>',
  '<script src="/_next/static/chunks/2j553vg2a1-8q.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '</head><body><script data-keep="">(function(d){d.classList.add(\'js\')})(document.documentElement)</script>',
  '<main data-reader-site=""><article><script type="application/ld+json">{"@type":"NewsArticle"}</script><p id="p-1">Text</p></article></main>',
  '<script data-keep="">(()=>{var a="reader script"})()</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"payload"])</script>',
  '</body></html>',
].join('');

describe('reader pages without the framework runtime', () => {
  it('keeps only our scripts and the data', () => {
    expect(isReaderPage(page)).toBe(true);
    const out = withoutFrameworkScripts(page);
    expect(out).not.toContain('/_next/static/chunks/');
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('TURBOPACK');
    expect(out).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(out).toContain("d.classList.add('js')");
    expect(out).toContain('reader script');
    expect(out).toContain('as="image"');
    expect(out.match(/<script/g)).toHaveLength(3);
  });

  it('changes nothing the second time', () => {
    const once = withoutFrameworkScripts(page);
    expect(withoutFrameworkScripts(once)).toBe(once);
  });

  it('leaves other pages alone', () => {
    expect(isReaderPage('<html><body><main>Newsroom</main></body></html>')).toBe(false);
  });
});
