// An approval with the keyboard alone, as a deciding authority who does not use a mouse: the
// trainer's persona button, the queue's shortcuts, the reason field and its confirmation.
import { test, expect } from './fixtures/app';
import type { Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has the focus, and checks that the focus can be seen there. */
async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached it (${maxPresses} presses)`).toBeFocused();
  const outline = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`;
  });
  expect(outline, 'a visible focus').not.toMatch(/^none 0px none$/);
}

test('the German authority accepts one request and rejects another with the keyboard alone', async ({ page }) => {
  await page.goto('/training');
  await expect(page.getByTestId('server-status')).toContainText('Version');
  await tabTo(page, page.getByRole('button', { name: 'Log in as Jonas Vogel' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/training\/queue$/);

  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const first = rows.nth(0);
  const second = rows.nth(1);
  const firstId = (await first.getByRole('link', { name: /^Request \d+$/ }).textContent())!.replace('Request ', '');
  const secondId = (await second.getByRole('link', { name: /^Request \d+$/ }).textContent())!.replace('Request ', '');

  // The first request is the current one: "j" moves down, "k" back up, "a" accepts it.
  await page.keyboard.press('j');
  await expect(second).toBeFocused();
  await page.keyboard.press('k');
  await expect(first).toBeFocused();
  await page.keyboard.press('a');
  await expect(page.getByRole('status').filter({ hasText: `Request ${firstId} accepted.` })).toBeVisible();

  // "r" opens the reason of the request in focus; the confirmation is reached with Tab.
  await expect(rows.filter({ hasText: `Request ${secondId}` })).toBeFocused();
  await page.keyboard.press('r');
  const reason = page.getByLabel('Reason for the rejection');
  await expect(reason).toBeFocused();
  await page.keyboard.type('The organisation is not in Germany: ask its own authority.');
  await tabTo(page, page.getByRole('button', { name: `Confirm the rejection of request ${secondId}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Request ${secondId} rejected.` })).toBeVisible();
  await expect(page.getByText('No request waits for your decision with these filters.')).toBeVisible();
});
