const browsers = [
  { name: 'Firefox', href: 'https://www.mozilla.org/firefox/new/' },
  { name: 'Chrome', href: 'https://www.google.com/chrome/' },
  { name: 'Edge', href: 'https://www.microsoft.com/edge' },
  { name: 'Safari', href: 'https://www.apple.com/safari/' },
];

/** Shown only where globals.css's @supports test fails: browsers too old for the site. */
export function BrowserNotice() {
  return (
    <div className="browser-notice" role="note" aria-label="Browser update notice">
      <strong>Please update your browser</strong>
      <p>
        Your browser is out of date and may not be compatible with our website. A list of the most
        popular web browsers can be found below; the article is still readable underneath.
      </p>
      <p>
        {browsers.map((b, i) => (
          <span key={b.name}>
            {i > 0 ? ' · ' : ''}
            <a href={b.href} rel="noopener noreferrer">
              {b.name}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
