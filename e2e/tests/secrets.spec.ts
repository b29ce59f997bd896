import { test, expect, expectSecretGone, openFreshchatForm, freshchatForm, LABELS, type Server } from '../fixtures';
import type { Page } from '@playwright/test';

// Secret hygiene across the flows that handle a vendor secret: after each, the
// secret is nowhere the browser keeps things (DOM, inputs, storage, cookies, URL,
// history, console), in no URL the app ever requested, and not in the backend log.
// (The injixo API key's one-time display is covered by app-key.spec.ts; that saved
// secrets never come back from the API, by the backend's contract tests.)

/** Every URL the page visited or requested (pushState navigations included). */
function trackUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('framenavigated', (f) => urls.push(f.url()));
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function expectNowhere(page: Page, server: Server, consoleLines: string[], urls: string[], secrets: string[]) {
  for (const secret of secrets) {
    await expectSecretGone(page, server, consoleLines, secret);
    expect(urls.filter((u) => u.includes(secret)), `URLs holding ${secret}`).toEqual([]);
  }
}

/** Session storage and the URL, the places that matter while a secret is still typed. */
async function expectNotKept(page: Page, secret: string) {
  const kept = await page.evaluate((s) => {
    const all = [location.href, document.cookie, JSON.stringify(history.state ?? null)];
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) all.push(store.key(i)!, store.getItem(store.key(i)!) ?? '');
    }
    return all.filter((v) => v.includes(s));
  }, secret);
  expect(kept, 'storage, cookies or URL holding the typed secret').toEqual([]);
}

const l = LABELS.en;

test('a rejected key, then the right one: neither is kept anywhere', async ({ page, server, consoleLines }) => {
  const urls = trackUrls(page);
  const WRONG = 'invalid-api-key';
  const RIGHT = 'fc-live-secret-77aa99bb0011CDEF';
  await openFreshchatForm(page, l);
  const form = freshchatForm(page, l);
  await form.name.fill('Hygiene');
  await form.domain.fill('acme.freshchat.com');
  await form.apiKey.fill(WRONG);
  await form.save.click();
  await expect(page.getByText(/did not accept this API key/)).toBeVisible();
  // Still typed (nothing is lost), but not written anywhere while it waits.
  await expect(form.apiKey).toHaveValue(WRONG);
  await expectNotKept(page, WRONG);

  await form.apiKey.fill(RIGHT);
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hygiene' })).toBeVisible();
  await expectNowhere(page, server, consoleLines, urls, [WRONG, RIGHT]);
  // Going back to the form does not bring the key back either.
  await page.goBack();
  await expect(page).toHaveURL(/\/new\/freshchat$/);
  await expect(freshchatForm(page, l).apiKey).toHaveValue('');
  await expectNowhere(page, server, consoleLines, urls, [WRONG, RIGHT]);
});

test.describe('in German', () => {
  const de = LABELS.de;
  test.use({ locale: de.locale });

  test('a save that failed on the server and was retried keeps nothing', async ({ page, server, consoleLines }) => {
    const urls = trackUrls(page);
    const KEY = 'fc-retry-secret-5566778899ABCD';
    await server.api('/test/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ faults: [{ method: 'POST', path: '/api/v1/integrations', fault: '500', ms: 0 }] }),
    });
    await openFreshchatForm(page, de);
    const form = freshchatForm(page, de);
    await form.name.fill('Wiederholt');
    await form.domain.fill('acme.freshchat.com');
    await form.apiKey.fill(KEY);
    await form.save.click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectNotKept(page, KEY);
    // Copy details hands over a support reference, never what was typed.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Details kopieren' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('step=save');
    expect(copied).not.toContain(KEY);
    expect(copied).not.toContain('Wiederholt');

    await server.api('/test/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ faults: [] }),
    });
    await form.save.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wiederholt' })).toBeVisible();
    expect(await server.integrations()).toHaveLength(1);
    await expectNowhere(page, server, consoleLines, urls, [KEY]);
  });

  test('an expired session during setup keeps the draft but never the key', async ({ page, server, consoleLines }) => {
    const urls = trackUrls(page);
    const KEY = 'fc-expired-secret-1234567890EF';
    await openFreshchatForm(page, de);
    const form = freshchatForm(page, de);
    await form.name.fill('Abgelaufen');
    await form.domain.fill('acme.freshchat.com');
    await form.apiKey.fill(KEY);
    await page.route('**/api/v1/integrations', (route) =>
      route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ type: 'urn:x', title: 'x', status: 401, code: 'unauthorized', request_id: 'r401' }) }),
    );
    await form.save.click();
    await expect(page.locator('.ixi-session')).toBeVisible();
    // The draft (name, domain) is in session storage so nothing is lost; the key is not.
    const draft = await page.evaluate(() => Object.values({ ...sessionStorage }).join(' '));
    expect(draft).toContain('Abgelaufen');
    await expectNotKept(page, KEY);
    expect(urls.filter((u) => u.includes(KEY))).toEqual([]);
    expect(consoleLines.filter((c) => c.includes(KEY))).toEqual([]);
    expect(server.log).not.toContain(KEY);
  });
});

test('replacing a saved key on the edit page leaves neither key behind', async ({ page, server, consoleLines }) => {
  const urls = trackUrls(page);
  const OLD = 'fc-old-secret-0000111122223333';
  const NEW = 'fc-new-secret-4444555566667777';
  const id = await server.createFreshchat('Edited', OLD);
  await page.goto(`/integration/${id}/edit`);
  await page.getByRole('button', { name: 'Replace' }).click();
  await page.getByLabel('New value').fill(NEW);
  await expectNotKept(page, NEW);
  await freshchatForm(page, l).save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edited', exact: true })).toBeVisible();
  await expect(page.getByText('…7777')).toBeVisible();
  await expectNowhere(page, server, consoleLines, urls, [OLD, NEW]);
  const [saved] = await server.integrations();
  expect(JSON.stringify(saved)).not.toContain(NEW);
});
