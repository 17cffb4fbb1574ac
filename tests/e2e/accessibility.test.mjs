// axe-core on every main page in every language: no violation of impact
// "serious" or "critical". Also: nothing overflows sideways at 360 px.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';

import {
  api, BASE, LANGUAGES, launch, openPage, screenshot, SCRIPT_SCREENSHOTS, today, uniqueId,
} from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const requesterId = uniqueId('AXE');
let browser;
let pages;

before(async () => {
  browser = await launch();
  const rating = await api('POST', '/api/v1/ratings', {
    platform: 'mturk', requester_id: requesterId, requester_name: 'Axe Research', country: 'KE',
    task_type: 'tagging', pay: { amount: 2, currency: 'USD' }, minutes: 45, paid: 'yes',
    rejected: 'none', communication: 'responsive', recommend: true, tos_violation: false,
    broken: false, comment: 'Fair pay, **clear** instructions.',
  });
  const strike = await api('POST', '/api/v1/strikes', {
    title: `Axe strike ${requesterId}`, demands: 'Pay for qualification tests.',
    platform: 'mturk', called_in: 'PH', starts_on: today(),
    translations: {
      ur: { title: `ہڑتال ${requesterId}`, demands: 'اہلیت کے امتحانات کی ادائیگی کرو۔' },
      hi: { title: `हड़ताल ${requesterId}`, demands: 'योग्यता परीक्षाओं का भुगतान करो।' },
    },
  }, process.env.E2E_ADMIN_TOKEN);
  const campaign = await api('POST', '/api/v1/data-requests', {
    platform: 'clickworker', title: `Axe campaign ${requesterId}`, categories: ['ratings', 'flags'],
    countries: ['DE', 'PH'], explanation: 'Ask for the data behind every closed account.',
  }, process.env.E2E_ADMIN_TOKEN);
  pages = [
    '/', '/?q=Axe', '/rate', '/report', '/platforms', '/platforms/mturk',
    `/requesters/mturk/${requesterId}`, `/reports/${rating.id}`, '/strikes',
    `/strikes/${strike.id}`, '/channels', '/channels/KE', '/methodology', '/receipt',
    '/organize/login', '/no-such-page', '/data-requests', `/data-requests/${campaign.id}`,
    '/data-requests/receipt',
  ];
});

after(async () => {
  await browser?.close();
});

async function serious(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of LANGUAGES) {
  describe(`in ${lang}`, () => {
    it('every main page passes axe and fits a 360 px screen', async () => {
      // Axe is a script: this context alone allows it past the site's CSP.
      const context = await browser.newContext({
        bypassCSP: true,
        viewport: { width: 360, height: 800 },
      });
      await context.addCookies([{ name: 'lang', value: lang, url: BASE }]);
      const page = await openPage(context);
      const problems = [];
      for (const path of pages) {
        await page.goto(BASE + path);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        problems.push(...(await serious(page)).map((p) => `${path}: ${p}`));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 1) problems.push(`${path}: ${overflow}px wider than the screen`);
      }
      await page.goto(`${BASE}/rate`);
      if (SCRIPT_SCREENSHOTS.includes(lang)) await screenshot(page, `rate-${lang}-360px`);
      // The rating form sent empty: every field shows its message.
      await page.click('form button[type=submit]');
      assert.equal(await page.locator('.error-summary').count(), 1);
      problems.push(...(await serious(page)).map((p) => `/rate with errors: ${p}`));
      await context.close();
      assert.deepEqual(problems, []);
    });
  });
}
