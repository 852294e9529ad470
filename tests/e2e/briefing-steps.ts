// Steps the briefing end-to-end tests share: citing a record through the picker, and a stand-in
// for window.print that counts calls instead of opening a dialog (which would block headless).
import { expect } from 'vitest'
import type { Page } from 'playwright-core'

export const PRINT_RECORDER = 'window.print = () => { window.__printed = (window.__printed || 0) + 1 }'

export const printedCount = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0)

/** Cites the first record whose option shows `pick`, found by typing `query` into the picker. */
export async function cite(page: Page, query: string, pick: string): Promise<void> {
  await page.getByTestId('toolbar-cite').click()
  await page.getByTestId('citation-query').fill(query)
  await page.getByTestId('citation-option').filter({ hasText: pick }).first().click()
  await expect.poll(() => page.getByTestId('citation-picker').count()).toBe(0)
  // the editor takes the focus back on the next frame; typing before that would be lost
  await expect.poll(() => page.getByTestId('briefing-body').evaluate((el) => el === document.activeElement)).toBe(true)
}
