import { test, expect, LABELS } from '../fixtures';

// The pages behind the overview and the catalogue are wasm chunks of their own
// (`assets split`, docs/performance.md): the first load does not carry them, a page
// fetches its chunks when it is opened, and a chunk that cannot be fetched is said on
// the page, with *Try again*, instead of taking the app down.

const CHUNK = /\/chunk-[\w-]+-[0-9a-f]{8,16}\.wasm$/;

test('the overview and the catalogue load no page chunks; the form fetches its own', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (CHUNK.test(new URL(r.url()).pathname)) chunks.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
  await page.getByRole('link', { name: LABELS.en.add }).click();
  await expect(page.getByRole('heading', { level: 1, name: LABELS.en.catalogue })).toBeVisible();
  expect(chunks, 'chunks fetched by the overview and the catalogue').toEqual([]);

  await page.goto('/new/freshchat');
  await expect(page.getByRole('textbox', { name: LABELS.en.domain })).toBeVisible();
  expect(chunks.some((c) => c.includes('/chunk-setup-page-'))).toBe(true);
});

for (const lang of ['en', 'de'] as const) {
  test(`a page whose code cannot be fetched says so, and Try again loads it (${lang})`, async ({ page }) => {
    const texts = {
      en: { network: 'No connection to injixo', retry: 'Try again' },
      de: { network: 'Keine Verbindung zu injixo', retry: 'Erneut versuchen' },
    }[lang];
    let offline = true;
    await page.route(CHUNK, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`/new/freshchat?lang=${lang}`);
    const alert = page.getByRole('alert').filter({ hasText: texts.network });
    await expect(alert).toBeVisible();

    offline = false;
    await alert.getByRole('button', { name: texts.retry }).click();
    await expect(page.getByRole('textbox', { name: LABELS[lang].domain })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
}
