// The search palette: Ctrl+K from anywhere, Chinese queries, keyboard to pick and open a
// result, marked matches, and the analyst's own notes found as soon as they are saved.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './harness'

const session = useApp()
let page: Page

const results = () => page.getByTestId('palette-result')

describe('search palette', () => {
  test('Ctrl+K opens it; 人工智能 lists the plan first; arrows and Enter open a result; Esc closes', async () => {
    page = await session.app.goto('/overview')
    await page.getByTestId('overview').waitFor()
    await page.keyboard.press('Control+k')
    await page.getByTestId('palette-input').waitFor()
    await page.keyboard.type('人工智能')
    await expect.poll(() => results().count()).toBeGreaterThan(2)
    expect(await results().first().innerText()).toContain('人工智能')
    expect(await page.locator('.palette mark').first().innerText()).toMatch(/人工|智能|工智/)
    await session.app.screenshot('search-palette')

    await page.getByTestId('palette-input').fill('京')
    await expect.poll(() => page.getByTestId('palette').innerText()).toContain('北京市')
    await page.getByTestId('palette-input').fill('深圳 开源')
    await expect.poll(() => results().count()).toBeGreaterThan(0)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('#/policies/pol-cn-shenzhen-2023-large-model-policies')
    expect(await page.getByTestId('palette').count()).toBe(0)

    await page.keyboard.press('Control+k')
    await page.getByTestId('palette-input').waitFor()
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('palette').count()).toBe(0)
  })

  test('a note is found by its own words once saved, and opens its policy', async () => {
    page = await session.app.goto('/policies/pol-cn-anhui-2023-large-model-policies')
    await page.getByTestId('note-add').click()
    await page.getByTestId('note-body').first().fill('合肥算力券值得跟踪')
    await expect.poll(() => page.getByTestId('note-save-state').innerText()).toBe('已保存')
    await session.app.goto('/overview')
    await page.getByTestId('search-open').click()
    // The palette reopens on the last query (深圳 开源, one policy): wait for this query's answer.
    await page.getByTestId('palette-input').fill('算力券')
    await expect.poll(() => results().allInnerTexts()).toEqual([expect.stringContaining('笔记')])
    expect(await page.getByTestId('palette-results').getAttribute('aria-busy')).toBe('false')
    await results().first().click()
    await expect.poll(() => page.url()).toContain('#/policies/pol-cn-anhui-2023-large-model-policies')
  })

  test('the index can be rebuilt from Settings; search works during and after, and the kind filter narrows', async () => {
    page = await session.app.goto('/settings')
    await expect.poll(() => page.getByTestId('settings-index').innerText()).toMatch(/已就绪，\d+ 条记录/)
    await page.getByTestId('settings-rebuild').click()
    await expect.poll(() => page.getByTestId('settings-index').innerText(), { timeout: 30_000 }).toMatch(/已就绪/)
    if (!(await page.getByTestId('palette').count())) await page.keyboard.press('Control+k')
    await page.getByTestId('palette-input').fill('大模型')
    await expect.poll(async () => new Set((await results().allInnerTexts()).map((x) => x.split(/\s/)[0])).size).toBeGreaterThan(1)
    await page.getByTestId('palette-kind-models').click()
    await expect.poll(async () => {
      const texts = await results().allInnerTexts()
      return texts.length > 0 && texts.every((x) => x.startsWith('模型'))
    }).toBe(true)
    await page.getByTestId('palette-kind-policies').click()
    await expect.poll(async () => {
      const texts = await results().allInnerTexts()
      return texts.length > 0 && texts.every((x) => x.startsWith('政策'))
    }).toBe(true)
  })

  test('chips and training corpora are found too, filtered by kind, and open their case files', async () => {
    page = await session.app.goto('/overview')
    await page.getByTestId('overview').waitFor()
    // the test before may leave the palette open
    if (!(await page.getByTestId('palette').count())) await page.getByTestId('search-open').click()
    await page.getByTestId('palette-input').waitFor()
    await page.getByTestId('palette-input').fill('昇腾')
    await page.getByTestId('palette-kind-chips').click()
    await expect.poll(async () => (await results().allInnerTexts()).filter((x) => x.startsWith('芯片')).length).toBeGreaterThan(1)
    expect((await results().allInnerTexts()).every((x) => x.startsWith('芯片'))).toBe(true)
    await page.getByTestId('palette-kind-datasets').click()
    // Enter at once, before the answer is back, opens the top hit of what was typed.
    await page.getByTestId('palette-input').fill('悟道')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('#/datasets/ds-wudao')
    await expect.poll(() => page.locator('h1').first().innerText()).toContain('悟道')
  })
})

