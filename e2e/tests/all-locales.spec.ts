import { test, expect, openFreshchatForm, freshchatForm, LABELS, type Lang } from '../fixtures';
import path from 'node:path';

// The whole journey in each of the six languages, with the labels of that language's
// help article, saving a screenshot of every step for review (screenshots/).
const SHOTS = path.resolve(__dirname, '../../screenshots');

for (const lang of Object.keys(LABELS) as Lang[]) {
  const l = LABELS[lang];
  test.describe(`journey in ${lang}`, () => {
    test.use({ locale: l.locale });

    test(`labels match the ${lang} article at every step`, async ({ page, server }) => {
      const shot = (step: string) => page.screenshot({ path: path.join(SHOTS, `${lang}-${step}.png`), fullPage: true });
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await shot('1-overview-empty');
      await openFreshchatForm(page, l);
      const form = freshchatForm(page, l);
      await expect(form.domain).toHaveAttribute('placeholder', l.example);
      await form.save.click();
      await expect(form.name).toHaveAttribute('aria-invalid', 'true');
      await shot('4-setup-errors');
      await form.name.fill(`Freshchat ${lang}`);
      await form.domain.fill('acme.freshdesk.com');
      await form.apiKey.fill('fc-key-0123456789');
      await expect(form.domain).toHaveAccessibleDescription(/Freshdesk/);
      await form.domain.fill('acme.freshchat.com');
      await shot('5-setup-filled');
      await form.save.click();
      await expect(page.getByRole('heading', { level: 1, name: `Freshchat ${lang}` })).toBeVisible();
      await expect(page.locator('dl').first()).toContainText(l.connecting);
      const app = page.getByRole('region', { name: l.appSection });
      await expect(app.getByRole('link', { name: new RegExp(l.marketplace) })).toBeVisible();
      await app.getByRole('button', { name: l.generate, exact: true }).click();
      const key = app.getByLabel(l.appKey, { exact: true });
      await expect(key).toHaveValue(/^ixk_/);
      await shot('6-integration-key');
      await page.getByRole('link', { name: l.breadcrumb.split(' > ')[1] }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot('6b-leave-dialog');
      await page.getByRole('dialog').getByRole('button').first().click();
      // The app connects: Operational, with a last import.
      expect(await server.sendChatEvents(await key.inputValue())).toBe(202);
      await page.goto('/');
      await expect(page.getByRole('row', { name: new RegExp(`Freshchat ${lang}`) })).toContainText(l.operational);
      await shot('7-overview');
      await page.goto('/catalogue');
      await shot('2-catalogue');
      await page.goto('/catalogue/freshworks');
      await shot('3-vendor');
    });
  });
}
