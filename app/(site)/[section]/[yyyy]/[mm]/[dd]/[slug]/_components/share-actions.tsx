const buttonClass = 'rounded-full border border-rule px-3 py-2 text-sm leading-none hover:border-ink';

/**
 * "Copy link" and "Share…", drawn here and made to work by the reader script
 * (components/site/islands/share.ts), which also takes its words from here. Hidden without
 * JavaScript, where the plain share links beside them do the job; "Share…" only where the
 * browser can share.
 */
export function ShareActions({ url, title }: { url: string; title: string }) {
  return (
    <div className="needs-js flex gap-2" data-share-url={url} data-share-title={title} data-copied="Link copied" data-copy-prompt="Copy this link:">
      <button type="button" className={buttonClass} data-copy-link="">
        Copy link
      </button>
      <button type="button" className={buttonClass} data-web-share="" hidden>
        Share…
      </button>
      <span role="status" aria-live="polite" className="self-center text-sm text-muted" />
    </div>
  );
}
