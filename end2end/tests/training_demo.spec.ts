// The training instance as a trainer's tool: the guided demo follows the letter, the trainer
// logs in as the importer persona and requests a post, logs in as the CCA persona and accepts
// it, shows the requester's profile and the demo mail, then resets the training instance.
import { test, expect } from './fixtures/app';
import { text } from './fixtures/catalog';
import type { Page } from '@playwright/test';

async function logInAs(page: Page, name: string) {
  await page.goto('/training');
  await page.getByRole('button', { name: `Log in as ${name}` }).click();
  await expect(page.getByRole('banner')).toContainText(name);
}

test('a trainer runs the letter with personas, decides as the authority and resets', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/training');
  await expect(page.getByRole('note')).toContainText('TRAINING');
  await expect(page).toHaveTitle(/^TRAINING/);

  // The guided demo highlights the step of the page.
  await page.getByRole('button', { name: 'Guided demo', exact: true }).click();
  const guide = page.getByRole('complementary', { name: 'Guided demo' });
  await expect(guide).toBeVisible();
  await expect(guide.locator('[aria-current="step"]')).toContainText('sign up for TRACES');

  // Step 2 as the importer persona: role, search, tick, popup, green message.
  await page.getByRole('button', { name: 'Log in as Inès Laurent' }).click();
  await expect(page).toHaveURL(/\/training$/);
  await expect(guide.locator('[aria-current="step"]')).toContainText('Choose the kind of role');
  await page.getByRole('link', { name: 'Operator (Importer, first consignee)' }).click();
  await page.getByLabel('Country', { exact: true }).selectOption('DE');
  await page.getByLabel('Name', { exact: true }).fill('imaginar biohof');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Imaginär Biohof Test' }).check();
  await page.getByRole('button', { name: 'Request Authorisation' }).click();
  const popup = page.getByRole('dialog', { name: 'Request Authorisation' });
  await popup.getByRole('button', { name: 'send authorisation request' }).click();
  await expect(page.locator('[role="status"] .success')).toContainText('authorisation request');

  // The decision as the CCA persona (Germany's authority).
  await logInAs(page, 'Jonas Vogel');
  await expect(page).toHaveURL(/\/training\/queue$/);
  const row = page
    .getByRole('table', { name: 'Pending requests in your scope' })
    .getByRole('row')
    .filter({ hasText: 'Imaginär Biohof Test' });
  await expect(row).toContainText('Inès Laurent');
  const link = row.getByRole('link', { name: /^Request \d+$/ });
  const id = (await link.textContent())!.replace('Request ', '');
  await link.click();
  await expect(guide.locator('[aria-current="step"]')).toContainText('Open the request');
  await page.getByRole('button', { name: `Accept request ${id}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Request ${id} accepted.` })).toBeVisible();

  // The requester's profile says Valid; the authority's e-mail is in the demo mailbox. The
  // trainer stays in English whatever the persona's own languages.
  await logInAs(page, 'Inès Laurent');
  await page.goto('/training/profile');
  await expect(page.getByRole('row').filter({ hasText: 'Imaginär Biohof Test' })).toContainText('Valid');
  await page.goto('/mailbox?to=jonas.vogel%40demo.traces-training.example');
  // In Jonas Vogel's e-mail language, German.
  await expect(page.getByText(text('de', 'mail-new-request-subject')).first()).toBeVisible();

  // The Commission persona is a trainer: reset, with a confirmation.
  await logInAs(page, 'Marta Kowalska');
  await page.goto('/training');
  await page.getByRole('button', { name: 'Reset training…' }).click();
  await page.getByRole('button', { name: 'Yes, reset training' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Training reset in' })).toBeVisible();
  await logInAs(page, 'Inès Laurent');
  await page.goto('/training/profile');
  await expect(page.getByText('You have not requested any role on this instance yet.')).toBeVisible();
});

test('an importer persona cannot reset, and production never lists the personas', async ({ page }) => {
  await page.goto('/production');
  await expect(page.getByRole('heading', { name: 'Training personas' })).toHaveCount(0);
  await logInAs(page, 'Inès Laurent');
  await page.goto('/training');
  await expect(page.getByRole('heading', { name: 'Training personas' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset training…' })).toHaveCount(0);
  // The room shares the personas: their account page says so instead of offering forms.
  await page.goto('/eulogin/account?service=training');
  await expect(page.getByText(text('en', 'error-demo-person-shared'))).toBeVisible();
  await expect(page.getByRole('button', { name: text('en', 'eulogin-account-details-submit') })).toHaveCount(0);
});
