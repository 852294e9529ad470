// Vendor comparison: 百度 and 阿里云 side by side (the second picked from the keyboard), the
// matrix marking open source for 阿里云 only, and the comparison added to a new briefing as
// tables whose column heads cite each vendor.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './harness'

const session = useApp()
let page: Page

describe('vendor comparison', () => {
  test('pick two vendors, read the table and the matrix, add the comparison to a new briefing', async () => {
    page = await session.app.goto('/vendors/compare?ids=ven-baidu')
    await page.getByTestId('vendor-compare').waitFor()
    await expect.poll(() => page.getByTestId('compare-chosen-ven-baidu').textContent()).toContain('百度')
    expect(await page.getByTestId('compare-need-more').textContent()).toContain('至少 1 项')

    // Filter, then Enter adds the first match.
    await page.getByTestId('compare-filter').fill('阿里云')
    await page.getByTestId('compare-filter').press('Enter')
    await expect.poll(() => decodeURIComponent(page.url())).toContain('ids=ven-baidu,ven-alibaba-cloud')

    const table = page.getByTestId('compare-table')
    await table.waitFor()
    expect(await page.getByTestId('compare-col-ven-baidu').textContent()).toContain('百度')
    expect(await page.getByTestId('compare-col-ven-alibaba-cloud').textContent()).toContain('阿里云')
    const models = await page.getByTestId('compare-row-models').locator('td').allTextContents()
    expect(models[0]).toContain('文心一言')
    expect(models[1]).toContain('Qwen-72B')
    expect(models[1]).toContain('Qwen-Audio')
    expect(models[0]).not.toContain('Qwen')

    const open = page.getByTestId('matrix-openSource-open').locator('td')
    expect(await open.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-has')))).toEqual(['false', 'true'])
    expect(await open.nth(1).textContent()).toContain('✓')
    expect(await open.nth(1).textContent()).toContain('Qwen-72B')
    expect(await open.nth(0).textContent()).not.toContain('✓')
    await session.app.screenshot('vendor-compare', { fullPage: true })

    await page.getByTestId('theme-toggle').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark')
    await session.app.screenshot('vendor-compare-dark', { fullPage: true })
    await page.getByTestId('theme-toggle').click()

    // Removing one from the keyboard leaves too few to compare; putting it back restores the table.
    await page.getByTestId('compare-remove-ven-alibaba-cloud').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('compare-need-more').waitFor()
    await page.getByTestId('compare-select').selectOption('ven-alibaba-cloud')
    await page.getByTestId('compare-add').click()
    await table.waitFor()

    await page.getByTestId('compare-add-to-briefing').click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('已加入简报《厂商对比：百度、阿里云》')
    await page.getByTestId('toast-action').click()
    await expect.poll(() => page.url()).toContain('#/briefings/')
    const body = page.getByTestId('briefing-body')
    await expect.poll(() => body.textContent()).toContain('能力矩阵')
    const text = (await body.textContent()) ?? ''
    for (const s of ['厂商对比：百度、阿里云', '文心一言', 'Qwen-72B', '开源模型', '阿里云开源Qwen-72B']) expect(text).toContain(s)
    expect(await body.locator('table').count()).toBe(2)
    const cites = body.locator('table .cite')
    expect(await cites.evaluateAll((els) => els.map((e) => e.getAttribute('title')))).toEqual(['《百度》', '《阿里云》'])
    expect(await cites.evaluateAll((els) => els.map((e) => e.getAttribute('data-n')))).toEqual(['1', '2'])
    // A citation ending a header cell adds no blank lines (ProseMirror's separator image stays inline).
    const heights = await body.locator('table').first().locator('tr').evaluateAll((trs) => trs.slice(0, 2).map((tr) => tr.getBoundingClientRect().height))
    expect(heights[0]!).toBeLessThan(heights[1]! * 1.5)
    await session.app.screenshot('vendor-compare-briefing')
  })

  test('models compare on their own fields; switching kind starts a new choice', async () => {
    page = await session.app.goto('/vendors/compare?kind=models&ids=mod-gpt-4,mod-baichuan-7b')
    await page.getByTestId('compare-table').waitFor()
    expect(await page.getByTestId('compare-row-vendor').locator('td').allTextContents()).toEqual(['OpenAI', '百川智能'])
    const speech = page.getByTestId('matrix-modality-语音').locator('td')
    expect(await speech.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-has')))).toEqual(['true', 'false'])
    expect(await page.getByTestId('compare-row-openSource').locator('td').allTextContents()).toEqual(['未知', '是'])
    await page.getByTestId('compare-kind-vendors').click()
    await page.getByTestId('compare-need-more').waitFor()
    expect(page.url()).not.toContain('kind=models')
  })
})
