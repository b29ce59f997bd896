import { test, expect, pickZone, expectSecretGone, CloudLinkClient, type Page } from '../fixtures';

// injixo Cloud Link, end to end: the stand-in client runs as a real process next to
// the reference backend, prints its PIN box, keeps a heartbeat and answers jobs.

test.describe.configure({ mode: 'serial' });

test.describe('Mitel in German', () => {
  test.use({ locale: 'de-DE' });

  test('PIN from the client, Verbinden, save, Operational; the client stops, Problem erkannt; back, Operational', async ({ page, server, consoleLines }) => {
    const client = new CloudLinkClient(server);
    client.start();
    try {
      await page.goto('/catalogue');
      await page.getByRole('region', { name: 'Mitel', exact: true }).getByRole('link', { name: 'Integration hinzufügen' }).click();
      const section = page.getByRole('group', { name: 'injixo Cloud Link' });
      await expect(section.getByRole('link', { name: 'Herunterladen für Windows 64-bit' })).toBeVisible();
      await section.getByLabel('Server-Betriebssystem').selectOption('Linux');
      await expect(section.getByRole('link', { name: 'Herunterladen für Linux 64-bit' }))
        .toHaveAttribute('href', '/api/v1/cloud-link/downloads/standard/linux/x64');

      await page.getByLabel('Name', { exact: true }).fill('Mitel Hotline');
      // Saving without a linked client is refused at the section, nothing lost.
      await page.getByRole('button', { name: 'Integration speichern' }).click();
      await expect(section).toContainText('Dein injixo Cloud Link ist nicht verbunden.');
      await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Mitel Hotline');

      const pin = section.getByLabel('PIN, die während der Installation angezeigt wird');
      await pin.fill('000000');
      await section.getByRole('button', { name: 'Verbinden' }).click();
      await expect(pin).toHaveAccessibleDescription(/Die PIN ist falsch/);
      const thePin = await client.pin();
      await pin.fill(thePin);
      await section.getByRole('button', { name: 'Verbinden' }).click();
      await expect(section.getByRole('status')).toContainText('Erfolgreich verbunden');
      await expect(section).toContainText('acd-db-01');
      await expect(pin).toBeHidden();

      await pickZone(page, 'Zeitzone der ACD', 'Berlin');
      const db = page.getByRole('group', { name: 'Datenbankzugangsdaten' });
      await db.getByLabel('Host', { exact: true }).fill('mitel-db.local');
      await db.getByLabel('Port', { exact: true }).fill('1433');
      await db.getByLabel('Benutzername', { exact: true }).fill('wfm');
      await db.getByLabel('Passwort', { exact: true }).fill('mitel-db-password-42');
      await page.getByLabel('Agentenstatus-Daten importieren').check();
      await page.getByRole('button', { name: 'Integration speichern' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mitel Hotline' })).toBeVisible();
      const link = page.getByRole('region', { name: 'injixo Cloud Link' });
      await expect(link).toContainText('acd-db-01');
      await expect(link).toContainText('Verbunden');
      await expectSecretGone(page, server, consoleLines, 'mitel-db-password-42');
      await expectSecretGone(page, server, consoleLines, thePin);

      await page.goto('/');
      const row = page.getByRole('row', { name: /Mitel Hotline/ });
      await expect(row).toContainText('Operational');

      await client.stop();
      await server.advanceClock(61);
      await page.reload();
      await expect(row).toContainText('Problem erkannt');

      client.start();
      await expect.poll(async () => {
        await page.reload();
        return (await row.textContent()) ?? '';
      }, { timeout: 20_000 }).toContain('Operational');
    } finally {
      await client.stop();
    }
  });

  test('expired, reused and too many wrong PINs each say so; nothing typed is lost', async ({ page, server }) => {
    const client = new CloudLinkClient(server);
    client.start();
    try {
      const first = await client.pin();
      await page.goto('/new/mitel');
      await page.getByLabel('Name', { exact: true }).fill('Mitel 2');
      const section = page.getByRole('group', { name: 'injixo Cloud Link' });
      const pin = section.getByLabel('PIN, die während der Installation angezeigt wird');
      const connect = section.getByRole('button', { name: 'Verbinden' });

      // Expired: the backend's clock moves past the 5 minutes.
      await server.advanceClock(5 * 60 + 1);
      await pin.fill(first);
      await connect.click();
      await expect(pin).toHaveAccessibleDescription(/Die PIN ist falsch/);
      await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Mitel 2');

      // A new PIN (as after restarting the client) links once; used again, it is refused.
      await client.stop();
      const boxes = client.boxes();
      client.start();
      const second = await client.pin(boxes);
      await pin.fill(second);
      await connect.click();
      await expect(section.getByRole('status')).toContainText('Erfolgreich verbunden');
      const again = await server.api('/cloud-link/claims', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pin: second }),
      });
      expect(again.status).toBe(422);
      expect((await again.json()).errors).toEqual([{ field: 'pin', code: 'pin_invalid' }]);

      // Five wrong tries, then the sixth is refused for a while.
      await section.getByRole('button', { name: 'Neue Installation von injixo Cloud Link' }).click();
      // The expired and the reused PIN above were the first two wrong ones.
      for (let i = 0; i < 3; i++) {
        await pin.fill(`11111${i}`);
        await connect.click();
        await expect(pin).toHaveAccessibleDescription(/Die PIN ist falsch/);
      }
      await pin.fill('111119');
      await connect.click();
      await expect(section.getByRole('alert')).toContainText('Zu viele falsche PINs');
      await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Mitel 2');
    } finally {
      await client.stop();
    }
  });
});

test('Database with PostgreSQL: Run query shows rows and names what is missing; errors and runaway queries say so', async ({ page, server }) => {
  const client = new CloudLinkClient(server);
  client.start();
  try {
    await page.goto('/catalogue');
    await page.getByRole('region', { name: 'Universal Interfaces' }).getByRole('link', { name: 'Select model' }).click();
    await page.getByRole('region', { name: 'Database', exact: true }).getByRole('link', { name: 'Add integration' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Own database');
    await page.getByLabel('Database type').selectOption({ label: 'PostgreSQL' });
    await page.getByLabel('Database name', { exact: true }).filter({ visible: true }).fill('acd');
    await page.getByLabel('Host', { exact: true }).filter({ visible: true }).fill('db.local');
    await page.getByLabel('Port', { exact: true }).filter({ visible: true }).fill('5432');
    await page.getByLabel('Username', { exact: true }).filter({ visible: true }).fill('wfm');
    await page.getByLabel('Password', { exact: true }).filter({ visible: true }).fill('pg-password-0123456789');
    await page.getByLabel('Type of import data').selectOption({ label: 'Agent status' });
    await pickZone(page, 'Database time zone', 'Berlin');
    const query = page.getByLabel('SQL query', { exact: true });
    await query.fill('SELECT agentidentifier, starttime, endtime, activity FROM agent_status');
    await expect(page.getByText('agentidentifier').first()).toBeVisible();
    const run = page.getByRole('button', { name: 'Run query' });
    await expect(run).toHaveAttribute('aria-disabled', 'true');

    const section = page.getByRole('group', { name: 'injixo Cloud Link' });
    await section.getByLabel('PIN shown during installation').fill(await client.pin());
    await section.getByRole('button', { name: 'Connect' }).click();
    await expect(section.getByRole('status')).toContainText('Successfully linked');

    await run.click();
    const preview = page.locator('#ixi-query-preview');
    await expect(preview).toContainText('All required columns are there');
    await expect(preview.getByRole('columnheader', { name: 'activity' })).toBeVisible();
    await expect(preview.getByRole('row').nth(1)).toBeVisible();

    await query.fill('SELECT agentidentifier, starttime FROM agent_status');
    await run.click();
    await expect(page.locator('#ixi-query-preview')).toContainText('activity is missing');

    await query.fill('SELECT agentidentifier, FROM agent_status');
    await run.click();
    await expect(page.locator('#ixi-query-failure')).toContainText('Your system reported:');
    await expect(page.locator('#ixi-query-failure')).toContainText('syntax error');

    await query.fill('WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r WHERE x < 0');
    await run.click();
    await expect(page.locator('#ixi-query-failure')).toContainText('took longer than injixo Cloud Link allows', { timeout: 20_000 });

    await query.fill('SELECT agentidentifier, starttime, endtime, activity FROM agent_status');
    await page.getByRole('button', { name: 'Save integration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Own database' })).toBeVisible();
    const [saved] = await server.integrations();
    expect(saved).toMatchObject({ model: 'database', settings: { database_type: 'postgresql', import_data_type: 'agent_status' } });
  } finally {
    await client.stop();
  }
});

test('Cisco ICM offers its own build of injixo Cloud Link', async ({ page }) => {
  await page.goto('/new/cisco-icm');
  const section = page.getByRole('group', { name: 'injixo Cloud Link' });
  await expect(section.getByRole('link', { name: 'Download for Windows 64-bit' }))
    .toHaveAttribute('href', '/api/v1/cloud-link/downloads/cisco/windows/x64');
});

// Each on-premise model, created in one language each (together all six).
const MODELS = [
  { id: 'inin-cic', lang: 'it-IT' },
  { id: 'genesys-engage', lang: 'nl-NL' },
  { id: 'sikom', lang: 'fr-FR' },
  { id: 'avaya-cms', lang: 'es-ES' },
  { id: 'cisco-icm', lang: 'en-US' },
  { id: 'mitel', lang: 'de-DE' },
] as const;

for (const { id, lang } of MODELS) {
  test.describe(`${id} in ${lang}`, () => {
    test.use({ locale: lang });
    test('the form is the article\'s, and saving with a linked client works', async ({ page, server }) => {
      const client = new CloudLinkClient(server);
      client.start();
      try {
        await page.goto(`/new/${id}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang.slice(0, 2));
        const pinBox = page.locator('#ixi-form-cloud-link-pin');
        await pinBox.fill(await client.pin());
        await page.locator('.ixi-cloud-link .ixi-button-primary').click();
        await expect(page.locator('#ixi-cloud-link-linked')).toContainText('acd-db-01');
        await fillEverything(page);
        await page.locator('form button[type=submit]').click();
        await expect(page.getByRole('heading', { level: 1, name: `E2E ${id}` })).toBeVisible({ timeout: 20_000 });
        expect((await server.integrations())[0]).toMatchObject({ model: id });
      } finally {
        await client.stop();
      }
    });
  });
}

/** Fills every shown field of the form with a valid value, by its kind (the labels are each language's own). */
async function fillEverything(page: Page) {
  const form = page.locator('form');
  await form.locator('#ixi-form-name').fill(`E2E ${await page.evaluate(() => location.pathname.split('/').pop())}`);
  for (const box of await form.locator('input[role=combobox]').all()) {
    const name = (await box.getAttribute('id')) ?? '';
    const label = await page.locator(`label[for="${name}"]`).textContent();
    await pickZone(page, label ?? '', 'Berlin');
  }
  for (const select of await form.locator('select:not(#ixi-form-cloud-link-os)').all()) {
    if (await select.isVisible()) await select.selectOption({ index: 1 });
  }
  for (const input of await form.locator('.ixi-section input[type=text], .ixi-section input[type=password], .ixi-section textarea').all()) {
    if (!(await input.isVisible()) || (await input.getAttribute('role')) === 'combobox') continue;
    const id = (await input.getAttribute('id')) ?? '';
    if (id === 'ixi-form-cloud-link-pin') continue;
    const value = /port/.test(id) ? '1433' : /password|connection/.test(id) ? 'e2e-secret-0123456789' : 'e2e-value';
    if (!(await input.inputValue())) await input.fill(value);
  }
}
