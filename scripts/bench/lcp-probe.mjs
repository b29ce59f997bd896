// One mobile (FORM_FACTOR=desktop: desktop) Lighthouse run per page, for finding out why LCP and TBT are what they are:
// the LCP element and its phases, the observed and simulated timings, the long tasks,
// and the requests with their observed start and end. Writes the full report as JSON to
// target/lcp-probe-<page>.json. `node scripts/bench/lcp-probe.mjs [/path …]`
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Server, ROOT, launchChrome, runLighthouse } from './lib.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/catalogue', '/new/freshchat'];
const server = new Server();
await server.start();
await server.seed(5);
const chrome = await launchChrome();
try {
  for (const p of pages) {
    const lhr = await runLighthouse(chrome, server.url + p, { formFactor: process.env.FORM_FACTOR ?? 'mobile', categories: ['performance'] });
    writeFileSync(path.join(ROOT, `target/lcp-probe-${p.replace(/\W+/g, '_')}.json`), JSON.stringify(lhr));
    const a = (id) => lhr.audits[id];
    console.log(`\n== ${p}: perf ${Math.round(lhr.categories.performance.score * 100)}`);
    const m = a('metrics').details.items[0];
    console.log(`observed: FCP ${m.observedFirstContentfulPaint} LCP ${m.observedLargestContentfulPaint} load ${m.observedLoad} DCL ${m.observedDomContentLoaded}`);
    console.log(`simulated: FCP ${Math.round(m.firstContentfulPaint)} LCP ${Math.round(m.largestContentfulPaint)} TBT ${Math.round(m.totalBlockingTime)} TTI ${Math.round(m.interactive)} SI ${Math.round(m.speedIndex)}`);
    const el = a('largest-contentful-paint-element')?.details?.items ?? [];
    for (const it of el) {
      for (const row of it.items ?? []) {
        if (row.node) console.log(`LCP element: ${row.node.selector} ${row.node.snippet} "${row.node.nodeLabel}"`);
        if (row.phase) console.log(`  phase ${row.phase}: ${Math.round(row.timing)} ms`);
      }
    }
    for (const t of a('long-tasks')?.details?.items ?? []) console.log(`long task ${Math.round(t.startTime)}+${Math.round(t.duration)} ${t.url}`);
    for (const r of a('network-requests').details.items) {
      console.log(`req ${Math.round(r.networkRequestTime)}–${Math.round(r.networkEndTime)} ${r.resourceType} ${r.priority} ${Math.round(r.transferSize / 1024)}KB ${r.url.replace(server.url, '')}`);
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
}
