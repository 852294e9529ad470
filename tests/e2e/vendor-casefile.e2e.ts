// A vendor's case file in Chromium, on the real IndexedDB: a policy linked on the vendor is
// seen from the policy (and leads back); files attached (a PDF made by Chromium, a PNG) are
// there after a reload and preview inside the app, an .exe is refused by name; the form names
// bad fields and rows; a delete is undone from the toast.
import { describe, expect, test } from 'vitest'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { useApp } from './harness'

const session = useApp()
const page = () => session.app.page
const VENDOR = 'ven-iflytek'
const PLAN = 'pol-cn-2017-new-generation-ai-plan'

/** A two-page PDF printed by Chromium itself, and a PNG screenshot: real files. */
async function makeFiles(): Promise<{ pdf: string; png: string; exe: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pd-attach-'))
  const p = await session.app.context.newPage()
  await p.setContent('<h1>Attachment test</h1><p style="page-break-after: always">first page</p><h1>Second page</h1>')
  const pdf = join(dir, '讯飞年报.pdf')
  await writeFile(pdf, await p.pdf({ format: 'A4' }))
  const png = join(dir, 'shot.png')
  await writeFile(png, await p.screenshot())
  await p.close()
  const exe = join(dir, 'tool.exe')
  await writeFile(exe, Buffer.from('MZ\x90\x00 not a document'))
  return { pdf, png, exe }
}

describe('vendor case file', () => {
  test('link a policy on the vendor: the policy lists the vendor and leads back', async () => {
    await session.app.goto(`/vendors/${VENDOR}`)
    await page().getByTestId('vendor-name').waitFor()
    await page().getByTestId('vendor-policy-link-add').click()
    await expect.poll(() => page().getByTestId('vendor-policy-error').textContent()).toBe('请先选择一项政策')
    await page().getByTestId('policy-picker').fill('新一代人工智能')
    await page().getByTestId('policy-picker-option').first().click()
    await page().getByTestId('vendor-policy-note').fill('通用大模型的规划背景')
    await page().getByTestId('vendor-policy-link-add').click()
    await expect.poll(() => page().getByTestId('vendor-policy-link').allTextContents()).toEqual([expect.stringContaining('新一代人工智能发展规划')])
    expect(await page().getByTestId('vendor-policy-link').textContent()).toContain('通用大模型的规划背景')

    await page().getByTestId('vendor-policy-link').getByRole('link').click()
    await expect.poll(() => page().url()).toContain(`/policies/${PLAN}`)
    await expect.poll(() => page().getByTestId('policy-linked-vendor').allTextContents()).toEqual([expect.stringContaining('科大讯飞')])
    await session.app.screenshot('policy-linked-vendor')
    await page().getByTestId('policy-linked-vendor').getByRole('link').click()
    await expect.poll(() => page().url()).toContain(`/vendors/${VENDOR}`)
    await session.app.reload()
    await expect.poll(() => page().getByTestId('vendor-policy-link').count()).toBe(1)

    // the whole case file goes into a new briefing, the vendor and its linked policy cited
    await page().getByTestId('vendor-add-to-briefing').click()
    await page().getByTestId('toast-action').click()
    await expect.poll(() => page().url()).toMatch(/#\/briefings\/[^/]+$/)
    const body = page().getByTestId('briefing-body')
    await expect.poll(() => body.locator('h2, h1').first().textContent()).toContain('科大讯飞')
    await expect.poll(() => body.locator('.cite').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).toEqual(
      expect.arrayContaining([expect.stringContaining('科大讯飞'), expect.stringContaining('新一代人工智能发展规划')]),
    )
    expect(await body.textContent()).toContain('通用大模型的规划背景')
  })

  test('attach a PDF and an image, refuse an .exe; after a reload both are there and the PDF previews', async () => {
    const files = await makeFiles()
    await session.app.goto(`/vendors/${VENDOR}`)
    await page().getByTestId('attachments').waitFor()
    await page().getByTestId('attachment-input').setInputFiles([files.pdf, files.png, files.exe])
    await expect.poll(() => page().getByTestId('attachment-item').count()).toBe(2)
    expect(await page().getByTestId('attachment-error').textContent()).toMatch(/tool\.exe：只能附加 PDF/)

    await session.app.reload()
    await expect.poll(() => page().getByTestId('attachment-item').count()).toBe(2)
    const names = await page().getByTestId('attachment-open').allTextContents()
    expect(names.sort()).toEqual(['shot.png', '讯飞年报.pdf'])

    await page().getByTestId('attachment-open').filter({ hasText: '讯飞年报.pdf' }).click()
    await expect.poll(() => page().getByTestId('attachment-pages').textContent()).toBe('共 2 页')
    await expect.poll(() => page().getByTestId('attachment-page').count()).toBe(2)
    // the first page is drawn: dark text pixels on white
    await expect.poll(() => page().getByTestId('attachment-page').first().evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
      let dark = 0
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 100 && d[i + 3]! > 0) dark++
      return dark
    }), { timeout: 15_000 }).toBeGreaterThan(100)
    await session.app.screenshot('attachment-pdf-preview')
    await page().keyboard.press('Escape')
    await page().getByTestId('attachment-open').filter({ hasText: 'shot.png' }).click()
    await expect.poll(() => page().getByTestId('attachment-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100)
    await page().keyboard.press('Escape')

    // removed, then back with undo
    await page().getByTestId('attachment-remove').first().click()
    await expect.poll(() => page().getByTestId('attachment-item').count()).toBe(1)
    await page().getByTestId('toast-action').click()
    await expect.poll(() => page().getByTestId('attachment-item').count()).toBe(2)
  })

  test('the form names bad fields and rows, saves a good edit, and a delete is undone', async () => {
    await session.app.goto(`/vendors/${VENDOR}/edit`)
    await expect.poll(() => page().getByTestId('vendor-edit-name').inputValue()).toBe('科大讯飞')
    await page().getByTestId('vendor-edit-name').fill('')
    await page().getByTestId('vendor-edit-add-figure').click()
    await page().getByTestId('fig-label-0').fill('示例指标')
    await page().getByTestId('fig-value-0').fill('很多')
    await page().getByTestId('vendor-edit-save').click()
    await expect.poll(() => page().getByTestId('error-name').textContent()).toMatch(/不能为空/)
    expect(await page().getByTestId('error-figures[0].value').textContent()).toMatch(/须为数字/)
    expect(await page().getByTestId('error-figures[0].unit').textContent()).toMatch(/不能为空/)
    await session.app.screenshot('vendor-edit-errors')

    await page().getByTestId('vendor-edit-name').fill('科大讯飞')
    await page().getByTestId('vendor-edit-aliases').fill('iFlytek')
    await page().getByTestId('fig-value-0').fill('1万')
    await page().getByTestId('fig-unit-0').fill('项')
    await page().getByTestId('vendor-edit-save').click()
    await expect.poll(() => page().url()).toMatch(new RegExp(`/vendors/${VENDOR}$`))
    await expect.poll(() => page().getByTestId('vendor-figure').textContent()).toContain('1万 项')
    expect(await page().getByTestId('vendor-name').textContent()).toContain('iFlytek')
    // the policy link made earlier survives the edit
    expect(await page().getByTestId('vendor-policy-link').count()).toBe(1)
    await session.app.screenshot('vendor-case-file', { fullPage: true })

    await page().getByTestId('vendor-delete').click()
    await expect.poll(() => page().url()).toMatch(/\/vendors$/)
    await page().getByTestId('toast-action').click()
    await expect.poll(() => page().url()).toContain(`/vendors/${VENDOR}`)
    await expect.poll(() => page().getByTestId('vendor-figure').textContent()).toContain('1万 项')
  })

  test('a model is added to the case file (bad release date named first), edited, deleted and undone', async () => {
    await session.app.goto('/vendors/ven-baichuan')
    await page().getByTestId('model-add').click()
    await expect.poll(() => page().getByTestId('model-edit-vendor').inputValue()).toBe('ven-baichuan')
    await page().getByTestId('model-edit-name').fill('百川测试模型')
    await page().getByTestId('model-edit-released').fill('2023-13')
    await page().getByTestId('model-edit-add-milestone').click()
    await page().getByTestId('ms-date-0').fill('2024')
    await page().getByTestId('model-edit-save').click()
    await expect.poll(() => page().getByTestId('error-released').textContent()).toMatch(/日期/)
    expect(await page().getByTestId('error-milestones[0].title').textContent()).toMatch(/不能为空/)
    await page().getByTestId('model-edit-released').fill('2023-09')
    await page().getByTestId('ms-title-0').fill('测试更新')
    await page().getByTestId('model-edit-open').selectOption('yes')
    await page().getByTestId('model-edit-save').click()
    await expect.poll(() => page().url()).toMatch(/\/vendors\/ven-baichuan$/)
    const card = page().locator('[data-testid^="model-mod-local-"]')
    await expect.poll(() => card.textContent()).toContain('百川测试模型')
    expect(await card.textContent()).toContain('2023年9月')
    await expect.poll(() => page().getByTestId('vendor-milestones').textContent()).toContain('百川测试模型：测试更新')

    await card.getByRole('link', { name: '编辑' }).click()
    await expect.poll(() => page().getByTestId('model-edit-name').inputValue()).toBe('百川测试模型')
    await page().getByTestId('model-edit-name').fill('百川测试模型（改）')
    await page().getByTestId('model-edit-save').click()
    await expect.poll(() => card.textContent()).toContain('百川测试模型（改）')

    await card.getByRole('button', { name: '删除' }).click()
    await expect.poll(() => card.count()).toBe(0)
    await page().getByTestId('toast-action').click()
    await expect.poll(() => card.textContent()).toContain('百川测试模型（改）')
  })
})
