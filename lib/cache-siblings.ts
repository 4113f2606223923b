import { randomUUID } from 'node:crypto';
import { carriesBearer, selfUrl } from './articles/scheduler';
import { clearServerPageCache } from './page-cache';

// The worker processes of one server (scripts/serve-cluster.mjs) each keep their own page and
// data caches. After a refresh in one of them, the primary tells the others; each refreshes
// through its own /api/cache/sync, and only then does the first one hear back. So when an editor
// publishes, the page they open next is fresh whichever worker serves it.

type Message = { type: string; id: string; tags?: string[] };

const waitAtMostMs = 3000;
const settleMs = 100;
// Kept on globalThis: the instrumentation hook and the app's routes may each load this module.
const key = Symbol.for('dateline.cache-siblings');
const shared = ((globalThis as Record<symbol, unknown>)[key] ??= { waiting: new Map(), listening: false }) as {
  waiting: Map<string, () => void>;
  listening: boolean;
};

function inCluster(): boolean {
  return process.env.DATELINE_WORKER_INDEX !== undefined && typeof process.send === 'function';
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string' && typeof (value as Message).id === 'string';
}

// Set by the primary for its workers only, new at every start.
const siblingSecret = () => process.env.DATELINE_SIBLING_SECRET ?? '';

/** Whether a request comes from a worker of this server (for /api/cache/sync with named tags). */
export function isSiblingRequest(request: Request): boolean {
  return siblingSecret() !== '' && carriesBearer(request, siblingSecret());
}

async function refreshHere(message: Message): Promise<void> {
  try {
    const response = await fetch(`${selfUrl()}/api/cache/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${siblingSecret()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: message.tags ?? [] }),
    });
    const answer = await response.text();
    if (!response.ok) console.error(`[cache] refreshing what a sibling process changed failed: ${response.status} ${answer}`);
    // Next.js applies a route handler's revalidations just after it has answered (as waitUntil
    // work), so give them a moment before telling the editor's worker this one is fresh, and
    // drop any page the in-memory page cache kept from Next.js in that moment.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    clearServerPageCache();
  } catch (error) {
    console.error('[cache] could not refresh what a sibling process changed:', error);
  }
  process.send?.({ type: 'dateline:refreshed', id: message.id });
}

/** Called once per process (instrumentation.ts): answers the primary's messages. */
export function listenToSiblingProcesses(): void {
  if (!inCluster() || shared.listening) return;
  shared.listening = true;
  process.on('message', (message: unknown) => {
    if (!isMessage(message)) return;
    if (message.type === 'dateline:refresh') void refreshHere(message);
    if (message.type === 'dateline:siblings-refreshed') shared.waiting.get(message.id)?.();
  });
}

/** Refreshes `tags` in the other workers of this server; resolves when they are done. */
export function refreshSiblingProcesses(tags: string[]): Promise<void> {
  if (!inCluster() || tags.length === 0) return Promise.resolve();
  listenToSiblingProcesses();
  const id = randomUUID();
  return new Promise((resolve) => {
    // A sibling that is stuck or restarting must not hold up the editor's request for long.
    const timer = setTimeout(done, waitAtMostMs);
    function done() {
      clearTimeout(timer);
      shared.waiting.delete(id);
      resolve();
    }
    shared.waiting.set(id, done);
    process.send?.({ type: 'dateline:refresh-siblings', id, tags });
  });
}
