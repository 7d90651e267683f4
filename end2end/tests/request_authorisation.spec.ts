// Step 2 of the letter: "select your role in TRACES", search, tick, "Request Authorisation",
// the popup, "send authorisation request", the green message, the requests in the profile.
// The server imports end2end/fixtures/organisations.csv (fictional) into both instances.
import { test, expect } from './fixtures/app';
import { registerAndLogIn } from './fixtures/people';

test('an operator requests authorisation for two operators and cancels one in the profile', async ({ page }) => {
  const person = await registerAndLogIn(page, 'training', 'oper');

  await expect(page.getByRole('heading', { name: 'Select your role in TRACES' })).toBeVisible();
  await expect(page.getByText('each individual can only take one kind of role')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Organic Control Body (or Control Authority)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Authority (Border Control Post or Central Competent Authority)' })).toBeVisible();
  await page.getByRole('link', { name: 'Operator (Importer, first consignee)' }).click();
  await expect(page).toHaveURL(/\/training\/register\/operator$/);

  // No "Create new Operator" before a search.
  await expect(page.getByRole('link', { name: 'Create new Operator' })).toHaveCount(0);
  const request = page.getByRole('button', { name: 'Request Authorisation' });
  await expect(request).toBeDisabled();

  await page.getByLabel('Country', { exact: true }).selectOption('DE');
  // Without accents: "Öko-Fiktiv Handel GmbH" and "Fiktiv Grünwaren KG" are found too.
  await page.getByLabel('Name', { exact: true }).fill('fiktiv');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const first = page.getByRole('checkbox', { name: 'Öko-Fiktiv Handel GmbH' });
  const second = page.getByRole('checkbox', { name: 'Fiktiv Grünwaren KG' });
  await expect(first).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Fittizia Importazioni Bio Srl' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create new Operator' })).toBeVisible();

  await first.check();
  await second.check();
  await expect(page.getByText('2 posts selected.')).toBeVisible();
  await expect(request).toBeEnabled();
  await request.click();

  const popup = page.getByRole('dialog', { name: 'Request Authorisation' });
  await expect(popup).toBeVisible();
  await expect(popup).toHaveAttribute('aria-modal', 'true');
  const info = popup.getByLabel('Additional information (optional)');
  await expect(info).toBeFocused();
  await expect(popup.getByLabel('E-mail', { exact: true })).toHaveValue(person.email);
  // Escape closes the popup without sending; the ticks stay.
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(first).toBeChecked();
  await request.click();
  await expect(popup).toBeVisible();

  await info.fill('I am the purchasing manager of both companies.');
  await popup.getByLabel('Phone (optional)').fill('+49 89 123456');
  await popup.getByRole('button', { name: 'send authorisation request' }).click();

  const message = page.locator('[role="status"] .success');
  await expect(message).toContainText('Your 2 authorisation requests have been sent');
  await expect(popup).toHaveCount(0);
  await expect(first).not.toBeChecked();
  await expect(second).not.toBeChecked();
  await expect(request).toBeDisabled();
  // The green message goes after a few seconds.
  await expect(message).toHaveCount(0, { timeout: 10_000 });

  await page.getByRole('banner').getByRole('link', { name: 'My TRACES profile' }).click();
  await expect(page).toHaveURL(/\/training\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My TRACES profile' })).toBeVisible();
  const rowOf = (name: string) => page.getByRole('row').filter({ hasText: name });
  for (const name of ['Öko-Fiktiv Handel GmbH', 'Fiktiv Grünwaren KG']) {
    await expect(rowOf(name)).toContainText('Pending');
    await expect(rowOf(name)).toContainText('Germany');
  }
  await page.getByRole('button', { name: 'Cancel the request for Fiktiv Grünwaren KG' }).click();
  await expect(page.getByText('Your request for Fiktiv Grünwaren KG has been cancelled.')).toBeVisible();
  await expect(rowOf('Fiktiv Grünwaren KG')).toContainText('Cancelled');
  await expect(rowOf('Öko-Fiktiv Handel GmbH')).toContainText('Pending');
  await expect(page.getByRole('button', { name: 'Cancel the request for Fiktiv Grünwaren KG' })).toHaveCount(0);

  // Now an operator: the welcome page offers only that kind. Requests stay on training.
  await page.getByRole('link', { name: 'Request a new role' }).click();
  await expect(page.getByText('You already have the role kind')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Operator (Importer, first consignee)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Authority (Border Control Post or Central Competent Authority)' })).toHaveCount(0);
  await page.goto('/production/profile');
  await expect(page.getByText('You have not requested any role on this instance yet.')).toBeVisible();
});

test('an authority person finds a Border Control Post by role and name and requests it', async ({ page }) => {
  await registerAndLogIn(page, 'training', 'auth');
  await page.getByRole('link', { name: 'Authority (Border Control Post or Central Competent Authority)' }).click();
  await expect(page).toHaveURL(/\/training\/register\/authority$/);
  await expect(page.getByText('Endorsing Authority for Organic Certification (EAOC – formerly CAFOP in TRACES NT)')).toBeVisible();
  await expect(page.getByText('Organic Production and Labelling (OPL – formerly CAOPL in TRACES NT)')).toBeVisible();

  await page.getByLabel('Role', { exact: true }).selectOption('BCP');
  await page.getByLabel('Name', { exact: true }).fill('hafen');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'BCP Fiktiv Hamburg Hafen' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Fiktive Zentrale Behörde Öko' })).toHaveCount(0);
  // Authorities cannot create a new organisation.
  await expect(page.getByRole('link', { name: 'Create new Operator' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'BCP Fiktiv Hamburg Hafen' }).check();
  await page.getByRole('button', { name: 'Request Authorisation' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'send authorisation request' }).click();
  await expect(page.locator('[role="status"] .success')).toContainText('Your authorisation request has been sent');

  await page.getByRole('banner').getByRole('link', { name: 'My TRACES profile' }).click();
  const row = page.getByRole('row').filter({ hasText: 'BCP Fiktiv Hamburg Hafen' });
  await expect(row).toContainText('Border Control Post');
  await expect(row).toContainText('Pending');
});

test('a control body person ticks single certified countries, or all of them on top of the list', async ({ page }) => {
  await registerAndLogIn(page, 'training', 'cb');
  await page.getByRole('link', { name: 'Organic Control Body (or Control Authority)' }).click();
  await expect(page).toHaveURL(/\/training\/register\/control-body$/);
  await page.getByLabel('Name', { exact: true }).fill('kontrollstelle oko');
  await page.getByRole('button', { name: 'Search', exact: true }).click();

  const all = page.getByRole('checkbox', { name: 'Fiktiv Kontrollstelle Öko: all countries' });
  const austria = page.getByRole('checkbox', { name: 'Fiktiv Kontrollstelle Öko: Austria' });
  const mexico = page.getByRole('checkbox', { name: 'Fiktiv Kontrollstelle Öko: Mexico' });
  await expect(page.getByRole('cell', { name: 'DE-OKO-901' })).toBeVisible();
  await austria.check();
  await mexico.check();
  await expect(page.getByText('2 posts selected.')).toBeVisible();
  // "All countries" replaces the single ticks, and a single tick replaces "all countries".
  await all.check();
  await expect(austria).not.toBeChecked();
  await expect(mexico).not.toBeChecked();
  await expect(page.getByText('1 post selected.')).toBeVisible();
  await austria.check();
  await expect(all).not.toBeChecked();
  await mexico.check();

  await page.getByRole('button', { name: 'Request Authorisation' }).click();
  const popup = page.getByRole('dialog', { name: 'Request Authorisation' });
  await expect(popup.getByText('Fiktiv Kontrollstelle Öko: Austria')).toBeVisible();
  await popup.getByRole('button', { name: 'send authorisation request' }).click();
  await expect(page.locator('[role="status"] .success')).toContainText('Your 2 authorisation requests have been sent');

  await page.getByRole('banner').getByRole('link', { name: 'My TRACES profile' }).click();
  for (const country of ['Austria', 'Mexico']) {
    const row = page.getByRole('row').filter({ hasText: 'Fiktiv Kontrollstelle Öko' }).filter({ hasText: country });
    await expect(row).toContainText('Pending');
  }
});

test('"Create new Operator" shows the likely duplicates first, then creates the operator and the request', async ({ page }) => {
  const person = await registerAndLogIn(page, 'production', 'newop');
  await page.getByRole('link', { name: 'Operator (Importer, first consignee)' }).click();
  await page.getByLabel('Name', { exact: true }).fill('sonnenkorn');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Fiktiv Bäckerei Sonnenkorn' })).toBeVisible();
  await page.getByRole('link', { name: 'Create new Operator' }).click();
  await expect(page).toHaveURL(/\/production\/register\/operator\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create new Operator' })).toBeVisible();

  const create = page.getByRole('button', { name: 'create a new operator' });
  // Mandatory fields say so to screen readers too; the contact rule is next to the contacts.
  await expect(page.getByLabel('Name *', { exact: true })).toHaveAttribute('aria-required', 'true');
  await expect(page.getByLabel('Fax', { exact: true })).not.toHaveAttribute('aria-required', 'true');
  await expect(page.getByRole('group', { name: 'Contact of the operator' }))
    .toContainText('Mandatory: give at least one of phone, fax, e-mail or website.');
  // The request part, as in the popup: prefilled from the account, editable.
  const contactEmail = page.getByLabel('Your e-mail *', { exact: true });
  await expect(contactEmail).toHaveValue(person.email);
  await expect(contactEmail).toHaveAttribute('aria-required', 'true');
  await page.getByLabel('Additional information (optional)').fill('I run the bakery since 2019.');
  await page.getByLabel('Your phone (optional)').fill('+49 40 555001');
  // An importer without EORI number and without any contact: both are refused.
  await page.getByLabel('Name *', { exact: true }).fill('Fiktiv Backerei Sonnenkorn');
  await page.getByLabel('Country *', { exact: true }).selectOption('DE');
  await page.getByLabel('Address *', { exact: true }).fill('Probeplatz 3');
  await page.getByLabel('City *', { exact: true }).fill('Hamburg');
  await page.getByLabel('Postcode *', { exact: true }).fill('20095');
  await page.getByLabel('Activity type *', { exact: true }).selectOption('IMPORTER');
  await create.click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /^EORI number:/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /phone, fax, e-mail or website/i })).toBeVisible();

  await expect(page.getByLabel('EORI number *', { exact: true })).toHaveAttribute('aria-required', 'true');
  await page.getByLabel('Activity type *', { exact: true }).selectOption('PROCESSOR');
  await expect(page.getByLabel('EORI number', { exact: true })).not.toHaveAttribute('aria-required', 'true');
  await page.getByLabel('Phone', { exact: true }).fill('+49 40 555000');
  // A wrong contact e-mail is caught before anything is sent.
  await contactEmail.fill('not an address');
  await create.click();
  await expect(summary.getByRole('link', { name: /^Your e-mail:/ })).toBeVisible();
  await contactEmail.fill(person.email);
  await create.click();
  await expect(page.getByRole('heading', { name: 'Is it one of these?' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Fiktiv Bäckerei Sonnenkorn' })).toBeVisible();
  // Not one of these: "create a new operator" again.
  await create.click();
  await expect(page.getByText('The operator Fiktiv Backerei Sonnenkorn has been created')).toBeVisible();
  await page.getByRole('link', { name: 'Open my profile' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Fiktiv Backerei Sonnenkorn' })).toContainText('Pending');
});
