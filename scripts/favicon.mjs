// Draws web/favicon.svg as a 32x32 PNG in headless Chromium and writes it into web/index.html's icon link
// as a data URL. A PNG icon costs the page nothing to show; an SVG one makes Chromium build an SVG
// document on the page's main thread (2-7 ms in traces) while the page is still loading.
// Run after changing the logo: node scripts/favicon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(path.join(repo, 'web/favicon.svg'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 32, height: 32 }, deviceScaleFactor: 1 });
  await page.setContent(`<style>html, body { margin: 0; background: transparent; }</style>
    <img src="data:image/svg+xml;base64,${svg.toString('base64')}" width="32" height="32" style="display: block">`);
  await page.waitForFunction(() => document.images[0].complete);
  const png = await page.screenshot({ omitBackground: true });
  const indexFile = path.join(repo, 'web/index.html');
  const index = readFileSync(indexFile, 'utf8');
  const link = `<link rel="icon" href="data:image/png;base64,${png.toString('base64')}" type="image/png">`;
  const updated = index.replace(/<link rel="icon" [^>]*>/, link);
  if (updated === index && !index.includes(link)) throw new Error('web/index.html has no <link rel="icon">');
  writeFileSync(indexFile, updated);
} finally {
  await browser.close();
}
