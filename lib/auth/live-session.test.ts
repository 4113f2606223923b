import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { insertUser } from '../accounts/store';
import { hasLiveSession } from './live-session';
import { createSession, endSession } from './sessions';

// The server's check before it lets a request send a newsroom-sized body, against real sessions.
const secret = 'unit-test-secret-unit-test-secret-unit-test';
const cookieName = 'authjs.session-token';
let userId = 0;

beforeAll(async () => {
  await migrateToLatest();
  userId = await insertUser({ email: 'live@dateline.test', name: 'Live Session', role: 'contributor', password: 'correct horse battery live' });
});
afterAll(closeDb);

async function cookieFor(sessionId: string, signedWith = secret) {
  const token = await encode({ token: { sub: String(userId), sid: sessionId }, secret: signedWith, salt: cookieName });
  return `theme=dark; ${cookieName}=${token}`;
}

describe('hasLiveSession', () => {
  it('knows a signed-in browser by a token that decrypts and names a live session', async () => {
    const sessionId = await createSession(userId);
    expect(await hasLiveSession(await cookieFor(sessionId), secret)).toBe(true);
  });

  it('refuses a made-up cookie, a token sealed with another secret, and an ended session', async () => {
    expect(await hasLiveSession(undefined, secret)).toBe(false);
    expect(await hasLiveSession(`${cookieName}=made-up-by-a-stranger`, secret)).toBe(false);
    const sessionId = await createSession(userId);
    expect(await hasLiveSession(await cookieFor(sessionId, 'another-secret-another-secret-another-secret'), secret)).toBe(false);
    await endSession(sessionId);
    expect(await hasLiveSession(await cookieFor(sessionId), secret)).toBe(false);
  });
});
