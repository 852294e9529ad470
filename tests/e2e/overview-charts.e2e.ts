// The Overview's charts draw, and a click on one filters the policy list: a province tile on
// the map leads to that province's policies.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './harness'
import { TILE_GRID } from '../../src/renderer/charts/tile-grid'

const session = useApp()
let page: Page

describe('overview charts', () => {
  test('four charts draw; clicking the Guangdong tile lists Guangdong and Shenzhen', async () => {
    page = await session.app.goto('/overview')
    await page.getByTestId('overview-charts').waitFor()
    for (const id of ['chart-years', 'chart-map', 'chart-heat', 'chart-lineage']) {
      await page.locator(`[data-testid="${id}"] canvas`).first().waitFor()
    }
    await session.app.screenshot('overview-charts', { fullPage: true })
    const box = (await page.getByTestId('chart-map').boundingBox())!
    // Same geometry as tileMapOption: grid insets 4/4/4/30, x from -0.5 to 9.5, y from -0.5 to 8.5.
    const [col, row] = TILE_GRID['440000']!
    const x = box.x + 4 + ((col + 0.5) / 10) * (box.width - 8)
    const y = box.y + 4 + ((row + 0.5) / 9) * (box.height - 34)
    await page.mouse.click(x, y)
    await expect.poll(() => page.url()).toContain('#/policies')
    await expect.poll(async () => (await page.getByTestId('policy-count').innerText()).match(/\d+/)?.[0]).toBe('2')
    expect(await page.getByTestId('facet-province-440000').isChecked()).toBe(true)
  })
})
