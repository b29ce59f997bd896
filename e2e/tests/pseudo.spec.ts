import { test, expect, type Page } from '../fixtures';

// The pseudo-locale sweep: every page and dialog in `?lang=x-pseudo`, where every
// translated text is accented, ~35 % longer and in [brackets]. It fails on visible
// text that is not pseudo-localized (hard-coded) unless it is data, and on any
// element whose text overflows its box — at desktop and at phone width.

/** Text that is data, not UI: what the test itself put in, brands, formatted dates. */
const DATA = [
  /^(Support chat|Own ACD|Helpdesk|Freshworks|Freshchat|Freshdesk|Freshdesk Contact Center|Five9|Zendesk|Genesys|Genesys Cloud|injixo API|Vonage|Talkdesk|Ujet|Odigo|Mitel|Sikom|Avaya CMS|Cisco ICM|Genesys Engage|Interactive Intelligence CIC|Database|CSV)$/,
  /^(English|Deutsch|Nederlands|Italiano|Français|Español)$/, // the language menu, by design
  /^[a-z0-9.-]+\.(freshchat|freshdesk|freshcaller|zendesk)\.com$/, // saved domains
  /^a@acme\.example$/,
  /^(Queue|Day|Clock|Hotline)$/, // the CSV sample's own header and values
  /^ixk_[A-Za-z0-9_-]+$/, // the injixo API key, shown once
  /^…[A-Za-z0-9_-]{4}$/, // last four characters
  /^[\d\s.,:/()+–-]*$/, // numbers, ids, punctuation, separators
  // Intl date, optionally with its Intl relative time: "Nov 23, 2026, 5:51 PM (6 seconds ago)"
  /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?(AM|PM)( \((\d+ (second|minute|hour|day|month|year)s? ago|now|yesterday)\))?$/,
  /^[>×←↗]$/,
  // A time zone as the browser names it: "(UTC+01:00) Berlin · Central European Time".
  /^\(UTC[+−±]\d{2}:\d{2}\) /,
];

async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.querySelector('.ixi-app');
    if (!root) return ['<no app>'];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      // <code> holds identifiers (SQL column names), which are data.
      if (!text || !el || el.closest('option:not(:checked), [aria-hidden="true"], code')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      out.push(text);
    }
    for (const el of Array.from(root.querySelectorAll('[placeholder], [aria-label], [title]'))) {
      for (const a of ['placeholder', 'aria-label', 'title']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.querySelector('.ixi-app');
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(root?.querySelectorAll<HTMLElement>('*') ?? [])) {
      const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!hasText || ['INPUT', 'SELECT', 'TEXTAREA', 'OPTION'].includes(el.tagName) || el.closest('.ixi-table-wrap, .ixi-visually-hidden')) continue;
      if (!el.checkVisibility()) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') {
        out.push(`${el.tagName.toLowerCase()}.${el.className}: "${el.textContent?.trim().slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`);
      }
    }
    return out;
  });
}

const STEPS: Array<[string, (page: Page, ids: Record<string, string>) => Promise<void>]> = [
  ['overview', async (p) => { await p.goto('/?lang=x-pseudo'); }],
  ['catalogue', async (p) => { await p.goto('/catalogue?lang=x-pseudo'); }],
  ['catalogue filtered to nothing', async (p) => {
    await p.goto('/catalogue?lang=x-pseudo');
    await p.getByRole('searchbox').fill('zzz');
  }],
  ['vendor', async (p) => { await p.goto('/catalogue/freshworks?lang=x-pseudo'); }],
  ['setup form with errors', async (p) => {
    await p.goto('/new/freshchat?lang=x-pseudo');
    await p.locator('button[type=submit]').click();
  }],
  ['five9 form', async (p) => { await p.goto('/new/five9?lang=x-pseudo'); }],
  ['genesys form', async (p) => { await p.goto('/new/genesys-cloud?lang=x-pseudo'); }],
  ['talkdesk form', async (p) => { await p.goto('/new/talkdesk?lang=x-pseudo'); }],
  ['odigo form with errors and the time-zone picker', async (p) => {
    await p.goto('/new/odigo?lang=x-pseudo');
    await p.locator('#ixi-form-import_detailed_break_statuses').check();
    await p.locator('button[type=submit]').click();
    await p.locator('input[role=combobox]').fill('Ber');
  }],
  ['mitel form (injixo Cloud Link)', async (p) => { await p.goto('/new/mitel?lang=x-pseudo'); }],
  ['database form with its query columns', async (p) => {
    await p.goto('/new/database?lang=x-pseudo');
    await p.locator('#ixi-form-database_type').selectOption('postgresql');
    await p.locator('#ixi-form-import_data_type').selectOption('agent_status');
  }],
  ['csv wizard with its sample', async (p) => {
    await p.goto('/new/csv?lang=x-pseudo');
    await p.locator('#ixi-form-import_data_type').selectOption('contact_data');
    await p.locator('#ixi-form-csv_schema').click();
    await p.locator('#ixi-csv-sample-file').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('Queue;Day;Clock\nHotline;02.03.2026;08:00\n') });
    await expect(p.locator('#ixi-csv-sample-status')).toContainText('x.csv');
  }],
  ['historical data import without a CSV integration', async (p) => { await p.goto('/csv-import?lang=x-pseudo'); }],
  ['integration with the app section', async (p, ids) => { await p.goto(`/integration/${ids.chat}?lang=x-pseudo`); }],
  ['key panel', async (p, ids) => {
    await p.goto(`/integration/${ids.api}?lang=x-pseudo`);
    await p.locator('#ixi-app > button.ixi-button-primary').click();
    await expect(p.locator('#ixi-app-key')).toBeVisible();
  }],
  ['re-generate dialog', async (p, ids) => { await p.goto(`/integration/${ids.chat}?action=regenerate-key&lang=x-pseudo`); }],
  ['edit form', async (p, ids) => { await p.goto(`/integration/${ids.zendesk}/edit?lang=x-pseudo`); }],
  ['delete dialog', async (p, ids) => {
    await p.goto(`/integration/${ids.zendesk}/edit?lang=x-pseudo`);
    await p.locator('.ixi-button-danger').click();
  }],
  ['leave dialog', async (p, ids) => {
    await p.goto(`/integration/${ids.zendesk}/edit?lang=x-pseudo`);
    await p.locator('#ixi-form-name').fill('Helpdesk');
    await p.locator('#ixi-form-name').fill('Helpdesk, changed');
    await p.locator('.ixi-form-actions a').click();
  }],
  ['not found', async (p) => { await p.goto('/nope?lang=x-pseudo'); }],
];

for (const [width, height] of [[1280, 800], [320, 720]]) {
  test(`every page and dialog is pseudo-localized and nothing overflows at ${width}px`, async ({ page, server }) => {
    await page.setViewportSize({ width, height });
    const ids: Record<string, string> = {};
    ids.chat = await server.createFreshchat('Support chat');
    const create = async (name: string, model: string, settings: object) => {
      const r = await server.api('/integrations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, model, settings }) });
      expect(r.status).toBe(201);
      return (await r.json()).id as string;
    };
    ids.api = await create('Own ACD', 'injixo-api', {});
    ids.zendesk = await create('Helpdesk', 'zendesk', { domain: 'acme.zendesk.com', username: 'a@acme.example', api_token: 'zd-token-0123456789', group_queues_by: 'ivr' });
    const gen = await server.api(`/integrations/${ids.chat}/app-key`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(await server.sendChatEvents((await gen.json()).key)).toBe(202);

    const problems: string[] = [];
    for (const [name, go] of STEPS) {
      await go(page, ids);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
      await expect(page.locator('h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      for (const t of await visibleTexts(page)) {
        if (!t.includes('[') && !DATA.some((re) => re.test(t))) problems.push(`${name}: not localized: "${t}"`);
      }
      for (const o of await overflowing(page)) problems.push(`${name}: overflows: ${o}`);
    }
    expect(problems).toEqual([]);
  });
}
