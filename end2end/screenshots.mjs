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
await browser.close();
