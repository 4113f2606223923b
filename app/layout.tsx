import localFont from 'next/font/local';
import type { Metadata, Viewport } from 'next';
import { getSite } from '@/lib/site';
import './globals.css';

// The files hold Latin only: Cyrillic, Greek, Vietnamese, Arabic and the rest come from the
// fallback. next/font puts a metric-matched face before it, Arial unless told otherwise, which
// would set those letters (and the Vietnamese ones inside otherwise Latin words) sans-serif;
// Times New Roman keeps them serif, and the generic `serif` gives the reader's system font for
// scripts it lacks (CJK, Devanagari, Thai), chosen by the page's lang.
const serif = localFont({
  src: [
    { path: './fonts/source-serif-4-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: './fonts/source-serif-4-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-source-serif',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});

// Italics appear in few articles (quotes, emphasis): not preloaded, fetched only when used.
const serifItalic = localFont({
  src: [{ path: './fonts/source-serif-4-latin-400-italic.woff2', weight: '400', style: 'italic' }],
  variable: '--font-source-serif-italic',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});

export function generateMetadata(): Metadata {
  const site = getSite();
  return {
    metadataBase: new URL(site.url),
    title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
    description: site.tagline,
    applicationName: site.name,
  };
}

export const viewport: Viewport = { themeColor: '#fffefb', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: LayoutProps<'/'>) {
  const site = getSite();
  return (
    // The article page's first script sets data-text-size and the js class before it paints.
    <html lang={site.language} className={`${serif.variable} ${serifItalic.variable}`} suppressHydrationWarning>
      <body className="min-h-screen bg-paper antialiased">{children}</body>
    </html>
  );
}
