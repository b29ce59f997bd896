import { test, expect, freshchatForm, LABELS } from '../fixtures';
import type { Request } from '@playwright/test';

const l = LABELS.en;

test('suspend and resume importing from the overview', async ({ page, server }) => {
  await server.createFreshchat('Pause me');
  await page.goto('/');
  const row = page.getByRole('row', { name: /Pause me/ });
  await row.getByRole('button', { name: 'Suspend importing' }).click();
  await expect(row).toContainText('Paused');
  await expect(page.getByRole('status').filter({ hasText: 'is suspended' })).toBeVisible();
  await expect.poll(async () => (await server.integrations())[0].status).toBe('paused');

  await row.getByRole('button', { name: 'Resume importing' }).click();
  await expect(row).toContainText('Importing');
  await expect.poll(async () => (await server.integrations())[0].status).toBe('importing');
});

test('a refused pause is rolled back with a message', async ({ page, server }) => {
  const id = await server.createFreshchat('Refused');
  await page.route(`**/api/v1/integrations/${id}/pause`, (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'urn:x', title: 'x', status: 503, code: 'internal', request_id: 'r1' }),
    }),
  );
  await page.goto('/');
  const row = page.getByRole('row', { name: /Refused/ });
  await row.getByRole('button', { name: 'Suspend importing' }).click();
  await expect(page.getByRole('alert')).toContainText('could not be suspended');
  await expect(row).toContainText('Connecting');
  await expect(row.getByRole('button', { name: 'Suspend importing' })).toBeVisible();
});

test('renaming keeps the saved API key; replacing it changes it', async ({ page, server }) => {
  const id = await server.createFreshchat('Before', 'fc-original-key-0000AAAA');
  await page.goto('/');
  await page.getByRole('row', { name: /Before/ }).getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(new RegExp(`/integration/${id}/edit$`));
  const form = freshchatForm(page, l);
  await expect(form.name).toHaveValue('Before');
  // The saved key is never sent to the browser: only its last four characters.
  await expect(page.getByText('Configured, ending …AAAA')).toBeVisible();
  expect(await page.content()).not.toContain('fc-original-key');

  await form.name.fill('After');
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'After', exact: true })).toBeVisible();
  let [saved] = await server.integrations();
  expect(saved.name).toBe('After');
  expect((saved.secrets as Record<string, { last4: string }>).api_key.last4).toBe('AAAA');

  await page.goto(`/integration/${id}/edit`);
  await page.getByRole('button', { name: 'Replace' }).click();
  const newKey = page.getByLabel('New value');
  await expect(newKey).toBeFocused();
  await newKey.fill('fc-replaced-key-1111BBBB');
  await freshchatForm(page, l).save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'After', exact: true })).toBeVisible();
  [saved] = await server.integrations();
  expect((saved.secrets as Record<string, { last4: string }>).api_key.last4).toBe('BBBB');
});

test('cancelling with changes asks first; deleting asks and removes the row', async ({ page, server }) => {
  const id = await server.createFreshchat('Doomed');
  await page.goto(`/integration/${id}/edit`);
  const form = freshchatForm(page, l);
  await form.name.fill('Doomed, renamed');
  await page.getByRole('link', { name: 'Cancel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Are you sure?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Continue editing' }).click();
  await expect(form.name).toHaveValue('Doomed, renamed');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, really cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`/integration/${id}$`));
  expect((await server.integrations())[0].name).toBe('Doomed');

  await page.goto(`/integration/${id}/edit`);
  await page.getByRole('button', { name: 'Delete integration' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('queues stay in injixo');
  await confirm.getByRole('button', { name: 'Yes, really delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Doomed/ })).toHaveCount(0);
  expect(await server.integrations()).toHaveLength(0);
});

test('an unfinished form survives a reload, without the secret', async ({ page }) => {
  await page.goto('/new/freshdesk');
  await page.getByLabel('Name', { exact: true }).fill('Helpdesk draft');
  await page.getByLabel('Domain', { exact: true }).fill('acme.freshdesk.com');
  await page.getByLabel('API key', { exact: true }).fill('fd-secret-key-123456');
  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Helpdesk draft');
  await expect(page.getByLabel('Domain', { exact: true })).toHaveValue('acme.freshdesk.com');
  await expect(page.getByLabel('API key', { exact: true })).toHaveValue('');
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  expect(stored).toContain('Helpdesk draft');
  expect(stored).not.toContain('fd-secret-key');

  // Cancelling (confirmed) forgets the draft.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, really cancel' }).click();
  await page.goto('/new/freshdesk');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('saving forgets the draft', async ({ page }) => {
  await page.goto('/new/freshchat');
  const form = freshchatForm(page, l);
  await form.name.fill('Saved draft');
  await form.domain.fill('acme.freshchat.com');
  await form.apiKey.fill('fc-key-0123456789');
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved draft' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('the catalogue filter finds vendors by vendor, product or data, by keyboard', async ({ page }) => {
  await page.goto('/catalogue');
  const filter = page.getByRole('searchbox', { name: 'Filter' });
  await filter.focus();
  await page.keyboard.type('freshdesk');
  await expect(page.getByRole('region', { name: 'Freshworks' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Five9' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'One vendor shown' })).toBeVisible();
  await filter.fill('chat history');
  await expect(page.getByRole('region', { name: 'Freshworks' })).toBeVisible();
  await filter.fill('nothing like this');
  await expect(page.getByText('No integration matches “nothing like this”.')).toBeVisible();
  await filter.fill('');
  await expect(page.getByRole('region', { name: 'Five9' })).toBeVisible();
});

/** The overview's reads of the list (`GET /api/v1/integrations?…`). */
const isListRequest = (r: Request) =>
  r.method() === 'GET' && new URL(r.url()).pathname === '/api/v1/integrations';
const isList = (url: URL) => url.pathname === '/api/v1/integrations';

test('a large account sees its integrations 50 at a time, in its language', async ({ page, server }) => {
  const name = (i: number) => `Account ${String(i).padStart(3, '0')}`;
  for (let i = 1; i <= 107; i++) await server.createFreshchat(name(i));
  const firstPage = page.waitForResponse((r) => isListRequest(r.request()));
  await page.goto('/');
  // The first page only: 50 of 107, with where the next one starts.
  const first = await firstPage;
  expect(new URL(first.url()).searchParams.get('limit')).toBe('50');
  expect(new URL(first.url()).searchParams.has('cursor')).toBe(false);
  const firstBody = await first.json();
  expect(firstBody.items).toHaveLength(50);
  expect(firstBody.total).toBe(107);
  expect(firstBody.next_cursor).toEqual(expect.any(String));
  await expect(page.getByRole('link', { name: name(50), exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: name(51), exact: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 of 107 integrations' })).toBeVisible();

  const secondPage = page.waitForRequest(isListRequest);
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  // *Show more* asks for the page after the first one, by its cursor.
  const second = new URL((await secondPage).url());
  expect(second.searchParams.get('cursor')).toBe(firstBody.next_cursor);
  expect(second.searchParams.get('limit')).toBe('50');
  // The keyboard carries on at the first new row.
  await expect(page.getByRole('link', { name: name(51), exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 100 of 107 integrations' })).toBeVisible();
  await page.getByRole('button', { name: 'Show 7 more' }).click();
  await expect(page.getByRole('link', { name: name(101), exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 107 of 107 integrations' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  // Each row once, in the server's order.
  const links = await page.getByRole('row').getByRole('link', { name: /^Account \d{3}$/ }).allTextContents();
  expect(links).toEqual(Array.from({ length: 107 }, (_, i) => name(i + 1)));

  // A row shown by *Show more* works like the first ones.
  await page.getByRole('row', { name: new RegExp(name(107)) }).getByRole('button', { name: 'Suspend importing' }).click();
  await expect
    .poll(async () => (await server.integrations()).find((i) => i.name === name(107))?.status)
    .toBe('paused');

  await page.goto('/?lang=de');
  await expect(page.getByRole('status').filter({ hasText: '50 von 107 Integrationen werden angezeigt' })).toBeVisible();
  await page.getByRole('button', { name: '50 weitere anzeigen' }).click();
  await expect(page.getByRole('button', { name: '7 weitere anzeigen' })).toBeVisible();
});

test('an account with exactly one batch sees no paging', async ({ page, server }) => {
  for (let i = 1; i <= 50; i++) await server.createFreshchat(`Batch ${String(i).padStart(2, '0')}`);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Batch 50', exact: true })).toBeVisible();
  await expect(page.getByText(/Showing \d+ of/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
});

test('a next page that cannot be loaded is reported at the button; the rows shown stay', async ({ page, server }) => {
  for (let i = 1; i <= 60; i++) await server.createFreshchat(`Item ${String(i).padStart(2, '0')}`);
  // The second page breaks the contract (Item 55 has no valid status).
  await page.route(isList, async (route) => {
    if (!new URL(route.request().url()).searchParams.has('cursor')) return route.fallback();
    const response = await route.fetch();
    const body = await response.json();
    body.items[4].status = 42;
    await route.fulfill({ response, json: body });
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Item 50', exact: true })).toBeVisible();
  const more = page.getByRole('button', { name: 'Show 10 more' });
  await more.click();
  const problem = page.getByRole('alert').filter({ hasText: 'The next integrations could not be loaded.' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('sent an unexpected answer');
  await expect(page.getByRole('link', { name: 'Item 50', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Item 51', exact: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 of 60 integrations' })).toBeVisible();
  await expect(more).toBeFocused();

  // No answer at all: the same, in the admin's words for it.
  await page.unroute(isList);
  await page.route(isList, (route) =>
    new URL(route.request().url()).searchParams.has('cursor') ? route.abort() : route.fallback());
  await more.click();
  await expect(page.getByRole('alert').filter({ hasText: 'No connection' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(51);

  await page.unroute(isList);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('link', { name: 'Item 55', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Item 51', exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 60 of 60 integrations' })).toBeVisible();
  await expect(problem).toHaveCount(0);
  const links = await page.getByRole('row').getByRole('link', { name: /^Item \d{2}$/ }).allTextContents();
  expect(links).toEqual(Array.from({ length: 60 }, (_, i) => `Item ${String(i + 1).padStart(2, '0')}`));
});
