// What is on screen while a page starts, at 4× CPU on a phone's screen, three cold
// starts each: every animation frame, whose h1 is visible (the server's frame, the
// app, or NONE: an empty page) and which boxes (F form, Ds its sketch, I input, L tile,
// T row). For checking that the page goes from frame to content without an empty or
// half-built frame between. `node scripts/bench/gap-probe.mjs [/path …]`
import { eachSlowPhonePage } from './browser.mjs';
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/catalogue', '/new/freshchat'];
for (let run = 0; run < 3; run++) {
  await eachSlowPhonePage(pages, async ({ page, url, path }) => {
    await page.addInitScript(() => {
      window.__frames = [];
      const t0 = performance.now();
      const tick = () => {
        const hs = [...document.querySelectorAll('h1')].filter((h) => h.offsetParent !== null);
        const who = hs.map((h) => (h.closest('.ixi-skeleton') ? 'frame' : 'app')).join('+') || 'NONE';
        const fields = [...document.querySelectorAll('.ixi-form, input, .ixi-tiles > li, tbody tr')].filter((e) => e.offsetParent !== null).map((e) => e.tagName[0] + (e.classList.contains('ixi-skel-form') ? 's' : '')).join('');
        const last = window.__frames[window.__frames.length - 1];
        const state = `${who} ${fields}`;
        if (!last || last[1] !== state) window.__frames.push([Math.round(performance.now() - t0), state]);
        if (performance.now() - t0 < 6000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(url);
    await page.waitForTimeout(6500);
    console.log(path, JSON.stringify(await page.evaluate(() => window.__frames)));
  });
}
