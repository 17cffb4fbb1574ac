// Shared by the browser tests: Debian's Chromium (no browser download is
// possible here), the server under test, and a watch on every request a page
// makes, so a test fails if anything is fetched from another host.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const BASE = process.env.CLICKLINE_URL ?? 'http://127.0.0.1:8000';
export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? 'screenshots';
export const LANGUAGES = [
  'en', 'fr', 'de', 'es', 'ar', 'tl', 'hi', 'bn', 'ur', 'id', 'pt-BR', 'sw', 'uk',
];
/** Scripts a phone must draw without a web font: their rating form is kept as a picture. */
export const SCRIPT_SCREENSHOTS = ['hi', 'bn', 'ur'];

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/** A page whose every request is checked to go to Clickline itself. */
export async function openPage(context) {
  const page = await context.newPage();
  const origin = new URL(BASE).host;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') return;
    assert.equal(url.host, origin, `a request left Clickline: ${request.url()}`);
  });
  return page;
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

export async function api(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(BASE + path, { method, headers, body: JSON.stringify(body) });
  const json = await response.json();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** A requester id no earlier run used. */
export function uniqueId(prefix) {
  return `${prefix}${Date.now().toString(36).toUpperCase()}`;
}
