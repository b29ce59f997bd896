import AxeBuilder from '@axe-core/playwright';
import { test, expect, freshchatForm, LABELS, type Lang } from '../fixtures';

// axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page, dialog and error state, in all
// six languages.
for (const lang of Object.keys(LABELS) as Lang[]) {
  const l = LABELS[lang];
  test.describe(`accessibility in ${lang}`, () => {
    test.use({ locale: l.locale });

    test('no axe violations on any page, dialog or error state', async ({ page, server }) => {
      const problems: string[] = [];
      const scan = async (what: string) => {
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of result.violations) {
          problems.push(`${what}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target).join(' | ')}`);
        }
      };
      const id = await server.createFreshchat('Axe check');
      const gen = await server.api(`/integrations/${id}/app-key`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(await server.sendChatEvents((await gen.json()).key)).toBe(202);
      await server.advanceClock(7 * 3600); // the "no data" hint on overview and page
      const z = await server.api('/integrations', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Desk', model: 'zendesk', settings: { domain: 'acme.zendesk.com', username: 'a@acme.example', api_token: 'zd-token-0123456789', group_queues_by: 'ivr' } }),
      });
      const zid = (await z.json()).id;

      for (const [url, heading] of [
        ['/', /./],
        ['/catalogue', /./],
        ['/catalogue/freshworks', /Freshworks/],
        ['/catalogue/genesys', /Genesys/],
        ['/new/freshchat', /Freshchat/],
        ['/new/five9', /Five9/],
        ['/new/genesys-cloud', /Genesys Cloud/],
        [`/integration/${id}`, /Axe check/],
        [`/integration/${zid}/edit`, /Desk/],
        ['/nowhere', /./],
      ] as const) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await scan(url);
      }
      await page.goto('/catalogue');
      await page.getByRole('searchbox').fill('zzz');
      await scan('catalogue filtered to nothing');

      // The key panel, and each dialog.
      await page.goto(`/integration/${id}?action=regenerate-key`);
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan('re-generate dialog');
      await page.getByRole('dialog').getByRole('button').last().click();
      await expect(page.getByLabel(l.appKey, { exact: true })).toHaveValue(/^ixk_/);
      await scan('key panel');
      await page.getByRole('link', { name: l.breadcrumb.split(' > ')[1] }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan('leave dialog');
      await page.keyboard.press('Escape');

      await page.goto(`/integration/${zid}/edit`);
      await page.locator('.ixi-button-danger').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan('delete dialog');

      // Error states: client validation, server field errors, a failed request.
      await page.goto('/new/freshchat');
      const form = freshchatForm(page, l);
      await form.save.click();
      await expect(form.name).toHaveAttribute('aria-invalid', 'true');
      await scan('form with client errors');
      await form.name.fill('Axe check');
      await form.domain.fill('down.freshchat.com');
      await form.apiKey.fill('invalid-api-key');
      await form.save.click();
      await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
      await scan('form with a server error');

      // Offline.
      await page.context().setOffline(true);
      await expect(page.locator('.ixi-offline .ixi-alert')).toBeVisible();
      await scan('offline');
      await page.context().setOffline(false);

      expect(problems).toEqual([]);
    });
  });
}
