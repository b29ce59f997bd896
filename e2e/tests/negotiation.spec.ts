import { test, expect } from '../fixtures';

// Which language the app starts in, case by case: ?lang= → saved choice →
// navigator.languages → English (the host page's locale, which comes first of all,
// is tested with embedding). Each case is a fresh browser context.
const HEADING: Record<string, string> = {
  en: 'Integrations', de: 'Integrationen', nl: 'Integraties', it: 'Integrazioni', fr: 'Intégrations', es: 'Integraciones',
};

const CASES: Array<{ name: string; locale: string; url: string; saved?: string; expect: string }> = [
  { name: 'browser de-DE', locale: 'de-DE', url: '/', expect: 'de' },
  { name: 'browser de-AT falls back to German', locale: 'de-AT', url: '/', expect: 'de' },
  { name: 'browser pt-BR (unsupported) gives English', locale: 'pt-BR', url: '/', expect: 'en' },
  { name: 'browser fr-CH', locale: 'fr-CH', url: '/', expect: 'fr' },
  { name: 'saved choice beats the browser', locale: 'de-DE', url: '/', saved: 'nl', expect: 'nl' },
  { name: '?lang= beats the saved choice', locale: 'de-DE', url: '/?lang=it', saved: 'nl', expect: 'it' },
  { name: '?lang= with a region', locale: 'en-US', url: '/?lang=es-MX', expect: 'es' },
  { name: 'an unknown ?lang= falls through to the saved choice', locale: 'de-DE', url: '/?lang=xx', saved: 'es', expect: 'es' },
  { name: 'a garbage saved value falls through to the browser', locale: 'it-IT', url: '/', saved: '<b>', expect: 'it' },
];

for (const c of CASES) {
  test.describe(c.name, () => {
    test.use({ locale: c.locale });
    test(`starts in ${c.expect}`, async ({ page }) => {
      if (c.saved) {
        await page.addInitScript((v) => localStorage.setItem('injixo.integrations.lang', v), c.saved);
      }
      await page.goto(c.url);
      await expect(page.locator('html')).toHaveAttribute('lang', c.expect);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING[c.expect]);
      await expect(page.locator('.ixi-lang select')).toHaveValue(c.expect);
    });
  });
}

test('?lang=x-pseudo shows the pseudo-locale, which is never offered or remembered', async ({ page }) => {
  await page.goto('/?lang=x-pseudo');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[.*\]$/);
  const menu = page.locator('.ixi-lang select');
  await expect(menu).toHaveValue('x-pseudo');
  expect(await page.evaluate(() => localStorage.getItem('injixo.integrations.lang'))).toBeNull();
  // Leaving it for a real language removes it from the menu for good.
  await menu.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(menu.locator('option')).toHaveCount(6);
});

test('switching live keeps the page and updates title, lang and labels', async ({ page }) => {
  await page.goto('/catalogue');
  await page.getByRole('searchbox', { name: 'Filter' }).fill('fresh');
  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(/Ajouter une nouvelle intégration/);
  await expect(page.getByRole('searchbox', { name: 'Filtrer' })).toHaveValue('fresh');
  await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeVisible();
  await expect(page).toHaveURL(/\/catalogue$/);
});
