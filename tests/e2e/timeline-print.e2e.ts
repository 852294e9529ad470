// The timeline prints alone on A4 landscape, with its legend and source line and without the
// app shell or the controls.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { ROOT, useApp } from './harness'

const session = useApp()
let page: Page

describe('timeline print', () => {
  test('A4 landscape PDF with legend and source line, no shell', async () => {
    await session.app.context.addInitScript(() => {
      window.print = () => {
        ;(window as unknown as { __printed: number }).__printed = ((window as unknown as { __printed?: number }).__printed ?? 0) + 1
      }
    })
    page = await session.app.goto('/timeline')
    await page.locator('[data-testid="timeline-chart"] canvas').first().waitFor()
    await page.getByTestId('timeline-print').click()
    expect(await page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1)
    const dir = join(ROOT, 'artifacts')
    mkdirSync(dir, { recursive: true })
    const pdf = join(dir, 'timeline.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!
    expect(Number(w)).toBeGreaterThan(Number(h))
    expect(Math.round(Number(w))).toBe(842)
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('政策时间线')
    expect(text).toContain('产业事件')
    expect(text).toContain('国内AI大模型产业发展深度分析 2024')
    expect(text).not.toContain('着色依据')
    expect(text).not.toContain('简报')
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(dir, 'timeline-page')])
  })
})
