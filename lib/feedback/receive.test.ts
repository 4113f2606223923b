import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../newsroom/import';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { clientAddressHeader, clientProofHeader, proveClient } from '../http/client-address';
import { readerCookieName } from '../http/reader-identity';
import { landingFor } from './landing';
import { receiveFeedback } from './receive';

let articleId: number;
beforeAll(async () => {
  await migrateToLatest();
  await importContent(getDb(), path.resolve('content'));
  articleId = (await getDb().selectFrom('articles').select('id').where('status', '=', 'published').executeTakeFirstOrThrow()).id;
});
afterAll(closeDb);

/** One browser: it keeps the cookies it is sent, as a browser would; our server vouches for its address. */
function browser(address: string) {
  const jar = new Map<string, string>();
  return {
    jar,
    async send(message: string) {
      const setCookies: { name: string; value: string; options: Record<string, unknown> }[] = [];
      const form = new FormData();
      form.set('articleId', String(articleId));
      form.set('message', message);
      form.set('website', '');
      const state = await receiveFeedback(form, {
        headers: new Headers({ [clientAddressHeader]: address, [clientProofHeader]: proveClient(address, process.env.AUTH_SECRET!) }),
        cookie: (name) => jar.get(name),
        setCookie: (name, value, options) => setCookies.push({ name, value, options }),
      });
      for (const cookie of setCookies) jar.set(cookie.name, cookie.value);
      return { state, setCookies };
    },
  };
}

const rows = (prefix: string) => getDb().selectFrom('feedback').select('id').where('message', 'like', `${prefix}%`).execute();

describe('receiveFeedback', () => {
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

  it('cuts off one reader who keeps sending, saying why, and stores nothing twice', async () => {
    const phone = browser('198.51.100.21');
    for (let n = 0; n < 5; n++) {
      const { state, setCookies } = await phone.send(`Burst reader note ${n}, long enough to be sent.`);
      expect(state).toEqual({ status: 'thanks' });
      // Issued once, then carried: the limits count this browser.
      expect(setCookies).toHaveLength(n === 0 ? 1 : 0);
    }
    const refused = await phone.send('Burst reader note 5, long enough to be sent.');
    expect(refused.state).toMatchObject({ status: 'error', problem: 'rate-limited' });
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

  it('says what was wrong, with the count where it matters, and stores nothing', async () => {
    const phone = browser('198.51.100.23');
    expect((await phone.send('Too short to be useful.')).state).toEqual({
      status: 'error',
      problem: 'too-short',
      message: 'Please write at least 30 characters (you wrote 23).',
    });
    expect((await phone.send('   ')).state).toMatchObject({ problem: 'empty' });
    expect((await phone.send('y'.repeat(5001))).state).toMatchObject({ problem: 'too-long', message: 'Please keep it under 5,000 characters (you wrote 5,001).' });
    expect(await rows('Too short')).toHaveLength(0);
  });
});

describe('landingFor', () => {
  it('sends a thanked reader to the article’s thank-you, and a refused one to the form with the text', async () => {
    const article = await getDb().selectFrom('articles').select(['slug', 'section']).where('id', '=', articleId).executeTakeFirstOrThrow();
    const thanked = await landingFor(articleId, { status: 'thanks' }, 'A message.');
    expect(thanked).toMatch(new RegExp(`^/${article.section}/\\d{4}/\\d\\d/\\d\\d/${article.slug}#feedback-sent$`));
    const refused = new URL(await landingFor(articleId, { status: 'error', problem: 'rate-limited', message: '' }, 'Kept text é'), 'http://x');
    expect(refused.pathname).toBe(`/feedback/${articleId}`);
    expect(Object.fromEntries(refused.searchParams)).toEqual({ problem: 'rate-limited', n: '11', text: 'Kept text é' });
    const long = new URL(await landingFor(articleId, { status: 'error', problem: 'rate-limited', message: '' }, 'ж'.repeat(2000)), 'http://x');
    expect(long.searchParams.get('text')).toBeNull();
    expect(await landingFor(999_999, { status: 'thanks' }, 'x')).toBe('/feedback/0?problem=closed&n=1&text=x');
  });
});
