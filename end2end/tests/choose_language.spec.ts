// "On the top right you can choose your language": the sign-up form and its errors appear in
// the chosen language, the choice survives a reload, and a first visit follows the browser.
import { test, expect } from './fixtures/app';
import { text } from './fixtures/catalog';
import type { Page } from '@playwright/test';

/** The app is up in whatever language: the footer has heard from the server. */
async function ready(page: Page) {
  await expect(page.getByTestId('server-status')).not.toBeEmpty();
}

/** Looks like a message id that reached the page untranslated. */
const AN_ID = /\b[a-z]+(-[a-z0-9]+){2,}\b/;

for (const [code, name] of [
  ['de', 'Deutsch'],
  ['pl', 'Polski'],
] as const) {
  test(`in ${name}: the sign-up form and its errors, and the choice survives a reload`, async ({ page }) => {
    await page.goto('/eulogin/signup?service=production');
    await ready(page);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(text('en', 'eulogin-create-account'));

    // The errors of an empty form in English first, to compare with.
    await page.getByRole('button', { name: text('en', 'eulogin-create-account') }).click();
    // The error summary, in whatever language.
    const summary = page.getByRole('alert').filter({ has: page.getByRole('link') });
    await expect(summary).toContainText(text('en', 'form-error-summary-title'));
    await expect(summary.getByRole('link')).toHaveCount(7);
    const english = await summary.getByRole('link').allTextContents();

    // The language chooser, top right, lists each language in its own name.
    await page.getByRole('combobox', { name: text('en', 'language-chooser-label'), exact: true }).selectOption({ label: name });
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(heading).toHaveText(text(code, 'eulogin-create-account'));
    await expect(page.getByLabel(text(code, 'eulogin-field-username'), { exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: text(code, 'language-chooser-label'), exact: true })).toHaveValue(code);

    // The errors already on show follow the language, and so do new ones.
    await expect(summary).toContainText(text(code, 'form-error-summary-title'));
    await expect(summary.getByRole('link').first()).toHaveText(text(code, 'valid-username-empty'));
    await page.getByRole('button', { name: text(code, 'eulogin-create-account') }).click();
    await expect(summary).toContainText(text(code, 'form-error-summary-title'));
    const shown = await summary.getByRole('link').allTextContents();
    expect(shown).toHaveLength(7);
    shown.forEach((message, i) => {
      expect(message, 'a translated message').not.toEqual(english[i]);
      expect(message).not.toMatch(AN_ID);
    });
    expect(shown).toContain(text(code, 'valid-privacy-not-accepted'));

    // The choice is remembered: a reload comes back in the same language.
    await page.reload();
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(heading).toHaveText(text(code, 'eulogin-create-account'));
    await expect(page.getByText(AN_ID)).toHaveCount(0);
  });
}

test.describe('a first visit', () => {
  test.use({ locale: 'pl-PL' });

  test("follows the browser's languages", async ({ page }) => {
    await page.goto('/eulogin/signup?service=production');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('pl', 'eulogin-create-account'));
  });
});

test.describe('a browser in a language the EU does not use', () => {
  test.use({ locale: 'ja-JP' });

  test('gets English', async ({ page }) => {
    await page.goto('/eulogin/signup?service=production');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'eulogin-create-account'));
  });
});
