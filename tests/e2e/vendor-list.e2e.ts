// The vendor screen: the 开源 facet leaves only vendors with open models and survives reload,
// back and forward; the charts draw and the open-source timeline runs oldest first; the
// landscape and reference tabs show; two picked vendors open the comparison.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import type { Model } from '../../src/shared/model/records'
import { modelsPerCategory } from '../../src/shared/vendors/stats'
import { useApp } from './harness'

/** Vendors in the default data, counted from the shipped bundle. */
const BUNDLE = JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')) as { records: { vendors: { id: string; origin: string }[]; models: Model[] } }
const VENDORS = BUNDLE.records.vendors
const SHIPPED = VENDORS.length
const SHIPPED_CN = VENDORS.filter((v) => v.origin === 'cn').length

const session = useApp()
const OPEN = ['ven-alibaba-cloud', 'ven-baichuan', 'ven-tsinghua', 'ven-vivo', 'ven-zhipu']

const rowIds = async (page: Page) =>
  (await page.locator('[data-testid^="vendor-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('vendor-row-', '')))).sort()

describe('vendor list', () => {
  test('open-source facet filters, is kept in the URL, and counts follow', async () => {
    const page = await session.app.goto('/vendors')
    await page.getByTestId('vendor-card-ven-baidu').waitFor()
    expect(await rowIds(page)).toHaveLength(SHIPPED)
    const open = page.getByTestId('vendor-facet-openSource-yes')
    expect(await open.locator('xpath=..').textContent()).toContain('开源')
    // by keyboard: focus the box and press Space
    await open.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => page.url()).toContain('openSource=yes')
    await expect.poll(() => rowIds(page)).toEqual(OPEN)
    expect(await page.getByTestId('vendor-count').textContent()).toContain(`5 家厂商（共 ${SHIPPED} 家）`)
    expect(await page.getByTestId('vendor-open-badge').count()).toBe(5)
    // the origin facet now counts only the open vendors
    expect(await page.getByTestId('vendor-facet-origin-cn').locator('xpath=..').textContent()).toMatch(/5\s*$/)

    await session.app.reload()
    await page.getByTestId('vendor-card-ven-zhipu').waitFor()
    expect(await page.getByTestId('vendor-facet-openSource-yes').isChecked()).toBe(true)
    expect(await rowIds(page)).toEqual(OPEN)

    await page.goBack()
    await expect.poll(() => rowIds(page)).toHaveLength(SHIPPED)
    await page.goForward()
    await expect.poll(() => rowIds(page)).toEqual(OPEN)

    await page.getByTestId('vendor-filter').fill('阿里')
    await expect.poll(() => rowIds(page)).toEqual(['ven-alibaba-cloud'])
    await page.getByTestId('vendor-filter').fill('')
    await expect.poll(() => rowIds(page)).toEqual(OPEN)
    await session.app.screenshot('vendor-list')
    await page.emulateMedia({ colorScheme: 'dark' })
    await session.app.screenshot('vendor-list-dark')
    await page.emulateMedia({ colorScheme: 'light' })
  })

  test('charts draw and the open-source timeline runs from GLM-130B to Qwen-72B', async () => {
    const page = await session.app.goto('/vendors?openSource=yes')
    await page.getByTestId('vendor-tab-charts').click()
    await expect.poll(() => page.url()).toContain('tab=charts')
    expect(page.url()).toContain('openSource=yes')
    await page.locator('[data-testid="chart-vendor-categories"] canvas, [data-testid="chart-vendor-categories"] svg').first().waitFor()
    await page.locator('[data-testid="chart-vendor-releases"] canvas').first().waitFor()
    const text = (await page.getByTestId('os-timeline').textContent()) ?? ''
    expect(text.indexOf('GLM-130B')).toBeGreaterThanOrEqual(0)
    expect(text.indexOf('GLM-130B')).toBeLessThan(text.indexOf('Qwen-72B'))
    expect(await page.getByTestId('os-vendor-evt-cn-2022-08-glm-130b-open-source').getAttribute('href')).toContain('/vendors/ven-tsinghua')
    await session.app.screenshot('vendor-charts', { fullPage: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.waitForTimeout(300)
    await session.app.screenshot('vendor-charts-dark', { fullPage: true })
    await page.emulateMedia({ colorScheme: 'light' })

    await page.getByTestId('vendor-tab-landscape').click()
    await page.getByTestId('vendor-landscape').waitFor()
    expect(await page.getByTestId('landscape-vendor-ven-zhipu').count()).toBe(1)
    expect(await page.getByTestId('landscape-vendor-ven-baidu').count()).toBe(0)
    await session.app.screenshot('vendor-landscape')

    await page.getByTestId('vendor-tab-chips').click()
    await expect.poll(() => page.locator('[data-testid="chips-table"] tbody tr').count()).toBe(7)
    await page.getByTestId('vendor-tab-facts').click()
    await page.getByTestId('facts-list').waitFor()
  })

  test('a click on a category bar lists the vendors with models in it; Back returns to the charts', async () => {
    const page = await session.app.goto('/vendors?tab=charts')
    const chart = page.getByTestId('chart-vendor-categories')
    await chart.locator('canvas, svg').first().waitFor()
    // the first bar, by the geometry of categoryOption (grid 110/30/10/24, categories top down)
    const bars = modelsPerCategory(BUNDLE.records.models)
    const first = bars[0]!
    const box = (await chart.boundingBox())!
    await page.mouse.click(box.x + 112, box.y + 10 + (box.height - 34) / bars.length / 2)
    // the list is the default tab, left out of the address
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`category=${first.category}`)
    expect(page.url()).not.toContain('tab=')
    const expected = new Set(BUNDLE.records.models.filter((m) => m.category === first.category && m.vendorId).map((m) => m.vendorId))
    await expect.poll(async () => (await rowIds(page)).length).toBe(expected.size)
    expect(await rowIds(page)).toEqual([...expected].sort())
    await page.goBack()
    await expect.poll(() => page.url()).toContain('tab=charts')
  })

  test('picking two vendors and pressing 比较 opens the comparison', async () => {
    const page = await session.app.goto('/vendors')
    await page.getByTestId('vendor-card-ven-baidu').waitFor()
    const compare = page.getByTestId('vendor-compare')
    await page.getByTestId('vendor-pick-ven-baidu').check()
    expect(await compare.isDisabled()).toBe(true)
    await page.getByTestId('vendor-pick-ven-zhipu').check()
    expect(await compare.isDisabled()).toBe(false)
    await compare.click()
    await expect.poll(() => page.url()).toContain('#/vendors/compare?ids=ven-baidu,ven-zhipu')
  })

  // Last: it leaves 1500 more vendors in the profile.
  test('with 1500 more vendors only the rows in view are rendered, and scrolling reaches the end', async () => {
    const page = await session.app.goto('/vendors')
    await page.getByTestId('vendor-card-ven-baidu').waitFor()
    await page.evaluate(
      (n) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('policy-desk')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const tx = db.transaction('vendors', 'readwrite')
            const store = tx.objectStore('vendors')
            const get = store.get('ven-baidu')
            get.onsuccess = () => {
              for (let i = 0; i < n; i++) store.put({ ...get.result, id: `ven-bulk-${i}`, name: `批量厂商${String(i).padStart(4, '0')}`, aliases: [] })
            }
            tx.oncomplete = () => {
              db.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
      1500,
    )
    await session.app.reload()
    await expect.poll(async () => (await page.getByTestId('vendor-count').textContent()) ?? '').toContain(String(SHIPPED + 1500))
    const rows = page.locator('[data-testid^="vendor-row-"]')
    expect(await rows.count()).toBeLessThan(100)
    // foreign vendors sort last
    expect(await page.getByTestId('vendor-card-ven-openai').count()).toBe(0)
    await page.getByTestId('vendor-rows').evaluate((el) => (el.scrollTop = el.scrollHeight))
    await page.getByTestId('vendor-card-ven-openai').waitFor()
    expect(await rows.count()).toBeLessThan(100)
    // facets still count them all
    expect(await page.getByTestId('vendor-facet-origin-cn').locator('xpath=..').textContent()).toMatch(new RegExp(`${SHIPPED_CN + 1500}\\s*$`))
  })
})
