'use client';

import { useState, useSyncExternalStore } from 'react';

const buttonClass =
  'rounded-full border border-rule px-3 py-2 text-sm leading-none hover:border-ink';

const neverChanges = () => () => {};
const hasWebShare = () => typeof navigator.share === 'function';

export function ShareActions({ url, title }: { url: string; title: string }) {
  const canShare = useSyncExternalStore(neverChanges, hasWebShare, () => false);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      window.prompt('Copy this link:', url);
    }
  }

  return (
    // The data attributes serve the island that stands in for this component on static pages.
    <div className="needs-js flex gap-2" data-share-url={url} data-share-title={title}>
      <button type="button" onClick={copy} className={buttonClass} data-copy-link="">
        Copy link
      </button>
      {canShare ? (
        <button type="button" onClick={() => navigator.share({ url, title }).catch(() => {})} className={buttonClass} data-web-share="">
          Share…
        </button>
      ) : null}
      <span role="status" aria-live="polite" className="self-center text-sm text-muted">
        {copied ? 'Link copied' : ''}
      </span>
    </div>
  );
}
