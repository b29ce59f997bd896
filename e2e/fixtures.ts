import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const BACKEND = path.join(ROOT, 'target/server/injixo-backend');

/** The reference backend, as `make run` starts it, on a port of its own. */
export class Server {
  readonly dataDir = mkdtempSync(path.join(tmpdir(), 'ixi-e2e-'));
  /** Extra environment, e.g. `{ AUTH_MODE: 'session' }` for the portal tests. */
  constructor(private readonly env: Record<string, string> = {}) {}
  port = 0;
  /** Everything the backend printed (its request log included). */
  log = '';
  private proc?: ChildProcess;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const proc = spawn(BACKEND, [], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(this.port), // 0 the first time: the OS picks a free port
        DATA_DIR: this.dataDir,
        DIST_DIR: path.join(ROOT, 'dist'),
        // Lets tests move the backend's clock (POST /api/v1/test/clock).
        INJIXO_TEST_HOOKS: '1',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    this.port = await new Promise<number>((resolve, reject) => {
      proc.stdout!.on('data', (d) => {
        this.log += d;
        const m = this.log.match(/serving http:\/\/127\.0\.0\.1:(\d+)\//);
        if (m) resolve(Number(m[1]));
      });
      proc.stderr!.on('data', (d) => (this.log += d));
      proc.on('exit', (code) => reject(new Error(`backend exited (${code}):\n${this.log}`)));
    });
    const health = await fetch(`${this.url}/api/v1/health`);
    expect(health.status).toBe(200);
  }

  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }

  /** Stops and starts the backend on the same port and data directory. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async api(pathAndQuery: string, init?: RequestInit): Promise<Response> {
    return fetch(`${this.url}/api/v1${pathAndQuery}`, init);
  }

  /** Every integration, page after page of `GET /integrations`, in the server's order. */
  async integrations(): Promise<Array<Record<string, unknown>>> {
    const all: Array<Record<string, unknown>> = [];
    let query = '?limit=200';
    for (;;) {
      const page = await (await this.api(`/integrations${query}`)).json();
      all.push(...page.items);
      if (!page.next_cursor) return all;
      query = `?limit=200&cursor=${encodeURIComponent(page.next_cursor)}`;
    }
  }

  /** Moves the backend's clock forward, e.g. past the 6 h "no data" threshold. */
  async advanceClock(seconds: number): Promise<void> {
    const res = await this.api('/test/clock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advance_seconds: seconds }),
    });
    expect(res.status).toBe(200);
  }

  /** What the injixo app in Freshchat does: send chat events with the injixo API key. */
  async sendChatEvents(injixoApiKey: string): Promise<number> {
    const res = await fetch(`${this.url}/external-systems/contact-events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${injixoApiKey}` },
      body: JSON.stringify({
        data: [{
          properties: { offered: true, handled: true, duration: 312.5 },
          queueName: 'Customer Support',
          queueIdentifier: 'group-17',
          timestamp: new Date().toISOString(),
          channel: 'chats',
        }],
      }),
    });
    return res.status;
  }

  async createFreshchat(name: string, apiKey = 'fc-key-0123456789abcdef'): Promise<string> {
    const res = await this.api('/integrations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name,
        model: 'freshchat',
        settings: { domain: 'seeded.freshchat.com', api_key: apiKey },
      }),
    });
    expect(res.status).toBe(201);
    return (await res.json()).id;
  }
}

type Fixtures = { server: Server; consoleLines: string[]; serverEnv: Record<string, string> };

export const test = base.extend<Fixtures>({
  serverEnv: [{}, { option: true }],
  server: async ({ serverEnv }, use) => {
    const server = new Server(serverEnv);
    await server.start();
    await use(server);
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  },
  baseURL: async ({ server }, use) => use(server.url),
  consoleLines: async ({ page }, use) => {
    const lines: string[] = [];
    page.on('console', (m) => lines.push(m.text()));
    page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
    await use(lines);
  },
});

export { expect };

/**
 * Asserts that `secret` is nowhere a browser or a log would keep it: the DOM
 * (attributes and input values included), storage, cookies, the URL, the console,
 * and the backend's log.
 */
export async function expectSecretGone(page: Page, server: Server, consoleLines: string[], secret: string) {
  const found = await page.evaluate((s) => {
    const where: string[] = [];
    if (document.documentElement.outerHTML.includes(s)) where.push('DOM');
    for (const el of Array.from(document.querySelectorAll('input, textarea'))) {
      if ((el as HTMLInputElement).value.includes(s)) where.push('input value');
    }
    for (const [name, store] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < store.length; i++) {
        const k = store.key(i)!;
        if (k.includes(s) || (store.getItem(k) ?? '').includes(s)) where.push(name);
      }
    }
    if (document.cookie.includes(s)) where.push('cookie');
    if (location.href.includes(s) || history.state && JSON.stringify(history.state).includes(s)) where.push('URL');
    return where;
  }, secret);
  expect(found, 'places that still hold the secret').toEqual([]);
  expect(consoleLines.filter((l) => l.includes(secret))).toEqual([]);
  expect(server.log).not.toContain(secret);
}

/** Labels as the help article of each language names them (../shared/terminology.md). */
export const LABELS = {
  en: {
    locale: 'en-US', breadcrumb: 'Account > Integrations', add: 'Add integration',
    catalogue: 'Add a new integration', selectModel: 'Select model', modelAdd: 'Add integration',
    name: 'Name', credentials: 'Credentials', domain: 'Domain', apiKey: 'API key',
    save: 'Save integration', saving: 'Verifying…', connecting: 'Connecting', example: 'example.freshchat.com',
    appSection: 'Install the injixo app', appKey: 'injixo API key', generate: 'Generate', marketplace: 'Freshworks marketplace', operational: 'Operational',
  },
  de: {
    locale: 'de-DE', breadcrumb: 'Account > Integrationen', add: 'Integration hinzufügen',
    catalogue: 'Neue Integration hinzufügen', selectModel: 'Modell wählen', modelAdd: 'Integration hinzufügen',
    name: 'Name', credentials: 'Zugangsdaten', domain: 'Domäne', apiKey: 'API-Schlüssel',
    save: 'Integration speichern', saving: 'Überprüfen…', connecting: 'Verbindet', example: 'example.freshchat.com',
    appSection: 'Installiere injixo-App', appKey: 'injixo API-Key', generate: 'Generieren', marketplace: 'Freshworks Marketplace', operational: 'Operational',
  },
  nl: {
    locale: 'nl-NL', breadcrumb: 'Account > Integraties', add: 'Voeg integratie toe',
    catalogue: 'Voeg een nieuwe integratie toe', selectModel: 'Kies een model', modelAdd: 'Voeg integratie toe',
    name: 'Naam', credentials: 'Toegangsgegevens', domain: 'Domein', apiKey: 'API-key',
    save: 'Integratie opslaan', saving: 'Verifiëren…', connecting: 'Verbinden', example: 'example.freshchat.com',
    appSection: 'Installeer injixo app', appKey: 'injixo API-key', generate: 'Genereren', marketplace: 'Freshworks marketplace', operational: 'Operationeel',
  },
  it: {
    locale: 'it-IT', breadcrumb: 'Account > Integrazioni', add: 'Aggiungi integrazione',
    catalogue: 'Aggiungi una nuova integrazione', selectModel: 'Seleziona modello', modelAdd: 'Aggiungi integrazione',
    name: 'Nome', credentials: 'Credenziali', domain: 'Dominio', apiKey: 'Chiave API',
    save: 'Salva integrazione', saving: 'Verifica in corso…', connecting: 'Connessione in corso', example: 'esempio.freshchat.com',
    appSection: "Installare l'app injixo", appKey: 'chiave API di injixo', generate: 'Generare', marketplace: 'Freshworks marketplace', operational: 'Operativo',
  },
  fr: {
    locale: 'fr-FR', breadcrumb: 'Account > Intégrations', add: 'Ajouter une intégration',
    catalogue: 'Ajouter une nouvelle intégration', selectModel: 'Sélectionner le modèle', modelAdd: 'Ajouter cette intégration',
    name: 'Nom', credentials: 'Identifiants', domain: 'Domaine', apiKey: 'Clé API',
    save: 'Sauvegarder l’intégration', saving: 'Vérification…', connecting: 'Connexion en cours', example: 'exemple.freshchat.com',
    appSection: 'Installer l’application injixo', appKey: 'clé API injixo', generate: 'Générer', marketplace: 'Freshworks marketplace', operational: 'Opérationnel',
  },
  es: {
    locale: 'es-ES', breadcrumb: 'Account > Integraciones', add: 'Añadir integración',
    catalogue: 'Añadir una nueva integración', selectModel: 'Selecciona el modelo', modelAdd: 'Añadir integración',
    name: 'Nombre de la integración', credentials: 'Credenciales', domain: 'Dominio', apiKey: 'Clave de la API',
    save: 'Guardar integración', saving: 'Verificando…', connecting: 'Conectando', example: 'ejemplo.freshchat.com',
    appSection: 'Instalar la aplicación injixo', appKey: 'clave de la API de injixo', generate: 'Generar', marketplace: 'Freshworks marketplace', operational: 'Operativo',
  },
} as const;

export type Lang = keyof typeof LABELS;
export type Labels = (typeof LABELS)[Lang];

/** Follows the article from the overview to the Freshchat form, by role and label. */
export async function openFreshchatForm(page: Page, l: Labels) {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: /./ }).first()).toHaveText(
    new RegExp(l.breadcrumb.replace(' > ', '\\s*>\\s*')),
  );
  await page.getByRole('link', { name: l.add, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: l.catalogue })).toBeVisible();
  await page.getByRole('region', { name: 'Freshworks' }).getByRole('link', { name: l.selectModel }).click();
  await page.getByRole('region', { name: 'Freshchat' }).getByRole('link', { name: l.modelAdd, exact: true }).click();
  await expect(page).toHaveURL(/\/new\/freshchat$/);
}

/** The form's fields, found the way an admin finds them: by their labels. */
export function freshchatForm(page: Page, l: Labels) {
  const credentials = page.getByRole('group', { name: l.credentials });
  return {
    name: page.getByLabel(l.name, { exact: true }),
    domain: credentials.getByLabel(l.domain, { exact: true }),
    apiKey: credentials.getByLabel(l.apiKey, { exact: true }),
    save: page.getByRole('button', { name: l.save }),
  };
}

const CLOUD_LINK = path.join(ROOT, 'target/server/injixo-cloud-link');

/**
 * The injixo Cloud Link stand-in as a customer runs it next to their database: a
 * real process that talks to the backend over HTTP and prints its PIN box.
 */
/** Picks a zone in the time-zone combobox `label` the way a keyboard user does: types
 *  part of its name, waits for the list, takes the first option. */
export async function pickZone(page: Page, label: string, query: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(query);
  await expect(page.getByRole('listbox', { name: label }).getByRole('option').first()).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue(new RegExp(query));
}

export class CloudLinkClient {
  readonly stateDir = mkdtempSync(path.join(tmpdir(), 'ixi-cloud-link-'));
  out = '';
  private proc?: ChildProcess;

  /** `watchDir`: the folder the client sends new CSV files from (`--watch-dir`). */
  constructor(private readonly server: Server, private readonly timeZone = 'Europe/Berlin', private readonly watchDir?: string) {}

  start(): void {
    const watch = this.watchDir ? ['--watch-dir', this.watchDir] : [];
    this.proc = spawn(CLOUD_LINK, [
      '--server', this.server.url, 'run',
      '--state-dir', this.stateDir,
      '--database', path.join(this.stateDir, 'demo.sqlite'),
      '--time-zone', this.timeZone,
      '--host', 'acd-db-01',
      '--heartbeat-ms', '500',
      '--poll-secs', '2',
      ...watch,
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d) => (this.out += d));
    this.proc.stderr!.on('data', () => {});
  }

  /** The PIN of the box printed last (polling the process's output, no fixed wait). */
  async pin(after = 0): Promise<string> {
    let found = '';
    await expect.poll(() => {
      const pins = [...this.out.matchAll(/\*\*  4\) Enter your pin: (\d{6}) \(expires in 5 minutes\)/g)];
      found = pins.length > after ? pins[pins.length - 1][1] : '';
      return found;
    }, { timeout: 15_000 }).toMatch(/^\d{6}$/);
    return found;
  }

  /** How many PIN boxes it printed so far. */
  boxes(): number {
    return [...this.out.matchAll(/Enter your pin: \d{6}/g)].length;
  }

  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }
}
