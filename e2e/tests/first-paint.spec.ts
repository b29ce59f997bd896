import { test, expect, type Page } from '../fixtures';

// The stand-alone page paints its frame from the server's HTML (backend/src/first_paint)
// and starts the first page's API requests while the wasm downloads. Each test holds
// the wasm back (its instantiation waits until the test releases it), so what is on
// screen and on the wire before the app runs can be looked at.

/** Before any page script: WebAssembly waits for `__releaseWasm()`; layout shifts are summed. */
async function holdWasm(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    w.__releaseWasm = release;
    w.__wasmHeld = 0;
    for (const name of ['instantiateStreaming', 'instantiate', 'compileStreaming', 'compile'] as const) {
      const original = (WebAssembly as any)[name];
      if (!original) continue;
      (WebAssembly as any)[name] = async (...args: unknown[]) => {
        (w.__wasmHeld as number)++;
        await gate;
        return original.apply(WebAssembly, args);
      };
    }
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (w.__cls as number) += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const release = (page: Page) => page.evaluate(() => (window as any).__releaseWasm());

const TEXTS = {
  de: { locale: 'de-DE', catalogue: 'Neue Integration hinzufügen', overview: 'Integrationen', breadcrumb: 'Brotkrümelnavigation', language: 'Sprache', filter: 'Filtern', help: 'Freshchat-Daten in injixo', name: 'Name' },
  fr: { locale: 'fr-FR', catalogue: 'Ajouter une nouvelle intégration', overview: 'Intégrations', breadcrumb: 'Fil d’Ariane', language: 'Langue', filter: 'Filtrer', help: 'Données Freshchat dans injixo', name: 'Nom' },
} as const;

/** The boxes that must not move when the app takes over from the frame. */
async function frameBoxes(page: Page, heading: string) {
  const box = async (l: ReturnType<Page['locator']>) => {
    const b = await l.boundingBox();
    expect(b).not.toBeNull();
    return b!;
  };
  return {
    header: await box(page.getByRole('banner')),
    breadcrumb: await box(page.getByRole('navigation').first()),
    heading: await box(page.getByRole('heading', { level: 1, name: heading })),
  };
}

for (const [lang, t] of Object.entries(TEXTS)) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: t.locale });

    test('a deep link to the catalogue paints its frame before the wasm runs, and the app takes over without a shift', async ({ page }) => {
      await holdWasm(page);
      await page.goto('/catalogue');
      // The frame, from the HTML alone: localized header, breadcrumb and heading.
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1, name: t.catalogue })).toBeVisible();
      await expect(page.getByRole('navigation', { name: t.breadcrumb })).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(t.catalogue));
      // The wasm is held: the app has not mounted (no language menu, no filter box).
      await expect.poll(() => page.evaluate(() => (window as any).__wasmHeld)).toBeGreaterThan(0);
      await expect(page.getByRole('combobox', { name: t.language })).toHaveCount(0);
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      const before = await frameBoxes(page, t.catalogue);

      await release(page);
      // The real page: its language menu, filter and tiles.
      await expect(page.getByRole('combobox', { name: t.language })).toBeVisible();
      await expect(page.getByRole('searchbox', { name: t.filter })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Freshworks' })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      const after = await frameBoxes(page, t.catalogue);
      for (const part of ['header', 'breadcrumb', 'heading'] as const) {
        for (const k of ['x', 'y', 'width', 'height'] as const) {
          expect(Math.abs(after[part][k] - before[part][k]), `${part}.${k}: ${before[part][k]} → ${after[part][k]}`).toBeLessThanOrEqual(0.5);
        }
      }
      // Two frames for any late shift to be reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as any).__cls)).toBeLessThanOrEqual(0.02);
    });

    test('on a wide screen the setup form\'s help is painted with the frame and stays in place when the app takes over; on a phone it waits for the form', async ({ page }) => {
      await holdWasm(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/new/freshchat');
      // The frame is hidden from screen readers: the text is found by sight.
      const frameHelp = page.getByText(t.help, { exact: true });
      await expect(frameHelp).toBeVisible();
      await expect.poll(() => page.evaluate(() => (window as any).__wasmHeld)).toBeGreaterThan(0);
      const before = await frameHelp.boundingBox();
      await release(page);
      await expect(page.getByRole('textbox', { name: t.name, exact: true })).toBeVisible();
      const help = page.getByRole('heading', { level: 2, name: t.help });
      await expect(help).toBeVisible();
      const after = await help.boundingBox();
      for (const k of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(after![k] - before![k]), `${k}: ${before![k]} → ${after![k]}`).toBeLessThanOrEqual(0.5);
      }
      expect(await page.evaluate(() => (window as any).__cls)).toBeLessThanOrEqual(0.02);

      // On a phone the help stands below a form whose height the frame does not know.
      await page.setViewportSize({ width: 412, height: 823 });
      await page.goto('/new/freshchat');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(t.help, { exact: true })).toBeHidden();
    });
  });
}

/** Requests per path (API and language bundle) from the start of the page on. */
function countRequests(page: Page) {
  const counts = new Map<string, number>();
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/api/') || pathname.startsWith('/locales/')) {
      counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    }
  });
  return counts;
}

const START = [
  { page: 'overview', path: '/', lang: 'en', locale: 'en-US', heading: 'Integrations', api: ['/api/v1/catalogue', '/api/v1/account', '/api/v1/integrations'] },
  { page: 'catalogue', path: '/catalogue', lang: 'de', locale: 'de-DE', heading: TEXTS.de.catalogue, api: ['/api/v1/catalogue', '/api/v1/account'] },
  { page: 'overview', path: '/', lang: 'fr', locale: 'fr-FR', heading: TEXTS.fr.overview, api: ['/api/v1/catalogue', '/api/v1/account', '/api/v1/integrations'] },
];

for (const s of START) {
  test.describe(`${s.page} in ${s.lang}`, () => {
    test.use({ locale: s.locale });

    test('the first requests start before the wasm runs, and the app does not ask again', async ({ page, server }) => {
      await server.createFreshchat('Preloaded chat');
      const counts = countRequests(page);
      await holdWasm(page);
      await page.goto(s.path);
      await expect.poll(() => page.evaluate(() => (window as any).__wasmHeld)).toBeGreaterThan(0);
      // Under way while the wasm is held: the page's API requests, and the language's
      // messages (English is in the wasm).
      const wanted = [...s.api, ...(s.lang === 'en' ? [] : [`/locales/${s.lang}-`])];
      const seen = (prefix: string) => [...counts.entries()].filter(([p]) => p.startsWith(prefix));
      for (const p of wanted) {
        await expect.poll(() => seen(p).map(([, n]) => n), { message: `${p} before the wasm` }).toEqual([1]);
      }
      await release(page);
      await expect(page.getByRole('combobox')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: s.heading })).toBeVisible();
      if (s.page === 'overview') await expect(page.getByRole('link', { name: 'Preloaded chat' })).toBeVisible();
      // Time for a second request, had the app made one.
      await page.waitForTimeout(500);
      for (const p of wanted) expect(seen(p).map(([, n]) => n), `${p} requests`).toEqual([1]);
      // Nothing else of the API on start, so nothing went unpreloaded.
      expect([...counts.keys()].filter((p) => p.startsWith('/api/')).sort()).toEqual([...s.api].sort());
    });
  });
}
