import { test, expect, expectSecretGone, openFreshchatForm, freshchatForm, LABELS } from '../fixtures';

const KEY = 'fc-live-9f8e7d6c5b4a3210XYZW';

for (const lang of ['en', 'de'] as const) {
  const l = LABELS[lang];
  test.describe(`in ${lang}`, () => {
    test.use({ locale: l.locale });

    test('an admin adds a Freshchat integration as the article describes', async ({ page, server, consoleLines }) => {
      await openFreshchatForm(page, l);
      const form = freshchatForm(page, l);
      await expect(form.domain).toHaveAttribute('placeholder', l.example);
      await form.name.fill('Support chat EU');
      // Pasting the browser's address bar is fine: it is reduced to the host.
      await form.domain.fill('https://Acme.freshchat.com/a/inbox');
      await form.apiKey.fill(KEY);
      await form.save.click();

      await expect(page.getByRole('heading', { level: 1, name: 'Support chat EU' })).toBeVisible();
      await expect(page).toHaveURL(/\/integration\/[0-9a-f-]{36}$/);
      const details = page.locator('dl');
      await expect(details).toContainText('Freshchat');
      await expect(details).toContainText('acme.freshchat.com');
      await expect(details).toContainText(l.connecting);
      await expect(details).toContainText('…XYZW');
      await expectSecretGone(page, server, consoleLines, KEY);

      const [saved] = await server.integrations();
      expect(saved).toMatchObject({ name: 'Support chat EU', model: 'freshchat', status: 'connecting' });
      expect(JSON.stringify(saved)).not.toContain(KEY);

      await page.getByRole('link', { name: l.breadcrumb.split(' > ')[1] }).click();
      const row = page.getByRole('row', { name: /Support chat EU/ });
      await expect(row).toContainText('Freshchat');
      await expect(row).toContainText(l.connecting);
    });
  });
}

test.describe('verification failures keep every typed value and point at the field', () => {
  const l = LABELS.en;
  const cases = [
    { what: 'unreachable domain', domain: 'unreachable.freshchat.com', key: 'fc-key-0123456789', field: 'domain', says: /could not be reached at this domain/ },
    { what: 'invalid API key', domain: 'acme.freshchat.com', key: 'invalid-api-key', field: 'apiKey', says: /did not accept this API key/ },
    { what: 'key without the admin role', domain: 'acme.freshchat.com', key: 'agent-0123456789', field: 'apiKey', says: /without the Account Administrator role/ },
    { what: 'Freshdesk domain in the Freshchat form', domain: 'acme.freshdesk.com', key: 'fc-key-0123456789', field: 'domain', says: /This is a Freshdesk domain.*example\.freshchat\.com/ },
    { what: 'domain without subdomain', domain: 'freshchat.com', key: 'fc-key-0123456789', field: 'domain', says: /including the subdomain/ },
    { what: 'some other host', domain: 'acme.example.org', key: 'fc-key-0123456789', field: 'domain', says: /not a Freshchat domain/ },
  ] as const;

  for (const c of cases) {
    test(c.what, async ({ page, server }) => {
      await page.goto('/new/freshchat');
      const form = freshchatForm(page, l);
      await form.name.fill('Chat');
      await form.domain.fill(c.domain);
      await form.apiKey.fill(c.key);
      await form.save.click();
      const field = form[c.field];
      await expect(field).toHaveAccessibleDescription(c.says);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toBeFocused();
      await expect(form.name).toHaveValue('Chat');
      await expect(form.domain).toHaveValue(c.domain);
      await expect(form.apiKey).toHaveValue(c.key);
      expect(await server.integrations()).toHaveLength(0);

      // Fixing the field clears its message at once.
      await field.fill(c.field === 'domain' ? 'acme.freshchat.com' : 'fc-good-key-0123456789');
      await expect(field).toHaveAttribute('aria-invalid', 'false');
    });
  }

  test('the vendor being down is a form-level message, and saving again works', async ({ page, server }) => {
    await page.goto('/new/freshchat');
    const form = freshchatForm(page, l);
    await form.name.fill('Chat');
    await form.domain.fill('down.freshchat.com');
    await form.apiKey.fill('fc-key-0123456789');
    await form.save.click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(/could not be reached.*Try again in a few minutes/);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(/Reference for injixo Support: [0-9a-f]{32}/);
    // Nothing is wrong with a field, so focus goes to the message itself.
    await expect(page.locator('#ixi-form-failure')).toBeFocused();
    await expect(form.domain).toHaveValue('down.freshchat.com');
    await form.domain.fill('acme.freshchat.com');
    await form.save.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chat', exact: true })).toBeVisible();
    expect(await server.integrations()).toHaveLength(1);
  });

  test('empty fields are reported before anything is sent', async ({ page, server }) => {
    await page.goto('/new/freshchat');
    const form = freshchatForm(page, l);
    await form.save.click();
    for (const f of [form.name, form.domain, form.apiKey]) {
      await expect(f).toHaveAccessibleDescription(/Fill in this field/);
    }
    await expect(form.name).toBeFocused();
    expect(server.log).not.toContain('POST /api/v1/integrations');
  });
});

test('a name is unique, whatever its case and spacing', async ({ page, server }) => {
  await server.createFreshchat('Support Chat');
  await page.goto('/new/freshchat');
  const form = freshchatForm(page, LABELS.en);
  await form.name.fill('  support   CHAT ');
  await form.domain.fill('other.freshchat.com');
  await form.apiKey.fill('fc-key-0123456789');
  await form.save.click();
  await expect(form.name).toHaveAccessibleDescription(/already exists/);
  await expect(form.name).toHaveValue('  support   CHAT ');
  expect(await server.integrations()).toHaveLength(1);
});

test('saving twice in a row creates one integration', async ({ page, server }) => {
  await page.goto('/new/freshchat');
  const form = freshchatForm(page, LABELS.en);
  await form.name.fill('Slow one');
  await form.domain.fill('slow.freshchat.com'); // the vendor answers after 1.5 s
  await form.apiKey.fill('fc-key-0123456789');
  await form.save.dblclick();
  const busy = page.getByRole('button', { name: LABELS.en.saving });
  await expect(busy).toHaveAttribute('aria-disabled', 'true');
  await busy.click({ force: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Slow one' })).toBeVisible();
  expect(await server.integrations()).toHaveLength(1);
  expect(server.log.match(/POST \/api\/v1\/integrations/g)).toHaveLength(1);
});

test('integrations survive a page reload and a backend restart', async ({ page, server }) => {
  await page.goto('/new/freshchat');
  const form = freshchatForm(page, LABELS.en);
  await form.name.fill('Persistent');
  await form.domain.fill('acme.freshchat.com');
  await form.apiKey.fill('fc-key-0123456789');
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Persistent' })).toBeVisible();
  const detailUrl = page.url();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Persistent' })).toBeVisible();
  await server.restart();
  await page.goto(detailUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Persistent' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('row', { name: /Persistent/ })).toBeVisible();
});

test('switching the language mid-form keeps what was typed', async ({ page }) => {
  await page.goto('/new/freshchat');
  const en = freshchatForm(page, LABELS.en);
  await en.name.fill('Chat NL');
  await en.domain.fill('acme.freshchat.com');
  await en.apiKey.fill('fc-key-0123456789');
  await page.getByLabel('Language').selectOption({ label: 'Nederlands' });
  const nl = freshchatForm(page, LABELS.nl);
  await expect(nl.save).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(nl.name).toHaveValue('Chat NL');
  await expect(nl.domain).toHaveValue('acme.freshchat.com');
  await expect(nl.apiKey).toHaveValue('fc-key-0123456789');
  // The choice is remembered: a reload stays in Dutch.
  await page.reload();
  await expect(freshchatForm(page, LABELS.nl).save).toBeVisible();
});

test('every step has its own URL that survives a reload', async ({ page, server }) => {
  const id = await server.createFreshchat('Deep link');
  for (const [url, heading] of [
    ['/', 'Integrations'],
    ['/catalogue', 'Add a new integration'],
    ['/catalogue/freshworks', 'Freshworks'],
    ['/new/freshchat', 'Add Freshchat integration'],
    [`/integration/${id}`, 'Deep link'],
  ]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto('/integration/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('does not exist');
});

test('the setup form waits for the plan, so a late plan cannot wipe what was typed', async ({ page }) => {
  const l = LABELS.en;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/v1/account', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/new/freshchat');
  const form = freshchatForm(page, l);
  // While the plan is unknown, the page says it is loading and offers no form that
  // would be re-created (and emptied) when the plan arrives.
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  await expect(form.apiKey).toHaveCount(0);
  release();
  await form.name.fill('Late plan');
  await form.domain.fill('acme.freshchat.com');
  await form.apiKey.fill('fc-key-0123456789');
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Late plan' })).toBeVisible();
});
