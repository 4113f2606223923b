import {
  accounts,
  expect,
  expectNoAxeViolations,
  openDatabase,
  storageStateFor,
  test,
} from './fixtures';
import { formFieldsContaining } from './action-forms';

const runId = Date.now().toString(36);
const newcomer = {
  name: `Casey Newcomer ${runId}`,
  email: `casey-${runId}@dateline.test`,
  password: 'a temporary password 1',
};

function account(email: string) {
  const db = openDatabase();
  try {
    return db.prepare('select id, role, disabled from users where email = ?').get(email) as
      { id: number; role: string; disabled: number } | undefined;
  } finally {
    db.close();
  }
}

function sessionCount(userId: number): number {
  const db = openDatabase();
  try {
    return (
      db.prepare('select count(*) as n from user_sessions where user_id = ?').get(userId) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

test.describe('user accounts, for an admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('creates a contributor, changes the role, and disabling ends their session', async ({
    page,
    browser,
  }) => {
    await page.goto('/editor/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Create an account' });
    const create = async () => {
      await form.getByLabel('Name').fill(newcomer.name);
      await form.getByLabel('Email').fill(newcomer.email);
      await form.getByLabel('Role').selectOption('contributor');
      await form.getByLabel('Temporary password').fill(newcomer.password);
      await form.getByRole('button', { name: 'Create account' }).click();
    };
    await create();
    await expect(form.getByRole('status')).toContainText(
      `Created a contributor account for ${newcomer.name}.`,
    );
    await expect(form.getByRole('status')).not.toContainText(newcomer.password);
    const row = page.getByRole('row').filter({ hasText: newcomer.email });
    await expect(row.getByRole('cell').nth(2)).toHaveText('Contributor');
    await expect(row.getByRole('cell').nth(3)).toHaveText('Active');
    await expect(form.getByLabel('Email')).toHaveValue('');

    await create();
    await expect(form.getByLabel('Email')).toHaveAccessibleDescription(
      'An account with this email already exists.',
    );
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Name')).toHaveValue(newcomer.name);
    await expect(form.getByLabel('Temporary password')).toHaveValue('');
    await page.screenshot({ path: '/tmp/users.png', fullPage: true });

    // The newcomer signs in in their own browser.
    const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const them = await theirs.newPage();
    await them.goto('/editor/sign-in');
    await them.getByLabel('Email').fill(newcomer.email);
    await them.getByLabel('Password').fill(newcomer.password);
    await them.getByRole('button', { name: 'Sign in' }).click();
    const theirNav = them.getByRole('navigation', { name: 'Newsroom' });
    await expect(theirNav).toBeVisible();
    await expect(theirNav.getByRole('link', { name: 'Feedback' })).toHaveCount(0);

    await row.getByLabel(`Role for ${newcomer.name}`).selectOption('editor');
    await row.getByRole('button', { name: `Change role of ${newcomer.name}` }).click();
    await expect(row.getByRole('cell').nth(2)).toHaveText('Editor');
    await expect(row.getByLabel(`Role for ${newcomer.name}`)).toHaveValue('editor');
    expect(account(newcomer.email)?.role).toBe('editor');
    await them.goto('/editor');
    await expect(theirNav.getByRole('link', { name: 'Feedback' })).toBeVisible();

    const { id } = account(newcomer.email)!;
    expect(sessionCount(id)).toBe(1);
    await row.getByRole('button', { name: `Disable ${newcomer.name}` }).click();
    await expect(row.getByRole('cell').nth(3)).toHaveText('Disabled');
    expect(sessionCount(id)).toBe(0);
    await them.goto('/editor');
    await expect(them).toHaveURL(/\/editor\/sign-in/);

    await them.getByLabel('Email').fill(newcomer.email);
    await them.getByLabel('Password').fill(newcomer.password);
    await them.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      them.getByText('That email and password do not match an active account.'),
    ).toBeVisible();
    await theirs.close();

    await row.getByRole('button', { name: `Enable ${newcomer.name}` }).click();
    await expect(row.getByRole('cell').nth(3)).toHaveText('Active');
    expect(account(newcomer.email)?.disabled).toBe(0);
  });

  test('cannot demote or disable the last active admin', async ({ page }) => {
    const admin = accounts.admin;
    await page.goto('/editor/users');
    const row = page.getByRole('row').filter({ hasText: admin.email });
    await row.getByLabel(`Role for ${admin.name}`).selectOption('contributor');
    await row.getByRole('button', { name: `Change role of ${admin.name}` }).click();
    const lastAdmin = 'This is the last active admin account. Make another account an admin first.';
    await expect(row.getByLabel(`Role for ${admin.name}`)).toHaveAccessibleDescription(lastAdmin);
    await expect(row.getByRole('cell').nth(2)).toHaveText('Admin');

    await row.getByRole('button', { name: `Disable ${admin.name}` }).click();
    await expect(
      row.getByRole('button', { name: `Disable ${admin.name}` }),
    ).toHaveAccessibleDescription(lastAdmin);
    await expect(row.getByRole('cell').nth(3)).toHaveText('Active');
    expect(account(admin.email)).toMatchObject({ role: 'admin', disabled: 0 });
    await page.screenshot({ path: '/tmp/users-last-admin.png' });
    await expectNoAxeViolations(page);
  });
});

test.describe('user accounts, for an editor', () => {
  test.use({ storageState: storageStateFor('editor') });

  test('sees no accounts and cannot create one', async ({ page, browser }) => {
    await page.goto('/editor/users');
    await expect(page.getByText('You do not have access to this page.')).toBeVisible();
    await expect(page.getByText(accounts.admin.email)).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Users' }),
    ).toHaveCount(0);

    // The create form as an admin's browser got it, posted back by the editor.
    const adminContext = await browser.newContext({ storageState: storageStateFor('admin') });
    const html = await (await adminContext.request.get('/editor/users')).text();
    const email = `sneaky-${runId}@dateline.test`;
    const fields = {
      ...formFieldsContaining(html, 'name="password"'),
      name: 'Sneaky Account',
      email,
      role: 'admin',
      password: 'a long enough password',
    };
    await page.request.post('/editor/users', { multipart: fields });
    expect(account(email)).toBeUndefined();

    // The same post from the admin works: the refusal above was the role check.
    await adminContext.request.post('/editor/users', {
      multipart: { ...fields, role: 'contributor' },
    });
    expect(account(email)?.role).toBe('contributor');
    await adminContext.close();
  });
});
