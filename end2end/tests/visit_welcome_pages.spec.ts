import { test, expect, appReady } from './fixtures/app';
import { text } from './fixtures/catalog';

test('the home page leads to both instances; only training shows the training banner', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('TRACES NT');

  await page.getByRole('link', { name: /TRACES NT Production/ }).click();
  await expect(page).toHaveURL(/\/production$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to TRACES NT' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page).toHaveTitle('TRACES NT');
  await expect(page.getByRole('link', { name: 'Login into TRACES' })).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: /TRACES NT Training/ }).click();
  await expect(page).toHaveURL(/\/training$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to TRACES NT Training' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('TRAINING');
  await expect(page).toHaveTitle(/^TRAINING/);
});

test('"sign up for TRACES" opens the EU Login registration screen and keeps the instance', async ({ page }) => {
  await page.goto('/training');
  await appReady(page);
  await page.getByRole('link', { name: 'sign up for TRACES' }).click();
  await expect(page).toHaveURL(/\/eulogin\/signup\?service=training$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('TRAINING');

  await page.goto('/production');
  await page.getByRole('link', { name: 'sign up for TRACES' }).click();
  await expect(page).toHaveURL(/\/eulogin\/signup\?service=production$/);
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('a deep link opens its page directly and an unknown path says so', async ({ page }) => {
  await page.goto('/training');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to TRACES NT Training' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('the language chosen on the top right is applied and survives a reload', async ({ page }) => {
  await page.goto('/production');
  await appReady(page);
  const chooser = page.getByRole('combobox', { name: 'Language', exact: true });
  await expect(chooser.getByRole('option')).toHaveCount(24);
  await chooser.selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect
    .poll(async () => (await page.context().cookies()).find((c) => c.name === 'traces_lang')?.value)
    .toBe('de');
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The chooser now speaks German too.
  await expect(page.getByRole('combobox', { name: text('de', 'language-chooser-label'), exact: true })).toHaveValue('de');
});
