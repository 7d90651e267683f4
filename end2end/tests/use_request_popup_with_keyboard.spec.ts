// The request popup is a modal dialog for keyboard and screen-reader users: it opens from the
// keyboard, takes the focus, keeps Tab and Shift+Tab inside, makes the page behind it inert,
// closes on Escape and gives the focus back to "Request Authorisation".
import { test, expect } from './fixtures/app';
import { registerAndLogIn } from './fixtures/people';
import type { Page } from '@playwright/test';

/** Whether the focused element is inside the dialog. */
const focusInDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role="dialog"]') != null);

test('the request popup works with the keyboard alone', async ({ page }) => {
  await registerAndLogIn(page, 'training', 'keys');
  await page.getByRole('link', { name: 'Operator (Importer, first consignee)' }).click();
  await page.getByLabel('Country', { exact: true }).selectOption('DE');
  await page.getByLabel('Name', { exact: true }).fill('fiktiv');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  const tick = page.getByRole('checkbox', { name: 'Öko-Fiktiv Handel GmbH' });
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();

  const request = page.getByRole('button', { name: 'Request Authorisation' });
  await request.focus();
  await page.keyboard.press('Enter');
  const popup = page.getByRole('dialog', { name: 'Request Authorisation' });
  await expect(popup).toBeVisible();
  await expect(popup).toHaveAttribute('aria-modal', 'true');
  const info = popup.getByLabel('Additional information (optional)');
  await expect(info).toBeFocused();

  // The page behind is inert: out of reach of Tab, clicks and screen readers.
  const search = page.getByRole('button', { name: 'Search', exact: true });
  await expect.poll(() => search.evaluate((el) => el.closest('[inert]') != null)).toBe(true);
  await expect.poll(() => popup.evaluate((el) => el.closest('[inert]') == null)).toBe(true);

  // Tab goes round inside: additional information, e-mail, phone, send, Cancel, and back.
  const cancel = popup.getByRole('button', { name: 'Cancel' });
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page)).toBe(true);
  }
  await expect(info).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(info).toBeFocused();
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog(page)).toBe(true);
  }

  // Escape closes it, sends nothing, and the focus is back on the button.
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(request).toBeFocused();
  await expect(tick).toBeChecked();
  await expect.poll(() => search.evaluate((el) => el.closest('[inert]') == null)).toBe(true);

  // Cancel does the same.
  await page.keyboard.press('Enter');
  await expect(info).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popup).toHaveCount(0);
  await expect(request).toBeFocused();

  // Sent from the keyboard: the green message takes the focus (the button is disabled now).
  await page.keyboard.press('Enter');
  await expect(info).toBeFocused();
  await page.keyboard.type('Sent from the keyboard.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'send authorisation request' })).toBeFocused();
  await page.keyboard.press('Enter');
  const message = page.locator('[role="status"] .success');
  await expect(message).toContainText('Your authorisation request has been sent');
  await expect(message).toBeFocused();
  await expect(request).toBeDisabled();
});
