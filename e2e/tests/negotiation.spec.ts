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

// Only the language on screen is downloaded: English is in the wasm, the others are
// one hashed .ftl each, fetched once, compressed and cached for good.
test.describe('languages load on demand', () => {
  test.use({ locale: 'de-DE' });
  test('a German first visit fetches only German, an English one nothing', async ({ page }) => {
    const ftl: Array<{ url: string; encoding?: string; cache?: string }> = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.ftl')) {
        ftl.push({ url: r.url(), encoding: r.headers()['content-encoding'], cache: r.headers()['cache-control'] });
      }
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integrationen');
    expect(ftl.map((f) => f.url.replace(/^.*\/locales\//, ''))).toEqual([expect.stringMatching(/^de-[0-9a-f]{16}\.ftl$/)]);
    expect(ftl[0].encoding).toBe('br');
    expect(ftl[0].cache).toContain('immutable');
    // Switching to English needs no download; back to German neither (kept in memory).
    await page.getByLabel('Sprache').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integrations');
    await page.getByLabel('Language').selectOption('de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integrationen');
    expect(ftl).toHaveLength(1);
  });

  test('a language that cannot be downloaded leaves the page as it is and says so', async ({ page }) => {
    await page.route('**/locales/fr-*.ftl', (route) => route.abort('internetdisconnected'));
    await page.goto('/catalogue');
    await page.getByRole('searchbox', { name: 'Filtern' }).fill('fresh');
    await page.getByLabel('Sprache').selectOption('fr');
    await expect(page.getByRole('status').filter({ hasText: 'Français konnte nicht geladen werden' })).toBeVisible();
    await expect(page.getByLabel('Sprache')).toHaveValue('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('searchbox', { name: 'Filtern' })).toHaveValue('fresh');
    // Once the network is back, choosing it again works.
    await page.unroute('**/locales/fr-*.ftl');
    await page.getByLabel('Sprache').selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('status').filter({ hasText: 'konnte nicht' })).toHaveCount(0);
  });
});
