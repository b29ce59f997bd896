import { test, expect, pickZone, expectSecretGone, type Page } from '../fixtures';

// The four cloud models added with the help center's articles (Vonage, Talkdesk,
// Ujet, Odigo) and the details of the first seven their sources asked for.

async function openForm(page: Page, tile: string, section?: string) {
  await page.goto('/catalogue');
  const t = page.getByRole('region', { name: tile, exact: true });
  if (section) {
    await t.getByRole('link', { name: 'Select model' }).click();
    await page.getByRole('region', { name: section }).getByRole('link', { name: 'Add integration' }).click();
  } else {
    await t.getByRole('link', { name: 'Add integration' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: /^Add .* integration$/ })).toBeVisible();
}

const save = (page: Page) => page.getByRole('button', { name: 'Save integration' }).click();
const field = (page: Page, group: string, label: string) =>
  page.getByRole('group', { name: group }).getByLabel(label, { exact: true });

test('the catalogue offers the eleven cloud models under the tiles the articles name', async ({ page }) => {
  await page.goto('/catalogue');
  for (const tile of ['Vonage', 'Talkdesk', 'Ujet', 'Odigo', 'Five9', 'Zendesk']) {
    const t = page.getByRole('region', { name: tile, exact: true });
    await expect(t.getByRole('link', { name: 'Add integration' })).toBeVisible();
    await expect(t.getByRole('list', { name: 'Delivery mode' })).toContainText('Cloud');
  }
  await expect(page.getByRole('region', { name: 'Odigo', exact: true }).getByRole('list', { name: 'Features' }))
    .toContainText('RTA');
  // The filter finds tiles by what they import and how they deliver.
  await page.getByLabel('Filter').fill('agent status');
  await expect(page.getByRole('region', { name: 'Vonage', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Freshworks', exact: true })).toBeVisible();
  await page.getByLabel('Filter').fill('');
  await page.getByRole('region', { name: 'Genesys', exact: true }).getByRole('link', { name: 'Select model' }).click();
  await expect(page.getByRole('region', { name: 'Genesys Cloud' }).getByRole('link', { name: 'Learn more' }))
    .toHaveAttribute('href', 'https://help.injixo.com/add-genesys-cloud-integration/');
});

test('Vonage: required fields, a rejected secret at its field, nothing typed lost; grouping locked on edit', async ({ page, server }) => {
  await openForm(page, 'Vonage');
  await save(page);
  await expect(field(page, 'User credentials', 'Client ID')).toHaveAccessibleDescription(/Fill in this field/);
  await expect(field(page, 'Configuration', 'Account region')).toHaveAccessibleDescription(/Choose one of the options/);
  await page.getByLabel('Name', { exact: true }).fill('Vonage EU');
  await field(page, 'User credentials', 'Client ID').fill('vonage-client-42');
  await field(page, 'User credentials', 'Client secret').fill('invalid-api-key');
  await field(page, 'Configuration', 'Account region').selectOption({ label: 'EMEA' });
  const grouping = field(page, 'Configuration', 'Group queues by');
  await expect(grouping).toHaveAccessibleDescription(/Cannot be changed after saving/);
  await grouping.selectOption({ label: 'Vonage queues' });
  await save(page);
  await expect(field(page, 'User credentials', 'Client secret')).toHaveAccessibleDescription(/not valid|did not accept/);
  await expect(page.getByText('Connection: Failed')).toBeVisible();
  await expect(field(page, 'User credentials', 'Client ID')).toHaveValue('vonage-client-42');
  await expect(field(page, 'Configuration', 'Account region')).toHaveValue('emea');
  await field(page, 'User credentials', 'Client secret').fill('vonage-secret-0123456789');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Vonage EU' })).toBeVisible();
  await expect(page.locator('dl').first()).toContainText('Established');
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(field(page, 'Configuration', 'Group queues by')).toBeDisabled();
  const [saved] = await server.integrations();
  expect(saved).toMatchObject({ model: 'vonage', settings: { account_region: 'emea', group_queues_by: 'queues' } });
  const patch = await server.api(`/integrations/${saved.id}`, {
    method: 'PATCH', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ settings: { group_queues_by: 'interaction_plan' } }),
  });
  expect(patch.status).toBe(422);
});

test('Talkdesk: an OAuth client without the scopes is told which ones it needs', async ({ page, server }) => {
  await openForm(page, 'Talkdesk');
  await page.getByLabel('Name', { exact: true }).fill('Talkdesk');
  await field(page, 'User credentials', 'Account name').fill('acme');
  await field(page, 'User credentials', 'Client ID').fill('td-client');
  await field(page, 'User credentials', 'Client secret').fill('agent-0123456789');
  await field(page, 'Configuration', 'Account region').selectOption({ label: 'Europe' });
  await save(page);
  await expect(field(page, 'User credentials', 'Client secret')).toHaveAccessibleDescription(/data-reports:read/);
  await field(page, 'User credentials', 'Client secret').fill('td-secret-0123456789');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Talkdesk', exact: true })).toBeVisible();
  expect((await server.integrations())[0]).toMatchObject({ model: 'talkdesk', settings: { account_region: 'europe' } });
});

test('Ujet: an unreachable subdomain is shown at the subdomain', async ({ page, server }) => {
  await openForm(page, 'Ujet');
  await page.getByLabel('Name', { exact: true }).fill('Ujet');
  await field(page, 'API credentials', 'Subdomain').fill('unreachable');
  await field(page, 'API credentials', 'Company key').fill('company-key');
  await field(page, 'API credentials', 'Company secret code').fill('ujet-secret-0123456789');
  await save(page);
  await expect(field(page, 'API credentials', 'Subdomain')).toHaveAccessibleDescription(/could not be reached/);
  await expect(field(page, 'API credentials', 'Company key')).toHaveValue('company-key');
  await field(page, 'API credentials', 'Subdomain').fill('acme');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Ujet', exact: true })).toBeVisible();
  expect((await server.integrations())[0]).toMatchObject({ model: 'ujet', settings: { subdomain: 'acme' } });
});

test('Odigo: time zone, number, revealed URL fields; then the injixo URL token, shown once', async ({ page, context, server, consoleLines }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openForm(page, 'Odigo');
  await expect(page.getByRole('region', { name: 'Generate injixo URL token' })).toContainText('save the integration first');
  await page.getByLabel('Name', { exact: true }).fill('Odigo RTA');
  await field(page, 'Credentials', 'Tech account').fill('pef-tech');
  await field(page, 'Credentials', 'Tech password').fill('odigo-password-0123456789');
  await field(page, 'Contact data', 'API domain').fill('api.odigo.example');
  await field(page, 'Contact data', 'App ID').fill('app-7');
  await field(page, 'Contact data', 'Instance').fill('prod');
  await field(page, 'Contact data', 'User name').fill('wfm');
  await field(page, 'Contact data', 'Statistics table ID').fill('twelve');
  await pickZone(page, 'IVR timezone', 'Berlin');
  await expect(page.getByLabel('Odigo URL', { exact: true })).toBeHidden();
  await page.getByLabel('Import detailed break agent statuses').check();
  await page.getByLabel('Odigo URL', { exact: true }).fill('https://example.odigo.cx');
  await save(page);
  await expect(field(page, 'Contact data', 'Statistics table ID')).toHaveAccessibleDescription(/whole number/);
  await expect(page.getByLabel('Odigo URL', { exact: true })).toHaveAccessibleDescription(/tenant ID/);
  await expect(page.getByLabel('Web service user', { exact: true })).toHaveAccessibleDescription(/^Fill in this field/);
  await field(page, 'Contact data', 'Statistics table ID').fill('12');
  await page.getByLabel('Odigo URL', { exact: true }).fill('https://example.odigo.cx/tenant-17');
  await page.getByLabel('Web service user', { exact: true }).fill('ws-user');
  await page.getByLabel('Web service password', { exact: true }).fill('ws-password-0123456789');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Odigo RTA' })).toBeVisible();
  const [saved] = await server.integrations();
  expect(saved).toMatchObject({ model: 'odigo', settings: { ivr_timezone: 'Europe/Berlin', statistics_table_id: 12, odigo_url: 'https://example.odigo.cx/tenant-17' } });

  const section = page.getByRole('region', { name: 'Generate injixo URL token' });
  await expect(section).toContainText('notification URL');
  await section.getByRole('button', { name: 'Generate', exact: true }).click();
  const tokenField = section.getByLabel('injixo URL token', { exact: true });
  await expect(tokenField).toHaveValue(/^ixk_/);
  const token = await tokenField.inputValue();
  await section.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(section.getByRole('status').filter({ hasText: 'The token has been copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await section.getByRole('button', { name: 'Done' }).click();
  await expectSecretGone(page, server, consoleLines, token);
  for (const secret of ['odigo-password-0123456789', 'ws-password-0123456789']) {
    await expectSecretGone(page, server, consoleLines, secret);
  }

  await page.reload();
  const again = page.getByRole('region', { name: 'Generate injixo URL token' });
  await expect(again).toContainText(`…${token.slice(-4)}`);
  await expectSecretGone(page, server, consoleLines, token);
  await again.getByRole('button', { name: 'Re-generate' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Replace it with the new one in Odigo');
  await dialog.getByRole('button', { name: 'Keep current token' }).click();
  await expect(again).toContainText(`…${token.slice(-4)}`);
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('Freshdesk Contact Center: the app step 4 names the checkbox as the article does', async ({ page, server }) => {
    const res = await server.api('/integrations', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Telefonie', model: 'freshdesk-contact-center',
        settings: { domain: 'acme.freshcaller.com', api_key: 'fcc-key-0123456789', group_queues_by: 'routing' },
      }),
    });
    expect(res.status).toBe(201);
    await page.goto(`/integration/${(await res.json()).id}`);
    const steps = page.getByRole('region', { name: 'Installiere injixo-App' }).getByRole('listitem');
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(3)).toContainText('Export real-time agent status data');
  });
});

test('Zendesk: tickets grouped by brand and real-time agent status are saved', async ({ page, server }) => {
  await openForm(page, 'Zendesk');
  await page.getByLabel('Name', { exact: true }).fill('Desk');
  await field(page, 'User credentials', 'Domain').fill('acme.zendesk.com');
  await field(page, 'User credentials', 'Username').fill('wfm@acme.example');
  await field(page, 'User credentials', 'API token').fill('zd-token-0123456789');
  await field(page, 'Configuration', 'Group the Zendesk Talk call queues by').selectOption({ label: 'Phone number' });
  await page.getByLabel('Group tickets by brand').check();
  await page.getByLabel('Import real-time agent status data').check();
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Desk' })).toBeVisible();
  expect((await server.integrations())[0]).toMatchObject({
    settings: { group_tickets_by_brand: true, import_realtime_agent_status: true },
  });
});

test('injixo API: the pencil leads to Access injixo API with the configuration ID and Copy', async ({ page, context, server }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const res = await server.api('/integrations', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Own ACD', model: 'injixo-api', settings: {} }),
  });
  expect(res.status).toBe(201);
  const saved = await res.json();
  await page.goto('/');
  await page.getByRole('row', { name: /Own ACD/ }).getByRole('link', { name: 'Edit' }).click();
  const access = page.getByRole('region', { name: 'Access injixo API' });
  await expect(access.getByLabel('Integration configuration ID')).toHaveValue(String(saved.configuration_id));
  await access.getByRole('button', { name: 'Copy' }).first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(String(saved.configuration_id));
  await expect(access.getByRole('status').filter({ hasText: 'The value has been copied' })).toBeVisible();
});
