// Shared by `make bench` (bench.mjs) and `make lighthouse-a11y` (lighthouse-a11y.mjs):
// the reference backend on a port of its own, seeding through the public API, Debian's
// Chromium, and Lighthouse 12 run programmatically.
//
// Plain ES modules, so `node` runs them as they are: e2e/fixtures.ts is TypeScript and
// only Playwright's test runner can load it, hence the small copy of its Server here.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BACKEND = path.join(ROOT, 'target/server/injixo-backend');

/** Debian's Chromium; nothing here ever downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
/** The same flags as e2e/playwright.config.ts, for Playwright's launch. */
export const PLAYWRIGHT_LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
};

/** The reference backend as `make run` starts it, on a free port with an empty DATA_DIR. */
export class Server {
  dataDir = mkdtempSync(path.join(tmpdir(), 'ixi-bench-'));
  port = 0;
  log = '';
  #proc;

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    const proc = spawn(BACKEND, [], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0', // the OS picks a free port; the backend prints it
        DATA_DIR: this.dataDir,
        // BENCH_DIST_DIR: measure another build (an experiment) with the same bench.
        DIST_DIR: process.env.BENCH_DIST_DIR ?? path.join(ROOT, 'dist'),
        // For POST /api/v1/test/account (the plan) and the sample catalogue.
        INJIXO_TEST_HOOKS: '1',
        // Issue 8 times the catalogue filter on 18 models, injixo's real catalogue
        // size; this backend has the 7 of the help articles (backend catalogue::samples).
        INJIXO_SAMPLE_CATALOGUE_MODELS: '18',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#proc = proc;
    this.port = await new Promise((resolve, reject) => {
      proc.stdout.on('data', (d) => {
        this.log += d;
        // The request log would grow without bound over 500 seeds and many page loads.
        if (this.log.length > 200_000) this.log = this.log.slice(-100_000);
        const m = this.log.match(/serving http:\/\/127\.0\.0\.1:(\d+)\//);
        if (m) resolve(Number(m[1]));
      });
      proc.stderr.on('data', (d) => (this.log += d));
      proc.on('exit', (code) => reject(new Error(`backend exited (${code}):\n${this.log}`)));
    });
    const health = await fetch(`${this.url}/api/v1/health`);
    if (health.status !== 200) throw new Error(`health check: ${health.status}`);
  }

  async stop() {
    const proc = this.#proc;
    if (proc && proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async api(pathAndQuery, init) {
    return fetch(`${this.url}/api/v1${pathAndQuery}`, init);
  }

  async post(pathAndQuery, body) {
    const res = await this.api(pathAndQuery, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`POST ${pathAndQuery}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  /** A Freshchat integration that passes verification (README, verification fixtures). */
  async createFreshchat(name) {
    return (await this.post('/integrations', {
      name,
      model: 'freshchat',
      settings: { domain: 'seeded.freshchat.com', api_key: 'fc-key-0123456789abcdef' },
    })).id;
  }

  /**
   * Tops the account up to `total` integrations of several models, so the overview
   * shows the mix an admin sees. The enterprise plan (the backend's default) allows
   * every model and the backend has no count limit; setting it anyway keeps this
   * working if the default changes.
   */
  async seed(total) {
    await this.post('/test/account', { plan: 'enterprise' });
    // `total`: the list comes a page at a time; the count is of the whole account.
    const have = (await (await this.api('/integrations?limit=1')).json()).total;
    const makers = [
      (n) => ({ name: `Chat ${n}`, model: 'freshchat', settings: { domain: `chat${n}.freshchat.com`, api_key: `fc-key-${n}-0123456789` } }),
      (n) => ({ name: `Desk ${n}`, model: 'zendesk', settings: { domain: `desk${n}.zendesk.com`, username: 'a@acme.example', api_token: `zd-token-${n}-0123456789`, group_queues_by: 'ivr' } }),
    ];
    const todo = [];
    for (let i = have; i < total; i++) {
      const n = String(i + 1).padStart(3, '0');
      todo.push(makers[i % makers.length](n));
    }
    // A few at a time: the backend serialises writes on SQLite anyway.
    for (let i = 0; i < todo.length; i += 8) {
      await Promise.all(todo.slice(i, i + 8).map((body) => this.post('/integrations', body)));
    }
  }
}

/** One headless Chromium for all Lighthouse runs; Lighthouse resets storage per run. */
export async function launchChrome() {
  return chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
}

/**
 * Settings that only the performance category needs, for runs without it: no
 * screenshot, and shorter waits for network and CPU to be quiet (the SPA is done
 * well within them).
 */
export const FAST_SETTINGS = {
  disableFullPageScreenshot: true,
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 500,
  cpuQuietThresholdMs: 500,
};

/**
 * One Lighthouse run. `formFactor` 'mobile' is Lighthouse's default config (Moto G
 * Power, simulated slow 4G and 4x CPU); 'desktop' its desktop preset.
 */
export async function runLighthouse(chrome, url, { formFactor = 'mobile', categories, settings = {} } = {}) {
  const flags = { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: categories, ...settings };
  // Now and then the trace of a run misses its navigation start (NO_NAVSTART) and
  // Lighthouse asks to run again; so it does, up to twice, before giving up.
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    const error = !lhr ? 'no result' : lhr.runtimeError && `${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
    if (!error) return lhr;
    if (attempt === 3) throw new Error(`Lighthouse ${url}: ${error}`);
    process.stderr.write(`lighthouse: ${url}: ${error}; running it again\n`);
  }
}

/** The accessibility audits that cost points, with the elements they name. */
export function a11yFailures(lhr) {
  const category = lhr.categories.accessibility;
  if (!category) return [];
  const out = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
    const items = (audit.details?.items ?? []).map((item) => {
      const node = item.node ?? {};
      return {
        selector: node.selector ?? '',
        snippet: node.snippet ?? '',
        label: node.nodeLabel ?? '',
        explanation: (node.explanation ?? '').split('\n').map((l) => l.trim()).filter(Boolean).join('; '),
      };
    });
    out.push({ id: audit.id, title: audit.title, items });
  }
  return out;
}

export function formatFailures(failures, indent = '    ') {
  const lines = [];
  for (const f of failures) {
    lines.push(`${indent}${f.id}: ${f.title}`);
    for (const it of f.items) {
      lines.push(`${indent}  - ${it.selector}  ${it.snippet}`);
      if (it.explanation) lines.push(`${indent}    ${it.explanation}`);
    }
  }
  return lines.join('\n');
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** `RUNS` unless BENCH_RUNS overrides it (`BENCH_RUNS=1 make bench` for a quick look). */
export function runs(defaultRuns) {
  const n = Number(process.env.BENCH_RUNS);
  return Number.isInteger(n) && n > 0 ? n : defaultRuns;
}
