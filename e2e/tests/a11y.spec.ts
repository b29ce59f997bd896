import AxeBuilder from '@axe-core/playwright';
import { test, expect, freshchatForm, LABELS } from '../fixtures';

// axe-core on every page of the journey and on the form's error state.
for (const lang of ['en', 'de', 'fr'] as const) {
  test.describe(`accessibility in ${lang}`, () => {
    test.use({ locale: LABELS[lang].locale });

    test('no axe violations on any page', async ({ page, server }) => {
      const id = await server.createFreshchat('Axe check');
      const scan = async (what: string) => {
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = result.violations.map((v) => `${what}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target).join(' | ')}`);
        expect(summary).toEqual([]);
      };
      for (const [url, heading] of [
        ['/', /./],
        ['/catalogue', /./],
        ['/catalogue/freshworks', /Freshworks/],
        ['/new/freshchat', /Freshchat/],
        [`/integration/${id}`, /Axe check/],
      ] as const) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await scan(url);
      }
      // The injixo API key shown once, and the re-generate confirmation.
      await page.goto(`/integration/${id}`);
      const app = page.getByRole('region', { name: LABELS[lang].appSection });
      await app.getByRole('button', { name: LABELS[lang].generate, exact: true }).click();
      await expect(app.getByLabel(LABELS[lang].appKey, { exact: true })).toHaveValue(/^ixk_/);
      await scan('key panel');
      await page.getByRole('link', { name: LABELS[lang].breadcrumb.split(' > ')[1] }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan('leave dialog');
      await page.keyboard.press('Escape');

      await page.goto('/new/freshchat');
      const form = freshchatForm(page, LABELS[lang]);
      await form.save.click();
      await expect(form.name).toHaveAttribute('aria-invalid', 'true');
      await scan('form with errors');
    });
  });
}
