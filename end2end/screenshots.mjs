// Takes the README's screenshots from a running server: node screenshots.mjs http://127.0.0.1:3000 [name=path ...]
import { chromium } from '@playwright/test';
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const shots = process.argv.slice(3).map((a) => a.split('='));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
for (const [name, path] of shots) {
  await page.goto(base + path);
  await page.getByTestId('server-status').filter({ hasText: 'Version' }).waitFor();
  await page.screenshot({ path: `../docs/screenshots/${name}.png`, fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
}
await browser.close();
