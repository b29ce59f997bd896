import type { Locator } from '@playwright/test';
import { test, expect, pickZone, CloudLinkClient, type Page } from '../fixtures';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The CSV schema wizard with what goes wrong in real exports, and the SQL mapping: each
// bad file gets its message at the sample, and nothing set up before is lost.

function file(name: string, content: string | Buffer, mimeType = 'text/csv') {
  return { name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content };
}

async function openWizard(page: Page) {
  await page.goto('/new/csv');
  await page.getByLabel('Name', { exact: true }).fill('Exports');
  await page.getByLabel('Type of import data').selectOption({ label: 'Contact data' });
  await page.getByRole('button', { name: 'Create a new CSV schema' }).click();
  const wizard = page.getByRole('region', { name: 'Create a new CSV schema' });
  await expect(wizard).toBeVisible();
  return wizard;
}

/** Maps SAMPLE's columns: Queue, Start as the timestamp, A offered, B handled. */
async function mapSample(wizard: Locator) {
  await wizard.getByLabel('Date and time in one column').check();
  await wizard.getByLabel('Queue name', { exact: true }).selectOption('Queue');
  await wizard.getByLabel('Timestamp', { exact: true }).selectOption('Start');
  await wizard.getByLabel('Timestamp format').fill('YYYY-MM-DD hh:mm:ss');
  await wizard.getByLabel('Offered', { exact: true }).selectOption('A');
  await wizard.getByLabel('Handled', { exact: true }).selectOption('B');
}

const SAMPLE = 'Queue;Start;A;B\nHotline;2026-03-02 08:00:00;10;20\nSales;2026-03-02 08:15:00;3;4\n';

test('bad samples: each says what is wrong, the last good sample and the name stay', async ({ page }) => {
  const wizard = await openWizard(page);
  const pick = wizard.getByLabel(/open your file explorer|Re-upload file/);
  const status = wizard.locator('#ixi-csv-sample-status');
  const problem = wizard.getByRole('alert');

  await pick.setInputFiles(file('export.csv', SAMPLE));
  await expect(status).toContainText('export.csv: 2 rows, 4 columns');

  await pick.setInputFiles(file('empty.csv', ''));
  await expect(problem.filter({ hasText: 'File is empty.' })).toBeVisible();
  await pick.setInputFiles(file('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3])));
  await expect(problem.filter({ hasText: 'This is not a text file.' })).toBeVisible();
  // 20 MB: refused before it is read.
  await pick.setInputFiles(file('huge.csv', Buffer.alloc(20 * 1024 * 1024, 'a')));
  await expect(problem.filter({ hasText: 'The maximum size is 7 MB.' })).toBeVisible();
  // The good sample is still the one in use.
  await expect(status).toContainText('export.csv: 2 rows, 4 columns');
  await expect(wizard.getByRole('table').first()).toContainText('Hotline');

  // Windows-1252 (ä as 0xE4): read, and the admin is told how.
  const latin = Buffer.from('Queue;Start;A;B\nVerkäufe;2026-03-02 08:00:00;1;2\n', 'latin1');
  await pick.setInputFiles(file('ansi.csv', latin));
  await expect(wizard.getByText('so it was read as Windows-1252')).toBeVisible();
  await expect(wizard.getByRole('table').first()).toContainText('Verkäufe');

  // Mixed line endings are read as lines all the same.
  await pick.setInputFiles(file('mixed.csv', 'Queue;Start;A;B\r\nHotline;2026-03-02 08:00:00;1;2\nSales;2026-03-02 08:15:00;3;4\r\n'));
  await expect(status).toContainText('mixed.csv: 2 rows, 4 columns');

  // The wrong separator: one column, and the hint where to look.
  await wizard.getByLabel('Column separator of CSV file').selectOption('comma');
  await expect(wizard.getByText('Only one column was found: check the column separator.')).toBeVisible();
  await wizard.getByLabel('Column separator of CSV file').selectOption('semicolon');

  // Before 1970: the preview names the line.
  await pick.setInputFiles(file('old.csv', 'Queue;Start;A;B\nHotline;1969-12-31 23:00:00;1;2\n'));
  await expect(status).toContainText('old.csv: 1 row, 4 columns');
  await pickZone(page, 'Time zone', 'London');
  await wizard.getByRole('radio', { name: 'Interval-based' }).check();
  await wizard.getByRole('button', { name: 'Map the columns' }).click();
  await mapSample(wizard);
  await expect(wizard.getByText('Year must not be before 1970.')).toBeVisible();

  await wizard.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Exports');
});

test('SQL mapping: an average of two columns previews; ATTACH, a write and a runaway query are refused with their message', async ({ page }) => {
  const wizard = await openWizard(page);
  await wizard.getByLabel(/open your file explorer|Re-upload file/).setInputFiles(file('export.csv', SAMPLE));
  await expect(wizard.locator('#ixi-csv-sample-status')).toContainText('2 rows');
  await pickZone(page, 'Time zone', 'London');
  await wizard.getByRole('radio', { name: 'Interval-based' }).check();
  await wizard.getByRole('button', { name: 'Map the columns' }).click();
  await wizard.getByLabel('Use SQL query to map columns').check();

  const sql = wizard.getByRole('textbox', { name: 'SQL query' });
  const run = wizard.getByRole('button', { name: 'Run query' });
  await sql.fill(
    `SELECT "Queue" AS queue, "Start" AS timestamp, ("A" + "B") / 2.0 AS offered, 1 AS handled, 'calls' AS channel FROM uploaded_file`,
  );
  await run.click();
  const preview = wizard.locator('#ixi-csv-sql-preview');
  await expect(preview.getByRole('row').filter({ hasText: 'Hotline' })).toContainText('15');
  await expect(preview.getByRole('row').filter({ hasText: 'Sales' })).toContainText('3.5');

  const refused = 'The query may only read the table uploaded_file.';
  await sql.fill(`ATTACH DATABASE 'file:x' AS x`);
  await run.click();
  await expect(wizard.getByText(refused)).toBeVisible();
  await sql.fill(`DELETE FROM uploaded_file`);
  await run.click();
  await expect(wizard.getByText(refused)).toBeVisible();
  await sql.fill(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) AS queue FROM n`,
  );
  await run.click();
  await expect(wizard.getByText('The query took too long and was stopped.')).toBeVisible();
  // What was typed is still there to fix.
  await expect(sql).toHaveValue(/WITH RECURSIVE/);
});

test('injixo Cloud Link sends files from its folder: the integration page lists them with their result', async ({ page, server }) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'ixi-watch-'));
  const client = new CloudLinkClient(server, 'Europe/London', folder);
  client.start();
  try {
    const wizard = await openWizard(page);
    await wizard.getByLabel(/open your file explorer|Re-upload file/).setInputFiles(file('export.csv', SAMPLE));
    await expect(wizard.locator('#ixi-csv-sample-status')).toContainText('2 rows');
    await pickZone(page, 'Time zone', 'London');
    await wizard.getByRole('radio', { name: 'Interval-based' }).check();
    await wizard.getByRole('button', { name: 'Map the columns' }).click();
    await mapSample(wizard);
    await wizard.getByRole('button', { name: 'Save schema' }).click();

    const section = page.getByRole('group', { name: 'injixo Cloud Link' });
    await section.getByLabel('PIN shown during installation').fill(await client.pin());
    await section.getByRole('button', { name: 'Connect' }).click();
    await expect(section.getByRole('status')).toContainText('Successfully linked');
    await page.getByRole('button', { name: 'Save integration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();

    writeFileSync(path.join(folder, 'march.csv'), SAMPLE);
    writeFileSync(path.join(folder, 'broken.csv'), 'Queue;Start;A;B\nHotline;yesterday;1;2\n');
    const imports = page.getByRole('table', { name: 'Last imports' });
    // Both files listed, and neither still being written: the page shows what the
    // server had when it loaded, and a row can appear before its import is done.
    await expect.poll(async () => {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
      const rows = await imports.getByRole('row').count();
      const writing = await imports.getByRole('cell', { name: 'Being written', exact: true }).count();
      return rows === 3 && writing === 0;
    }, { timeout: 30_000 }).toBe(true);
    const march = imports.getByRole('row').filter({ hasText: 'march.csv' });
    await expect(march.getByRole('cell', { name: 'injixo Cloud Link', exact: true })).toBeVisible();
    await expect(march.getByRole('cell', { name: 'Applied', exact: true })).toBeVisible();
    const broken = imports.getByRole('row').filter({ hasText: 'broken.csv' });
    await expect(broken.getByRole('cell', { name: 'Rejected', exact: true })).toBeVisible();
  } finally {
    await client.stop();
  }
});
