import { ShareActions } from './share-actions';

interface Props {
  url: string;
  title: string;
}

/** Plain links that work without JavaScript; copy and Web Share are added by the island. */
export function ShareLinks({ url, title }: Props) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ];
  return (
    <section aria-labelledby="share-heading" className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <h2 id="share-heading" className="text-sm font-bold">
        Share This Article
      </h2>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.name}>
            <a
              href={link.href}
              target={link.name === 'Email' ? undefined : '_blank'}
              rel="noopener noreferrer"
              className="inline-block rounded-full border border-rule px-3 py-2 text-sm leading-none hover:border-ink"
            >
              {link.name}
              {link.name === 'Email' ? null : <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
      </ul>
      <ShareActions url={url} title={title} />
    </section>
  );
}
