import type { Browser, Cookie } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { accounts, expect, test } from './fixtures';
import { guess as guessAt } from './sign-in-guess';

// What a stranger who knows an editor's email can do to their sign-in, posting to Auth.js
// directly from many addresses.
const editor = accounts.editor;
const guess = (from: string, email: string, password: string) => guessAt(baseURL, from, email, password);

async function signInWithForm(browser: Browser, from: string, cookies: Cookie[] = []) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': from } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto('/editor/sign-in');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { context, page };
}

test('55 wrong passwords from 11 addresses do not lock the real editor out; the guessers are throttled', async ({ browser }) => {
  test.setTimeout(120_000);
  const attackers = Array.from({ length: 11 }, (_, i) => `127.0.0.${i + 2}`);
  for (const address of attackers) {
    for (let i = 0; i < 5; i++) expect(await guess(address, editor.email, `not the password ${i}`)).toBe('credentials');
  }
  // Guessing goes on being refused, and the answer for an unknown account reads the same.
  expect(await guess(attackers[0]!, editor.email, editor.password)).toBe('throttled');

  // The editor, from an address that never failed, on a browser that never signed in.
  const fresh = await signInWithForm(browser, '198.51.100.77');
  await expect(fresh.page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  const remembered = await fresh.context.storageState();
  expect(remembered.cookies.map((c) => c.name)).toContain('dateline-device');
  await fresh.context.close();

  // The same browser, now behind an address that failed five times (a shared office network):
  // it signed in before, so only its own failures count.
  const known = await signInWithForm(browser, attackers[1]!, remembered.cookies.filter((c) => c.name === 'dateline-device'));
  await expect(known.page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await known.context.close();

  // A browser without that cookie, from the same address, is still refused.
  const stranger = await signInWithForm(browser, attackers[1]!);
  await expect(stranger.page.locator('#sign-in-error')).toContainText('Too many sign-in attempts');
  await stranger.context.close();
});

test('forty guesses at once from one client: no more than the limit are evaluated', async () => {
  const email = `parallel-${Date.now()}@dateline.test`;
  const codes = await Promise.all(Array.from({ length: 40 }, (_, i) => guess('203.0.113.140', email, `guess number ${i}`)));
  // Each attempt is recorded before it is checked, so parallel ones see each other.
  expect(codes.filter((code) => code === 'credentials').length).toBeLessThanOrEqual(5);
  expect(codes.filter((code) => code === 'throttled').length).toBeGreaterThanOrEqual(35);
});
