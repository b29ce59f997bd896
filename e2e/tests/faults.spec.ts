import { test, expect, type Page, type Server } from '../fixtures';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The fault matrix: every fault the reference backend can inject × every step of the
// admin's work. Each cell: the admin sees a localized message (German here), loses
// nothing typed, succeeds on retry once the fault is gone, and the backend holds
// exactly one resulting object. The app runs embedded in the demo portal with a 2 s
// request limit (`?timeout=2000`), so "hang" is a timeout, not a 15 s wait.
// e2e/matrix-report.ts prints the table from the cells' result files.

test.use({ locale: 'de-DE' });
const OUT = path.resolve(__dirname, '../../test-results/fault-matrix');
mkdirSync(OUT, { recursive: true });
const BASE = '/portal/account/integrations';
const Q = '?timeout=2000';

/** Every German sentence the app can show for a failure. */
const DE_MESSAGES = ['errors.ftl', 'common.ftl', 'manage.ftl'].flatMap((f) =>
  readFileSync(path.resolve(__dirname, `../../locales/de/${f}`), 'utf8')
    .split('\n')
    .filter((l) => /^(error-|session-expired-|overview-(pause|resume)-failed)/.test(l))
    .map((l) => l.split(' = ')[1].split(/\{[^}]*\}/)[0].trim().slice(0, 25))
    .filter((t) => t.length > 8),
);

const FAULTS = ['latency', '500', '503', 'hang', 'drop', 'malformed', '401', '403', '409', '422'] as const;
type Fault = (typeof FAULTS)[number];

interface Step {
  name: string;
  method: string;
  path: string;
  /** Seeds data and brings the page to just before the action; returns what verify needs. */
  prepare: (page: Page, server: Server) => Promise<Record<string, string>>;
  act: (page: Page) => Promise<void>;
  /** What the admin typed, to check it survived. */
  typed?: (page: Page) => Promise<void>;
  /** After a 401 and signing in again: what must be typed anew (secrets are never kept). */
  refill?: (page: Page) => Promise<void>;
  verify: (page: Page, server: Server, ctx: Record<string, string>) => Promise<void>;
}

const app = (page: Page) => page.locator('#app');
const button = (page: Page, name: string | RegExp) => app(page).getByRole('button', { name });

async function seed(server: Server, opts: { key?: boolean; paused?: boolean } = {}) {
  const id = await server.createFreshchat('Matrix chat');
  let key = '';
  if (opts.key) {
    const r = await server.api(`/integrations/${id}/app-key`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    key = (await r.json()).key;
  }
  if (opts.paused) await server.api(`/integrations/${id}/pause`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  return { id, key };
}

async function open(page: Page, url: string) {
  await page.goto(`${BASE}${url}${Q}`);
}

const STEPS: Step[] = [
  { name: 'load overview', method: 'GET', path: '/api/v1/integrations',
    prepare: async (_p, s) => seed(s), act: (p) => open(p, ''),
    verify: async (p) => { await expect(app(p).getByRole('row', { name: /Matrix chat/ })).toBeVisible(); } },
  { name: 'load catalogue', method: 'GET', path: '/api/v1/catalogue',
    prepare: async () => ({}), act: (p) => open(p, '/catalogue'),
    verify: async (p) => { await expect(app(p).getByRole('region', { name: 'Freshworks' })).toBeVisible(); } },
  { name: 'save', method: 'POST', path: '/api/v1/integrations',
    prepare: async (p) => {
      await open(p, '/new/freshchat');
      await app(p).getByLabel('Name', { exact: true }).fill('Neuer Chat');
      await app(p).getByLabel('Domäne', { exact: true }).fill('acme.freshchat.com');
      await app(p).getByLabel('API-Schlüssel', { exact: true }).fill('fc-key-0123456789');
      return {};
    },
    act: (p) => button(p, 'Integration speichern').click(),
    typed: async (p) => {
      await expect(app(p).getByLabel('Name', { exact: true })).toHaveValue('Neuer Chat');
      await expect(app(p).getByLabel('Domäne', { exact: true })).toHaveValue('acme.freshchat.com');
    },
    refill: async (p) => {
      await expect(app(p).getByLabel('API-Schlüssel', { exact: true })).toHaveValue('');
      await app(p).getByLabel('API-Schlüssel', { exact: true }).fill('fc-key-0123456789');
    },
    verify: async (p, s) => {
      await expect(app(p).getByRole('heading', { level: 1, name: 'Neuer Chat' })).toBeVisible();
      expect((await s.integrations()).map((i) => i.name)).toEqual(['Neuer Chat']);
    } },
  { name: 'generate key', method: 'POST', path: '/api/v1/integrations/*',
    prepare: async (p, s) => { const c = await seed(s); await open(p, `/integration/${c.id}`); return c; },
    act: (p) => button(p, 'Generieren').click(),
    verify: async (p, s) => {
      await expect(app(p).locator('#ixi-app-key')).toHaveValue(/^ixk_/);
      expect(await s.sendChatEvents(await app(p).locator('#ixi-app-key').inputValue())).toBe(202);
    } },
  { name: 're-generate', method: 'POST', path: '/api/v1/integrations/*',
    prepare: async (p, s) => { const c = await seed(s, { key: true }); await open(p, `/integration/${c.id}`); return c; },
    act: async (p) => { await button(p, 'Erneut generieren').click(); await p.getByRole('dialog').getByRole('button').last().click(); },
    verify: async (p, s, ctx) => {
      await expect(app(p).locator('#ixi-app-key')).toHaveValue(/^ixk_/);
      expect(await s.sendChatEvents(await app(p).locator('#ixi-app-key').inputValue())).toBe(202);
      expect(await s.sendChatEvents(ctx.key)).toBe(401); // exactly one valid key
    } },
  { name: 'pause', method: 'POST', path: '/api/v1/integrations/*',
    prepare: async (p, s) => { const c = await seed(s); await open(p, ''); return c; },
    act: (p) => button(p, 'Importieren pausieren').click(),
    verify: async (p, s) => {
      await expect(app(p).getByRole('row', { name: /Matrix chat/ })).toContainText('Pausiert');
      await expect.poll(async () => (await s.integrations())[0].status).toBe('paused');
    } },
  { name: 'resume', method: 'POST', path: '/api/v1/integrations/*',
    prepare: async (p, s) => { const c = await seed(s, { paused: true }); await open(p, ''); return c; },
    act: (p) => button(p, 'Importieren wiederaufnehmen').click(),
    verify: async (p, s) => {
      await expect(app(p).getByRole('row', { name: /Matrix chat/ })).toContainText('Importiert');
      await expect.poll(async () => (await s.integrations())[0].status).toBe('importing');
    } },
  { name: 'edit', method: 'PATCH', path: '/api/v1/integrations/*',
    prepare: async (p, s) => {
      const c = await seed(s);
      await open(p, `/integration/${c.id}/edit`);
      await app(p).getByLabel('Name', { exact: true }).fill('Umbenannt');
      return c;
    },
    act: (p) => button(p, 'Integration speichern').click(),
    typed: async (p) => { await expect(app(p).getByLabel('Name', { exact: true })).toHaveValue('Umbenannt'); },
    verify: async (p, s) => {
      await expect(app(p).getByRole('heading', { level: 1, name: 'Umbenannt' })).toBeVisible();
      expect((await s.integrations()).map((i) => i.name)).toEqual(['Umbenannt']);
    } },
  { name: 'delete', method: 'DELETE', path: '/api/v1/integrations/*',
    prepare: async (p, s) => { const c = await seed(s); await open(p, `/integration/${c.id}/edit`); return c; },
    act: async (p) => { await button(p, 'Integration löschen').click(); await p.getByRole('dialog').getByRole('button', { name: 'Ja, wirklich löschen' }).click(); },
    verify: async (p, s) => {
      await expect(app(p).getByRole('heading', { level: 1, name: 'Integrationen' })).toBeVisible();
      expect(await s.integrations()).toEqual([]);
    } },
];

async function setFault(server: Server, step: Step, fault: Fault | null) {
  const faults = fault ? [{ method: step.method, path: step.path, fault, ms: fault === 'latency' ? 1200 : fault === 'hang' ? 8000 : 0 }] : [];
  const r = await server.api('/test/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ faults }) });
  expect(r.status).toBe(200);
}

/** The failure the admin sees: an alert in the app, an error toast, or the session banner. */
const failureText = (page: Page) =>
  app(page).locator('main [role=alert], .ixi-toast-error, .ixi-session').first();

for (const step of STEPS) {
  for (const fault of FAULTS) {
    test(`${step.name} × ${fault}`, async ({ page, server }) => {
      await page.goto(`/portal/${Q}`);
      await page.locator('#sign-in-user').fill('admin');
      await page.locator('#sign-in button').click();
      await expect(page.locator('#user')).toHaveText('Signed in as admin');
      const ctx = await step.prepare(page, server);
      await setFault(server, step, fault);
      await step.act(page);
      if (fault !== 'latency') {
        const shown = failureText(page);
        await expect(shown).toBeVisible({ timeout: 15_000 });
        const text = await shown.innerText();
        expect(DE_MESSAGES.some((m) => text.includes(m)), `German message, got: ${text}`).toBe(true);
        if (step.typed) await step.typed(page);
        await setFault(server, step, null);
        if (fault === '401') {
          // The host signs the admin in again and resumes the app.
          await page.locator('#expired-user').fill('admin');
          await page.locator('#expired button').click();
        }
        if (fault === '401') await expect(app(page).locator('.ixi-session')).toHaveCount(0);
        if (step.method === 'GET') {
          // A failed read: after a 401 the resumed app loads afresh; otherwise Try again.
          if (fault !== '401') await app(page).getByRole('button', { name: 'Erneut versuchen' }).click();
        } else {
          if (step.typed) await step.typed(page); // still there (after resuming too)
          if (fault === '401' && step.refill) await step.refill(page);
          await step.act(page);
        }
      }
      await step.verify(page, server, ctx);
      writeFileSync(path.join(OUT, `${step.name}__${fault}.json`), JSON.stringify({ step: step.name, fault, pass: true }));
    });
  }
}
