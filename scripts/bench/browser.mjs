// The in-browser half of `make bench`: what the server really sends on first load,
// and timings taken inside the page with performance.now(), so that Playwright's own
// round trips (tens of ms each) never end up in a figure.

import { chromium } from '@playwright/test';
import { PLAYWRIGHT_LAUNCH, Server, median } from './lib.mjs';

/** Overview rows and catalogue tiles as the app renders them today. */
const ROWS = 'table tbody tr';
const TILES = '.ixi-tiles > li';

export async function launchBrowser() {
  return chromium.launch(PLAYWRIGHT_LAUNCH);
}

async function newContext(browser, extra = {}) {
  const context = await browser.newContext({
    locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 }, ...extra,
  });
  // Keeps every instantiated module's exported memory for `heapOf`. (DevTools'
  // `Runtime.queryObjects` never answers once the split module's chunks share the
  // main module's memory.) Not a hook in the app: the page's own WebAssembly API.
  await context.addInitScript(() => {
    const memories = (window.__benchWasmMemories = new Set());
    const keep = (result) => {
      const exports = (result.instance ?? result).exports;
      for (const value of Object.values(exports)) {
        if (value instanceof WebAssembly.Memory) memories.add(value);
      }
      return result;
    };
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (...args) => streaming(...args).then(keep);
    const plain = WebAssembly.instantiate;
    WebAssembly.instantiate = (...args) => plain(...args).then(keep);
  });
  return context;
}

/** What a request is, for the first-load table. */
function kind(url) {
  const { pathname } = new URL(url);
  if (url.includes('locales') || pathname.endsWith('.ftl')) return 'locale';
  if (pathname.startsWith('/api/')) return 'api';
  if (pathname.endsWith('.wasm')) return 'wasm';
  if (pathname.endsWith('.js') || pathname.endsWith('.mjs')) return 'js';
  if (pathname.endsWith('.css')) return 'css';
  return 'other';
}

/**
 * Bytes on the wire per kind for one cold load of `path`, the browser asking for
 * `encoding` only. The body size is the server's Content-Length (what `make size`
 * counts), falling back to CDP's encodedDataLength minus the header bytes.
 */
export async function firstLoad(browser, baseUrl, path, encoding) {
  const context = await newContext(browser, { extraHTTPHeaders: { 'Accept-Encoding': encoding } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    responses.set(requestId, { url: response.url, headers: response.headers, headerBytes: response.encodedDataLength });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = responses.get(requestId);
    if (r) r.wire = encodedDataLength;
  });
  await page.goto(baseUrl + path);
  await page.waitForSelector(ROWS);
  await page.waitForLoadState('networkidle');
  await context.close();

  const sums = { wasm: 0, js: 0, css: 0, locale: 0, other: 0, api: 0 };
  const localeUrls = [];
  const wrongEncoding = [];
  for (const r of responses.values()) {
    if (r.wire === undefined) continue;
    const header = (name) => Object.entries(r.headers).find(([k]) => k.toLowerCase() === name)?.[1];
    const length = Number(header('content-length'));
    const body = Number.isFinite(length) && header('content-length') !== undefined ? length : r.wire - r.headerBytes;
    const k = kind(r.url);
    sums[k] += body;
    if (k === 'locale') localeUrls.push(new URL(r.url).pathname);
    const enc = header('content-encoding');
    if (k !== 'api' && body > 1024 && enc !== encoding) wrongEncoding.push(`${new URL(r.url).pathname}: ${enc ?? 'identity'}`);
  }
  return { ...sums, total: sums.wasm + sums.js + sums.css + sums.locale + sums.other, localeUrls, wrongEncoding };
}

/** Records when the overview has `want` rows, from a MutationObserver set up before the app runs. */
function watchRows({ want, selector }) {
  window.__benchRows = { want, at: null };
  new MutationObserver(() => {
    const w = window.__benchRows;
    if (w.at === null && document.querySelectorAll(selector).length >= w.want) w.at = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function rowsAt(page) {
  await page.waitForFunction(() => window.__benchRows.at !== null, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const api = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/api/v1/integrations');
    return { rows: window.__benchRows.at, data: api.at(-1)?.responseEnd ?? NaN };
  });
}

/**
 * Navigation start → `want` overview rows in the DOM (performance.now() counts from
 * navigation start), cold (new context, empty cache) and warm (reload, cached wasm).
 * Also the part after the integrations response arrived: the render alone.
 */
export async function appStart(browser, baseUrl, want, n) {
  const cold = [], warm = [], render = [];
  for (let i = 0; i < n; i++) {
    const context = await newContext(browser);
    await context.addInitScript(watchRows, { want, selector: ROWS });
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    const c = await rowsAt(page);
    cold.push(c.rows);
    render.push(c.rows - c.data);
    await page.reload();
    warm.push((await rowsAt(page)).rows);
    await context.close();
  }
  return { cold: median(cold), warm: median(warm), render: median(render) };
}

/**
 * Overview → catalogue → overview inside the SPA, n times: from the link's click to
 * `want` rows, and from the integrations response to the rows (render only).
 * Returns the page too, for the heap figure after 500 rows.
 */
export async function overviewRerender(browser, baseUrl, want, n) {
  const context = await newContext(browser);
  await context.addInitScript(watchRows, { want, selector: ROWS });
  const page = await context.newPage();
  await page.goto(baseUrl + '/');
  await rowsAt(page);
  const total = [], render = [];
  for (let i = 0; i < n; i++) {
    // The app's link: the server's frame, painted first, has rows but no links.
    await page.waitForSelector('a[href="/catalogue"]');
    await page.evaluate(() => document.querySelector('a[href="/catalogue"]').click());
    await page.waitForSelector(TILES);
    const r = await page.evaluate(async () => {
      performance.clearResourceTimings();
      window.__benchRows.at = null;
      // Breadcrumb or back link: both lead to the overview without a reload.
      const link = document.querySelector('main a[href="/"], a[href="/"]');
      const t0 = performance.now();
      link.click();
      return t0;
    });
    const at = await rowsAt(page);
    total.push(at.rows - r);
    render.push(at.rows - at.data);
  }
  return { page, context, click: median(total), render: median(render) };
}

/**
 * *Show 50 more* on an overview of `total` integrations: click → the next batch of
 * rows in the DOM, for every batch (9 clicks for 500), over as many page loads as
 * it takes to have `n` figures. Ends with every row shown; returns that page too.
 */
export async function showMore(browser, baseUrl, total, n) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const times = [];
  for (;;) {
    await page.goto(baseUrl + '/');
    // The server's frame has rows too: wait for the app's own button.
    await page.getByRole('button', { name: /^Show \d+ more$/ }).waitFor();
    for (;;) {
      const ms = await page.evaluate((rows) => new Promise((resolve) => {
        const button = [...document.querySelectorAll('main button, button')]
          .find((b) => /^Show \d+ more$/.test(b.textContent.trim()));
        if (!button) return resolve(null);
        const want = document.querySelectorAll(rows).length + Number(button.textContent.match(/\d+/)[0]);
        let t0 = 0;
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll(rows).length >= want) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document, { childList: true, subtree: true });
        t0 = performance.now();
        button.click();
      }), ROWS);
      if (ms === null) break;
      times.push(ms);
    }
    const shown = await page.locator(ROWS).count();
    if (shown !== total) throw new Error(`Show more ended at ${shown} rows, not ${total}`);
    if (times.length >= n) break;
  }
  return { page, context, median: median(times), clicks: times.length };
}

/**
 * The language menu on the Freshchat setup form: change event → the form's heading
 * in the new language. Alternates de/en; the first switch to German is reported
 * apart, as it is the one that may have to fetch the locale.
 */
export async function localeSwitch(browser, baseUrl, n) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(baseUrl + '/new/freshchat');
  await page.getByRole('heading', { level: 1, name: /Freshchat/ }).waitFor();
  const select = await page.getByLabel('Language').elementHandle();
  const times = [];
  for (let i = 0; i < n; i++) {
    const ms = await page.evaluate(([sel, value]) => {
      const heading = () => document.querySelector('main h1, h1')?.textContent ?? '';
      const before = heading();
      return new Promise((resolve) => {
        let t0 = 0;
        let done = false;
        const finish = (ok) => {
          if (done) return;
          done = true;
          observer.disconnect();
          resolve(ok ? performance.now() - t0 : NaN);
        };
        const observer = new MutationObserver(() => heading() !== before && finish(true));
        observer.observe(document, { childList: true, subtree: true, characterData: true });
        setTimeout(() => finish(false), 5000);
        sel.value = value;
        t0 = performance.now();
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        if (heading() !== before) finish(true); // rendered synchronously
      });
    }, [select, i % 2 === 0 ? 'de' : 'en']);
    times.push(ms);
    await page.waitForTimeout(50); // let the app's own follow-up work finish
  }
  await context.close();
  return { median: median(times), firstToDe: times[0] };
}

/**
 * The catalogue filter, one character at a time: input event → DOM settled (no
 * mutation for two frames). The figure is the later of the synchronous handler's
 * end and the last mutation.
 */
export async function catalogueFilter(browser, baseUrl, n) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(baseUrl + '/catalogue');
  await page.waitForSelector(TILES);
  const tiles = await page.locator(TILES).count();
  const input = await page.getByRole('searchbox').elementHandle();
  const queries = ['fresh', 'zendesk', 'genesys', 'five9', 'api', 'xyz'];
  const times = [];
  for (let i = 0; i < n; i++) {
    times.push(...await page.evaluate(async ([el, queries]) => {
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const type = async (value, data) => {
        let last = 0;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
        el.value = value;
        const t0 = performance.now();
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data }));
        const sync = performance.now();
        let seen = -1;
        while (seen !== last) { seen = last; await frames(); }
        observer.disconnect();
        return Math.max(sync, last) - t0;
      };
      const out = [];
      for (const q of queries) {
        for (let k = 1; k <= q.length; k++) out.push(await type(q.slice(0, k), q[k - 1]));
        await type('', null); // back to every tile; not counted
      }
      return out;
    }, [input, queries]));
  }
  await context.close();
  return { median: median(times), keystrokes: times.length, tiles };
}

/**
 * The admin's journey, overview → catalogue → Freshworks → Freshchat form → save →
 * the integration's page, by role and label as e2e/fixtures.ts walks it.
 */
export async function journey(browser, baseUrl) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(baseUrl + '/');
  await page.waitForSelector(ROWS);
  await page.getByRole('link', { name: 'Add integration', exact: true }).click();
  await page.getByRole('region', { name: 'Freshworks' }).getByRole('link', { name: 'Select model' }).click();
  await page.getByRole('region', { name: 'Freshchat' }).getByRole('link', { name: 'Add integration', exact: true }).click();
  await page.waitForURL(/\/new\/freshchat$/);
  await page.getByLabel('Name', { exact: true }).fill('Bench journey');
  const credentials = page.getByRole('group', { name: 'Credentials' });
  await credentials.getByLabel('Domain', { exact: true }).fill('bench.freshchat.com');
  await credentials.getByLabel('API key', { exact: true }).fill('fc-key-bench-0123456789');
  await page.getByRole('button', { name: 'Save integration' }).click();
  await page.waitForURL(/\/integration\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: /Bench journey/ }).waitFor();
  const heap = await heapOf(context, page);
  await context.close();
  return heap;
}

/**
 * Every WebAssembly.Memory the page's modules export (the app's linear memory, which
 * its chunks share) and the JS heap, so the app needs no hook for it.
 */
export async function heapOf(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const wasm = await page.evaluate(() => [...(window.__benchWasmMemories ?? [])].map((m) => m.buffer.byteLength));
  const js = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { wasm, jsUsed: js.usedSize, jsTotal: js.totalSize };
}

/**
 * For the probes (trace-probe, profile-probe): the backend with 5 integrations, and
 * for each of `paths` a fresh phone-sized context with the CPU slowed 4× (Lighthouse's
 * mobile preset) handed to `visit(page, cdp, url)` before it navigates.
 */
export async function eachSlowPhonePage(paths, visit) {
  const server = new Server();
  await server.start();
  await server.seed(5);
  const browser = await launchBrowser();
  try {
    for (const p of paths) {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await visit({ page, cdp, browser, url: server.url + p, base: server.url, path: p });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
