// A worker's data-access request, as a new user meets it in Chromium with
// JavaScript off: the letter in Swahili under Kenya's law to the platform's
// controller, "I sent it" with a receipt, then a partial answer recorded
// with the receipt, and the campaign's figures and the platform's data
// rights showing it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { api, BASE, launch, openPage, today, uniqueId } from './browser.mjs';

let browser;
let campaign;

before(async () => {
  browser = await launch();
  campaign = await api('POST', '/api/v1/data-requests', {
    platform: 'upwork', title: `Our data from Upwork ${uniqueId('DR')}`,
    categories: ['ratings', 'flags'], countries: ['KE', 'DE'],
    explanation: 'Accounts are closed without a reason: ask for the **data** behind it.',
  }, process.env.E2E_ADMIN_TOKEN);
});

after(async () => {
  await browser?.close();
});

describe('a worker asks for their data', () => {
  it('makes the letter, records it sent, then a partial answer with the receipt', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    await context.addCookies([{ name: 'lang', value: 'sw', url: BASE }]);
    const page = await openPage(context);
    await page.goto(`${BASE}/data-requests`);
    await page.click(`a[href="/data-requests/${campaign.id}"]`);
    await page.selectOption('#country', 'KE');
    await page.fill('#name', 'Amina Worker');
    await page.fill('#email', 'amina@example.org');
    await page.click(`form[action="/data-requests/${campaign.id}/letter"] button[type=submit]`);
    const letter = await page.locator('.letter').textContent();
    assert.match(letter, /Data Protection Act/, 'the law of Kenya');
    assert.match(letter, /Upwork Global Inc\./, "the platform's controller");
    assert.match(letter, /Amina Worker/);
    assert.equal(await page.getAttribute('.letter', 'lang'), 'sw');

    await page.goto(`${BASE}/data-requests/${campaign.id}`);
    await page.selectOption('#sent-country', 'KE');
    await page.click(`form[action="/data-requests/${campaign.id}/sent"] button[type=submit]`);
    const codes = await page.locator('.receipt-code').allTextContents();
    const [id, receipt] = codes.map((c) => c.trim());
    assert.match(receipt, /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);

    await page.goto(`${BASE}/data-requests/receipt`);
    await page.fill('#id', id);
    await page.fill('#receipt', receipt);
    await page.click('form[action="/data-requests/receipt"] button[type=submit]');
    await page.check('input[name=outcome][value=partial]');
    await page.fill('#answered_on', today());
    await page.check('input[name=missing][value=flags]');
    await page.click('form[action="/data-requests/receipt/answer"] button[type=submit]');
    assert.equal(await page.locator('.banner').count(), 1, 'the answer is recorded');

    // This instance publishes at once: the figures count it.
    const figures = await api('GET', `/api/v1/data-requests/${campaign.id}`);
    assert.notEqual(figures.sent, undefined);
    const platform = await api('GET', '/api/v1/platforms/upwork');
    assert.ok(platform.data_requests.campaigns >= 1, 'the platform shows its data rights');
    await page.goto(`${BASE}/platforms/upwork`);
    assert.equal(await page.locator('#data-rights-title').count(), 1);
    await context.close();
  });
});
