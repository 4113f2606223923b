import { isFresh, readStamp } from '../cache/tag-record';

/** Until this process trusts what it hears of expiries (on PostgreSQL, once its listener is up). */
export async function untilHearing(timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!isFresh([], readStamp())) {
    if (Date.now() > deadline) throw new Error('the cache tag listener did not connect');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
