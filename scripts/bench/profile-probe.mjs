// A sampled CPU profile of one cold start of a page, CPU slowed 4×: the functions with
// the most self time, and the most inclusive time, between navigation and quiet. Needs a
// build whose wasm keeps its names (INJIXO_WASM_NAMES=1 for `assets split`, measured with
// BENCH_DIST_DIR). `node scripts/bench/profile-probe.mjs /catalogue`
import { eachSlowPhonePage } from './browser.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/catalogue'];
const short = (n) => (n.length > 110 ? n.slice(0, 110) + '…' : n);
await eachSlowPhonePage(pages, async ({ cdp, page, url, path: p }) => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = profile.samples.length;
  const perSample = (profile.endTime - profile.startTime) / total / 1000;
  const self = new Map();
  const incl = new Map();
  for (const [id, n] of counts) {
    const name = (x) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}`;
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + n);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + n);
    }
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, n]) => `${(n * perSample).toFixed(1).padStart(7)} ms  ${short(f)}`);
  console.log(`\n== ${p} (${(total * perSample).toFixed(0)} ms sampled)\n-- self`);
  console.log(top(self, 30).join('\n'));
  console.log('-- inclusive');
  console.log(top(incl, 60).join('\n'));
  // PROBE_GREP=regex: the inclusive time of every function whose name matches.
  if (process.env.PROBE_GREP) {
    const re = new RegExp(process.env.PROBE_GREP);
    console.log(`-- inclusive, /${re.source}/`);
    console.log(top(new Map([...incl].filter(([f]) => re.test(f))), 40).join('\n'));
  }
});
