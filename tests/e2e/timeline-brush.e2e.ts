// Timeline controls: colour by status with its legend, an as-of day, and a brushed span that
// becomes the policy list.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { brushAcrossTimeline, useApp } from './harness'

const session = useApp()
let page: Page

describe('timeline controls', () => {
  test('legend follows the colour choice; a brushed span lists its policies', async () => {
    page = await session.app.goto('/timeline')
    await page.locator('[data-testid="timeline-chart"] canvas').first().waitFor()
    await expect.poll(() => page.getByTestId('timeline-legend').innerText()).toContain('国家')
    await page.getByTestId('timeline-color-by').selectOption('status')
    await expect.poll(() => page.getByTestId('timeline-legend').innerText()).toContain('已印发')
    await page.getByTestId('timeline-as-of').fill('2020-06-01')
    await session.app.screenshot('timeline-as-of')

    await brushAcrossTimeline(page)
    const selected = Number((await page.getByTestId('timeline-selection').innerText()).match(/\d+/)![0])
    expect(selected).toBe(11)
    await page.getByTestId('timeline-show-in-list').click()
    await expect.poll(() => page.url()).toContain('#/policies')
    await expect.poll(async () => (await page.getByTestId('policy-count').innerText()).match(/\d+/)?.[0]).toBe('11')
    await page.getByTestId('restricted-chip').waitFor()
    await page.getByTestId('facets-clear').click()
    await expect.poll(async () => Number((await page.getByTestId('policy-count').innerText()).match(/\d+/)?.[0])).toBeGreaterThan(11)
  })
})
