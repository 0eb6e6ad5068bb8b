// Test support: Debian's chromium driven by playwright-core, headless, with no network access beyond localhost.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessCookies } from './server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(repo, 'build/screenshots');

// Launches headless chromium. Its new contexts carry the access cookie of every running test server (as if
// the user had opened the address truenorth printed); pass {locked: true} to newContext for one without.
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async ({ locked = false, ...options } = {}) => {
    const context = await newContext(options);
    if (!locked) await context.addCookies(accessCookies());
    return context;
  };
  return browser;
}

// Opens `url` in a new page and waits until the app has rendered it (main is no longer busy).
export async function openPage(context, url) {
  const page = await context.newPage();
  page.on('pageerror', (error) => { throw error; });
  await page.goto(url);
  await page.waitForSelector('main[aria-busy="false"]');
  return page;
}

// Saves a screenshot under build/screenshots/ for people to look at.
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

// Presses the editor's Save button (named exactly `name`) and waits until the page says it is saved.
async function saveAndWait(page, name = 'Save') {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForSelector('.save-state[data-state="saved"]');
}

// Fills each field labelled (exactly) by a key of `fields` with its value.
export async function fillLabelled(page, fields) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
}

// Two tabs on one record: `first` (reloaded, so it starts from the latest version) fills `firstFields` and
// saves; then `second`, still on the version it opened, fills `secondFields` and presses Save.
export async function saveFromTwoTabs(first, second, firstFields, secondFields) {
  await first.reload();
  await first.waitForSelector('main[aria-busy="false"]');
  await fillLabelled(first, firstFields);
  await saveAndWait(first);
  await fillLabelled(second, secondFields);
  await second.getByRole('button', { name: 'Save', exact: true }).click();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The axe-core violations on the page as it is now, one line each ("serious color-contrast (selector, …)").
// The check is injected as a script, which the app's own CSP rightly forbids: open the page in a context
// made with {bypassCSP: true}.
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => (await window.axe.run(document)).violations
    .map((v) => `${v.impact} ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`));
}
