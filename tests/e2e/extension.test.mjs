// Clickline's WebExtension in a real Chromium, unpacked, against fixture
// pages with the structure of worker.mturk.com's task list, preview and
// queue. The fixtures are served locally; the test's copy of the extension
// also matches their origin and points at the Clickline under test.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { BASE, api, screenshot, today, uniqueId } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ids = { A: uniqueId('AEXTA'), B: uniqueId('AEXTB'), C: uniqueId('AEXTC') };
const strikeTitle = `Stop the 5-cent receipts ${ids.A}`;
let server;
let fixtures;
let profile;
let extension;
let strike;

/** Serves the fixtures at worker.mturk.com's paths, ids filled in. */
function serveFixtures() {
  const pages = { '/': 'tasks.html', '/tasks': 'queue.html' };
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://fixture').pathname;
    const file = pages[path] ?? (path.startsWith('/projects/') ? 'preview.html' : null);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const html = readFileSync(join(here, 'fixtures/mturk', file), 'utf8')
      .replace(/\{\{([ABC])\}\}/g, (_, key) => ids[key]);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve(`http://127.0.0.1:${server.address().port}`);
  }));
}

/** The unpacked extension as a worker would load it, plus the fixture origin. */
function extensionCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'clickline-extension-'));
  cpSync(join(here, '../../static/extension'), dir, { recursive: true });
  rmSync(join(dir, 'userscript.js'), { force: true });
  rmSync(join(dir, 'screenshot.png'), { force: true });
  writeFileSync(join(dir, 'defaults.js'), `var CLICKLINE_DEFAULT_ADDRESS = ${JSON.stringify(BASE)};\n`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.content_scripts[0].matches.push('http://127.0.0.1/*');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

function launchWith(locale) {
  profile = mkdtempSync(join(tmpdir(), 'clickline-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    locale,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
    ],
  });
}

function rating(requesterId, name, overrides) {
  return {
    platform: 'mturk', requester_id: requesterId, requester_name: name, country: 'PH',
    task_type: 'tagging', pay: { amount: 0.5, currency: 'USD' }, minutes: 10, paid: 'yes',
    rejected: 'none', communication: 'responsive', recommend: true, ...overrides,
  };
}

/** Waits until the bulk lookup knows A and B (published and recomputed). */
async function published() {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await fetch(`${BASE}/api/v1/requesters?platform=mturk&ids=${ids.A},${ids.B}`);
    const cards = await response.json();
    if (cards.length === 2 && cards.every((c) => c.all.ratings > 0)
        && cards.some((c) => c.active_strikes.length > 0)) return cards;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.fail('the ratings were not published in 30 s');
}

/** The Clickline note beside one requester. */
async function noteFor(page, id) {
  const note = page.locator(`.clickline[data-clickline-for="${id}"]`).first();
  await note.waitFor({ timeout: 10000 });
  return note;
}

before(async () => {
  await api('POST', '/api/v1/ratings', rating(ids.A, 'Acme Research', {}));
  await api('POST', '/api/v1/ratings', rating(ids.A, 'Acme Research', {
    pay: { amount: 0.25, currency: 'USD' }, paid: 'no', rejected: 'some',
  }));
  await api('POST', '/api/v1/ratings', rating(ids.B, 'Beta Surveys', { paid: 'pending' }));
  strike = await api('POST', '/api/v1/strikes', {
    title: strikeTitle, demands: 'Pay at least the minimum wage for every receipt.',
    platform: 'mturk', requester_ids: [ids.A], called_in: ['PH'], starts_on: today(),
  }, process.env.E2E_ADMIN_TOKEN);
  await published();
  fixtures = await serveFixtures();
  extension = extensionCopy();
});

after(async () => {
  server?.close();
  for (const dir of [extension, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the extension on worker.mturk.com', () => {
  it('annotates the task list, a preview and the queue with one bulk call per page', async () => {
    const context = await launchWith('en-US');
    try {
      const page = await context.newPage();
      const bulk = [];
      const elsewhere = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname === '/api/v1/requesters') bulk.push(url.search);
        if (![new URL(BASE).host, new URL(fixtures).host].includes(url.host)
            && url.protocol.startsWith('http')) elsewhere.push(request.url());
      });
      await page.goto(`${fixtures}/`);

      const a = await noteFor(page, ids.A);
      const aText = await a.textContent();
      assert.match(aText, /Median pay: \$\d+\.\d\d\/h/);
      assert.match(aText, /Unpaid: 50%/);
      assert.match(aText, /Rejections: 50%/);
      assert.match(aText, /2 ratings/);
      assert.match(aText, new RegExp(`Strike: ${strikeTitle}`));
      // Other browser tests strike the whole of mturk too, which concerns
      // every requester on it: pick this strike's banner by its title.
      const banner = a.locator('.clickline-strike', { hasText: strikeTitle });
      const strikeLink = await banner.locator('a').getAttribute('href');
      assert.equal(strikeLink, `${BASE}/strikes/${strike.id}`);
      assert.equal(
        await a.locator('a', { hasText: 'Scorecard' }).getAttribute('href'),
        `${BASE}/requesters/mturk/${ids.A}`,
      );
      const rate = new URL(await a.locator('a', { hasText: 'Rate this requester' }).getAttribute('href'));
      assert.equal(rate.origin + rate.pathname, `${BASE}/rate`);
      assert.equal(rate.searchParams.get('requester_id'), ids.A);
      assert.equal(rate.searchParams.get('requester_name'), 'Acme Research');
      assert.equal(rate.searchParams.get('pay'), '0.5');
      assert.equal(rate.searchParams.get('currency'), 'USD');
      assert.equal(rate.searchParams.get('title'), 'Label street photos');

      const bText = await (await noteFor(page, ids.B)).textContent();
      assert.match(bText, /Unpaid: Not enough data/, 'a pending payment is no data, never 0');
      assert.match(bText, /1 rating(?!s)/);
      // B is not struck by this test's strike (a whole-platform strike of
      // another browser test may show, and rightly: it concerns B too).
      assert.doesNotMatch(bText, new RegExp(strikeTitle));
      const cText = await (await noteFor(page, ids.C)).textContent();
      assert.match(cText, /No ratings on Clickline yet/);
      assert.equal(bulk.length, 1, `one bulk call for the page: ${bulk}`);
      const asked = new URLSearchParams(bulk[0]).get('fields').split(',');
      assert.ok(asked.includes('all.ratings') && !asked.includes('trend'), `only the fields it shows: ${asked}`);
      assert.deepEqual(elsewhere, [], 'no other host contacted');
      await screenshot(page, 'extension-task-list');

      // The form the rate link opens is ready to finish.
      await page.goto(rate.href);
      assert.equal(await page.inputValue('#requester_id'), ids.A);
      assert.equal(await page.inputValue('#pay-amount'), '0.5');
      assert.equal(await page.inputValue('#pay-currency'), 'USD');
      await screenshot(page, 'extension-rate-form');

      await page.goto(`${fixtures}/projects/3FIXTUREA/tasks?ref=w_pl_prvw`);
      assert.match(await (await noteFor(page, ids.A)).textContent(), /2 ratings/);
      await screenshot(page, 'extension-preview');

      await page.goto(`${fixtures}/tasks`);
      assert.match(await (await noteFor(page, ids.B)).textContent(), /1 rating(?!s)/);
      await screenshot(page, 'extension-queue');
    } finally {
      await context.close();
    }
  });

  it("follows the reader's language", async () => {
    const context = await launchWith('fr-FR');
    try {
      const page = await context.newPage();
      await page.goto(`${fixtures}/tasks`);
      const note = await noteFor(page, ids.B);
      assert.match(await note.textContent(), /Non payé : Pas assez de données/);
      assert.equal(await note.getAttribute('lang'), 'fr');
      await screenshot(page, 'extension-queue-fr');
    } finally {
      await context.close();
    }
  });
});

