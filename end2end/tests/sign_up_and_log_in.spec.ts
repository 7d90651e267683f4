// Step 1 of the letter, as a newcomer does it: "sign up for TRACES", "Create an account", the
// e-mailed link, the password, "Login into TRACES". The server runs with TRACES_TEST_MODE=1,
// so the captcha picture carries its answer in `data-code`.
import { test, expect, appReady } from './fixtures/app';
import type { Locator, Page } from '@playwright/test';

const PASSWORD = 'correct horse battery staple 42';

/** A person nobody else in this test run is: usernames and addresses must be unique. */
function newcomer(tag: string) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return {
    username: `${tag}${stamp}`,
    firstName: 'Anna',
    lastName: 'Tester',
    email: `${tag}.${stamp}@example.org`,
  };
}

/** The answer to the captcha on show, once its picture has loaded. */
async function captchaAnswer(page: Page): Promise<string> {
  const picture = page.getByRole('img', { name: 'Code to type: characters in a picture' });
  await expect(picture).toHaveAttribute('data-code', /.+/);
  const code = await picture.getAttribute('data-code');
  expect(code, 'the server must run with TRACES_TEST_MODE=1').toBeTruthy();
  return code!;
}

/** Presses Tab until `target` has the focus: the way a keyboard user reaches a field. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached the field (${maxPresses} presses)`).toBeFocused();
}

test('a newcomer signs up, sets a password from the e-mail, logs in and out', async ({ page }) => {
  const person = newcomer('anna');

  await page.goto('/training');
  await appReady(page);
  await page.getByRole('link', { name: 'sign up for TRACES' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await expect(page.getByText('REAL PERSON', { exact: false })).toBeVisible();

  await page.getByLabel('Username', { exact: true }).fill(person.username);
  await page.getByLabel('First name', { exact: true }).fill(person.firstName);
  await page.getByLabel('Last name', { exact: true }).fill(person.lastName);
  await page.getByLabel('E-mail', { exact: true }).fill(person.email);
  await page.getByLabel('Confirm e-mail', { exact: true }).fill(person.email);
  // Preselected to the interface language (English here, so the e-mail's subject says
  // "password").
  await expect(page.getByLabel('E-mail language', { exact: true })).toHaveValue(
    (await page.locator('html').getAttribute('lang')) ?? 'en',
  );
  await page.getByLabel('Code', { exact: true }).fill(await captchaAnswer(page));
  await page.getByLabel('I have read and accept the privacy statement').check();
  await page.getByRole('button', { name: 'Create an account' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeVisible();
  await expect(page).toHaveURL(/\/eulogin\/signup\/sent\?service=training&email=/);
  await expect(page.getByText(person.email)).toBeVisible();
  await expect(page.getByText(/90 minutes/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Help: the e-mail did not arrive' })).toBeVisible();

  // The built-in mailbox: newest message first.
  await page.goto('/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Mailbox' })).toBeVisible();
  const subject = page
    .getByRole('button', { name: /password/i })
    .or(page.getByRole('link', { name: /password/i }))
    .first();
  await subject.click();
  // The link is known by where it leads; its text may be the address or a sentence.
  const link = page.locator('a[href*="/eulogin/password?token="]').first();
  await expect(link).toBeVisible();
  await link.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expect(page.getByText(person.username)).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
  await expect(page.getByRole('meter', { name: 'Password strength' })).toBeVisible();
  await page.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your password is set' })).toBeVisible();
  // No link on the page may carry the one-time token.
  for (const href of await page.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).not.toContain('token=');
  }

  await page.getByRole('link', { name: 'Log in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await page.getByLabel('E-mail', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();

  const topBar = page.getByRole('banner');
  await expect(topBar.getByText(`${person.firstName} ${person.lastName}`)).toBeVisible();
  await expect(topBar.getByRole('link', { name: 'My account' })).toBeVisible();
  await expect(page.getByText(`You are logged in as ${person.firstName} ${person.lastName}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'change your EU Login credentials' })).toBeVisible();

  await topBar.getByRole('button', { name: 'Log out' }).click();
  await expect(topBar.getByText(`${person.firstName} ${person.lastName}`)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Login into TRACES' })).toBeVisible();
});

test('an empty "Create an account" lists every field in the error summary, and each link leads to its field', async ({ page }) => {
  await page.goto('/eulogin/signup?service=production');
  await appReady(page);
  await page.getByRole('button', { name: 'Create an account' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  // Every field but the e-mail language, which starts chosen.
  await expect(links).toHaveCount(7);
  for (const start of ['Username:', 'First name:', 'Last name:', 'E-mail:', 'Confirm e-mail:', 'Code:', 'Privacy statement:']) {
    await expect(summary.getByRole('link', { name: new RegExp(`^${start}`) })).toBeVisible();
  }

  const username = page.getByLabel('Username', { exact: true });
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: /^Username:/ }).click();
  await expect(username).toBeFocused();
  await expect(page).toHaveURL(/\/eulogin\/signup\?service=production$/);

  await summary.getByRole('link', { name: /^Code:/ }).click();
  await expect(page.getByLabel('Code', { exact: true })).toBeFocused();
  await summary.getByRole('link', { name: /^Privacy statement:/ }).click();
  await expect(page.getByLabel('I have read and accept the privacy statement')).toBeFocused();
});

test('the sign-up form can be completed with the keyboard alone', async ({ page }) => {
  const person = newcomer('kbd');
  await page.goto('/eulogin/signup?service=training');
  await appReady(page);
  const answer = await captchaAnswer(page);

  const fields: [string, string][] = [
    ['Username', person.username],
    ['First name', person.firstName],
    ['Last name', person.lastName],
    ['E-mail', person.email],
    ['Confirm e-mail', person.email],
  ];
  for (const [label, value] of fields) {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.type(value);
  }
  await tabTo(page, page.getByLabel('Code', { exact: true }));
  await page.keyboard.type(answer);
  const privacy = page.getByLabel('I have read and accept the privacy statement');
  await tabTo(page, privacy);
  await page.keyboard.press('Space');
  await expect(privacy).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Create an account' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible();
});
