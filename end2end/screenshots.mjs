// Takes the README's screenshots from a running server started in test mode
// (TRACES_TEST_MODE=1, so the captcha answer is readable):
//   node screenshots.mjs http://127.0.0.1:3000
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
const ready = () => page.getByTestId('server-status').filter({ hasText: 'Version' }).waitFor();
async function shot(name) {
  await page.screenshot({ path: `../docs/screenshots/${name}.png`, fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
}

for (const [name, path] of [['landing', '/'], ['welcome-production', '/production'], ['welcome-training', '/training']]) {
  await page.goto(base + path);
  await ready();
  await shot(name);
}

// Step 1 of the letter on the training instance.
const user = `trainee${Date.now() % 100000}`;
const email = `${user}@example.org`;
await page.goto(`${base}/eulogin/signup?service=training`);
await ready();
await page.getByRole('button', { name: 'Create an account' }).click();
await page.getByRole('alert').first().waitFor();
await shot('signup-errors');
await page.getByLabel('Username').fill(user);
await page.getByLabel('First name').fill('Anna');
await page.getByLabel('Last name').fill('Muster GmbH');
await page.getByLabel('E-mail', { exact: true }).fill(email);
await page.getByLabel('Confirm e-mail').fill(email);
const code = await page.locator('img[data-code]').getAttribute('data-code');
await page.getByLabel('Code', { exact: true }).fill(code);
await page.getByLabel('Code', { exact: true }).blur();
await shot('signup-filled');
await page.getByLabel('Last name').fill('Muster');
await page.getByRole('checkbox').check();
await page.getByRole('button', { name: 'Create an account' }).click();
await page.waitForURL(/signup\/sent/);
await shot('signup-sent');
await page.goto(`${base}/mailbox`);
await page.getByRole('heading', { name: 'Mailbox' }).waitFor();
await page.getByRole('button', { name: /password/i }).first().click();
await shot('mailbox');

// Step 2 (needs end2end/fixtures/organisations.csv imported into training).
await page.locator('a[href*="/eulogin/password?token="]').first().click();
await page.getByLabel('New password', { exact: true }).fill('correct horse battery staple 42');
await page.getByLabel('Confirm password', { exact: true }).fill('correct horse battery staple 42');
await page.getByRole('button', { name: 'Set my password' }).click();
await page.getByRole('heading', { level: 1, name: 'Your password is set' }).waitFor();
await page.goto(`${base}/eulogin/login?service=training`);
await page.getByLabel('E-mail', { exact: true }).fill(email);
await page.getByLabel('Password', { exact: true }).fill('correct horse battery staple 42');
await page.getByRole('button', { name: 'Log in', exact: true }).click();
await page.getByRole('heading', { name: 'Select your role in TRACES' }).waitFor();
await shot('role-choice');
await page.getByRole('link', { name: 'Operator (Importer, first consignee)' }).click();
await page.getByLabel('Country', { exact: true }).selectOption('DE');
await page.getByRole('button', { name: 'Search', exact: true }).click();
await page.getByRole('checkbox').nth(1).check();
await page.getByRole('checkbox').nth(2).check();
await page.getByRole('button', { name: 'Request Authorisation' }).click();
await page.getByRole('dialog').waitFor();
await shot('request-popup');
await page.getByRole('dialog').getByRole('button', { name: 'send authorisation request' }).click();
await page.getByRole('status').filter({ hasText: /sent|request/i }).first().waitFor();
await shot('request-sent');
await page.goto(`${base}/training/profile`);
await page.getByRole('heading', { name: 'My requests' }).waitFor();
await page.getByText('Pending').first().waitFor();
await shot('profile');

// Training: the personas, the guided demo, the authority's queue and decision, the reset.
async function logInAs(name) {
  await page.goto(`${base}/training`);
  await page.getByRole('button', { name: `Log in as ${name}` }).click();
  await page.getByRole('banner').filter({ hasText: name }).waitFor();
}
await page.goto(`${base}/training`);
await ready();
await page.getByRole('button', { name: 'Guided demo', exact: true }).click();
await page.getByRole('heading', { name: 'Training personas' }).waitFor();
await shot('training-personas');
await logInAs('Jonas Vogel');
await page.getByRole('table', { name: 'Pending requests in your scope' }).waitFor();
await shot('queue');
await page.getByRole('table', { name: 'Pending requests in your scope' }).getByRole('link', { name: /^Request \d+$/ }).first().click();
await page.getByRole('button', { name: /^Accept request/ }).waitFor();
await shot('request-detail');
await logInAs('Marta Kowalska');
await page.goto(`${base}/training`);
await page.getByRole('button', { name: 'Reset training…' }).click();
await shot('training-reset-confirm');
await browser.close();
