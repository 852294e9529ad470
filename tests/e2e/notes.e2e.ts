// Notes: typed in Chinese, autosaved, kept across a reload and a full browser restart, edited,
// deleted; notes on vendors too, each record keeping its own.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { App } from './harness'

const POLICY_ID = 'pol-cn-2017-new-generation-ai-plan'
const VENDOR_ID = 'ven-baidu'
const FIRST = '关注：规划提出分三步走的战略目标，2030年成为世界主要人工智能创新中心。'
const EDITED = '（已核对原文）'

let app: App
let page: Page

beforeAll(async () => {
  app = await App.start()
})
afterAll(async () => {
  await app?.close()
})
afterEach(() => {
  expect(app.takeErrors(), 'page errors / console errors').toEqual([])
})

const bodies = () => page.getByTestId('note-body')
const saveState = () => page.getByTestId('note-save-state').innerText()

/** Typing has to show "saving" first and then "saved", so the save we wait for is this one. */
async function waitSaved(): Promise<void> {
  await expect.poll(saveState, { timeout: 10_000 }).toBe('已保存')
}

describe('notes', () => {
  test('a note typed in Chinese survives a reload and a browser restart; edit and delete it', async () => {
    page = await app.goto(`/policies/${POLICY_ID}`)
    await page.getByTestId('policy-title').waitFor()
    await expect.poll(() => page.getByTestId('notes-panel').innerText()).toContain('还没有笔记')
    expect(await bodies().count()).toBe(0)

    await page.getByTestId('note-add').click()
    await expect.poll(() => bodies().count()).toBe(1)
    // the new note takes the focus, so typing goes straight into it
    await expect.poll(() => bodies().first().evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type(FIRST)
    expect(await saveState()).toBe('保存中…')
    await waitSaved()
    expect(await bodies().first().inputValue()).toBe(FIRST)

    // reload: the note is read back from IndexedDB
    await app.reload()
    await expect.poll(() => bodies().count()).toBe(1)
    expect(await bodies().first().inputValue()).toBe(FIRST)

    // restart the whole browser on the same profile
    const before = app.context
    page = await app.restart()
    expect(app.context).not.toBe(before)
    expect(page.url()).toContain(`#/policies/${POLICY_ID}`)
    await expect.poll(() => bodies().count()).toBe(1)
    expect(await bodies().first().inputValue()).toBe(FIRST)

    // edit: append to the end of the note
    await bodies().first().click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(EDITED)
    await waitSaved()
    await app.reload()
    await expect.poll(() => bodies().count()).toBe(1)
    expect(await bodies().first().inputValue()).toBe(FIRST + EDITED)

    // delete: a confirmation is asked first; dismissing it keeps the note …
    page.once('dialog', (d) => void d.dismiss())
    await page.getByTestId('note-delete').click()
    await page.waitForTimeout(300)
    expect(await bodies().count()).toBe(1)
    // … accepting it deletes it
    const dialog = new Promise<string>((ok) => page.once('dialog', (d) => (ok(d.message()), void d.accept())))
    await page.getByTestId('note-delete').click()
    expect(await dialog).toBe('删除这条笔记？')
    await expect.poll(() => bodies().count()).toBe(0)
    await app.reload()
    await page.getByTestId('policy-title').waitFor()
    await expect.poll(() => page.getByTestId('notes-panel').innerText()).toContain('还没有笔记')
    expect(await bodies().count()).toBe(0)
  })

  test('vendor pages have notes too; each record keeps its own, and leaving the page saves at once', async () => {
    // a note on the policy, to check it does not show on the vendor
    page = await app.goto(`/policies/${POLICY_ID}`)
    await page.getByTestId('note-add').click()
    await expect.poll(() => bodies().count()).toBe(1)
    await bodies().first().fill('政策笔记')
    await waitSaved()

    await app.goto(`/vendors/${VENDOR_ID}`)
    await page.getByTestId('vendor-name').waitFor()
    await page.getByTestId('notes-panel').waitFor()
    await expect.poll(() => page.getByTestId('notes-panel').innerText()).toContain('还没有笔记')
    await page.getByTestId('note-add').click()
    await expect.poll(() => bodies().count()).toBe(1)
    await bodies().first().click()
    const text = '百度：文心一言为通用大模型代表，关注其开源策略。'
    await page.keyboard.type(text)
    // leave at once, before the autosave pause is over: the note is written on the way out
    await page.getByTestId('nav-vendors').click()
    await page.getByTestId(`vendor-card-${VENDOR_ID}`).click()
    await page.getByTestId('vendor-name').waitFor()
    await expect.poll(() => bodies().count()).toBe(1)
    expect(await bodies().first().inputValue()).toBe(text)

    await app.reload()
    await expect.poll(() => bodies().count()).toBe(1)
    expect(await bodies().first().inputValue()).toBe(text)
    await app.screenshot('vendor-with-note')

    // another vendor has none; the policy still has only its own
    await app.goto('/vendors/ven-iflytek')
    await page.getByTestId('vendor-name').waitFor()
    await expect.poll(() => page.getByTestId('notes-panel').innerText()).toContain('还没有笔记')
    await app.goto(`/policies/${POLICY_ID}`)
    await expect.poll(() => bodies().count()).toBe(1)
    expect(await bodies().first().inputValue()).toBe('政策笔记')

    // Settings counts both notes
    await app.goto('/settings')
    await expect.poll(() => page.getByTestId('settings').innerText()).toContain('笔记 2')
  })

  // An IndexedDB write started during unload never commits; the text typed in the autosave pause
  // must come back from the synchronous stash (data/unsaved-edits.ts) on the next start.
  test('a note typed just before a reload is kept', async () => {
    page = await app.goto('/vendors/ven-iflytek')
    await page.getByTestId('note-add').click()
    await expect.poll(() => bodies().count()).toBe(1)
    await bodies().first().click()
    await page.keyboard.type('刚写完就刷新')
    await app.reload()
    await expect.poll(() => bodies().count()).toBe(1)
    await page.waitForTimeout(300)
    expect(await bodies().first().inputValue()).toBe('刚写完就刷新')
  })
})
