// "On your profile page you can also set your preferences for time zone, notifications etc.":
// the preferences are saved, and the dates of the requests are shown in the chosen time zone.
import { test, expect } from './fixtures/app';
import { registerAndLogIn } from './fixtures/people';
import type { Page } from '@playwright/test';

/** What the app shows in English for a moment in a zone: "23 Nov 2026, 11:05 (America/New_York)"
 * (the browser's medium date and short time for en-GB, the locale of English pages). */
function inZone(iso: string, zone: string): string {
  const text = new Date(iso).toLocaleString('en-GB', {
    timeZone: zone, dateStyle: 'medium', timeStyle: 'short',
  });
  return `${text} (${zone})`;
}

async function requestOnePost(page: Page) {
  await page.getByRole('link', { name: 'Operator (Importer, first consignee)' }).click();
  await page.getByLabel('Country', { exact: true }).selectOption('FR');
  await page.getByLabel('Name', { exact: true }).fill('primeurs');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Fictif Primeurs Sàrl' }).check();
  await page.getByRole('button', { name: 'Request Authorisation' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'send authorisation request' }).click();
  await expect(page.locator('[role="status"] .success')).toContainText('Your authorisation request has been sent');
}

test('a person saves time zone and notification preferences and sees request times in that zone', async ({ page }) => {
  await registerAndLogIn(page, 'training', 'prefs');
  await requestOnePost(page);
  await page.getByRole('banner').getByRole('link', { name: 'My TRACES profile' }).click();

  const row = page.getByRole('row').filter({ hasText: 'Fictif Primeurs Sàrl' });
  const requested = row.locator('time').first();
  await expect(requested).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const iso = (await requested.getAttribute('datetime'))!;
  // Before any choice: Brussels time.
  await expect(requested).toHaveText(inZone(iso, 'Europe/Brussels'));

  await expect(page.getByRole('heading', { level: 2, name: 'Preferences' })).toBeVisible();
  const zone = page.getByLabel('Time zone', { exact: true });
  await zone.selectOption('America/New_York');
  const decisions = page.getByLabel('Decisions on my requests (accepted, rejected, revoked)');
  const byEmail = page.getByLabel('By e-mail (to the address of your EU Login account)');
  await expect(decisions).toBeChecked();
  await byEmail.uncheck();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Your preferences are saved. Dates and times are now shown in America/New_York.')).toBeVisible();
  // The table follows at once.
  await expect(requested).toHaveText(inZone(iso, 'America/New_York'));

  await page.reload();
  await expect(requested).toHaveText(inZone(iso, 'America/New_York'));
  await expect(page.getByText('Dates and times are shown in your time zone, America/New_York.')).toBeVisible();
  await expect(zone).toHaveValue('America/New_York');
  await expect(byEmail).not.toBeChecked();
  await expect(decisions).toBeChecked();
  await expect(page.getByLabel('In the app', { exact: true })).toBeChecked();

  // With no channel left, the page says that nothing will reach the person.
  await page.getByLabel('In the app', { exact: true }).uncheck();
  await expect(page.getByText('you will not be notified of anything')).toBeVisible();

  // The languages belong to the EU Login account; the page links to it.
  await expect(page.getByLabel('Interface language')).toHaveValue('en');
  await expect(page.getByRole('link', { name: 'My account' }).last()).toHaveAttribute('href', /\/eulogin\/account/);
});
