// "You can tick several operators, also on several pages": the ticks are kept across the pages
// of a search, and one "send authorisation request" sends them all. The fixture has 22
// fictional Dutch operators ("Fictief Proefbedrijf 01 … 22"), more than one page of 20.
import { test, expect } from './fixtures/app';
import { registerAndLogIn } from './fixtures/people';

test('an operator ticks operators on two pages of results and sends one request for both', async ({ page }) => {
  await registerAndLogIn(page, 'training', 'pages');
  await page.getByRole('link', { name: 'Operator (Importer, first consignee)' }).click();
  await page.getByLabel('Country', { exact: true }).selectOption('NL');
  await page.getByLabel('Name', { exact: true }).fill('proefbedrijf');
  await page.getByRole('button', { name: 'Search', exact: true }).click();

  const first = page.getByRole('checkbox', { name: 'Fictief Proefbedrijf 01 Een' });
  const last = page.getByRole('checkbox', { name: 'Fictief Proefbedrijf 22 Tweeëntwintig' });
  await expect(page.getByText('20 results on this page.')).toBeVisible();
  await expect(first).toBeVisible();
  await expect(last).toHaveCount(0);
  await first.check();
  await expect(page.getByText('1 post selected.')).toBeVisible();

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('2 results on this page.')).toBeVisible();
  await expect(first).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next page' })).toHaveCount(0);
  await last.check();
  await expect(page.getByText('2 posts selected.')).toBeVisible();

  // Back on the first page the first tick is still there.
  await page.getByRole('button', { name: 'First page' }).click();
  await expect(first).toBeChecked();

  await page.getByRole('button', { name: 'Request Authorisation' }).click();
  const popup = page.getByRole('dialog', { name: 'Request Authorisation' });
  await expect(popup.getByRole('listitem')).toHaveText([
    'Fictief Proefbedrijf 01 Een',
    'Fictief Proefbedrijf 22 Tweeëntwintig',
  ]);
  await popup.getByRole('button', { name: 'send authorisation request' }).click();
  await expect(page.locator('[role="status"] .success')).toContainText('Your 2 authorisation requests have been sent');
  await expect(first).not.toBeChecked();

  await page.getByRole('banner').getByRole('link', { name: 'My TRACES profile' }).click();
  for (const name of ['Fictief Proefbedrijf 01 Een', 'Fictief Proefbedrijf 22 Tweeëntwintig']) {
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('Pending');
    await expect(row).toContainText('Netherlands');
  }
});
