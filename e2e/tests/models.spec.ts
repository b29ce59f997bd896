import { test, expect, type Page } from '../fixtures';

/** Follows "In the X tile, click Select model / Add integration; in the Y section, click Add integration". */
async function openForm(page: Page, tile: string, section?: string) {
  await page.goto('/catalogue');
  const t = page.getByRole('region', { name: tile });
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

test('Freshdesk Contact Center: domain, API key, grouping; then the injixo app', async ({ page, server }) => {
  await openForm(page, 'Freshworks', 'Freshdesk Contact Center');
  await page.getByLabel('Name', { exact: true }).fill('Phones');
  await field(page, 'Credentials', 'Domain').fill('acme.freshchat.com');
  await field(page, 'Credentials', 'API key').fill('fcc-key-0123456789');
  await save(page);
  await expect(field(page, 'Credentials', 'Domain')).toHaveAccessibleDescription(/This is a Freshchat domain.*example\.freshcaller\.com/);
  await expect(field(page, 'Configuration', 'Group queues by')).toHaveAccessibleDescription(/Choose one of the options/);
  await field(page, 'Credentials', 'Domain').fill('acme.freshcaller.com');
  await field(page, 'Configuration', 'Group queues by').selectOption({ label: 'Phone number' });
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Phones' })).toBeVisible();
  await expect(page.locator('dl').first()).toContainText('Phone number');
  await expect(page.getByRole('region', { name: 'Install the injixo app' }).getByRole('link', { name: /Freshworks marketplace/ }))
    .toHaveAttribute('href', 'https://www.freshworks.com/apps/injixo_1');
  expect((await server.integrations())[0]).toMatchObject({ model: 'freshdesk-contact-center' });
});

test('Five9: user credentials and configuration', async ({ page, server }) => {
  await openForm(page, 'Five9');
  await page.getByLabel('Name', { exact: true }).fill('Five9 EU');
  await field(page, 'User credentials', 'Username').fill('wfm-reporting');
  await field(page, 'User credentials', 'Password').fill('agent-0123456789');
  await field(page, 'Configuration', 'Account region').selectOption({ label: 'Europe' });
  await field(page, 'Configuration', 'Group queues by').selectOption({ label: 'Skills (requires custom report)' });
  await save(page);
  // The fixture: a user without the roles the Five9 article asks for.
  await expect(field(page, 'User credentials', 'Password')).toHaveAccessibleDescription(/roles ADMIN and REPORTING/);
  await expect(field(page, 'Configuration', 'Account region')).toHaveValue('europe');
  await field(page, 'User credentials', 'Password').fill('five9-secret-0123456789');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Five9 EU' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Install the injixo app|Access injixo API/ })).toHaveCount(0);
  expect((await server.integrations())[0]).toMatchObject({ model: 'five9', settings: { account_region: 'europe', group_queues_by: 'skills' } });
});

test('Zendesk: the grouping cannot be changed after saving', async ({ page, server }) => {
  await openForm(page, 'Zendesk');
  await page.getByLabel('Name', { exact: true }).fill('Support desk');
  await field(page, 'User credentials', 'Domain').fill('acme.zendesk.com');
  await field(page, 'User credentials', 'Username').fill('admin@acme.example');
  await field(page, 'User credentials', 'API token').fill('invalid-api-key');
  const grouping = field(page, 'Configuration', 'Group the Zendesk Talk call queues by');
  await expect(grouping).toHaveAccessibleDescription(/Cannot be changed after saving/);
  await grouping.selectOption({ label: 'IVR' });
  await save(page);
  await expect(field(page, 'User credentials', 'API token')).toHaveAccessibleDescription(/did not accept/);
  await field(page, 'User credentials', 'API token').fill('zd-token-0123456789');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Support desk' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  const locked = field(page, 'Configuration', 'Group the Zendesk Talk call queues by');
  await expect(locked).toBeDisabled();
  await expect(locked).toHaveValue('ivr');
  await page.getByLabel('Name', { exact: true }).fill('Support desk EU');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Support desk EU' })).toBeVisible();
  expect((await server.integrations())[0]).toMatchObject({ name: 'Support desk EU', settings: { group_queues_by: 'ivr' } });
});

test('Genesys Cloud: API credentials, region, optional checkbox', async ({ page, server }) => {
  await openForm(page, 'Genesys', 'Genesys Cloud');
  await page.getByLabel('Name', { exact: true }).fill('Genesys');
  await field(page, 'API credentials', 'API key').fill('b7e0c1d2-client-id');
  await field(page, 'API credentials', 'API secret').fill('gc-secret-0123456789');
  await save(page);
  await expect(field(page, 'Configuration', 'Account region')).toHaveAccessibleDescription(/Choose one of the options/);
  await field(page, 'Configuration', 'Account region').selectOption({ label: 'EMEA (Frankfurt)' });
  await page.getByLabel('Import detailed on-queue agent statuses').check();
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Genesys', exact: true })).toBeVisible();
  const [saved] = await server.integrations();
  expect(saved).toMatchObject({ model: 'genesys-cloud', settings: { account_region: 'emea_frankfurt', detailed_on_queue_statuses: true } });
  expect(JSON.stringify(saved)).not.toContain('gc-secret-0123456789');
});

test('injixo API: a name is enough; configuration ID and key (once) to copy', async ({ page, context, server }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openForm(page, 'Universal Interfaces', 'injixo API');
  await save(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/Fill in this field/);
  await page.getByLabel('Name', { exact: true }).fill('Own ACD');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Own ACD' })).toBeVisible();
  const access = page.getByRole('region', { name: 'Access injixo API' });
  const [saved] = await server.integrations();
  await expect(access.getByLabel('Integration configuration ID')).toHaveValue(String(saved.configuration_id));
  await access.getByRole('button', { name: 'Copy' }).first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(String(saved.configuration_id));
  await access.getByRole('button', { name: 'Generate', exact: true }).click();
  const key = await access.getByLabel('injixo API key', { exact: true }).inputValue();
  expect(key).toMatch(/^ixk_/);
  expect(await server.sendChatEvents(key)).toBe(202);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Access injixo API' })).toContainText(`…${key.slice(-4)}`);
  expect(await page.content()).not.toContain(key);
});

test('models outside the plan are locked, with the reason', async ({ page, server }) => {
  const res = await server.api('/test/account', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ plan: 'essential' }),
  });
  expect(res.status).toBe(200);
  await page.goto('/catalogue/freshworks');
  const chat = page.getByRole('region', { name: 'Freshchat' });
  await expect(chat).toContainText('Not in your plan');
  await expect(chat).toContainText('Available with injixo Advanced, Enterprise.');
  await expect(chat.getByRole('link', { name: 'Add integration' })).toHaveCount(0);
  await page.goto('/catalogue');
  await expect(page.getByRole('region', { name: 'Five9' }).getByRole('link', { name: 'Add integration' })).toBeVisible();
  await page.goto('/new/freshchat');
  await expect(page.getByText('Not in your plan')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save integration' })).toHaveCount(0);
});
