import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importContent } from '../newsroom/import';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { clientAddressHeader, clientProofHeader, proveClient } from '../http/client-address';
import { readerCookieName } from '../http/reader-identity';
import { submitFeedback } from './actions';

// The framework's request: the headers our server vouches with, and a browser's cookie jar.
const request = vi.hoisted(() => ({
  headers: new Headers(),
  jar: new Map<string, string>(),
  set: [] as { name: string; value: string; options: Record<string, unknown> }[],
}));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name)! } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => request.set.push({ name, value, options }),
  }),
}));

let articleId: number;
beforeAll(async () => {
  await migrateToLatest();
  await importContent(getDb(), path.resolve('content'));
  articleId = (await getDb().selectFrom('articles').select('id').where('status', '=', 'published').executeTakeFirstOrThrow()).id;
});
afterAll(closeDb);

/** One browser: it keeps the cookies the action sends back, as a browser would. */
function browser(address: string) {
  const jar = new Map<string, string>();
  return {
    jar,
    async send(message: string) {
      request.headers = new Headers({ [clientAddressHeader]: address, [clientProofHeader]: proveClient(address, process.env.AUTH_SECRET!) });
      request.jar = jar;
      request.set = [];
      const form = new FormData();
      form.set('articleId', String(articleId));
      form.set('message', message);
      form.set('website', '');
      const state = await submitFeedback({ status: 'idle' }, form);
      for (const cookie of request.set) jar.set(cookie.name, cookie.value);
      return { state, setCookies: request.set };
    },
  };
}

const rows = (prefix: string) => getDb().selectFrom('feedback').select('id').where('message', 'like', `${prefix}%`).execute();

describe('submitFeedback', () => {
  it('thanks 300 readers who share one public address, and gives each its own reader cookie', async () => {
    const issued = new Set<string>();
    for (let n = 0; n < 300; n++) {
      const { state, setCookies } = await browser('198.51.100.20').send(`Gateway reader ${n} writes a message of their own.`);
      expect(state).toEqual({ status: 'thanks' });
      expect(setCookies).toHaveLength(1);
      expect(setCookies[0]).toMatchObject({ name: readerCookieName, options: { httpOnly: true, sameSite: 'lax' } });
      issued.add(setCookies[0]!.value);
    }
    expect(issued.size).toBe(300);
    expect(await rows('Gateway reader ')).toHaveLength(300);
  });

  it('cuts off one reader who keeps sending, with the message kept and nothing stored twice', async () => {
    const phone = browser('198.51.100.21');
    for (let n = 0; n < 5; n++) {
      const { state, setCookies } = await phone.send(`Burst reader note ${n}, long enough to be sent.`);
      expect(state).toEqual({ status: 'thanks' });
      // Issued once, then carried: the limits count this browser.
      expect(setCookies).toHaveLength(n === 0 ? 1 : 0);
    }
    const refused = await phone.send('Burst reader note 5, long enough to be sent.');
    expect(refused.state).toMatchObject({ status: 'error', values: { message: 'Burst reader note 5, long enough to be sent.' } });
    expect(refused.state.status === 'error' && refused.state.message).toMatch(/^You have sent several messages about this article/);
    expect((await phone.send('Burst reader note 0, long enough to be sent.')).state).toEqual({ status: 'thanks' });
    expect(await rows('Burst reader note ')).toHaveLength(5);
  });

  it('does not believe a forged reader cookie: its sender is a new reader', async () => {
    const phone = browser('198.51.100.22');
    for (let n = 0; n < 5; n++) await phone.send(`Forged-cookie victim note ${n}, long enough.`);
    const [id] = phone.jar.get(readerCookieName)!.split('.');
    // Someone else at the address claims the reader's id: they are not cut off in its name...
    const forger = browser('198.51.100.22');
    forger.jar.set(readerCookieName, `${id}.not-the-signature`);
    const { state, setCookies } = await forger.send('A note from someone claiming another reader.');
    expect(state).toEqual({ status: 'thanks' });
    // ...and get a cookie of their own.
    expect(setCookies).toHaveLength(1);
    expect(setCookies[0]!.value.startsWith(`${id}.`)).toBe(false);
  });
});
