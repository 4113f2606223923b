import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test as setup } from '@playwright/test';
import { accounts, e2eDatabasePath, storageStateFor } from './fixtures';

// Runs first: the first-run setup link creates the admin, the CLI creates the others, and each
// signs in once so the specs can start signed in (storageState).
setup('the setup link creates the first admin, once', async ({ page }) => {
  const log = fs.readFileSync('data/e2e/server.log', 'utf8');
  const link = [...log.matchAll(/(\/editor\/setup\?token=[\w-]+)/g)].at(-1)?.[1];
  expect(link, 'the server log prints a setup link').toBeTruthy();

  await page.goto(link!);
  const admin = accounts.admin;
  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password (at least 12 characters)').fill(admin.password);
  await page.getByLabel('Password again').fill(admin.password);
  await page.getByRole('button', { name: 'Create the admin account' }).click();
  await expect(page.getByText('Your admin account is ready')).toBeVisible();

  await page.goto(link!);
  await expect(page.getByText('This setup link is not valid')).toBeVisible();
});

setup('accounts for each role, signed in', async ({ browser }) => {
  for (const role of ['editor', 'contributor'] as const) {
    const account = accounts[role];
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', '--email', account.email, '--role', role, '--name', account.name], {
      input: `${account.password}\n`,
      env: { ...process.env, SQLITE_PATH: e2eDatabasePath },
    });
  }
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/editor\/sign-in/);
    await page.getByLabel('Email').fill(accounts[role].email);
    await page.getByLabel('Password').fill(accounts[role].password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    await context.storageState({ path: storageStateFor(role) });
    await context.close();
  }
});
