const copiedForMs = 2500;

/** "Copy link", and "Share…" where the browser can share; the words come from the page. */
export function enhanceShare(root: Document) {
  for (const box of root.querySelectorAll<HTMLElement>('[data-share-url]')) {
    const url = box.dataset.shareUrl ?? location.href;
    const title = box.dataset.shareTitle ?? document.title;
    const status = box.querySelector<HTMLElement>('[role="status"]');
    box.querySelector<HTMLButtonElement>('button[data-copy-link]')?.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = box.dataset.copied ?? '';
        setTimeout(() => status && (status.textContent = ''), copiedForMs);
      } catch {
        window.prompt(box.dataset.copyPrompt, url);
      }
    });
    const share = box.querySelector<HTMLButtonElement>('button[data-web-share]');
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => navigator.share({ url, title }).catch(() => {}));
    }
  }
}
