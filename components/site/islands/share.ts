const copiedForMs = 2500;

/** "Copy link", and "Share…" where the browser can share (the plain share links need nothing). */
export function enhanceShare(root: Document) {
  for (const box of root.querySelectorAll<HTMLElement>('[data-share-url]')) {
    const url = box.dataset.shareUrl ?? location.href;
    const title = box.dataset.shareTitle ?? document.title;
    const status = box.querySelector<HTMLElement>('[role="status"]');
    box.querySelector<HTMLButtonElement>('button[data-copy-link]')?.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = 'Link copied';
        setTimeout(() => status && (status.textContent = ''), copiedForMs);
      } catch {
        window.prompt('Copy this link:', url);
      }
    });
    if (typeof navigator.share === 'function' && !box.querySelector('button[data-web-share]')) {
      const share = document.createElement('button');
      share.type = 'button';
      share.dataset.webShare = '';
      share.className = box.querySelector('button')?.className ?? '';
      share.textContent = 'Share…';
      share.addEventListener('click', () => navigator.share({ url, title }).catch(() => {}));
      status?.before(share);
    }
  }
}
