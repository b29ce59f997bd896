import { test, expect, LABELS, type Page } from '../fixtures';

// The whole Freshchat journey without a mouse: every control reachable with Tab in a
// sensible order, focus always visible, Enter/Space to act, Esc closes dialogs and
// focus comes back to where it was.

/** Presses Tab until the focused element has `name` (accessible-ish: its text or label). */
async function tabTo(page: Page, name: string | RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return (label || el.getAttribute('aria-label') || el.textContent || '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) {
      const visible = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      });
      expect(visible, `focus ring on "${focused}"`).toBe(true);
      return;
    }
  }
  throw new Error(`never reached "${name}" with Tab`);
}

test('the Freshchat journey by keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const l = LABELS.en;
  await page.goto('/');
  await tabTo(page, l.add);
  await page.keyboard.press('Enter');
  // After navigating, focus is on the new page's heading.
  await expect(page.getByRole('heading', { level: 1, name: l.catalogue })).toBeFocused();
  await tabTo(page, l.selectModel);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Freshworks' })).toBeFocused();
  await tabTo(page, l.modelAdd); // the first model section: Freshchat
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add Freshchat integration' })).toBeFocused();

  await tabTo(page, l.name);
  await page.keyboard.type('Keyboard chat');
  await tabTo(page, l.domain);
  await page.keyboard.type('acme.freshchat.com');
  await tabTo(page, l.apiKey);
  await page.keyboard.type('fc-key-0123456789');
  await tabTo(page, l.save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard chat' })).toBeFocused();

  await tabTo(page, l.generate);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(l.appKey, { exact: true })).toBeFocused();
  await tabTo(page, 'Copy');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Copied' })).toBeFocused();
  await tabTo(page, 'Done');
  await page.keyboard.press('Space');

  // A dialog: Esc closes it and focus returns to the button that opened it.
  await tabTo(page, 'Re-generate');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep current key' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Re-generate' })).toBeFocused();
});
