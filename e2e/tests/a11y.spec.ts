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
      await page.goto('/new/freshchat');
      const form = freshchatForm(page, LABELS[lang]);
      await form.save.click();
      await expect(form.name).toHaveAttribute('aria-invalid', 'true');
      await scan('form with errors');
    });
  });
}
