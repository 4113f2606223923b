'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';

const noSubscription = () => () => {};
const useInBrowser = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

const frames = [
  { name: 'Phone', width: 390, height: 844 },
  { name: 'Desktop', width: 1280, height: 800 },
] as const;

// An empty document of our own origin: it inherits the newsroom's security policy, and needs no
// answer from the server (the newsroom's pages refuse to be framed).
const shell =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Front preview</title></head><body><div id="preview-root"></div></body></html>';

interface Props {
  /** The reader site's masthead, page heading and footer, drawn around the front in the frames. */
  masthead: React.ReactNode;
  heading: React.ReactNode;
  footer: React.ReactNode;
  /** The front itself. */
  children: React.ReactNode;
}

/**
 * The front as readers will see it, drawn by the server with the reader site's components, shown
 * in frames as wide as a phone and a desktop so that the page's own breakpoints apply. Without
 * JavaScript the front alone is shown once, at the window's width.
 */
export function PreviewFrames({ masthead, heading, footer, children }: Props) {
  const inBrowser = useInBrowser();
  if (!inBrowser) return <div className="border border-rule p-4">{children}</div>;
  const page = (
    <>
      {masthead}
      <main className="mx-auto max-w-6xl px-4 pt-6">
        {heading}
        {children}
      </main>
      {footer}
    </>
  );
  return (
    <div className="grid gap-10">
      {frames.map((frame) => (
        <PreviewFrame key={frame.name} {...frame}>
          {page}
        </PreviewFrame>
      ))}
    </div>
  );
}

function PreviewFrame({
  name,
  width,
  height,
  children,
}: {
  name: string;
  width: number;
  height: number;
  children: React.ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const [root, setRoot] = useState<HTMLElement | null>(null);

  // A desktop is wider than the newsroom's column: shown smaller, as a whole.
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setScale(Math.min(1, (entry?.contentRect.width ?? width) / width)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);

  const fill = (event: React.SyntheticEvent<HTMLIFrameElement>) => {
    const doc = event.currentTarget.contentDocument;
    const target = doc?.getElementById('preview-root');
    if (!doc || !target) return;
    for (const node of document.querySelectorAll('link[rel="stylesheet"], style'))
      doc.head.append(node.cloneNode(true));
    doc.documentElement.className = document.documentElement.className;
    doc.documentElement.lang = document.documentElement.lang;
    doc.body.className = document.body.className;
    // A story link opens the story in a tab of its own; the preview stays.
    doc.addEventListener(
      'click',
      (click) => {
        const link = (click.target as Element | null)?.closest?.('a[href]');
        if (!link) return;
        click.preventDefault();
        click.stopPropagation();
        window.open(
          new URL(link.getAttribute('href')!, window.location.origin).href,
          '_blank',
          'noopener',
        );
      },
      true,
    );
    setRoot(target);
  };

  return (
    <figure className="grid gap-2">
      <figcaption className="font-semibold">
        {name}, {width} pixels wide{scale < 1 ? ` (shown at ${Math.round(scale * 100)}%)` : ''}
      </figcaption>
      <div
        ref={box}
        className="w-full overflow-hidden border border-ink"
        style={{ height: Math.round(height * scale), maxWidth: width + 2 }}
      >
        <iframe
          title={`${name} preview, ${width} pixels wide`}
          srcDoc={shell}
          onLoad={fill}
          style={{ width, height, transform: `scale(${scale})`, transformOrigin: '0 0', border: 0 }}
        />
        {root ? createPortal(children, root) : null}
      </div>
    </figure>
  );
}
