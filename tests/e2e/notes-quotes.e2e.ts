// Notes with anchored quotes: a passage selected in a policy is quoted in a new note through the
// button next to the selection (or Ctrl+Shift+Y), the note is written in Markdown, and both the
// highlight and the rendered note survive a reload. When the policy is edited the highlight
// follows the passage; when the passage is gone the note says so and is itself unchanged; when
// the policy is deleted the note stays, quote and all. Note Markdown never runs script.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './harness'

const session = useApp()
let page: Page

const PLAN = 'pol-cn-2017-new-generation-ai-plan'
const BEIJING = 'pol-cn-beijing-2023-large-model-policies'
const PASSAGE = '重视人工智能顶层设计'
const BODY = '**重点**：规划是顶层设计的起点\n- 三步走目标\n- 2030年成为主要创新中心'

/** Selects `passage` inside a quotable field, as a user's mouse would. */
async function select(field: string, passage: string, index?: number): Promise<void> {
  await page.evaluate(
    ({ field, passage, index }) => {
      const css = `[data-quote-field="${field}"]` + (index === undefined ? '' : `[data-quote-index="${index}"]`)
      const root = document.querySelector(css)
      if (!root) throw new Error(`no field ${css}`)
      const start = (root.textContent ?? '').indexOf(passage)
      if (start < 0) throw new Error(`no passage ${passage}`)
      const end = start + passage.length
      const range = document.createRange()
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      let pos = 0
      let started = false
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0
        if (!started && start < pos + len) {
          range.setStart(n, start - pos)
          started = true
        }
        if (started && end <= pos + len) {
          range.setEnd(n, end - pos)
          break
        }
        pos += len
      }
      const sel = document.getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
    },
    { field, passage, index },
  )
}

const marks = () => page.getByTestId('quote-mark')
const saved = () => expect.poll(() => page.getByTestId('note-save-state').innerText(), { timeout: 10_000 }).toBe('已保存')

async function editSummary(summary: string): Promise<void> {
  await page.getByTestId('policy-edit').click()
  await page.getByTestId('edit-summary').waitFor()
  // the form is filled from the stored record once it arrives
  await expect.poll(() => page.getByTestId('edit-summary').inputValue()).not.toBe('')
  await page.getByTestId('edit-summary').fill(summary)
  await page.getByTestId('edit-save').click()
  await page.getByTestId('policy-page').waitFor()
  await expect.poll(() => page.getByTestId('policy-summary').innerText()).toBe(summary)
}

describe('notes with anchored quotes', () => {
  test('quote a passage, write Markdown, reload; the highlight follows an edit; a lost passage is marked; the note outlives the policy', async () => {
    page = await session.app.goto(`/policies/${PLAN}`)
    await page.getByTestId('policy-title').waitFor()
    const summary = await page.getByTestId('policy-summary').innerText()
    expect(summary).toContain(PASSAGE)

    // select and quote through the button shown next to the selection
    await select('summary', PASSAGE)
    await page.getByTestId('quote-selection').waitFor()
    expect(await page.getByTestId('quote-selection').getAttribute('title')).toContain('Ctrl+Shift+Y')
    await page.getByTestId('quote-selection').click()
    await expect.poll(() => page.getByTestId('note-card').count()).toBe(1)
    expect(await page.getByTestId('note-quote-text').innerText()).toBe(PASSAGE)
    expect(await page.getByTestId('quote-selection').count()).toBe(0)
    // the new note has the focus: write Markdown into it
    await expect.poll(() => page.getByTestId('note-body').evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type(BODY)
    await saved()

    // the passage is highlighted in the summary
    await expect.poll(() => marks().count()).toBe(1)
    expect(await marks().innerText()).toBe(PASSAGE)
    expect(await page.getByTestId('policy-summary').innerText()).toBe(summary)
    // preview renders the Markdown
    await page.getByTestId('note-preview-toggle').click()
    expect(await page.getByTestId('note-preview').locator('strong').innerText()).toBe('重点')
    expect(await page.getByTestId('note-preview').locator('li').allInnerTexts()).toEqual(['三步走目标', '2030年成为主要创新中心'])
    await session.app.screenshot('notes-quote-policy')

    // reload: highlight, quote and body are all read back
    await session.app.reload()
    await expect.poll(() => marks().count()).toBe(1)
    expect(await marks().innerText()).toBe(PASSAGE)
    expect(await page.getByTestId('note-quote-text').innerText()).toBe(PASSAGE)
    expect(await page.getByTestId('note-body').inputValue()).toBe(BODY)
    // Ctrl+Enter in the editor switches to the rendered note
    await page.getByTestId('note-body').focus()
    await page.keyboard.press('Control+Enter')
    await page.getByTestId('note-preview').waitFor()
    expect(await page.getByTestId('note-preview').locator('strong').innerText()).toBe('重点')
    await expect.poll(() => page.getByTestId('note-preview').evaluate((el) => el === document.activeElement)).toBe(true)

    // from the highlight to the note, and from the note back to the highlight
    await page.getByTestId('notes-panel').scrollIntoViewIfNeeded()
    await marks().click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="note-card"]') !== null)).toBe(true)
    await page.getByTestId('note-quote-link').click()
    await expect.poll(() => marks().evaluate((el) => el.classList.contains('active') && el === document.activeElement)).toBe(true)

    // the notes view renders the Markdown and the quote, and leads back to the highlight
    await page.getByTestId('nav-notes').click()
    await page.getByTestId('notes-view').waitFor()
    await expect.poll(() => page.getByTestId('notes-view-item').count()).toBe(1)
    expect(await page.getByTestId('notes-view-item').locator('strong').innerText()).toBe('重点')
    expect(await page.getByTestId('notes-view-item').getByTestId('note-quote-text').innerText()).toBe(PASSAGE)
    await page.getByTestId('note-quote-link').click()
    await page.getByTestId('policy-title').waitFor()
    await expect.poll(() => marks().evaluate((el) => el.classList.contains('active'))).toBe(true)

    // text added before the passage: the highlight follows it
    const shifted = '【修订】报告新增的一段导语。' + summary
    await editSummary(shifted)
    await expect.poll(() => marks().count()).toBe(1)
    expect(await marks().innerText()).toBe(PASSAGE)
    const before = await marks().evaluate((el) => {
      const r = document.createRange()
      r.setStartBefore(el.closest('[data-quote-field]')!)
      r.setEndBefore(el)
      return r.toString()
    })
    expect(before).toBe(shifted.slice(0, shifted.indexOf(PASSAGE)))
    expect(await page.getByTestId('note-quote-missing').count()).toBe(0)

    // the passage removed: no highlight, the note says so, and it is exactly as written
    await editSummary(shifted.replace(PASSAGE, '重视顶层设计'))
    await expect.poll(() => page.getByTestId('note-quote-missing').count()).toBe(1)
    expect(await page.getByTestId('note-quote-missing').innerText()).toContain('原文已变动，未找到引文')
    expect(await marks().count()).toBe(0)
    expect(await page.getByTestId('note-quote-text').innerText()).toBe(PASSAGE)
    expect(await page.getByTestId('note-body').inputValue()).toBe(BODY)
    await session.app.reload()
    await expect.poll(() => page.getByTestId('note-quote-missing').count()).toBe(1)
    expect(await page.getByTestId('note-body').inputValue()).toBe(BODY)
    await page.getByTestId('nav-notes').click()
    await expect.poll(() => page.getByTestId('notes-view').getByTestId('note-quote-missing').count()).toBe(1)

    // the policy deleted: the note stays in the notes view, orphaned, with its quote and body
    page = await session.app.goto(`/policies/${PLAN}`)
    await page.getByTestId('policy-delete').click()
    await page.getByTestId('toast').waitFor()
    await page.getByTestId('nav-notes').click()
    await expect.poll(() => page.getByTestId('note-orphan').count()).toBe(1)
    const item = page.getByTestId('notes-view-item')
    expect(await item.getByTestId('note-quote-text').innerText()).toBe(PASSAGE)
    expect(await item.locator('strong').innerText()).toBe('重点')
  })

  test('Ctrl+Shift+Y quotes a key measure; overlapping quotes are both highlighted', async () => {
    page = await session.app.goto(`/policies/${BEIJING}`)
    await page.getByTestId('policy-title').waitFor()
    await select('keyMeasures', '大模型技术产业生态', 1)
    await page.getByTestId('quote-selection').waitFor()
    await page.keyboard.press('Control+Shift+Y')
    await expect.poll(() => page.getByTestId('note-card').count()).toBe(1)
    expect(await page.getByTestId('note-quote').innerText()).toContain('要点 2')
    await page.keyboard.type('生态协同')
    await saved()

    // a second quote overlapping the first
    await select('keyMeasures', '高效协同的大模型', 1)
    await page.getByTestId('quote-selection').click()
    await expect.poll(() => page.getByTestId('note-card').count()).toBe(2)
    await page.keyboard.type('协同')
    await saved()
    await expect.poll(() => marks().allInnerTexts()).toEqual(['高效协同的', '大模型', '技术产业生态'])
    expect(await marks().nth(1).evaluate((el) => el.classList.contains('multi'))).toBe(true)
    // the overlap leads to the shorter quote's note
    await marks().nth(1).click()
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe('协同')

    await session.app.reload()
    await expect.poll(() => marks().allInnerTexts()).toEqual(['高效协同的', '大模型', '技术产业生态'])
  })

  test('note Markdown never runs script, and links open outside the window', async () => {
    page = await session.app.goto(`/policies/${BEIJING}`)
    await page.getByTestId('notes-panel').waitFor()
    await expect.poll(() => page.getByTestId('note-card').count()).toBe(2) // from the test before
    await page.getByTestId('note-add').click()
    // the new note is the last one only once it is shown: before that, last() is an older note
    await expect.poll(() => page.getByTestId('note-card').count()).toBe(3)
    const body = page.getByTestId('note-body').last()
    await body.fill(
      [
        '<img src=x onerror="window.__xss = 1">',
        '[click](javascript:window.__xss=2)',
        '<script>window.__xss = 3</script>',
        '<svg onload="window.__xss = 4"></svg>',
        '<a href="javascript:window.__xss=5">a</a>',
        '[国务院](https://www.gov.cn/zhengce/)',
      ].join('\n\n'),
    )
    await saved()
    await page.getByTestId('note-preview-toggle').last().click()
    const preview = page.getByTestId('note-preview').last()
    await preview.waitFor()
    // The Markdown renderer loads on demand: wait for the rendered link before judging.
    await expect.poll(() => preview.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://www.gov.cn/zhengce/'])
    expect(await preview.locator('img, script, svg, iframe').count()).toBe(0)
    expect(await preview.evaluate((el) => [...el.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on'))))).toBe(false)
    expect(await preview.innerText()).toContain('<img src=x onerror="window.__xss = 1">')
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()

    // a link goes to the desktop API (window.open in the browser build), never navigates the page
    const url = page.url()
    await page.evaluate(() => {
      const w = window as unknown as { __opened: string[]; open: (u?: string | URL) => null }
      w.__opened = []
      w.open = (u) => (w.__opened.push(String(u)), null)
    })
    await preview.locator('a').click()
    // The browser API checks its arguments first (schemas load on first use), so the open is async.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual(['https://www.gov.cn/zhengce/'])
    expect(page.url()).toBe(url)

    // the notes view renders the same note just as safely
    await page.getByTestId('nav-notes').click()
    await page.getByTestId('notes-view').waitFor()
    await expect.poll(() => page.getByTestId('notes-view').locator('a[href="https://www.gov.cn/zhengce/"]').count()).toBe(1)
    expect(await page.getByTestId('notes-view').locator('.body img, .body script, .body svg').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
  })
})
