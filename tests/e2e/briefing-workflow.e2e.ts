// A briefing from start to paper, as issue 5 §8 asks: write from the special-topic template,
// cite two policies, insert a chart, print to PDF (page count, header, reference list, no page
// starting with closing punctuation, pages as PNG); then DOCX read back by mammoth, and the
// Markdown export opened again as a new briefing; and a user template saved and reused.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { describe, expect, test } from 'vitest'
import { ARTIFACTS, useApp } from './harness'
import { cite, PRINT_RECORDER, printedCount } from './briefing-steps'

const session = useApp({ initScripts: [PRINT_RECORDER], acceptDownloads: true })
const page = () => session.app.page
const editor = () => page().getByTestId('briefing-body')
const squash = (s: string) => s.replace(/\s+/g, '')
const TITLE = '大模型政策专题报告（测试）'
const PLAN = '新一代人工智能发展规划'
const BEIJING = '北京市大模型产业相关支持政策'
const CLOSING = /^[，。、；：！？）》」』】〕…—,.;:!?)\]]/


describe('a briefing from template to paper', () => {
  let url = ''

  test('write from the special-topic template, cite two policies and insert a chart', async () => {
    await session.app.goto('/briefings')
    await page().getByTestId('briefing-new').click()
    await page().getByTestId('template-topic-report').check()
    await page().getByTestId('new-title').fill(TITLE)
    await page().getByTestId('new-unit').fill('政策研究室')
    await page().getByTestId('new-author').fill('王明')
    await page().getByTestId('new-serial').fill('3')
    await page().getByTestId('new-create').click()
    await editor().waitFor()
    url = page().url()
    expect(await editor().locator('.cover-block').innerText()).toContain('政策研究室')
    expect(await editor().locator('.cover-title').innerText()).toBe(TITLE)
    expect(await editor().locator('.toc-block li').count()).toBeGreaterThan(8)

    // under 1.1: replace the prompt with text, two citations and a chart
    const prompt = editor().locator('p', { hasText: '梳理国家和地方层面的相关政策' })
    await prompt.click()
    await page().keyboard.press('End')
    await page().keyboard.press('Shift+Home')
    await page().keyboard.type('国家层面，国务院印发规划，提出人工智能发展的战略目标')
    await cite(page(), '新一代', PLAN)
    await page().keyboard.type('；地方层面，北京出台支持大模型产业的政策')
    await cite(page(), '北京市大模型', BEIJING)
    await page().keyboard.type('。')
    await page().getByTestId('toolbar-chart').click()
    await page().getByTestId('chart-caption').fill('图1 各年政策数量（按层级）')
    await page().getByTestId('chart-insert').click()
    await expect.poll(() => editor().locator('.chart-block svg').count()).toBe(1)
    await expect.poll(() => editor().locator('.ref-list li').allTextContents()).toEqual([expect.stringContaining(PLAN), expect.stringContaining(BEIJING)])
    await expect.poll(() => page().getByTestId('briefing-save-state').innerText()).toBe('已保存')
    await session.app.screenshot('briefing-workflow-editor')
  })

  test('print to PDF: the page count of the preview, header, page numbers, references, no closing punctuation at a page start', async () => {
    await page().getByTestId('briefing-export-pdf').click()
    await expect.poll(() => printedCount(page())).toBe(1)
    const pages = Number(await page().getByTestId('print-page-count').getAttribute('data-pages'))
    expect(pages).toBeGreaterThan(3)
    mkdirSync(ARTIFACTS, { recursive: true })
    const pdf = join(ARTIFACTS, 'briefing-workflow.pdf')
    writeFileSync(pdf, await page().pdf({ preferCSSPageSize: true, printBackground: true }))
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${pages}\\b`))
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    const sheets = text.split('\f').filter((p) => p.trim())
    expect(sheets).toHaveLength(pages)
    sheets.slice(1).forEach((sheet, i) => {
      // the template's running header
      expect(squash(sheet.split('\n').find((l) => l.trim()) ?? ''), `header on page ${i + 2}`).toBe('专题报告')
      expect(squash(sheet), `number on page ${i + 2}`).toContain(`第${i + 1}页/共${pages - 1}页`)
    })
    for (const [i, sheet] of sheets.entries()) {
      const lines = sheet.split('\n').map((l) => l.trim()).filter(Boolean)
      for (const line of lines) expect(line, `page ${i + 1} line starts with closing punctuation`).not.toMatch(CLOSING)
    }
    const flat = squash(text)
    expect(flat).toContain(squash(`《${PLAN}》`))
    expect(flat).toContain(squash(`《${BEIJING}》`))
    expect(flat).toContain('图1各年政策数量（按层级）')
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).every((l) => / yes /.test(l))).toBe(true)
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '4', pdf, join(ARTIFACTS, 'briefing-workflow-page')])
  })

  test('DOCX export reads back in order; Markdown export opens again as a new briefing', async () => {
    await page().goto(url)
    await session.app.ready()
    await editor().waitFor()
    await page().getByTestId('briefing-export').click()
    const [docx] = await Promise.all([page().waitForEvent('download'), page().getByTestId('export-docx').click()])
    expect(docx.suggestedFilename()).toBe(`${TITLE}.docx`)
    const raw = (await mammoth.extractRawText({ path: await docx.path() })).value
    const flat = squash(raw)
    expect(flat).toContain('国家层面，国务院印发规划，提出人工智能发展的战略目标[1]')
    expect(flat.indexOf(squash(`《${PLAN}》`))).toBeGreaterThan(flat.indexOf('参考文献'))
    expect(flat).toContain('第一章扬帆起航')

    await page().getByTestId('briefing-export').click()
    const [md] = await Promise.all([page().waitForEvent('download'), page().getByTestId('export-markdown').click()])
    const mdPath = join(ARTIFACTS, 'briefing-workflow.md')
    writeFileSync(mdPath, readFileSync(await md.path()))
    const mdText = readFileSync(mdPath, 'utf8')
    expect(mdText).toContain('## 参考文献')
    expect(mdText).toContain(`1. 《${PLAN}》`)

    await session.app.goto('/briefings')
    const [chooser] = await Promise.all([page().waitForEvent('filechooser'), page().getByTestId('briefing-import').click()])
    await chooser.setFiles(mdPath)
    await editor().waitFor()
    await expect.poll(() => editor().textContent()).toContain('国家层面，国务院印发规划')
    expect(await editor().locator('h2, h1').allInnerTexts()).toContain('第一章 扬帆起航：中国 AI 大模型产业发展背景')
  })

  test('a briefing saved as a template starts a new one with the same structure and citations', async () => {
    await page().goto(url)
    await session.app.ready()
    await editor().waitFor()
    await page().getByTestId('briefing-save-template').click()
    await page().getByTestId('prompt-text').fill('我的专题模板')
    await page().getByTestId('prompt-save').click()
    await expect.poll(() => page().locator('body').innerText()).toContain('已存为模板“我的专题模板”')
    await session.app.goto('/briefings')
    await page().getByTestId('briefing-new').click()
    await page().locator('label', { hasText: '我的专题模板' }).locator('input').check()
    await page().getByTestId('new-create').click()
    await editor().waitFor()
    expect(page().url()).not.toBe(url)
    await expect.poll(() => editor().locator('.cite').count()).toBe(2)
    await expect.poll(() => page().getByTestId('briefing-title').inputValue()).toBe('我的专题模板')
  })
})
