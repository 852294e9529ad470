// The briefing editor in Chromium: the slash menu, live citations (numbered, listed, updated
// when their record changes and kept as broken when it is deleted), footnotes, a chart drawn
// as SVG, the outline, find and replace and the Chinese character count.
import { describe, expect, test } from 'vitest'
import { useApp } from './harness'
import { cite } from './briefing-steps'

const session = useApp()
const page = () => session.app.page
const editor = () => page().getByTestId('briefing-body')
const refs = () => editor().locator('.ref-list li')


describe('briefing editor', () => {
  let url = ''

  test('slash menu, citations with a reference list, a footnote, a chart and the outline', async () => {
    await session.app.goto('/briefings')
    await page().getByTestId('briefing-new').click()
    await page().getByTestId('new-create').click() // blank briefing
    await editor().waitFor()
    url = page().url()
    await editor().click()
    // a heading through the slash menu, filtered by typing
    await page().keyboard.type('/bt1') // pinyin initials of 标题, typed as keys
    await expect.poll(() => page().locator('.slash-item.active').innerText()).toBe('一级标题')
    await page().keyboard.press('Enter')
    await page().keyboard.type('一、政策要点')
    await page().keyboard.press('Enter')
    await page().keyboard.type('国家层面的规划')
    await cite(page(), '新一代', '新一代人工智能发展规划')
    await page().keyboard.type('与北京的支持政策')
    await cite(page(), '北京市大模型', '北京市大模型产业相关支持政策')
    await page().keyboard.type('，再次提到规划')
    await cite(page(), '新一代', '新一代人工智能发展规划')
    await page().keyboard.type('。')
    // numbers follow first appearance, a repeated record keeps its number
    await expect.poll(() => editor().locator('.cite').evaluateAll((els) => els.map((e) => e.getAttribute('data-n')))).toEqual(['1', '2', '1'])

    await page().getByTestId('toolbar-footnote').click()
    await page().getByTestId('prompt-text').fill('据报告整理。')
    await page().getByTestId('prompt-save').click()
    await expect.poll(() => editor().locator('.fn-ref').getAttribute('data-n')).toBe('1')
    await expect.poll(() => editor().evaluate((el) => el === document.activeElement)).toBe(true)

    // a table from the slash menu
    await page().keyboard.press('Enter')
    await page().keyboard.type('/bg') // pinyin initials of 表格, typed as keys
    // Enter picks the highlighted item: wait until the filter has made it 表格 (as a person sees it first)
    await expect.poll(() => page().locator('.slash-item.active').innerText()).toBe('表格')
    await page().keyboard.press('Enter')
    await expect.poll(() => editor().locator('table th').count()).toBe(3)

    // a chart drawn from the data, as SVG
    await editor().locator('p').last().click()
    await page().getByTestId('toolbar-chart').click()
    await expect.poll(() => page().getByTestId('chart-preview').locator('svg').count()).toBe(1)
    await page().getByTestId('chart-caption').fill('图1 各年政策数量')
    await page().getByTestId('chart-insert').click()
    await expect.poll(() => editor().locator('.chart-block svg').count()).toBe(1)
    expect(await editor().locator('.chart-block figcaption').innerText()).toBe('图1 各年政策数量')

    // the reference list at the end
    await page().getByTestId('toolbar-insert').click()
    await page().getByTestId('insert-references').click()
    await expect.poll(() => refs().allInnerTexts()).toEqual([
      expect.stringContaining('《新一代人工智能发展规划》'),
      expect.stringContaining('《北京市大模型产业相关支持政策》'),
    ])
    // inserted after the selected chart, not in its place
    expect(await editor().locator('.chart-block svg').count()).toBe(1)
    await expect.poll(() => page().getByTestId('briefing-outline').innerText()).toContain('一、政策要点')
    // as Word counts 字数: 一、政策要点 6 + 国家层面的规划 7 + 与北京的支持政策 8 + ，再次提到规划 7 + 。1
    await expect.poll(() => page().getByTestId('char-count').innerText()).toBe('字数 29')
    await session.app.screenshot('briefing-editor')
    await expect.poll(() => page().getByTestId('briefing-save-state').innerText()).toBe('已保存')
  })

  test('find and replace changes every match', async () => {
    await editor().click()
    await page().keyboard.press('Control+h')
    await page().getByTestId('find-query').fill('规划')
    await expect.poll(() => page().getByTestId('find-status').innerText()).toBe('1 / 2')
    await page().getByTestId('replace-text').fill('计划')
    await page().getByTestId('replace-all').click()
    await expect.poll(() => editor().innerText()).toContain('国家层面的计划')
    expect(await editor().innerText()).toContain('再次提到计划')
    await expect.poll(() => page().getByTestId('briefing-save-state').innerText()).toBe('已保存')
  })

  test('a passage quoted in a note goes into the briefing as a quote that links back to its policy', async () => {
    const id = 'pol-cn-2024-government-work-report-ai-plus'
    await session.app.goto(`/policies/${id}`)
    // select the first 12 characters of the summary, as a mouse would
    const passage = await page().locator('[data-quote-field="summary"]').evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? ''
        const start = text.search(/\S/)
        if (start < 0 || text.length - start < 12) continue
        const range = document.createRange()
        range.setStart(n, start)
        range.setEnd(n, start + 12)
        document.getSelection()!.removeAllRanges()
        document.getSelection()!.addRange(range)
        return text.slice(start, start + 12)
      }
      throw new Error('no text to select')
    })
    await page().getByTestId('quote-selection').click()
    await page().getByTestId('note-body').fill('值得写进简报')
    await expect.poll(() => page().getByTestId('note-save-state').innerText()).toBe('已保存')

    await page().goto(url)
    await session.app.ready()
    await editor().waitFor()
    await editor().locator('p').last().click()
    await page().getByTestId('toolbar-insert').click()
    await page().getByTestId('insert-policyQuote').click()
    await page().getByTestId('quote-option').filter({ hasText: passage }).click()
    const quote = editor().locator('.quote-block').filter({ hasText: passage })
    await expect.poll(() => quote.count()).toBe(1)
    expect(await quote.locator('a').getAttribute('href')).toBe(`#/policies/${id}`)
    expect(await quote.locator('.quote-source').innerText()).toContain('《政府工作报告》')
    await expect.poll(() => page().getByTestId('briefing-save-state').innerText()).toBe('已保存')
  })

  test('citations survive a reload, follow a renamed record and stay (broken) when it is deleted', async () => {
    await session.app.reload()
    await expect.poll(() => editor().locator('.cite').count()).toBe(3)
    expect(await editor().locator('.chart-block svg').count()).toBe(1)
    const chartBefore = await editor().locator('.chart-svg').innerHTML()
    expect(await editor().locator('.quote-block').count()).toBe(1)

    await session.app.goto('/policies/pol-cn-beijing-2023-large-model-policies/edit')
    await page().getByTestId('edit-title').fill('北京市大模型产业支持政策（汇编）')
    await page().getByTestId('edit-save').click()
    await expect.poll(() => page().getByTestId('policy-title').innerText()).toBe('北京市大模型产业支持政策（汇编）')
    await session.app.goto('/policies/pol-cn-2017-new-generation-ai-plan')
    await page().getByTestId('policy-delete').click()
    await expect.poll(() => page().locator('body').innerText()).toContain('已删除政策')

    await page().goto(url)
    await session.app.ready()
    await editor().waitFor()
    await expect.poll(() => refs().allInnerTexts()).toEqual([
      expect.stringContaining('〔记录已删除〕'),
      expect.stringContaining('北京市大模型产业支持政策（汇编）'),
    ])
    expect(await editor().locator('.cite.broken').count()).toBe(2)
    // the live chart was drawn again without the deleted 2017 national plan
    await expect.poll(() => editor().locator('.chart-svg').innerHTML()).not.toBe(chartBefore)
    await session.app.screenshot('briefing-editor-citations-updated')
  })
})
