import { test, expect, LABELS, type Lang } from '../fixtures';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

// `make screenshots`: every page and dialog in every language, for review.
// Not part of `make test` (it asserts little); writes screenshots/index.html.
const OUT = path.resolve(__dirname, '../../screenshots/sheet');
mkdirSync(OUT, { recursive: true });
const LANGS = [...(Object.keys(LABELS) as Lang[]), 'x-pseudo'] as const;
type SheetLang = (typeof LANGS)[number];

/** In the pseudo-locale every URL carries ?lang=x-pseudo (it is never remembered). */
let pseudo = false;
const url = (u: string) => (pseudo ? `${u}${u.includes('?') ? '&' : '?'}lang=x-pseudo` : u);

const pages: Array<{ name: string; go: (page: import('@playwright/test').Page, ids: Record<string, string>) => Promise<void> }> = [
  { name: '01-overview', go: async (p) => { await p.goto(url('/')); } },
  { name: '02-catalogue', go: async (p) => { await p.goto(url('/catalogue')); } },
  { name: '03-freshworks', go: async (p) => { await p.goto(url('/catalogue/freshworks')); } },
  { name: '04-form-freshchat-errors', go: async (p) => { await p.goto(url('/new/freshchat')); await p.locator('button[type=submit]').click(); } },
  { name: '05-form-five9', go: async (p) => { await p.goto(url('/new/five9')); } },
  { name: '06-form-zendesk', go: async (p) => { await p.goto(url('/new/zendesk')); } },
  { name: '07-form-genesys', go: async (p) => { await p.goto(url('/new/genesys-cloud')); } },
  { name: '08-form-fdcc', go: async (p) => { await p.goto(url('/new/freshdesk-contact-center')); } },
  { name: '09-integration-app', go: async (p, ids) => { await p.goto(url(`/integration/${ids.chat}`)); } },
  { name: '10-integration-api', go: async (p, ids) => { await p.goto(url(`/integration/${ids.api}`)); await p.locator('#ixi-app > button.ixi-button-primary').click(); } },
  { name: '11-regenerate-dialog', go: async (p, ids) => { await p.goto(url(`/integration/${ids.chat}?action=regenerate-key`)); } },
  { name: '12-edit-zendesk', go: async (p, ids) => { await p.goto(url(`/integration/${ids.zendesk}/edit`)); } },
  { name: '13-delete-dialog', go: async (p, ids) => { await p.goto(url(`/integration/${ids.zendesk}/edit`)); await p.locator('.ixi-button-danger').click(); } },
  { name: '14-leave-dialog', go: async (p, ids) => { await p.goto(url(`/integration/${ids.zendesk}/edit`)); await p.locator('#ixi-form-name').fill('changed'); await p.locator('.ixi-form-actions a').click(); } },
  { name: '15-not-found', go: async (p) => { await p.goto(url('/nope')); } },
];

for (const lang of LANGS) {
  test.describe(lang, () => {
    test.use({ locale: lang === 'x-pseudo' ? 'en-US' : LABELS[lang as Lang].locale });
    test(`contact sheet ${lang}`, async ({ page, server }) => {
      pseudo = lang === 'x-pseudo';
      const ids: Record<string, string> = {};
      ids.chat = await server.createFreshchat('Support chat');
      const mk = async (name: string, model: string, settings: object) => {
        const r = await server.api('/integrations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, model, settings }) });
        expect(r.status).toBe(201);
        return (await r.json()).id as string;
      };
      ids.api = await mk('Own ACD', 'injixo-api', {});
      ids.zendesk = await mk('Helpdesk', 'zendesk', { domain: 'acme.zendesk.com', username: 'a@acme.example', api_token: 'zd-token-0123456789', group_queues_by: 'ivr' });
      const gen = await server.api(`/integrations/${ids.chat}/app-key`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(await server.sendChatEvents((await gen.json()).key)).toBe(202);
      for (const p of pages) {
        await p.go(page, ids);
        await expect(page.locator('h1').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(OUT, `${lang}-${p.name}.png`), fullPage: true });
      }
    });
  });
}

test.afterAll(() => {
  const rows = pages.map((p) => `<tr><th>${p.name}</th>${LANGS.map((l) => `<td><a href="${l}-${p.name}.png"><img loading="lazy" src="${l}-${p.name}.png" alt="${l} ${p.name}"></a></td>`).join('')}</tr>`).join('\n');
  writeFileSync(path.join(OUT, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Contact sheet</title>
<style>body{font:14px system-ui}img{width:240px;border:1px solid #ccc}td,th{vertical-align:top;padding:4px}</style>
<table><tr><th></th>${LANGS.map((l) => `<th>${l}</th>`).join('')}</tr>\n${rows}</table>`);
});
