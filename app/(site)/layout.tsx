import { BrowserNotice } from '@/components/site/browser-notice';
import { Masthead } from '@/components/site/masthead';
import { ReaderScript } from '@/components/site/reader-script';
import { SiteFooter } from '@/components/site/site-footer';

// The reader site: static pages, no cookies or session read anywhere below this layout, server
// components only. Its stored pages are served without the framework's runtime (the marker on
// <main>; server/framework-scripts.ts); one small script of our own enhances their controls.
export default function SiteLayout({ children }: LayoutProps<'/'>) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <BrowserNotice />
      <Masthead />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 focus:outline-none" data-reader-site="">
        {children}
      </main>
      <SiteFooter />
      <ReaderScript />
    </>
  );
}
