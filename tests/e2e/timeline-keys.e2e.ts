// Timeline lanes and keyboard: grouping by topic, the vendors-and-models lane with its model
// releases, moving through points with the keys and opening one with Enter, and a brushed
// span added to a briefing.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { brushAcrossTimeline, useApp } from './harness'

const session = useApp()
let page: Page

const chart = () => page.getByTestId('timeline-chart')
const lanes = () => page.getByTestId('timeline-lanes').textContent()
const announced = () => page.getByTestId('timeline-announce').textContent()

async function openTimeline(): Promise<void> {
  // From another screen, so the timeline starts afresh (grouped by level, nothing zoomed).
  await session.app.goto('/overview')
  page = await session.app.goto('/timeline')
  await page.locator('[data-testid="timeline-chart"] canvas').first().waitFor()
  await expect.poll(lanes).toContain('国家')
}

/** Presses a key on the focused chart and waits for the live region to change. */
async function press(key: string): Promise<string> {
  const before = await announced()
  await page.keyboard.press(key)
  await expect.poll(announced).not.toBe(before)
  return (await announced()) ?? ''
}

describe('timeline lanes and keyboard', () => {
  test('grouping by topic gives one lane per topic', async () => {
    await openTimeline()
    expect(await lanes()).toContain('北京市')
    await page.getByTestId('timeline-group-by').selectOption('topic')
    await expect.poll(lanes).toContain('模型')
    const text = (await lanes())!
    for (const topic of ['开源', '行业应用', '产业生态', '技术创新', '未标注主题', '厂商·模型']) expect(text).toContain(topic)
    expect(text).not.toContain('北京市')
    await session.app.screenshot('timeline-by-topic')
    await page.getByTestId('timeline-group-by').selectOption('issuer')
    await expect.poll(lanes).toContain('国务院')
    expect(await lanes()).toContain('科技部')
  })

  test('→ then Enter opens the first policy of the top lane', async () => {
    await openTimeline()
    await chart().focus()
    const said = await press('ArrowRight')
    expect(said).toContain('新一代人工智能发展规划')
    expect(said).toContain('2017年')
    expect(said).toContain('国家')
    // The point's tooltip shows with it.
    await expect.poll(() => chart().locator('div', { hasText: '新一代人工智能发展规划' }).last().isVisible().catch(() => false)).toBe(true)
    expect(await press('ArrowRight')).toContain('关于加快场景创新')
    expect(await press('ArrowLeft')).toContain('新一代人工智能发展规划')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('#/policies/pol-cn-2017-new-generation-ai-plan')
    expect(await page.getByTestId('policy-title').innerText()).toBe('新一代人工智能发展规划')
  })

  test('the vendors-and-models lane holds model releases; Enter opens the vendor', async () => {
    await openTimeline()
    expect(await lanes()).toMatch(/厂商·模型$/)
    await chart().focus()
    await press('ArrowRight')
    // Down through the lanes to the last one.
    let said = ''
    for (let i = 0; i < 12 && !said.includes('厂商·模型'); i++) said = await press('ArrowDown')
    expect(said).toContain('厂商·模型')
    said = await press('End')
    expect(said).toMatch(/GPT|Sora|Qwen/)
    said = await press('Home')
    expect(said).toContain('Transformer')
    said = await press('ArrowRight')
    expect(said).toMatch(/GPT-1|BERT/)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(/#\/vendors\/ven-(openai|google)$/)
  })

  test('+ zooms in around the ringed point, and the list follows the window', async () => {
    await openTimeline()
    const count = async () => Number((await page.getByTestId('timeline-list-count').innerText()).match(/\d+/)?.[0])
    expect(await count()).toBe(12)
    await chart().focus()
    await press('ArrowRight')
    for (let i = 0; i < 3; i++) await page.keyboard.press('+')
    await expect.poll(count).toBeLessThan(12)
    expect(await page.locator('[data-testid="timeline-list"] a', { hasText: '新一代人工智能发展规划' }).count()).toBe(1)
    await page.keyboard.press('-')
    await page.keyboard.press('-')
    await page.keyboard.press('-')
    await expect.poll(count).toBe(12)
  })

  test('a brushed span goes into a chosen briefing as a bulleted list', async () => {
    // A briefing with a line of its own already.
    page = await session.app.goto('/briefings')
    await page.getByTestId('briefing-new').click()
    await page.getByTestId('new-create').click() // blank briefing
    await page.getByTestId('briefing-body').waitFor()
    await page.getByTestId('briefing-title').fill('周报')
    await page.getByTestId('briefing-body').click()
    await page.keyboard.type('已有段落')
    await expect.poll(() => page.getByTestId('briefing-save-state').innerText()).toBe('已保存')

    await openTimeline()
    await brushAcrossTimeline(page)
    expect(await page.getByTestId('timeline-selection').innerText()).toContain('11')
    // The list under the chart shows the selection.
    await expect.poll(() => page.locator('[data-testid="timeline-list"] tbody tr').count()).toBe(11)
    await page.getByTestId('timeline-briefing-target').selectOption({ label: '周报' })
    await page.getByTestId('timeline-add-to-briefing').click()
    await expect.poll(() => page.getByTestId('toast').innerText()).toContain('已加入简报《周报》')
    await page.getByTestId('toast-action').click()
    await expect.poll(() => page.url()).toContain('#/briefings/')
    const body = page.getByTestId('briefing-body')
    await expect.poll(() => body.innerText()).toContain('时间线选取')
    const text = await body.innerText()
    expect(text.indexOf('已有段落')).toBeLessThan(text.indexOf('时间线选取'))
    expect(await body.locator('ul > li').count()).toBe(11)
    // Oldest first: the 2017 plan leads, with its date and a link to its record.
    const first = body.locator('ul > li').first()
    expect(await first.innerText()).toContain('《新一代人工智能发展规划》，2017年')
    expect(await first.locator('a').getAttribute('href')).toBe('#/policies/pol-cn-2017-new-generation-ai-plan')
    // each listed policy is a live citation, numbered in order
    expect(await body.locator('ul > li .cite').evaluateAll((els) => els.map((e) => e.getAttribute('data-n')))).toEqual(Array.from({ length: 11 }, (_, i) => String(i + 1)))
    await session.app.screenshot('timeline-briefing')
  })
})
