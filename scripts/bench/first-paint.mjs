// First paint from the HTML (docs/performance.md, "First paint from HTML and data
// before the wasm"): the same build with and without the server's frame and preloads.
//
//   cp -a dist /tmp/no-frame && rm /tmp/no-frame/locales/en-*   # frame off: no English bundle
//   BEFORE_DIST=/tmp/no-frame node scripts/bench/first-paint.mjs
//
// Lighthouse 12 mobile with devtools throttling (real slow 4G and 4x CPU: Lighthouse's
// simulation leaves the wasm's work out of FCP), one run per page and build; then,
// interleaved, when the app's first page with its data is in the DOM (a
// MutationObserver), median of RUNS, on slow 4G and on a latency-bound link.

import { chromium } from 'playwright-core';
import { Server, ROOT, CHROMIUM, launchChrome, runLighthouse } from './lib.mjs';
import path from 'node:path';

const BUILDS = { before: process.env.BEFORE_DIST, after: path.join(ROOT, 'dist') };
if (!BUILDS.before) throw new Error('BEFORE_DIST: a dist/ without the frame (see the top of this file)');
const RUNS = Number(process.env.RUNS ?? 5);

const servers = {};
for (const [name, dist] of Object.entries(BUILDS)) {
  process.env.BENCH_DIST_DIR = dist;
  servers[name] = new Server();
  await servers[name].start();
}
try {
  const chrome = await launchChrome();
  try {
    for (const p of ['/catalogue', '/']) {
      for (const name of Object.keys(BUILDS)) {
        const lhr = await runLighthouse(chrome, servers[name].url + p, { settings: { throttlingMethod: 'devtools' } });
        const a = (k) => lhr.audits[k].numericValue;
        console.log(`lighthouse ${name.padEnd(6)} ${p.padEnd(10)} perf ${Math.round(lhr.categories.performance.score * 100)}  FCP ${(a('first-contentful-paint') / 1000).toFixed(2)} s  LCP ${(a('largest-contentful-paint') / 1000).toFixed(2)} s  TBT ${Math.round(a('total-blocking-time'))} ms  CLS ${a('cumulative-layout-shift').toFixed(3)}`);
      }
    }
  } finally {
    await chrome.kill();
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  for (const [p, rtt, mbit] of [['/catalogue?lang=de', 150, 1.6], ['/', 300, 20], ['/catalogue?lang=de', 300, 20]]) {
    const results = { before: [], after: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const name of Object.keys(BUILDS)) results[name].push(await mounted(browser, servers[name].url + p, rtt, mbit));
    }
    for (const [name, r] of Object.entries(results)) {
      console.log(`mount ${name.padEnd(6)} ${p.padEnd(18)} ${rtt} ms ${mbit} Mbit/s 4x CPU: FCP ${median(r.map((x) => x[0]))} ms, app with data ${median(r.map((x) => x[1]))} ms (median of ${RUNS})`);
    }
  }
  await browser.close();
} finally {
  for (const s of Object.values(servers)) await s.stop();
}

/** [FCP, when the app's own first page with data is in the DOM], ms after navigation start. */
async function mounted(browser, url, rtt, mbit) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await ctx.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const app = document.querySelector('.ixi-app:not(.ixi-skeleton)');
      const shown = app && getComputedStyle(app).display !== 'none';
      if (shown && app.querySelector('select') && app.querySelector('.ixi-tile, .ixi-empty, .ixi-table')) {
        window.__mounted = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: rtt, downloadThroughput: (mbit * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__mounted, null, { timeout: 60_000, polling: 200 });
  const result = await page.evaluate(() => [
    Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
    Math.round(window.__mounted),
  ]);
  await ctx.close();
  return result;
}
