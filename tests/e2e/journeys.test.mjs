// What workers and organizers do, in Chromium with JavaScript turned off
// (as in Tor Browser's "Safest" mode): every step is a plain link or form.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { BASE, launch, openPage, screenshot, today, uniqueId } from './browser.mjs';

const requesterId = uniqueId('E2E');
const strikeTitle = `Strike against low pay ${requesterId}`;
let browser;
let grievance;

/** A worker's phone: small screen, no JavaScript, a fresh cookie jar. */
async function workerPage(width = 360) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width, height: 800 },
  });
  return openPage(context);
}

async function textOf(page, selector) {
  return (await page.locator(selector).first().textContent()).trim();
}

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

describe('a worker', () => {
  it('files a rating and sees it on the scorecard', async () => {
    const page = await workerPage();
    await page.goto(`${BASE}/rate`);
    await page.selectOption('#platform', 'mturk');
    await page.fill('#requester_id', requesterId);
    await page.fill('#requester_name', 'Playwright Surveys');
    await page.selectOption('#country', 'ID');
    await page.check('input[name=task_type][value=survey]');
    await page.fill('#pay-amount', '0.50');
    await page.selectOption('#pay-currency', 'USD');
    await page.fill('#minutes', '30');
    await page.check('input[name=paid][value=partial]');
    await page.check('input[name=rejected][value=some]');
    await page.check('input[name=communication][value=unresponsive]');
    await page.check('input[name=recommend][value=false]');
    await page.fill('#comment', 'Paid **half**, two days late.');
    await page.click('form button[type=submit]');

    assert.match(await textOf(page, '.receipt-code'), /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);

    // This instance publishes at once (publish_after_days = 0), and the
    // scorecard is recomputed within seconds: reload until it counts the rating.
    const url = `${BASE}/requesters/mturk/${requesterId}`;
    let ratings = '';
    for (let attempt = 0; attempt < 20 && ratings !== '1'; attempt += 1) {
      await page.goto(url);
      const row = page.locator('.scorecard tr', { hasText: 'Ratings' }).first();
      ratings = (await row.count()) ? (await row.locator('td').first().textContent()).trim() : '';
      if (ratings !== '1') await page.waitForTimeout(500);
    }
    assert.equal(ratings, '1', 'the scorecard counts the new rating');
    assert.equal(await textOf(page, 'h1'), 'Playwright Surveys');
    assert.equal(await textOf(page, '.report-card .comment strong'), 'half');
    await page.context().close();
  });

  it('files a grievance with a mistake, fixes it without retyping, and gets a receipt', async () => {
    const page = await workerPage();
    await page.goto(`${BASE}/report`);
    await page.selectOption('#platform', 'clickworker');
    await page.selectOption('#country', 'ID');
    await page.check('input[name=category][value=non_payment]');
    await page.fill('#amount_at_stake-amount', '12.5');
    await page.selectOption('#amount_at_stake-currency', 'EUR');
    await page.fill('#description', 'Not paid.');
    await page.fill('#desired_outcome', 'Pay what I earned.');
    const response = await Promise.all([
      page.waitForNavigation(),
      page.click('form button[type=submit]'),
    ]).then(([navigation]) => navigation);
    assert.equal(response.status(), 422);

    // The summary links to the field; the field says what is wrong; nothing was lost.
    assert.equal(await page.locator('.error-summary a[href="#description"]').count(), 1);
    assert.equal(await page.getAttribute('#description', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#description', 'aria-describedby'), /description-error/);
    assert.equal(await page.inputValue('#description'), 'Not paid.');
    assert.equal(await page.inputValue('#desired_outcome'), 'Pay what I earned.');
    assert.equal(await page.inputValue('#platform'), 'clickworker');
    assert.equal(await page.inputValue('#amount_at_stake-amount'), '12.5');
    assert.ok(await page.isChecked('input[name=category][value=non_payment]'));

    await page.fill('#description', 'Not paid for three weeks of transcription work, 40 tasks.');
    await page.click('form button[type=submit]');
    const receipt = await textOf(page, '.receipt-code');
    assert.match(receipt, /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    const id = await textOf(page, '.receipt code');
    grievance = { id, receipt };
    await page.context().close();
  });

  it('withdraws the grievance with its receipt code', async () => {
    assert.ok(grievance, 'the grievance journey ran first');
    const page = await workerPage();
    await page.goto(`${BASE}/receipt`);
    await page.fill('#id', grievance.id);
    await page.fill('#receipt', grievance.receipt.toLowerCase());
    await page.click('button[value=withdraw]');
    await page.click('button.danger');
    assert.match(await textOf(page, 'h1'), /withdrawn/);
    const gone = await page.goto(`${BASE}/reports/${grievance.id}`);
    assert.equal(gone.status(), 410);
    await page.context().close();
  });

  it('switches the language, and the choice follows them', async () => {
    const page = await workerPage();
    await page.goto(`${BASE}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.click('nav.languages a[hreflang=fr]');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await textOf(page, 'nav a[href="/rate"]'), 'Évaluer un donneur d’ordre');
    await page.click('nav a[href="/methodology"]');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await page.click('nav.languages a[hreflang=ar]');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(new URL(page.url()).pathname, '/methodology');
    await screenshot(page, 'methodology-ar-360');
    await page.goto(`${BASE}/rate`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await textOf(page, '#country option[value=EG]'), 'مصر (EG)');
    await screenshot(page, 'rate-ar-360');
    await page.click('nav.languages a[hreflang=en]');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.context().close();
  });
});

/** Files more ratings of the test requester from Indonesia through the API
 * and waits for their batch: a country is alerted for a strike only with
 * `min_group_size` (5) published reports about its target. */
async function moreIndonesianRatings(count) {
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(`${BASE}/api/v1/ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        platform: 'mturk', requester_id: requesterId, country: 'ID', task_type: 'tagging',
        pay: { amount: Number((0.4 + i / 10).toFixed(2)), currency: 'USD' }, minutes: 30, paid: 'no',
        rejected: 'all', communication: 'not_tried', recommend: false,
      }),
    });
    assert.equal(response.status, 201);
  }
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const card = await (await fetch(`${BASE}/api/v1/requesters/mturk/${requesterId}`)).json();
    if (card.all.ratings >= count + 1) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.fail('the ratings were not published');
}

describe('an organizer and a worker abroad', () => {
  let strikeUrl;

  it('an organizer logs in and calls a strike', async () => {
    await moreIndonesianRatings(4);
    const page = await workerPage(1280);
    await page.goto(`${BASE}/organize/login`);
    await page.fill('#email', process.env.E2E_ADMIN_EMAIL);
    await page.fill('#password', process.env.E2E_ADMIN_PASSWORD);
    await page.click('form button[type=submit]');
    // The password the CLI printed was seen by whoever ran it: the first login replaces it.
    assert.equal(new URL(page.url()).pathname, '/organize/password');
    await page.fill('#current', process.env.E2E_ADMIN_PASSWORD);
    await page.fill('#new', 'a new passphrase for the e2e admin');
    await page.fill('#confirm', 'a new passphrase for the e2e admin');
    await page.click('form[action="/organize/password"] button[type=submit]');
    await page.click('main a[href="/organize"]');
    assert.equal(new URL(page.url()).pathname, '/organize');
    await page.click('main a[href="/organize/strikes/new"]');
    await page.fill('#title', strikeTitle);
    await page.fill('#demands', 'Pay at least the **minimum wage** for every task, set-up included.');
    await page.selectOption('#platform', 'mturk');
    await page.fill('#requester_ids', requesterId);
    await page.fill('#called_in', 'PH');
    await page.fill('#starts_on', today());
    await page.click('form[action="/organize/strikes"] button[type=submit]');
    assert.match(new URL(page.url()).pathname, /^\/strikes\/[a-z0-9]+$/);
    strikeUrl = page.url();
    assert.equal(await textOf(page, 'h1'), strikeTitle);
    // Five published reports from Indonesia concern this target, so solidarity is asked there.
    // The map's row (the supporters table lists the countries asked, too).
    const indonesia = page.locator('tbody tr', { hasText: '(ID)' }).filter({ hasText: 'solidarity asked' });
    assert.match(await indonesia.textContent(), /solidarity asked/);
    await page.context().close();
  });

  it('a worker in another country sees the alert in their channel and pledges', async () => {
    assert.ok(strikeUrl, 'the strike was called first');
    const page = await workerPage();
    await page.goto(`${BASE}/channels/ID`);
    const alert = page.locator('.strike-banner', { hasText: strikeTitle });
    assert.equal(await alert.count(), 1, 'the solidarity alert is in the Indonesian channel');
    assert.match(await alert.textContent(), /Workers in PH are on strike from .+ against .*mturk: don.t take/);
    await alert.locator('button[type=submit]').click();
    assert.match(await textOf(page, 'h1'), /pledge/);
    assert.match(await textOf(page, '.receipt-code'), /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    await page.goto(strikeUrl);
    // The map's row (the supporters table lists the countries asked, too).
    const indonesia = page.locator('tbody tr', { hasText: '(ID)' }).filter({ hasText: 'solidarity asked' });
    assert.match(await indonesia.textContent(), /fewer than/, 'one pledge is shown only as a small group');
    await page.context().close();
  });

  it('saves screenshots of the home page, a scorecard and the strike at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await workerPage(width);
      await page.goto(`${BASE}/`);
      await screenshot(page, `home-${width}`);
      await page.goto(`${BASE}/requesters/mturk/${requesterId}`);
      await screenshot(page, `scorecard-${width}`);
      await page.goto(strikeUrl);
      await screenshot(page, `strike-${width}`);
      await page.context().close();
    }
  });
});
