// Chip and corpus case files in Chromium, on the real IndexedDB: the chips tab leads to a chip's
// page, the successor chain reads both ways, the report's figures are shown; a bad TFLOPS value is
// named under its field and nothing is stored; a note on a chip survives a reload and is listed
// on the notes screen; a deleted corpus comes back from the toast.
import { describe, expect, test } from 'vitest'
import { useApp } from './harness'

const session = useApp()
const page = () => session.app.page
const S290 = 'chip-cambricon-siyuan-290'
const S370 = 'chip-cambricon-siyuan-370'
const ASCEND = 'chip-huawei-ascend-910'
const text = (id: string) => page().getByTestId(id).textContent()

describe('chip case file', () => {
  test('from the chips tab to 思元 290, on to its successor 思元 370 and back through the predecessor', async () => {
    await session.app.goto('/vendors')
    await page().getByTestId('vendor-tab-chips').click()
    await page().getByTestId(`chip-${S290}`).getByTestId('chip-link').click()
    await expect.poll(() => page().url()).toContain(`#/chips/${S290}`)
    await expect.poll(() => text('chip-name')).toBe('思元 290')
    expect(await page().getByTestId('chip-successor').allTextContents()).toEqual(['→ 思元 370'])
    expect(await text('chip-predecessors')).toContain('报告未提及前代型号')
    expect(await text('chip-tflops')).toContain('未知（报告未给出）')
    expect(await page().getByTestId('chip-maker-link').getAttribute('href')).toBe('#/vendors/ven-cambricon')

    await page().getByTestId('chip-successor').click()
    await expect.poll(() => page().url()).toContain(`#/chips/${S370}`)
    await expect.poll(() => text('chip-name')).toBe('思元 370')
    expect(await page().getByTestId('chip-predecessor').allTextContents()).toEqual(['← 思元 290'])
    expect(await text('chip-successors')).toContain('报告未提及后继型号')
    await page().getByTestId('chip-predecessor').click()
    await expect.poll(() => text('chip-name')).toBe('思元 290')
  })

  test('昇腾 910 shows its process node, FP16 figure, domestic badge and 华为 as a link; light and dark', async () => {
    await session.app.goto(`/chips/${ASCEND}`)
    await expect.poll(() => text('chip-process')).toBe('7nm')
    expect(await text('chip-tflops')).toBe('256 TFLOPS')
    expect(await page().getByTestId('chip-availability').first().textContent()).toBe('国产')
    expect(await page().getByTestId('chip-maker-link').getAttribute('href')).toBe('#/vendors/ven-huawei')
    expect(await page().getByTestId('source-line').first().textContent()).toContain('4.4')
    await session.app.screenshot('chip-casefile-light', { fullPage: true })
    await page().getByTestId('theme-toggle').click()
    await expect.poll(() => page().evaluate(() => document.documentElement.dataset['theme'])).toBe('dark')
    await session.app.screenshot('chip-casefile-dark', { fullPage: true })
    await page().getByTestId('theme-toggle').click()

    await session.app.goto('/chips/chip-nvidia-a100')
    await expect.poll(() => page().getByTestId('chip-availability').first().textContent()).toBe('受出口管制')
    expect(await page().getByTestId('chip-maker-link').getAttribute('href')).toBe('#/vendors/ven-nvidia')
  })

  test('a bad TFLOPS value is named under the field and nothing is stored; fixed, it is saved and shown', async () => {
    await session.app.goto(`/chips/${ASCEND}`)
    await page().getByTestId('chip-edit').click()
    await expect.poll(() => page().getByTestId('chip-edit-tflops').inputValue()).toBe('256')
    await page().getByTestId('chip-edit-tflops').fill('很快')
    await page().getByTestId('chip-edit-save').click()
    await expect.poll(() => text('error-fp16Tflops')).toMatch(/须为正数/)
    expect(page().url()).toContain(`/chips/${ASCEND}/edit`)
    await session.app.screenshot('chip-edit-error')
    await session.app.goto(`/chips/${ASCEND}`)
    await expect.poll(() => text('chip-tflops')).toBe('256 TFLOPS')

    await page().getByTestId('chip-edit').click()
    await expect.poll(() => page().getByTestId('chip-edit-tflops').inputValue()).toBe('256')
    await page().getByTestId('chip-edit-tflops').fill('320')
    await page().getByTestId('chip-edit-save').click()
    await expect.poll(() => page().url()).toMatch(new RegExp(`/chips/${ASCEND}$`))
    await expect.poll(() => text('chip-tflops')).toBe('320 TFLOPS')
    await session.app.reload()
    await expect.poll(() => text('chip-tflops')).toBe('320 TFLOPS')
  })

  test('a chip cannot be made its own successor through a cycle', async () => {
    await session.app.goto(`/chips/${S370}/edit`)
    await page().getByTestId(`chip-edit-successor-${S290}`).check()
    expect(await page().getByTestId(`chip-edit-successor-${S370}`).count()).toBe(0) // never itself
    await page().getByTestId('chip-edit-save').click()
    await expect.poll(() => text('error-successorIds')).toContain('思元 370 → 思元 290 → 思元 370')
  })

  test('a note on a chip is there after a reload and on the notes screen', async () => {
    await session.app.goto(`/chips/${S290}`)
    await page().getByTestId('note-add').click()
    // the new note takes the focus once it is shown; keys typed before that go nowhere
    await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note-body')
    await page().keyboard.type('关注思元系列的训练整机')
    await expect.poll(() => text('note-save-state'), { timeout: 10_000 }).toBe('已保存')
    await session.app.reload()
    await expect.poll(() => page().getByTestId('note-body').first().inputValue()).toBe('关注思元系列的训练整机')
    await session.app.goto('/notes')
    const item = page().getByTestId('notes-view-item').filter({ hasText: '关注思元系列的训练整机' })
    await expect.poll(() => item.getByRole('link').first().textContent()).toBe('思元 290')
    await item.getByRole('link').first().click()
    await expect.poll(() => page().url()).toContain(`#/chips/${S290}`)
  })
})

describe('corpus case file', () => {
  test('悟道 shows its size and openness; deleted, it comes back from the toast', async () => {
    await session.app.goto('/vendors?tab=datasets')
    await page().getByTestId('dataset-ds-wudao').getByTestId('dataset-link').click()
    await expect.poll(() => text('dataset-name')).toBe('悟道语料库')
    expect(await text('dataset-size')).toContain('5TB')
    expect(await text('dataset-openness')).toBe('部分开源')
    expect(await text('dataset-publisher')).toContain('未知（报告未给出）')

    await page().getByTestId('dataset-delete').click()
    await expect.poll(() => page().url()).toContain('tab=datasets')
    await expect.poll(() => page().getByTestId('dataset-ds-wudao').count()).toBe(0)
    await page().getByTestId('toast-action').click()
    await expect.poll(() => page().url()).toContain('#/datasets/ds-wudao')
    await expect.poll(() => text('dataset-name')).toBe('悟道语料库')
    await session.app.goto('/vendors?tab=datasets')
    await expect.poll(() => page().getByTestId('dataset-ds-wudao').count()).toBe(1)
  })
})
