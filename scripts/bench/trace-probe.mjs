// A Chromium trace of one cold start of a page with the CPU slowed 4× (as Lighthouse's
// mobile preset), summarised: every main-thread task over 20 ms with what it spent its
// time on (the trace events inside it, by self time). For finding what makes a long
// task long. `node scripts/bench/trace-probe.mjs /catalogue` (BENCH_DIST_DIR for another build).
import { eachSlowPhonePage } from './browser.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/catalogue'];
await eachSlowPhonePage(pages, async ({ page, browser, url, base, path: p }) => {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-v8.compile', 'blink.user_timing', 'loading'],
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents;
  // The renderer's main thread: the one with the navigation's ParseHTML.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(base));
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur);
  const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === parse.pid).pop()?.ts ?? main[0].ts;
  const tasks = main.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 20_000);
  console.log(`\n== ${p}`);
  for (const t of tasks) {
    const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask');
    // Self time: an event's duration less its direct children's.
    const self = new Map();
    for (const e of inside) {
      const children = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur);
      const direct = children.filter((c) => !children.some((o) => o !== c && o.ts <= c.ts && o.ts + o.dur >= c.ts + c.dur && o.dur > c.dur));
      const s = e.dur - direct.reduce((a, c) => a + c.dur, 0);
      const key = e.name + (e.args?.data?.url ? ` ${e.args.data.url.split('/').pop().slice(0, 30)}` : '') + (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '');
      self.set(key, (self.get(key) ?? 0) + s);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`);
    // Chromium compiles a wasm function the first time it runs: the count says how
    // much new code the task ran, which is what most of its time goes to.
    const compiled = inside.filter((e) => e.name === 'wasm.CompileLazy').length;
    console.log(`task at ${((t.ts - nav) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms, ${compiled} wasm functions compiled — ${top.join('; ')}`);
  }
  for (const e of events.filter((e) => e.pid === parse.pid && (['firstContentfulPaint', 'largestContentfulPaint::Candidate'].includes(e.name) || e.cat.includes('user_timing')))) {
    console.log(`${e.name} at ${((e.ts - nav) / 1000).toFixed(0)} ms`);
  }
});
