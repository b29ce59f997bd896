import { test, expect } from '../fixtures';

// Names are the admin's own text: whatever they contain renders as text, runs no
// script, adds no element, and does not break the layout (desktop and 320 px).
const NAMES = [
  '<script>window.__pwned = 1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  "Support \u202Edesrever\u202C chat", // right-to-left override
  'x'.repeat(80), // the longest name, one unbreakable word
  '{ $product } & &amp; <b>bold</b>',
];

for (const width of [1280, 320]) {
  test(`hostile names render inert and in bounds at ${width}px`, async ({ page, server }) => {
    await page.setViewportSize({ width, height: 900 });
    const ids: string[] = [];
    for (const [i, name] of NAMES.entries()) {
      const r = await server.api('/integrations', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, model: 'freshchat', settings: { domain: `a${i}.freshchat.com`, api_key: 'fc-key-0123456789' } }),
      });
      expect(r.status).toBe(201);
      ids.push((await r.json()).id);
    }
    const checkPage = async () => {
      expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
      expect(await page.locator('.ixi-app img, .ixi-app b, .ixi-app script').count()).toBe(0);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(wide, 'horizontal overflow of the page').toBeLessThanOrEqual(0);
    };
    await page.goto('/');
    for (const name of NAMES) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await checkPage();
    for (const [i, id] of ids.entries()) {
      await page.goto(`/integration/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAMES[i]);
      await checkPage();
    }
    await page.goto(`/integration/${ids[1]}/edit`);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(NAMES[1]);
    await checkPage();
  });
}
