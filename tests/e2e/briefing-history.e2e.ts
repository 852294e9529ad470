// Writing safely, in Chromium: what was typed more than a second before a renderer crash is
// there on the next open; two tabs on one briefing follow each other's saves and never
// overwrite each other silently; a named version is compared with the current text and restored.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { App, SCREENSHOTS } from './harness'

const FIRST = '国务院印发新一代人工智能发展规划，提出三步走战略目标。'
const MINE = '乙窗口：北京市出台大模型产业支持政策。'
const THEIRS = '甲窗口：上海市推动算力与数据要素供给。'

let app: App
let briefingUrl = ''

beforeAll(async () => {
  app = await App.start()
})
afterAll(async () => {
  await app?.close()
})
afterEach(() => {
  // the crash in the first test is on purpose
  expect(app.takeErrors().filter((e) => !e.startsWith('[crash]')), 'page errors / console errors').toEqual([])
})

const editor = (p: Page) => p.getByTestId('briefing-body')
/** The editor's text. textContent, not innerText: a tab in the background lays out nothing
 * (blocks use content-visibility), so its innerText can lag behind what it holds. */
const bodyText = async (p: Page) => (await editor(p).textContent()) ?? ''
const saveState = (p: Page) => p.getByTestId('briefing-save-state').innerText()
async function openBriefing(p: Page, url: string): Promise<void> {
  await p.goto(url)
  await p.locator('main.content > section[data-testid]').first().waitFor({ state: 'visible' })
  await editor(p).waitFor()
}
/** Types at the end of the document. */
async function typeAtEnd(p: Page, text: string): Promise<void> {
  await editor(p).click()
  await p.keyboard.press('Control+End')
  await p.keyboard.type(text)
}

describe('writing safely', () => {
  test('after a renderer crash, the text typed before the last second is there', async () => {
    const page = app.page
    await app.goto('/briefings')
    await page.getByTestId('briefing-new').click()
    await page.getByTestId('new-create').click() // blank briefing
    await expect.poll(() => page.url()).toMatch(/#\/briefings\/[^/]+$/)
    briefingUrl = page.url()
    await typeAtEnd(page, FIRST)
    // no waiting for "saved": only the time a person would pause
    await page.waitForTimeout(1200)
    const s = await page.context().newCDPSession(page)
    // the renderer dies without answering, so wait for the crash rather than for a reply
    const crashed = page.waitForEvent('crash')
    void s.send('Page.crash').catch(() => undefined)
    await crashed

    app.page = await app.context.newPage()
    await openBriefing(app.page, briefingUrl)
    await expect.poll(() => bodyText(app.page)).toBe(FIRST)
  })

  test('two tabs: one follows the other without a reload; a save over the other\'s shows the conflict, and 另存为副本 keeps both', async () => {
    const a = app.page
    const b = await app.context.newPage()
    await openBriefing(a, briefingUrl)
    await openBriefing(b, briefingUrl)

    await typeAtEnd(a, '甲补充。')
    await expect.poll(() => saveState(a), { timeout: 5000 }).toBe('已保存')
    // B had no edits: it shows A's text without being reloaded
    await expect.poll(() => bodyText(b), { timeout: 5000 }).toBe(`${FIRST}甲补充。`)
    expect(await b.getByTestId('briefing-conflict').count()).toBe(0)

    // both edit; A's autosave lands first, B is told at once and must choose
    await a.keyboard.press('Enter')
    await a.keyboard.type(THEIRS)
    await editor(b).click()
    await b.keyboard.press('Control+End')
    await b.keyboard.press('Enter')
    await b.keyboard.type(MINE)
    await b.getByTestId('briefing-conflict').waitFor({ timeout: 5000 })
    expect(await saveState(b)).toBe('有冲突，尚未保存')
    expect(await a.getByTestId('briefing-conflict').count()).toBe(0)
    await b.screenshot({ path: `${SCREENSHOTS}/briefing-conflict.png` })

    await b.getByTestId('conflict-save-copy').click()
    await expect.poll(() => b.url()).not.toBe(briefingUrl)
    await expect.poll(() => bodyText(b)).toContain(MINE)
    expect(await b.getByTestId('briefing-title').inputValue()).toBe('未命名简报（副本）')
    expect(await b.getByTestId('briefing-conflict').count()).toBe(0)
    // the original keeps A's text; A saw no conflict and lost nothing
    expect(await bodyText(a)).toContain(THEIRS)
    expect(await bodyText(a)).not.toContain(MINE)
    await openBriefing(b, briefingUrl)
    await expect.poll(() => bodyText(b)).toContain(THEIRS)
    await b.goto(briefingUrl.replace(/\/briefings\/.*$/, '/briefings'))
    await expect.poll(() => b.getByTestId('briefing-link').allInnerTexts()).toEqual(expect.arrayContaining(['未命名简报', '未命名简报（副本）']))
    await b.close()
  })

  test('a named version: saved, compared with the changed text (del and ins), restored; the state before restoring stays in the list', async () => {
    const page = app.page
    await openBriefing(page, briefingUrl)
    const before = await bodyText(page)
    expect(before).toContain(THEIRS)

    await page.getByTestId('briefing-history').click()
    await page.getByTestId('history-panel').waitFor()
    // an empty name is refused with a message
    await page.getByTestId('history-save').click()
    await expect.poll(() => page.getByTestId('history-message').innerText()).toBe('请填写版本名称')
    await page.getByTestId('history-name').fill('送审稿')
    await page.getByTestId('history-save').click()
    await expect.poll(() => page.getByTestId('history-message').innerText()).toBe('已保存版本“送审稿”')
    const named = page.getByTestId('history-item').filter({ hasText: '送审稿' })
    await expect.poll(() => named.count()).toBe(1)

    // change the text: delete the last two characters (“给。”) and add a sentence
    await editor(page).click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await page.keyboard.type('与应用落地。')
    await expect.poll(() => saveState(page), { timeout: 5000 }).toBe('已保存')

    await named.getByTestId('history-compare').click()
    const diff = page.getByTestId('history-diff')
    await diff.waitFor()
    expect(await diff.getByTestId('diff-del').allInnerTexts()).toEqual(['给'])
    expect((await diff.getByTestId('diff-ins').allInnerTexts()).join('')).toBe('与应用落地')
    const insStyle = await diff.getByTestId('diff-ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)
    const delStyle = await diff.getByTestId('diff-del').first().evaluate((el) => getComputedStyle(el).textDecorationLine)
    expect([insStyle, delStyle]).toEqual(['underline', 'line-through'])
    await app.screenshot('briefing-history-diff')

    await named.getByTestId('history-restore').click()
    await expect.poll(() => bodyText(page)).toBe(before)
    expect(await page.getByTestId('history-diff').count()).toBe(0)
    const preRestore = page.getByTestId('history-item').filter({ hasText: '的版本前' })
    await expect.poll(() => preRestore.count()).toBe(1)
    expect(await preRestore.getByTestId('history-item-name').innerText()).toMatch(/^恢复 .+ 的版本前$/)
    // the pre-restore state is the changed text: comparing it shows the added words as deleted since
    await preRestore.getByTestId('history-compare').click()
    await expect.poll(() => diff.getByTestId('diff-del').allInnerTexts().then((t) => t.join(''))).toBe('与应用落地')
    await app.screenshot('briefing-history-restored')
    // and the restored text is what is stored
    await app.reload()
    await editor(page).waitFor()
    expect(await bodyText(page)).toBe(before)
  })

  test('edits stashed at unload but overtaken by another save are offered as a version, not applied', async () => {
    const page = app.page
    await openBriefing(page, briefingUrl)
    const stored = await bodyText(page)
    const id = briefingUrl.split('/').pop()!
    // what the pagehide stash of a window that loaded revision 0 would hold
    await page.evaluate((briefingId) => {
      const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '关闭窗口前没来得及保存的一句' }] }] }
      localStorage.setItem(`policy-desk.unsaved.briefing.${briefingId}`, JSON.stringify({ kind: 'briefing', id: briefingId, title: '未命名简报', doc, at: Date.now(), rev: 0 }))
    }, id)
    await app.reload()
    await editor(page).waitFor()
    await page.getByTestId('briefing-recovered').waitFor()
    expect(await bodyText(page)).toBe(stored)
    await page.getByTestId('briefing-recovered').getByRole('button').click()
    const offered = page.getByTestId('history-item').filter({ hasText: '崩溃前未保存的编辑' })
    await offered.getByTestId('history-compare').click()
    // the offered text is only in that version: "deleted since" against the current text
    await expect.poll(() => page.getByTestId('history-diff').getByTestId('diff-del').allInnerTexts()).toContain('关闭窗口前没来得及保存的一句')
  })
})
