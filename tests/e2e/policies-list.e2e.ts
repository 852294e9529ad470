// The policy list: facets narrow the list and show counts, sorting by a column, keyboard
// navigation, and a saved view that comes back after a reload.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './harness'

const session = useApp()
let page: Page

const count = async () => Number((await page.getByTestId('policy-count').innerText()).match(/\d+/)![0])
const rows = () => page.locator('[data-testid^="policy-row-"]')

describe('policy list', () => {
  test('facets, counts, sort, keyboard and saved views', async () => {
    page = await session.app.goto('/policies')
    await page.getByTestId('facets').waitFor()
    const all = await count()
    expect(all).toBeGreaterThanOrEqual(12)

    await page.getByTestId('facet-province-440000').check()
    await expect.poll(count).toBe(2)
    // the level facet now counts within Guangdong: one province-level, one city
    expect(await page.getByTestId('facet-level').innerText()).toMatch(/市级\s*1/)
    await page.getByTestId('facet-level-municipal').check()
    await expect.poll(count).toBe(1)
    expect(await rows().first().innerText()).toContain('深圳市')

    page.once('dialog', (d) => void d.accept('广东城市'))
    await page.getByTestId('view-save').click()
    await expect.poll(() => page.getByTestId('view-select').innerText()).toContain('广东城市')
    await page.getByTestId('facets-clear').click()
    await expect.poll(count).toBe(all)

    // sort by title ascending, then move with the keyboard and open with Enter
    await page.getByTestId('sort-title').click()
    await page.getByTestId('sort-title').click()
    const titles = await rows().evaluateAll((els) => els.map((e) => e.querySelector('.col-title')!.textContent!))
    expect(titles).toEqual([...titles].sort((a, b) => b.localeCompare(a, 'zh-CN')))
    await page.getByTestId('policy-scroller').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain(`#/policies/`)
    await page.getByTestId('policy-title').waitFor()
    expect(await page.getByTestId('policy-title').innerText()).toBe(titles[1])

    await session.app.goto('/policies')
    await session.app.reload()
    await page.getByTestId('view-select').selectOption('广东城市')
    await expect.poll(count).toBe(1)
    await session.app.screenshot('policies-facets')
  })
  test("a page opened on the list fetches the list's chunks beside the app's own, not after them", async () => {
    page = await session.app.goto('/policies')
    await session.app.reload()
    await rows().first().waitFor()
    const fetched = await page.evaluate(() => {
      const framework = performance.getEntriesByName('boot:framework')[0]!.startTime
      return performance
        .getEntriesByType('resource')
        .filter((e) => /\/(PoliciesView|FacetGroups|import-wrapper)-[\w-]+\.(js|css)$/.test(e.name))
        .map((e) => ({ file: e.name.replace(/^.*\/|-[\w-]{8}(?=\.(js|css)$)/g, ''), beforeFramework: e.startTime < framework }))
    })
    // requested by the preload links the entry adds (boot/screen-preload.ts) before the framework
    // has even run, not by the router's import() once the app's code has
    expect(fetched.sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual(
      ['FacetGroups.css', 'FacetGroups.js', 'PoliciesView.css', 'PoliciesView.js', 'import-wrapper.js'].map((file) => ({ file, beforeFramework: true })),
    )
    // a record's page preloads no screen
    await session.app.goto(`/policies/${await rows().first().getAttribute('data-testid').then((t) => t!.replace('policy-row-', ''))}`)
    await session.app.reload()
    await page.getByTestId('policy-title').waitFor()
    expect(await page.locator('link[rel=modulepreload][href*="PoliciesView-"]').count()).toBe(0)
  })
})
