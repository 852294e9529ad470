// Briefings: a Chinese title and body with headings, autosaved and read back after a reload;
// "Export PDF" opens the paginated preview and calls window.print() in the browser build; the
// PDF holds the document and nothing of the app shell.
import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync, writeFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { App, ARTIFACTS } from './harness'
import { PRINT_RECORDER, printedCount } from './briefing-steps'

const TITLE = '人工智能政策周报（第一期）'
const H1 = '一、国家层面'
const PARA_1 = '国务院二〇一七年印发新一代人工智能发展规划，提出分三步走的战略目标。'
const H2 = '二、地方层面'
const ITEM_1 = '北京市出台大模型产业支持政策'
const ITEM_2 = '上海市推动算力与数据要素供给'
const PARA_2 = '本期结论：政策重点从顶层设计转向场景落地。'


let app: App
let page: Page

beforeAll(async () => {
  app = await App.start({ initScripts: [PRINT_RECORDER] })
  page = app.page
})
afterAll(async () => {
  await app?.close()
})
afterEach(() => {
  expect(app.takeErrors(), 'page errors / console errors').toEqual([])
})

const saveState = () => page.getByTestId('briefing-save-state').innerText()
const editor = () => page.getByTestId('briefing-body')
const toolbarButton = (name: string) => page.getByRole('toolbar').getByRole('button', { name, exact: true })
/**
 * Clicks a toolbar button. The button takes the focus on mousedown and the editor gets it back
 * only on the next animation frame (Tiptap's focus()), so wait for that, as a person would.
 */
async function format(name: string): Promise<void> {
  await toolbarButton(name).click()
  await expect.poll(() => editor().evaluate((el) => el === document.activeElement)).toBe(true)
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => ok())))
}
const printed = () => printedCount(page)
const squash = (s: string) => s.replace(/\s+/g, '')

describe('briefings', () => {
  let briefingUrl = ''

  test('a new briefing with a Chinese title, headings and a list is autosaved and survives a reload', async () => {
    await app.goto('/briefings')
    await expect.poll(() => page.getByTestId('briefings').innerText()).toContain('还没有简报')
    await page.getByTestId('briefing-new').click()
    await page.getByTestId('new-create').click() // blank briefing
    await expect.poll(() => page.url()).toMatch(/#\/briefings\/[^/]+$/)
    briefingUrl = page.url()
    await editor().waitFor()
    expect(await page.getByTestId('briefing-title').inputValue()).toBe('未命名简报')

    await page.getByTestId('briefing-title').fill(TITLE)
    await editor().click()
    await format('H1')
    await page.keyboard.type(H1)
    await page.keyboard.press('Enter')
    await page.keyboard.type(PARA_1)
    await page.keyboard.press('Enter')
    await format('H2')
    await page.keyboard.type(H2)
    await page.keyboard.press('Enter')
    await format('• ≡')
    await page.keyboard.type(ITEM_1)
    await page.keyboard.press('Enter')
    await page.keyboard.type(ITEM_2)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter') // leaves the list
    await page.keyboard.type(PARA_2)
    expect(await saveState()).toBe('保存中…')
    await expect.poll(saveState, { timeout: 10_000 }).toBe('已保存')

    // the character count follows the text (whitespace not counted)
    const chars = squash(H1 + PARA_1 + H2 + ITEM_1 + ITEM_2 + PARA_2).length
    await expect.poll(() => page.getByTestId('char-count').innerText()).toBe(`字数 ${chars}`)

    await app.reload()
    await editor().waitFor()
    expect(await page.getByTestId('briefing-title').inputValue()).toBe(TITLE)
    expect(await editor().locator('h1').allInnerTexts()).toEqual([H1])
    expect(await editor().locator('h2').allInnerTexts()).toEqual([H2])
    expect(await editor().locator('ul > li').allInnerTexts()).toEqual([ITEM_1, ITEM_2])
    // (Tiptap keeps an empty trailing paragraph after a list, so empty ones are left out)
    const paragraphs = (await editor().locator(':scope > p').allInnerTexts()).filter((p) => p.trim() !== '')
    expect(paragraphs).toEqual([PARA_1, PARA_2])

    // the list shows it under its title
    await app.goto('/briefings')
    await expect.poll(() => page.getByTestId('briefing-link').allInnerTexts()).toEqual([TITLE])
  })

  test('export PDF calls window.print(); the printed PDF holds the title and body and none of the app shell', async () => {
    expect(briefingUrl).not.toBe('')
    await page.goto(briefingUrl)
    await app.ready()
    await editor().waitFor()
    expect(await printed()).toBe(0)

    // Export PDF and Print go through the paginated preview and print its pages
    await page.getByTestId('briefing-export-pdf').click()
    await expect.poll(() => page.url()).toMatch(/\/print$/)
    await expect.poll(printed).toBe(1)
    await page.goBack()
    await editor().waitFor()
    await page.getByTestId('briefing-print').click()
    await expect.poll(printed).toBe(2)
    await expect.poll(() => page.getByTestId('print-page-count').getAttribute('data-pages')).toBe('1')
    // no error banner
    expect(await page.locator('[data-testid=briefing-print] .banner').count()).toBe(0)

    // the PDF that the print stylesheet yields (page.pdf prints with the print media type)
    mkdirSync(ARTIFACTS, { recursive: true })
    const pdfPath = join(ARTIFACTS, 'briefing.pdf')
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
    expect(statSync(pdfPath).size).toBeGreaterThan(5000)

    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    const flat = squash(text)
    for (const s of [TITLE, H1, PARA_1, H2, ITEM_1, ITEM_2, PARA_2, '第1页/共1页']) expect(flat, s).toContain(squash(s))
    // the title is printed as the document's title line and as the running header, nowhere else
    expect(flat.split(TITLE).length - 1).toBeLessThanOrEqual(2)
    // nothing of the shell: navigation, toolbar, save state, buttons
    for (const s of ['时间线', '厂商', '概览', '导入', '设置', '字数', '已保存', '导出PDF', '打印🖶', '←简报']) {
      expect(flat, `PDF must not contain ${s}`).not.toContain(squash(s))
    }
    const pages = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
    expect(pages).toMatch(/Pages:\s+1\b/)
    expect(pages).toMatch(/Page size:.*\(A4\)/)

    // page images for a person to look at
    for (const f of readdirSync(ARTIFACTS)) if (f.startsWith('briefing-page')) rmSync(join(ARTIFACTS, f))
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(ARTIFACTS, 'briefing-page')])
    expect(readdirSync(ARTIFACTS).filter((f) => /^briefing-page.*\.png$/.test(f)).length).toBeGreaterThan(0)
  })

  // print.css must win over the editor's on-screen frame (BriefingEditor.vue's CSS chunk loads
  // after it, so the print rule needs the higher specificity).
  test('in print, the body drops the editor frame (border, padding, 420px min-height)', async () => {
    await page.goto(briefingUrl)
    await app.ready()
    await editor().waitFor()
    await page.emulateMedia({ media: 'print' })
    try {
      const style = await editor().evaluate((el) => {
        const c = getComputedStyle(el)
        return { border: c.borderTopWidth, padding: c.paddingTop, minHeight: c.minHeight }
      })
      expect(style).toEqual({ border: '0px', padding: '0px', minHeight: '0px' })
    } finally {
      await page.emulateMedia({ media: null })
    }
  })
})
