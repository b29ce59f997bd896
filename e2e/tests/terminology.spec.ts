import { test, expect, type Page, type Server } from '../fixtures';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Terminology conformance: in each of the six languages, every label that
// shared/terminology.md marks as binding (source S = named in the Freshchat seed
// article, H = named in other help-center articles) appears VERBATIM in the UI,
// at the place where the articles send the reader. The table is read at test time,
// so a change to it is checked without touching this file; a binding row this file
// has no check for fails too. One test per language collects every mismatch, so a
// single run shows them all.
//
// Rows with source P (the product's own wording, not binding) are skipped:
// module / page title, back links, delivery mode values, name field, domain field,
// save in progress, cancel, regenerate, copy / copied, group-queues field,
// account region field, problem, paused, connecting, importing, in preparation,
// edit, leave-with-changes dialog (and the catalogue feature badges, which are prose).

const TERMINOLOGY = path.resolve(__dirname, '../../../shared/terminology.md');
const LANGS = ['en', 'de', 'nl', 'it', 'fr', 'es'] as const;
type Lang = (typeof LANGS)[number];
const LOCALE: Record<Lang, string> = { en: 'en-US', de: 'de-DE', nl: 'nl-NL', it: 'it-IT', fr: 'fr-FR', es: 'es-ES' };

type Row = { element: string; labels: Record<Lang, string>; source: string };

/** Every `| element | EN | DE | NL | IT | FR | ES | source |` row of the markdown tables. */
function readTerminology(): Row[] {
  if (!existsSync(TERMINOLOGY)) throw new Error(`terminology table missing: ${TERMINOLOGY}`);
  const rows: Row[] = [];
  let header: string[] | undefined;
  for (const line of readFileSync(TERMINOLOGY, 'utf8').split('\n')) {
    if (!line.trim().startsWith('|')) { header = undefined; continue; }
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
    if (!header) { header = cells.map((c) => c.toLowerCase()); continue; }
    if (!header.includes('element') || !header.includes('source') || cells.every((c) => /^:?-+:?$/.test(c))) continue;
    const col = (name: string) => cells[header!.indexOf(name)] ?? '';
    const en = col('en');
    const labels = Object.fromEntries(LANGS.map((l) => [l, col(l) === 'same' ? en : col(l)])) as Record<Lang, string>;
    rows.push({ element: col('element'), labels, source: col('source') });
  }
  if (rows.length === 0) throw new Error(`no table rows found in ${TERMINOLOGY}`);
  return rows;
}

/** "Suspend importing / Resume importing", "Are you sure? · Yes, really cancel · …" → parts. */
const split = (cell: string) => cell.split(/ \/ | · /).map((s) => s.trim()).filter(Boolean);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Case-sensitive "contains this text", for accessible names that add words around a label. */
const containing = (s: string) => new RegExp(escape(s));
const T = { timeout: 5_000 };

type Ids = { operational: string; fresh: string; api: string };
type Check = (expected: string, assertion: () => Promise<unknown>) => Promise<void>;
type Ctx = { page: Page; ids: Ids; check: Check };

/** Goes to `url` unless the SPA already shows it. */
async function visit(page: Page, url: string) {
  if (new URL(page.url(), 'http://x').pathname !== url) await page.goto(url);
}

const breadcrumb = (page: Page) => page.getByRole('navigation').filter({ has: page.locator('[aria-current="page"]') }).first();
const row = (page: Page, name: string) => page.getByRole('row', { name: containing(name) });

/** Where and how each binding element is checked, in the order the pages are visited. */
const CHECKS: Record<string, (c: Ctx, labels: string[]) => Promise<void>> = {
  // Overview.
  'breadcrumb': async ({ page, check }, [t]) => {
    await visit(page, '/');
    await check(t, () => expect(breadcrumb(page)).toHaveText(t, T)); // toHaveText normalizes whitespace
  },
  'button on overview': async ({ page, check }, [t]) => {
    await visit(page, '/');
    await check(t, () => expect(page.getByRole('main').getByRole('link', { name: t, exact: true })).toBeVisible(T));
  },
  'healthy': async ({ page, check }, [t]) => {
    await visit(page, '/');
    await check(t, () => expect(row(page, 'Operational chat').getByRole('cell', { name: t, exact: true })).toBeVisible(T));
  },
  'pause / resume': async ({ page, check }, [suspend, resume]) => {
    await visit(page, '/');
    const r = row(page, 'Operational chat');
    await check(suspend, async () => {
      await expect(r.getByRole('button', { name: suspend, exact: true })).toBeVisible(T);
      await r.getByRole('button', { name: suspend, exact: true }).click(T);
    });
    await check(resume, () => expect(r.getByRole('button', { name: resume, exact: true })).toBeVisible(T));
  },
  // Catalogue.
  'catalogue heading': async ({ page, check }, [t]) => {
    await visit(page, '/catalogue');
    await check(t, () => expect(page.getByRole('heading', { level: 1, name: t, exact: true })).toBeVisible(T));
  },
  'vendor tile button': async ({ page, check }, [t]) => {
    await visit(page, '/catalogue');
    const tile = page.getByRole('region', { name: 'Freshworks', exact: true });
    await check(t, () => expect(tile.getByRole('link', { name: t, exact: true })).toBeVisible(T));
  },
  'vendor tile of universal models': async ({ page, check }, [t]) => {
    await visit(page, '/catalogue');
    await check(t, async () => {
      const tile = page.getByRole('region', { name: t, exact: true });
      await expect(tile).toBeVisible(T);
      await expect(tile.getByRole('heading', { name: t, exact: true })).toBeVisible(T);
    });
  },
  'model section button': async ({ page, check }, [t]) => {
    await visit(page, '/catalogue/freshworks');
    const section = page.getByRole('region', { name: 'Freshchat', exact: true });
    await check(t, () => expect(section.getByRole('link', { name: t, exact: true })).toBeVisible(T));
  },
  // Setup forms.
  'credentials section': async ({ page, check }, [t]) => {
    await visit(page, '/new/freshchat');
    await check(t, () => expect(page.getByRole('group', { name: t, exact: true })).toBeVisible(T));
  },
  'vendor key field': async ({ page, check }, [t]) => {
    await visit(page, '/new/freshchat');
    await check(t, () => expect(page.getByRole('group').getByLabel(t, { exact: true })).toBeVisible(T));
  },
  'example domain': async ({ page, check }, [t]) => {
    await visit(page, '/new/freshchat');
    // The domain field is the credentials' text field; its label is P, so find it by its placeholder.
    await check(t, () => expect(page.getByRole('group').getByRole('textbox').and(page.getByPlaceholder(t, { exact: true }))).toBeVisible(T));
  },
  'save button': async ({ page, check }, [t]) => {
    await visit(page, '/new/freshchat');
    await check(t, () => expect(page.getByRole('button', { name: t, exact: true })).toBeVisible(T));
  },
  'user credentials section': async ({ page, check }, [t]) => {
    await visit(page, '/new/five9');
    await check(t, () => expect(page.getByRole('group', { name: t, exact: true })).toBeVisible(T));
  },
  'configuration section': async ({ page, check }, [t]) => {
    await visit(page, '/new/five9');
    await check(t, () => expect(page.getByRole('group', { name: t, exact: true })).toBeVisible(T));
  },
  'API credentials section': async ({ page, check }, [t]) => {
    await visit(page, '/new/genesys-cloud');
    await check(t, () => expect(page.getByRole('group', { name: t, exact: true })).toBeVisible(T));
  },
  // Integration pages.
  'API-integration section': async ({ page, ids, check }, [t]) => {
    await visit(page, `/integration/${ids.api}`);
    await check(t, async () => {
      await expect(page.getByRole('region', { name: t, exact: true })).toBeVisible(T);
      await expect(page.getByRole('heading', { name: t, exact: true })).toBeVisible(T);
    });
  },
  'delete button': async ({ page, ids, check }, [t]) => {
    await visit(page, `/integration/${ids.operational}/edit`);
    await check(t, () => expect(page.getByRole('button', { name: t, exact: true })).toBeVisible(T));
  },
  'delete confirm': async ({ page, ids, check }, [t]) => {
    await visit(page, `/integration/${ids.operational}/edit`);
    await check(t, async () => {
      // Opened by the delete button, found by its place so that this row is checked on its own.
      await page.locator('.ixi-danger-zone button').first().click(T);
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('button', { name: t, exact: true })).toBeVisible(T);
      await page.keyboard.press('Escape');
    });
  },
  'section heading': async ({ page, ids, check }, [t]) => {
    await visit(page, `/integration/${ids.fresh}`);
    await check(t, async () => {
      const section = page.getByRole('region', { name: t, exact: true });
      await expect(section).toBeVisible(T);
      await expect(section.getByRole('heading', { name: t, exact: true })).toBeVisible(T);
    });
  },
  'marketplace link text': async ({ page, ids, check }, [t]) => {
    await visit(page, `/integration/${ids.fresh}`);
    // The link adds "(opens in a new tab)"; the label itself must be there, case included.
    await check(t, () => expect(page.getByRole('main').getByRole('link', { name: containing(t) })).toBeVisible(T));
  },
  'generate button': async ({ page, ids, check }, [t]) => {
    await visit(page, `/integration/${ids.fresh}`);
    await check(t, () => expect(page.getByRole('button', { name: t, exact: true })).toBeVisible(T));
  },
  'key name': async ({ page, ids, check }, [t]) => {
    await visit(page, `/integration/${ids.fresh}`);
    await check(t, () => expect(page.getByRole('heading', { name: t, exact: true })).toBeVisible(T));
    // After generating, the key field is labelled with it too (kept last: the page then guards leaving).
    await check(t, async () => {
      await page.locator('#ixi-app > button.ixi-button-primary').click(T); // the generate button, by place
      await expect(page.getByLabel(t, { exact: true })).toHaveValue(/^ixk_/, T);
    });
  },
};

async function seed(server: Server): Promise<Ids> {
  const json = { 'Content-Type': 'application/json' };
  const operational = await server.createFreshchat('Operational chat');
  const gen = await server.api(`/integrations/${operational}/app-key`, { method: 'POST', headers: json, body: '{}' });
  expect(gen.status, 'generating the app key').toBeLessThan(300);
  expect(await server.sendChatEvents((await gen.json()).key), 'chat events from the app').toBe(202);
  const fresh = await server.createFreshchat('Fresh chat');
  const res = await server.api('/integrations', {
    method: 'POST', headers: json, body: JSON.stringify({ name: 'Own ACD', model: 'injixo-api', settings: {} }),
  });
  expect(res.status, 'creating an injixo API integration').toBe(201);
  return { operational, fresh, api: (await res.json()).id };
}

const binding = readTerminology().filter((r) => /^[SH]/.test(r.source));

for (const lang of LANGS) {
  test.describe(`terminology in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });

    test(`every binding label of the ${lang} articles appears verbatim`, async ({ page, server }) => {
      test.setTimeout(180_000);
      const ids = await seed(server);
      const mismatches: string[] = [];
      await page.goto('/');
      await expect(page.locator('html'), 'page language').toHaveAttribute('lang', lang);

      const byElement = new Map(binding.map((r) => [r.element, r]));
      for (const r of binding) {
        if (!CHECKS[r.element]) mismatches.push(`[${lang}] ${r.element}: binding row (${r.source}) has no check in this test`);
      }
      for (const [element, run] of Object.entries(CHECKS)) {
        const r = byElement.get(element);
        if (!r) { mismatches.push(`[${lang}] ${element}: no S/H row with this element in terminology.md`); continue; }
        const check: Check = async (expected, assertion) => {
          try {
            await assertion();
          } catch (e) {
            const why = String((e as Error).message ?? e).replace(/\u001b\[[0-9;]*m/g, '').split('Call log:')[0].replace(/\s+/g, ' ').trim().slice(0, 300);
            mismatches.push(`[${lang}] ${element}: expected "${expected}" — ${why}`);
          }
        };
        await run({ page, ids, check }, split(r.labels[lang]));
      }
      expect(mismatches, `terminology mismatches in ${lang}:\n${mismatches.join('\n')}`).toEqual([]);
    });
  });
}
