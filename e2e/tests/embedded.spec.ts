import { test, expect, freshchatForm, LABELS, type Page } from '../fixtures';
import path from 'node:path';

// The app embedded in the demo account portal (/portal/), with a real session model
// (AUTH_MODE=session: cookie session + CSRF header), under the strict CSP.
test.use({ serverEnv: { AUTH_MODE: 'session' } });

const BASE = '/portal/account/integrations';
const SHOTS = path.resolve(__dirname, '../../screenshots');

/** Records CSP violations the browser reports, from the first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  return violations;
}

async function signIn(page: Page) {
  const form = page.locator('#sign-in');
  await form.getByLabel('User').fill('admin');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#user')).toHaveText('Signed in as admin');
}

test('the Freshchat journey inside the portal, deep links, host locale, zero CSP violations', async ({ page, server }) => {
  const csp = await watchCsp(page);
  await page.goto(`${BASE}`);
  await signIn(page);
  const l = LABELS.en;
  const app = page.locator('#app');
  await expect(app.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
  // Embedded: the host owns the header and the language menu.
  await expect(app.locator('.ixi-topbar')).toHaveCount(0);

  await app.getByRole('link', { name: l.add, exact: true }).click();
  await expect(page).toHaveURL(`${server.url}${BASE}/catalogue`);
  await app.getByRole('region', { name: 'Freshworks' }).getByRole('link', { name: l.selectModel }).click();
  await app.getByRole('region', { name: 'Freshchat' }).getByRole('link', { name: l.modelAdd, exact: true }).click();
  await expect(page).toHaveURL(`${server.url}${BASE}/new/freshchat`);
  await expect(page.locator('#crumb')).toHaveText(`${BASE}/new/freshchat`);

  const form = freshchatForm(page, l);
  await form.name.fill('Portal chat');
  await form.domain.fill('acme.freshchat.com');
  await form.apiKey.fill('fc-key-0123456789');
  await form.save.click();
  await expect(app.getByRole('heading', { level: 1, name: 'Portal chat' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${BASE}/integration/[0-9a-f-]{36}$`));
  await expect(page.locator('#last-event')).toHaveText(/navigate|integration-created/);
  expect(await page.evaluate(() => (window as any).portal.events)).toContain('integration-created');

  // A deep link survives a reload (the backend serves the portal for every path under it).
  await page.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Portal chat' })).toBeVisible();

  // The host switches the language: the app follows live.
  await page.goto(`${BASE}/new/freshchat`);
  await freshchatForm(page, l).name.fill('Typed before switching');
  await page.locator('#lang').selectOption('de');
  const de = freshchatForm(page, LABELS.de);
  await expect(de.save).toBeVisible();
  await expect(de.name).toHaveValue('Typed before switching');
  await expect(app.locator('.ixi-app')).toHaveAttribute('lang', 'de');

  expect(csp).toEqual([]);
});

test('when the session expires the app stops, tells the host, and the draft survives re-login', async ({ page, server }) => {
  const csp = await watchCsp(page);
  await page.goto(`${BASE}/new/freshchat`);
  await signIn(page);
  await expect(page.locator('#expired')).toBeHidden();
  const form = freshchatForm(page, LABELS.en);
  await form.name.fill('Keep me');
  await form.domain.fill('acme.freshchat.com');
  await form.apiKey.fill('fc-key-0123456789');

  const expire = await server.api('/test/sessions/expire', { method: 'POST' });
  expect(expire.status).toBe(200);
  await form.save.click();
  await expect(page.locator('#app .ixi-session')).toContainText('session has expired');
  await expect(page.locator('#app').getByRole('alert')).toHaveCount(1 + 1); // the banner, and the (empty) toast alert region
  await expect(page.locator('.ixi-main')).toHaveAttribute('inert', '');
  expect(await page.evaluate(() => (window as any).portal.events)).toContain('session-expired');
  await expect(page.locator('#expired')).toBeVisible();

  await page.locator('#expired-user').fill('admin');
  await page.getByRole('button', { name: 'Sign in again' }).click();
  const again = freshchatForm(page, LABELS.en);
  await expect(again.name).toHaveValue('Keep me');
  await expect(again.domain).toHaveValue('acme.freshchat.com');
  await expect(again.apiKey).toHaveValue(''); // secrets are never kept in a draft
  await again.apiKey.fill('fc-key-0123456789');
  await again.save.click();
  await expect(page.locator('#app').getByRole('heading', { level: 1, name: 'Keep me' })).toBeVisible();
  expect(csp).toEqual([]);
});

test('writes without the CSRF header are refused; the app sends it', async ({ page, server }) => {
  await page.goto(BASE);
  await signIn(page);
  const status = await page.evaluate(async () =>
    (await fetch('/api/v1/integrations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  expect(status).toBe(403);
});

test('with hostile global CSS the app still looks right', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto(`${BASE}/new/freshchat?hostile=1`);
  await signIn(page);
  const form = freshchatForm(page, LABELS.en);
  await form.save.click();
  await expect(form.name).toHaveAttribute('aria-invalid', 'true');
  // The app's buttons keep their own look although the host unsets every button.
  const save = page.locator('#app button[type=submit]');
  const look = await save.evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, cursor: s.cursor, boxSizing: s.boxSizing, border: s.borderTopStyle };
  });
  expect(look).toEqual({ bg: 'rgb(11, 92, 173)', cursor: 'pointer', boxSizing: 'border-box', border: 'solid' });
  await page.screenshot({ path: path.join(SHOTS, 'portal-hostile-form.png'), fullPage: true });
  await page.goto(`${BASE}?hostile=1`);
  await expect(page.locator('#app h1')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'portal-hostile-overview.png'), fullPage: true });
  expect(csp).toEqual([]);
});

test('two mounts live side by side; unmounting leaves no listeners or timers behind', async ({ page }) => {
  await page.addInitScript(() => {
    // Count what the app registers on window and which timers it leaves pending.
    const w = window as any;
    w.__listeners = 0;
    w.__timers = new Set<number>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    w.__live = new Map();
    window.addEventListener = (...a: Parameters<typeof add>) => { w.__listeners++; w.__live.set(a[1], `${String(a[0])} ${new Error().stack?.split('\n').slice(2, 5).join(' | ')}`); return add(...a); };
    window.removeEventListener = (...a: Parameters<typeof remove>) => { w.__listeners--; w.__live.delete(a[1]); return remove(...a); };
    const st = window.setTimeout.bind(window);
    const ct = window.clearTimeout.bind(window);
    (window as any).setTimeout = (f: () => void, ms?: number) => {
      const id = st(() => { w.__timers.delete(id); f(); }, ms);
      w.__timers.add(id);
      return id;
    };
    (window as any).clearTimeout = (id: number) => { w.__timers.delete(id); ct(id); };
  });
  await page.goto('/portal/');
  await signIn(page);
  // A first mount/unmount loads the module (its one-time set-up is not per mount).
  await page.evaluate(async () => {
    const { mount } = await import('/embed.js');
    const el = document.createElement('div');
    document.body.append(el);
    (await mount(el, { basePath: '/portal' })).unmount();
    el.remove();
  });
  await expect.poll(() => page.evaluate(() => (window as any).__timers.size)).toBe(0);
  const before = await page.evaluate(() => Array.from((window as any).__live.values())
    .filter((v: string) => v.includes('injixo-integrations-')).length);
  expect(before, 'listeners left by the first mount').toBe(0);
  await page.evaluate(async () => {
    const { mount } = await import('/embed.js');
    for (const [id, locale] of [['one', 'en'], ['two', 'de']]) {
      const el = document.createElement('div');
      el.id = id;
      document.body.append(el);
      const theme = id === 'one' ? { '--injixo-primary': 'rgb(200, 0, 0)', 'color': 'red' } : {};
      (window as any)[id] = await mount(el, { basePath: '/portal', locale, theme });
    }
  });
  await expect(page.locator('#one h1')).toHaveText('Integrations');
  await expect(page.locator('#two h1')).toHaveText('Integrationen');
  // Theme tokens reach only their own mount, and only --injixo-* tokens are taken.
  const primary = (id: string) => page.locator(`#${id} .ixi-button-primary`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await primary('one')).toBe('rgb(200, 0, 0)');
  expect(await primary('two')).toBe('rgb(11, 92, 173)');
  expect(await page.locator('#one').evaluate((el) => el.style.color)).toBe('');
  await page.evaluate(() => (window as any).two.setLocale('fr'));
  await expect(page.locator('#two h1')).toHaveText('Intégrations');
  await expect(page.locator('#one h1')).toHaveText('Integrations');

  await page.evaluate(() => (window as any).one.unmount());
  await expect(page.locator('#one')).toBeEmpty();
  await expect(page.locator('#two h1')).toHaveText('Intégrations');
  await page.evaluate(() => (window as any).two.unmount());
  await expect(page.locator('#two')).toBeEmpty();
  // What the app added to window and did not remove (Playwright's own are not ours).
  await expect.poll(() => page.evaluate(() => Array.from((window as any).__live.values())
    .filter((v: string) => v.includes('injixo-integrations-')).length)).toBe(before);
  await expect.poll(() => page.evaluate(() => (window as any).__timers.size)).toBe(0);
});

test.describe('stand-alone', () => {
  test.use({ serverEnv: {} });
  test('the stand-alone page runs under the same strict CSP', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto('/new/freshchat');
  await expect(page.getByRole('heading', { level: 1, name: 'Add Freshchat integration' })).toBeVisible();
  await page.getByRole('button', { name: 'Save integration' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  const headers = (await page.request.get('/')).headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toEqual([]);
});
});
