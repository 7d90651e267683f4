// axe-core in Chromium on every page of both instances, logged out and logged in (a registrant
// on production, the CCA persona on training, who sees the approval pages): no violation of
// WCAG 2.0/2.1 A and AA. The server's Content-Security-Policy forbids injected scripts, so this
// browser context bypasses it to load axe.
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady } from './fixtures/app';
import { registerAndLogIn } from './fixtures/people';

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const test = base.extend({
  context: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL, bypassCSP: true });
    await use(context);
    await context.close();
  },
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** The violations of the page at `path`, as "path: rule (help) at selectors". */
async function violations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await appReady(page);
  // Data loaded after the first paint (lists, counts) is part of the page to check.
  await page.waitForLoadState('networkidle');
  await page.addScriptTag({ content: axeSource });
  const found: Violation[] = await page.evaluate(async () => {
    // @ts-expect-error axe is the script just added
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return found.map((v) => `${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PUBLIC = [
  '/',
  '/production',
  '/training',
  '/eulogin/signup?service=production',
  '/eulogin/login?service=training',
  '/eulogin/lost-password?service=production',
  '/eulogin/help',
  '/eulogin/privacy',
  '/mailbox',
  '/nowhere',
];

const INSTANCE_PAGES = (instance: string) => [
  `/${instance}`,
  `/${instance}/profile`,
  `/${instance}/register/operator`,
  `/${instance}/register/operator/new`,
  `/${instance}/register/authority`,
  `/${instance}/register/control-body`,
  `/${instance}/notifications`,
  `/${instance}/queue`,
  `/eulogin/account?service=${instance}`,
];

test('every page, logged out, has no WCAG 2.1 A or AA violation', async ({ page }) => {
  const all: string[] = [];
  for (const path of PUBLIC) all.push(...(await violations(page, path)));
  expect(all).toEqual([]);
});

test('every page of production, logged in, has no WCAG 2.1 A or AA violation', async ({ page }) => {
  await registerAndLogIn(page, 'production', 'a11y');
  const all: string[] = [];
  for (const path of INSTANCE_PAGES('production')) all.push(...(await violations(page, path)));
  expect(all).toEqual([]);
});

test('every page of training, as the deciding authority, has no WCAG 2.1 A or AA violation', async ({ page }) => {
  await page.goto('/training');
  await page.getByRole('button', { name: 'Guided demo', exact: true }).click();
  await page.getByRole('button', { name: 'Log in as Jonas Vogel' }).click();
  await expect(page).toHaveURL(/\/training\/queue$/);
  const all: string[] = [];
  for (const path of INSTANCE_PAGES('training')) all.push(...(await violations(page, path)));
  // A request's page, and the decision history.
  await page.goto('/training/queue');
  const first = page.getByRole('table', { name: 'Pending requests in your scope' }).getByRole('link', { name: /^Request \d+$/ }).first();
  const href = await first.getAttribute('href');
  all.push(...(await violations(page, href!)));
  all.push(...(await violations(page, '/training/queue?view=decided')));
  expect(all).toEqual([]);
});
