// The paginated print preview is the print: a long Chinese briefing (cover, contents, 20
// headings, 112 paragraphs, a 40-row table, a chart, citations, footnotes) is paginated in the
// preview, printed to PDF, and the PDF is read back page by page with poppler: same page count,
// header and page number on every page after the cover, contents page numbers right, table
// header repeated, no line starting with closing punctuation, fonts embedded; the official
// style keeps GB/T 9704's page size, 22-line grid and odd/even page numbers.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import type { DocNode } from '../../src/shared/briefing/doc-model'
import { ARTIFACTS, useApp } from './harness'
import { CHART_CAPTION, COVER_TITLE, FOOTNOTES, TABLE_HEAD, printFixture } from './print-fixture'

// counts print calls instead of opening the print dialog (which would block a headless page)
const session = useApp({ acceptDownloads: true, initScripts: ['window.print = () => { window.__printed = (window.__printed || 0) + 1 }'] })
const printed = () => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0)
let page: Page
let briefingId = ''
const HEADER = '政策观察台 · 专题报告'
// closing punctuation that must never start a line (GB/T 15834 and JIS X 4051 line-start rules)
const CLOSING = /^[，。、；：！？）》」』】〕〉”’%]/
const squash = (s: string) => s.replace(/\s+/g, '')

/** Writes a document into a briefing straight through IndexedDB (the editor is not under test). */
async function storeDoc(id: string, doc: DocNode, title: string): Promise<void> {
  await page.evaluate(
    ({ id, doc, title }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('policy-desk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('briefings', 'readwrite')
          const store = tx.objectStore('briefings')
          const get = store.get(id)
          get.onsuccess = () => store.put({ ...get.result, doc, title, updatedAt: Date.now() })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { id, doc, title },
  )
}

async function openPreview(): Promise<number> {
  // through the list, so the view mounts afresh and reads the stored briefing
  await session.app.goto('/briefings')
  await session.app.goto(`/briefings/${briefingId}/print`)
  const count = page.getByTestId('print-page-count')
  await expect.poll(async () => Number(await count.getAttribute('data-pages'))).toBeGreaterThan(1)
  return Number(await count.getAttribute('data-pages'))
}

async function waitLaidOut(style: string): Promise<void> {
  await expect.poll(() => page.getByTestId('print-pages').getAttribute('class')).toBe(`pages style-${style}`)
  await expect.poll(() => page.getByTestId('print-page-count').innerText()).toMatch(/^共 \d+ 页$/)
}

function pdf(name: string): { path: string; pages: string[]; info: string } {
  const path = join(ARTIFACTS, `${name}.pdf`)
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const pages = text.split('\f').slice(0, Number(/Pages:\s+(\d+)/.exec(info)![1]))
  return { path, pages, info }
}

/** Page size in whole points (A4 is 595 × 842). */
const pageSize = (info: string) => /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1, 3).map((v) => Math.round(Number(v)))

async function printPdf(name: string): Promise<ReturnType<typeof pdf>> {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.pdf({ path: join(ARTIFACTS, `${name}.pdf`), preferCSSPageSize: true, printBackground: true })
  return pdf(name)
}

function pngs(path: string, prefix: string): string[] {
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(prefix)) rmSync(join(ARTIFACTS, f))
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(ARTIFACTS, prefix)])
  return readdirSync(ARTIFACTS).filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
}

/** What the preview shows, page by page: kinds of content, contents numbers, footnotes. */
function previewFacts() {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll<HTMLElement>('[data-testid=print-pages] > .page')]
    return pages.map((p) => ({
      cover: p.classList.contains('cover-page'),
      table: p.querySelector('.page-body table') !== null,
      toc: p.querySelector('.page-body ul.toc') !== null,
      headings: [...p.querySelectorAll('.page-body h1[id], .page-body h2[id]')].map((h) => h.textContent ?? ''),
      tocEntries: [...p.querySelectorAll('ul.toc li')].map((li) => ({ text: li.querySelector('.toc-text')!.textContent ?? '', page: li.querySelector('.toc-page')!.textContent ?? '' })),
      refs: [...p.querySelectorAll<HTMLElement>('.page-body .fn-ref')].map((r) => r.dataset['fn'] ?? ''),
      notes: [...p.querySelectorAll<HTMLElement>('.page-footnotes li')].map((li) => li.textContent ?? ''),
      plain: [...p.querySelectorAll('.page-body > *')].every((el) => el.tagName === 'P' || /^H[1-4]$/.test(el.tagName)) && !p.querySelector('.page-footnotes, .fn-ref'),
      lines: (() => {
        // line boxes in the text area: glyph rows, merged where they overlap (bold, superscripts)
        const rects: { top: number; bottom: number }[] = []
        for (const el of p.querySelectorAll('.page-body > p, .page-body > h1, .page-body > h2')) {
          const r = document.createRange()
          r.selectNodeContents(el)
          for (const rect of r.getClientRects()) if (rect.height > 0) rects.push({ top: rect.top, bottom: rect.bottom })
        }
        rects.sort((a, b) => a.top - b.top)
        let rows = 0
        let bottom = -Infinity
        for (const r of rects) {
          if (r.top >= bottom - 1) rows++
          bottom = r.top >= bottom - 1 ? r.bottom : Math.max(bottom, r.bottom)
        }
        return rows
      })(),
    }))
  })
}

describe('briefing print preview', () => {
  test('a long briefing paginates in the preview and prints to the same PDF pages', async () => {
    page = await session.app.goto('/briefings')
    await page.getByTestId('briefing-new').click()
    await page.getByTestId('new-create').click() // blank briefing
    await expect.poll(() => page.url()).toMatch(/#\/briefings\/[^/]+$/)
    briefingId = decodeURIComponent(page.url().split('/').pop()!)
    await page.getByTestId('briefing-body').click()
    await page.keyboard.type('大模型持续健康发展，需要政策法规保驾护航。')
    // the editor opens the preview at once, with the edit saved first
    await page.getByTestId('briefing-preview').click()
    await expect.poll(() => page.url()).toMatch(/\/print$/)
    await expect.poll(() => page.getByTestId('print-pages').innerText()).toContain('大模型持续健康发展，需要政策法规保驾护航。')
    await storeDoc(briefingId, printFixture(), '人工智能专题报告')

    const count = await openPreview()
    await page.getByTestId('print-header').fill(HEADER)
    // saved, then laid out again with the new header
    await expect.poll(() => page.locator('[data-testid=print-pages] .page-header').first().innerText()).toBe(HEADER)
    await session.app.reload()
    await expect.poll(() => page.getByTestId('print-header').inputValue()).toBe(HEADER)
    const sheets = await openPreview()
    expect(sheets).toBe(count)
    await session.app.screenshot('briefing-print-preview')
    expect(await page.evaluate(() => (window as unknown as { __svgRan?: boolean }).__svgRan)).toBeUndefined()
    expect(await page.locator('[data-testid=print-pages] script').count()).toBe(0)

    const facts = await previewFacts()
    const { path, pages, info } = await printPdf('briefing-print-modern')
    expect(info).toMatch(new RegExp(`Pages:\\s+${sheets}\\b`))
    expect(pageSize(info)).toEqual([595, 842])
    expect(pages).toHaveLength(sheets)

    // the cover: alone, no header, no number
    expect(facts[0]!.cover).toBe(true)
    expect(squash(pages[0]!)).toContain(squash(COVER_TITLE))
    expect(pages[0]).not.toContain(HEADER)
    expect(pages[0]).not.toMatch(/第 \d+ 页/)
    // every other page: the header, and its number counted from the first page after the cover
    const total = sheets - 1
    pages.slice(1).forEach((text, i) => {
      expect(text, `page ${i + 2}`).toContain(HEADER)
      expect(text, `page ${i + 2}`).toContain(`第 ${i + 1} 页 / 共 ${total} 页`)
    })

    // the contents: every heading's number is the page it is printed on
    const tocPages = facts.flatMap((f, i) => (f.toc ? [i] : []))
    const entries = facts.flatMap((f) => f.tocEntries)
    expect(entries).toHaveLength(20)
    for (const e of entries) {
      const at = pages.findIndex((text, i) => i > Math.max(...tocPages) && text.split('\n').some((line) => squash(line) === squash(e.text)))
      expect(at, e.text).toBeGreaterThan(0)
      expect(e.page, e.text).toBe(String(at))
      // …and the same number is printed in the PDF's contents
      const line = pages[tocPages[0]!]!.split('\n').concat(tocPages.slice(1).flatMap((i) => pages[i]!.split('\n'))).find((l) => squash(l).startsWith(squash(e.text)))
      expect(line, e.text).toMatch(new RegExp(`\\s${at}\\s*$`))
    }

    // the table spans pages; its header row is on each of them
    const tablePages = facts.flatMap((f, i) => (f.table ? [i] : []))
    expect(tablePages.length).toBeGreaterThanOrEqual(2)
    for (const i of tablePages) for (const h of TABLE_HEAD) expect(pages[i], `table header on page ${i + 1}`).toContain(h)

    // no heading is the last thing on a page
    for (const i of facts.keys()) {
      const last = await page.locator(`[data-testid=print-pages] > .page:nth-child(${i + 1}) .page-body > :not(.page-footnotes)`).last().evaluate((el) => el.tagName)
      expect(/^H[1-4]$/.test(last), `page ${i + 1} ends with a heading`).toBe(false)
    }

    // footnotes at the foot of the page that cites them
    const noted = facts.filter((f) => f.refs.length)
    expect(noted.flatMap((f) => f.refs)).toEqual(['1', '2'])
    for (const f of noted) expect(f.notes).toEqual(f.refs.map((n) => FOOTNOTES[Number(n) - 1]))
    const notePage = facts.findIndex((f) => f.refs.length)
    expect(squash(pages[notePage]!)).toContain(squash(FOOTNOTES[0]!))

    // chart, references
    expect(squash(pages.join(''))).toContain(squash(CHART_CAPTION))
    expect(squash(pages[sheets - 1]!)).toContain('参考文献')
    expect(squash(pages[sheets - 1]!)).toContain(squash('《新一代人工智能发展规划》，国发〔2017〕35号，国务院，2017年7月8日。'))

    // Chinese line breaking: no line starts with closing punctuation
    for (const [i, text] of pages.entries()) {
      for (const line of text.split('\n')) expect(line.trim(), `page ${i + 1}: ${line}`).not.toMatch(CLOSING)
    }
    // every font embedded
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim())
    expect(fonts.length).toBeGreaterThan(0)
    for (const f of fonts) expect(f, f).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/)
    expect(pngs(path, 'briefing-print-modern-page').length).toBe(sheets)
  })

  test('official style: A4, at most 22 lines a page, "— X —" right on odd pages and left on even ones', async () => {
    await openPreview()
    await page.getByTestId('print-style').selectOption('official')
    await page.getByTestId('print-numbering').selectOption('dash')
    await waitLaidOut('official')
    await session.app.screenshot('briefing-print-official')
    const facts = await previewFacts()
    const sheets = facts.length
    const { path, pages, info } = await printPdf('briefing-print-official')
    expect(info).toMatch(new RegExp(`Pages:\\s+${sheets}\\b`))
    expect(pageSize(info)).toEqual([595, 842])
    pages.slice(1).forEach((text, i) => expect(squash(text), `page ${i + 2}`).toContain(`—${i + 1}—`))

    // lines of full text pages: never more than 22, and a full page has 22
    const plain = facts.map((f, i) => ({ ...f, i })).filter((f) => !f.cover && f.plain)
    expect(plain.length).toBeGreaterThan(2)
    for (const f of plain) expect(f.lines, `page ${f.i + 1}`).toBeLessThanOrEqual(22)
    expect(Math.max(...plain.map((f) => f.lines))).toBe(22)

    // page numbers: odd right (near the text area's right edge, 184 mm), even left (28 mm)
    const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' })
    const byPage = bbox.split('<page ').slice(1)
    const mm = (pt: number) => (pt * 25.4) / 72
    for (const [i, p] of byPage.entries()) {
      if (i === 0) continue
      const n = i
      const words = [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
      const num = words.find((w) => w[4] === String(n) && mm(Number(w[2])) > 262)
      expect(num, `number of page ${i + 1}`).toBeDefined()
      if (n % 2 === 1) expect(mm(Number(num![3])), `page ${i + 1}`).toBeGreaterThan(170)
      else expect(mm(Number(num![1])), `page ${i + 1}`).toBeLessThan(45)
    }
    for (const [i, text] of pages.entries()) {
      for (const line of text.split('\n')) expect(line.trim(), `page ${i + 1}: ${line}`).not.toMatch(CLOSING)
    }
    expect(pngs(path, 'briefing-print-official-page').length).toBe(sheets)
  })

  test('PageDown and PageUp turn pages, Ctrl+P prints; the HTML export is one self-contained file of the same pages', async () => {
    const sheets = await openPreview()
    // a page's top lands just under the toolbar
    const under = async (n: number) => {
      const bar = await page.getByRole('toolbar').evaluate((el) => el.getBoundingClientRect().bottom)
      const top = await page.locator(`[data-testid=print-pages] > .page:nth-child(${n})`).evaluate((el) => el.getBoundingClientRect().top)
      return Math.round(top - bar)
    }
    await page.keyboard.press('PageDown')
    await expect.poll(() => under(2)).toBe(8)
    await page.keyboard.press('PageDown')
    await expect.poll(() => under(3)).toBe(8)
    await page.keyboard.press('PageUp')
    await expect.poll(() => under(2)).toBe(8)

    // Ctrl+P and the buttons print (window.print in the browser build) and leave no error
    expect(await printed()).toBe(0)
    await page.keyboard.press('Control+p')
    await expect.poll(printed).toBe(1)
    await page.getByTestId('print-print').click()
    await expect.poll(printed).toBe(2)
    await page.getByTestId('print-export-pdf').click()
    await expect.poll(printed).toBe(3)
    expect(await page.locator('[data-testid=briefing-print] .banner').count()).toBe(0)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-html').click()])
    expect(download.suggestedFilename()).toBe('人工智能专题报告.html')
    const file = join(ARTIFACTS, 'briefing-print.html')
    await download.saveAs(file)
    const html = readFileSync(file, 'utf8')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`)
    expect(html.match(/<div class="page[ "]/g)).toHaveLength(sheets)
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i)
    expect(html).toContain('@page briefing')
    // opened on its own, it shows the same pages
    const viewer = await session.app.context.newPage()
    await viewer.goto(`file://${file}`)
    expect(await viewer.locator('.page').count()).toBe(sheets)
    await viewer.close()
  })

  test('a 50-page briefing paginates in well under a second', async () => {
    await storeDoc(briefingId, printFixture(4), '人工智能专题报告')
    const sheets = await openPreview()
    await page.getByTestId('print-style').selectOption('modern')
    await waitLaidOut('modern')
    const modern = Number(await page.getByTestId('print-page-count').getAttribute('data-pages'))
    const ms = Number(await page.getByTestId('print-pages').getAttribute('data-ms'))
    console.log(`BENCH briefing_paginate_ms ${ms} ms (${modern} pages modern; ${sheets} pages official)`)
    expect(Math.max(sheets, modern)).toBeGreaterThanOrEqual(50)
    expect(ms).toBeLessThan(1000)
  })

  test('a window opened on the preview starts its search desk only when it searches or moves on', async () => {
    const deskReady = () => page.evaluate(() => performance.getEntriesByName('desk:ready').length)
    await session.app.goto(`/briefings/${briefingId}/print`)
    await session.app.reload()
    await expect.poll(async () => Number(await page.getByTestId('print-page-count').getAttribute('data-pages'))).toBeGreaterThan(1)
    await page.waitForTimeout(1500)
    expect(await deskReady()).toBe(0)
    // a search starts it, and finds
    await page.keyboard.press('Control+k')
    await page.getByTestId('palette-input').fill('人工智能')
    await expect.poll(() => page.getByTestId('palette-result').count()).toBeGreaterThan(2)
    // (its answers can come before it reports ready: it answers once the index is loaded, and
    // reports ready after saving what changed since)
    await expect.poll(deskReady).toBe(1)
    await page.keyboard.press('Escape')
    // leaving the preview starts it too
    await session.app.reload()
    await expect.poll(async () => Number(await page.getByTestId('print-page-count').getAttribute('data-pages'))).toBeGreaterThan(1)
    await page.waitForTimeout(500)
    expect(await deskReady()).toBe(0)
    await page.getByRole('link', { name: /返回|Back/ }).click()
    await expect.poll(deskReady).toBe(1)
  })
})
