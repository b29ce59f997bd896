import { test, expect, expectSecretGone, LABELS, type Lang } from '../fixtures';

const APP = {
  en: { section: 'Install the injixo app', key: 'injixo API key', generate: 'Generate', copy: 'Copy', copied: 'Copied',
        regenerate: 'Re-generate', confirmNew: 'Generate new key', done: 'Done', operational: 'Operational',
        marketplace: 'Freshworks marketplace', leaveTitle: 'Leave without copying the key?', stay: 'Stay and copy the key' },
  de: { section: 'Installiere injixo-App', key: 'injixo API-Key', generate: 'Generieren', copy: 'Kopieren', copied: 'Kopiert',
        regenerate: 'Erneut generieren', confirmNew: /neuen/i, done: /Fertig|Schließen/, operational: 'Operational',
        marketplace: 'Freshworks Marketplace', leaveTitle: /Key|Schlüssel/, stay: /kopieren/i },
} as const;

for (const lang of ['en', 'de'] as const satisfies readonly Lang[]) {
  const a = APP[lang];
  test.describe(`injixo app in ${lang}`, () => {
    test.use({ locale: LABELS[lang].locale });

    test('generate, copy, connect the app, reload, re-generate', async ({ page, context, server, consoleLines }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const id = await server.createFreshchat('Chat app');
      await page.goto(`/integration/${id}`);

      const section = page.getByRole('region', { name: a.section });
      await expect(section).toBeVisible();
      // The section is the last thing on the page, as the article says.
      const isLast = await section.evaluate((el) => !el.nextElementSibling || el.nextElementSibling.tagName === 'DIALOG');
      expect(isLast).toBe(true);
      const market = section.getByRole('link', { name: new RegExp(a.marketplace) });
      await expect(market).toHaveAttribute('href', 'https://www.freshworks.com/apps/injixo_connect');
      await expect(market).toHaveAttribute('target', '_blank');
      await expect(market).toHaveAttribute('rel', /noopener/);

      await section.getByRole('button', { name: a.generate, exact: true }).click();
      const keyField = section.getByLabel(a.key, { exact: true });
      await expect(keyField).toHaveValue(/^ixk_/);
      await expect(keyField).toBeFocused();
      const key = await keyField.inputValue();

      await section.getByRole('button', { name: a.copy, exact: true }).click();
      await expect(section.getByRole('button', { name: a.copied, exact: true })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

      // The injixo app in Freshchat sends its first chats.
      expect(await server.sendChatEvents(key)).toBe(202);
      await section.getByRole('button', { name: a.done }).click();
      await expectSecretGone(page, server, consoleLines, key);

      await page.reload();
      const details = page.locator('dl').first();
      await expect(details).toContainText(a.operational);
      await expect(details).not.toContainText(LABELS[lang].connecting);
      const again = page.getByRole('region', { name: a.section });
      await expect(again).toContainText(`…${key.slice(-4)}`);
      await expectSecretGone(page, server, consoleLines, key);

      // Re-generate, behind a confirmation.
      await again.getByRole('button', { name: a.regenerate }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: a.confirmNew }).click();
      const newKeyField = again.getByLabel(a.key, { exact: true });
      await expect(newKeyField).toHaveValue(/^ixk_/);
      const newKey = await newKeyField.inputValue();
      expect(newKey).not.toBe(key);
      expect(await server.sendChatEvents(key)).toBe(401);
      expect(await server.sendChatEvents(newKey)).toBe(202);
      await again.getByRole('button', { name: a.copy, exact: true }).click();
      await expect(again.getByRole('button', { name: a.copied, exact: true })).toBeVisible();
      await again.getByRole('button', { name: a.done }).click();
      await expectSecretGone(page, server, consoleLines, newKey);
      await expectSecretGone(page, server, consoleLines, key);
    });
  });
}

test('when copying fails, the admin is told and the key is selected for copying by hand', async ({ page, server }) => {
  await page.addInitScript(() => {
    // A browser that refuses both ways of copying (permission denied, no execCommand).
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    document.execCommand = () => false;
  });
  const id = await server.createFreshchat('Copy fails');
  await page.goto(`/integration/${id}`);
  const section = page.getByRole('region', { name: APP.en.section });
  await section.getByRole('button', { name: 'Generate', exact: true }).click();
  await section.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(section.getByRole('status')).toContainText('Copying did not work');
  await expect(section.getByRole('button', { name: 'Copied' })).toHaveCount(0);
  const keyField = section.getByLabel('injixo API key', { exact: true });
  await expect(keyField).toBeFocused();
  const selected = await keyField.evaluate((el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length);
  expect(selected).toBe(true);
});

test('leaving with an uncopied key asks first, in the page language', async ({ page, server }) => {
  const id = await server.createFreshchat('Leave guard');
  await page.goto(`/integration/${id}`);
  const section = page.getByRole('region', { name: APP.en.section });
  await section.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(section.getByLabel('injixo API key', { exact: true })).toHaveValue(/^ixk_/);

  await page.getByRole('link', { name: 'Back to overview' }).click();
  const dialog = page.getByRole('dialog', { name: APP.en.leaveTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: APP.en.stay }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/integration/${id}$`));
  await expect(section.getByLabel('injixo API key', { exact: true })).toHaveValue(/^ixk_/);

  // Closing the panel asks too; Esc keeps it open.
  await section.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(section.getByLabel('injixo API key', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Back to overview' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave without copying' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
});

test('operational but silent for over 6 hours: the hint leads straight to a new key', async ({ page, server }) => {
  const id = await server.createFreshchat('Silent app');
  const gen = await server.api(`/integrations/${id}/app-key`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}',
  });
  const { key } = await gen.json();
  expect(await server.sendChatEvents(key)).toBe(202);
  await page.goto('/');
  const row = page.getByRole('row', { name: /Silent app/ });
  await expect(row).toContainText('Operational');
  await expect(row.getByRole('link', { name: /No data received/ })).toHaveCount(0);

  await server.advanceClock(7 * 3600);
  await page.reload();
  await row.getByRole('link', { name: 'No data received for 6 hours' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'No new data for a while' })).toBeVisible();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Generate new key' }).click();
  await expect(page.getByLabel('injixo API key', { exact: true })).toHaveValue(/^ixk_/);
  expect(await server.sendChatEvents(key)).toBe(401);
});

test('the data help explains how Freshchat chats are counted, beside the form and on the page', async ({ page, server }) => {
  await page.goto('/new/freshchat');
  const help = page.getByRole('region', { name: 'Freshchat data in injixo' });
  await expect(help).toContainText('one contact');
  await expect(help).toContainText('Undefined_Queue');
  const id = await server.createFreshchat('Help');
  await page.goto(`/integration/${id}`);
  // On the integration page the help is folded, so the app section stays near.
  const folded = page.getByRole('group', { name: 'Freshchat data in injixo' });
  await expect(folded.getByText('Undefined_Queue')).toBeHidden();
  await folded.getByText('Freshchat data in injixo').click();
  await expect(folded.getByText(/Undefined_Queue/)).toBeVisible();
});
