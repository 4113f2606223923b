/**
 * Click-to-load embeds: the story holds a link to the video or post, and only a reader's click
 * puts the provider's frame in its place (the page's CSP allows those frames and nothing else of
 * theirs). A middle-click or a modified click still opens the link, as links do.
 */
export function enhanceEmbeds(root: Document) {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.embed-facade a[data-embed-frame]')) {
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const frame = root.createElement('iframe');
      frame.src = link.dataset.embedFrame!;
      frame.title = link.textContent?.trim() || 'Embedded post';
      frame.dataset.provider = link.dataset.embedProvider;
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      link.replaceWith(frame);
      frame.focus();
    });
  }
}
