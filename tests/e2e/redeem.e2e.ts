// The redeem helper in a real browser: real clipboard pastes into Amazon's claim-code box.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { servePage, urlFor, useBrowser, waitForRole, type ChromiumSession } from './harness';

const CODE_FORMS = ['ab12-cd34ef-gh56', 'AB12-CD34EF-GH56', 'AB12CD34EFGH56', 'ab12cd34efgh56'];
const SERIAL = '2660069114742969';

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click('#gc-redemption-input', { count: 3 });
  await page.keyboard.press('Backspace');
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyV', { commands: ['paste'] });
  await page.keyboard.up('Control');
}

describe('redeem helper in Chromium', () => {
  const browser = useBrowser('chromium');
  const session = () => browser() as ChromiumSession;

  it('cleans a pasted code, warns about the serial, and keeps the code out of storage and logs', async () => {
    const url = await servePage('https://www.amazon.com/gc/redeem', { fixture: 'balances/us-redeem.html' });
    await session().browser.defaultBrowserContext().overridePermissions(new URL(urlFor('https://www.amazon.com/')).origin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
    const page = await session().newPage(url);
    await waitForRole(page, 'heading', 'Gift Card Guard: check before you redeem');
    const region = await waitForRole(page, 'region', 'Gift Card Guard: check before you redeem');
    expect(region.text).toContain('This code will go into the balance of Sam on Amazon.com.');
    expect(region.text).toContain('Redeeming cannot be undone');

    await paste(page, ' ab12-cd34ef-gh56 \n');
    const shown = await waitForRole(page, 'status', 'The code as Amazon will read it');
    await expect.poll(async () => (await waitForRole(page, 'status', 'The code as Amazon will read it')).text).toBe('AB12-CD34EF-GH56');
    expect(shown.frameUrl).toContain('/gc/redeem');
    expect(await page.$eval('#gc-redemption-input', (i) => (i as HTMLInputElement).value)).toBe('AB12-CD34EF-GH56');
    expect((await waitForRole(page, 'region', 'Gift Card Guard: check before you redeem')).text).toContain('Looks like a claim code (14 characters)');

    await paste(page, SERIAL);
    const alert = await waitForRole(page, 'alert', /serial number/);
    expect(alert.text).toContain('The 16-digit number cannot be redeemed');

    await paste(page, 'AB12-CD34EF-GH5');
    expect((await waitForRole(page, 'alert', /14 or 15 letters and digits; this has 13/)).text).toContain('this has 13');

    // Nothing kept: every storage area and every console line.
    await new Promise((r) => setTimeout(r, 500));
    const dump = JSON.stringify([await session().storage.get(null, 'local'), await session().storage.get(null, 'session')]);
    for (const form of [...CODE_FORMS, SERIAL]) expect(dump.toLowerCase()).not.toContain(form.toLowerCase());
    const lines = session().console.entries.map((e) => e.text.toLowerCase()).join('\n');
    for (const form of [...CODE_FORMS, SERIAL]) expect(lines).not.toContain(form.toLowerCase());
    // The balance on the page was recorded, though (so storage was really written to).
    expect(dump).toContain('4217');
  });

  it('after Amazon shows an error, explains the likely causes', async () => {
    const page = await session().newPage(await servePage('https://www.amazon.co.uk/gc/redeem/result', { fixture: 'balances/uk-redeem-error.html' }));
    const alert = await waitForRole(page, 'alert', /Amazon did not accept the code/);
    expect(alert.text).toContain('not activated at the till');
    expect(alert.text).toContain("another country's Amazon");
    expect(alert.text).toContain('already redeemed');
    expect(alert.text).toContain('typo');
    expect((await waitForRole(page, 'region', /check before you redeem/)).text).toContain('Oliver on Amazon.co.uk');
  });
});
