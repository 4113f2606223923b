// Live coverage with JavaScript: the page asks every 15 s (every minute while its tab is hidden)
// what changed, in one small answer every reader shares (app/live/[file]/route.ts). New updates
// wait behind a button, "3 new updates", so nothing moves under the reader; the tab's title
// counts them. Changed updates are replaced in place and deleted ones disappear. The updates'
// markup is the server's: the page is fetched again (one address per state of the coverage, so
// caches share it) and its elements are taken from there.

type Answer = { live: boolean; endedAt: string | null; updates: [id: number, version: number, pinned: 0 | 1][] };

const visibleEveryMs = 15_000;
const hiddenEveryMs = 60_000;

async function fetchJson(url: string): Promise<Answer | null> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    return response.ok ? ((await response.json()) as Answer) : null;
  } catch {
    return null;
  }
}

/** The page as it is now, from the server: the address names the state, so a CDN can keep it. */
async function freshPage(state: string): Promise<Document | null> {
  try {
    const response = await fetch(`${location.pathname}?live=${encodeURIComponent(state)}`);
    return response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : null;
  } catch {
    return null;
  }
}

export function enhanceLive(root: Document) {
  const section = root.querySelector<HTMLElement>('[data-live-poll]');
  const list = section?.querySelector<HTMLElement>('[data-live-updates]');
  const button = section?.querySelector<HTMLButtonElement>('[data-live-new]');
  if (!section || !list || !button) return;
  const poll = section.dataset.livePoll!;
  const firstPage = section.dataset.livePage === '1';
  const title = root.title;
  let waiting: HTMLElement[] = [];
  /** Where each update stands, newest first, in the last answer. */
  let order = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onPage = () => new Map([...section.querySelectorAll<HTMLElement>('[data-update-id]')].map((el) => [el.dataset.updateId!, el]));
  const pinnedId = () => section.querySelector<HTMLElement>('[data-live-pinned] [data-update-id]')?.dataset.updateId;

  function showCount() {
    const n = waiting.length;
    button!.hidden = n === 0;
    button!.textContent = n === 1 ? section!.dataset.newOne! : section!.dataset.newMany!.replace('{n}', String(n));
    root.title = n > 0 ? `(${n}) ${title}` : title;
  }

  async function check() {
    const answer = await fetchJson(poll);
    if (answer) await apply(answer);
    if (answer && !answer.live) return; // coverage ended: nothing more will come
    timer = setTimeout(check, root.hidden ? hiddenEveryMs : visibleEveryMs);
  }

  async function apply(answer: Answer) {
    const current = onPage();
    const posted = new Map(answer.updates.map(([id, version, pinned]) => [String(id), { version, pinned: pinned === 1 }]));
    order = new Map(answer.updates.map(([id], i) => [String(id), i]));
    for (const [id, element] of current) if (!posted.has(id)) element.remove();
    waiting = waiting.filter((element) => posted.has(element.dataset.updateId!));
    const changed = [...current].filter(([id, element]) => posted.has(id) && Number(element.dataset.version) !== posted.get(id)!.version);
    const known = new Set([...current.keys(), ...waiting.map((element) => element.dataset.updateId!)]);
    const fresh = firstPage ? [...posted.keys()].filter((id) => !known.has(id)) : [];
    const newPinned = [...posted].find(([, u]) => u.pinned)?.[0];
    const pinChanged = firstPage && newPinned !== pinnedId();
    if (changed.length === 0 && fresh.length === 0 && !pinChanged && answer.live) return showCount();

    const page = await freshPage(answer.updates.map(([id, version]) => `${id}.${version}`).join('-') + (answer.live ? '' : '-ended'));
    if (!page) return showCount();
    const from = (id: string) => page.querySelector<HTMLElement>(`[data-update-id="${id}"]`);
    for (const [id, element] of changed) {
      const replacement = from(id);
      if (replacement) element.replaceWith(replacement);
    }
    for (const id of fresh) {
      const element = from(id);
      if (element && !posted.get(id)!.pinned) waiting.push(element);
    }
    // The pinned update, the key events and the heading (coverage ended) are the server's too.
    for (const part of ['[data-live-pinned]', '[data-live-key-events]', '#live-heading']) {
      const mine = section!.querySelector(part);
      const theirs = page.querySelector(part);
      if (mine && theirs && mine.innerHTML !== theirs.innerHTML) mine.replaceWith(theirs);
      else if (!mine && theirs && part === '[data-live-key-events]') section!.querySelector('#live-heading')?.after(theirs);
    }
    const pinned = pinnedId();
    if (pinned) list!.querySelector(`[data-update-id="${pinned}"]`)?.remove();
    showCount();
  }

  button.addEventListener('click', () => {
    // Newest first, above what was there; the reader is taken to the first of them.
    const place = (element: HTMLElement) => order.get(element.dataset.updateId!) ?? 0;
    const arriving = [...waiting].sort((a, b) => place(a) - place(b));
    list.prepend(...arriving);
    waiting = [];
    showCount();
    arriving[0]?.setAttribute('tabindex', '-1');
    arriving[0]?.focus();
  });
  root.addEventListener('visibilitychange', () => {
    if (root.hidden || !timer) return;
    clearTimeout(timer);
    void check();
  });
  timer = setTimeout(check, visibleEveryMs);
}
