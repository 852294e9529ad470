// Policies by hand: bad input is refused field by field with nothing stored; a good one is
// saved, found by search and shown with its normalised number; an edit sticks across a
// reload; a delete can be undone, and the notes on the policy survive it.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './harness'

const session = useApp()
let page: Page

const TITLE = '北京市促进通用人工智能创新发展的若干措施'

describe('policy editing', () => {
  test('create with errors, fix, save; edit; delete and undo', async () => {
    page = await session.app.goto('/policies')
    // the first rows show at once; the count appears once every row has loaded
    await page.getByTestId('policy-count').waitFor()
    const before = await page.locator('[data-testid^="policy-row-"]').count()
    await page.getByTestId('policy-new').click()
    await page.getByTestId('policy-edit').waitFor()

    // bad input: empty title, a day that does not exist, a short region code, a script link
    await page.getByTestId('edit-issued').fill('2023-02-30')
    await page.getByTestId('edit-region-code').fill('1100')
    await page.getByTestId('edit-links').fill('javascript:alert(1)')
    await page.getByTestId('edit-save').click()
    await page.getByTestId('edit-errors').waitFor()
    expect(await page.getByTestId('error-title').innerText()).toMatch(/不能为空/)
    expect(await page.getByTestId('error-issued').innerText()).toMatch(/日期不存在/)
    expect(await page.getByTestId('error-regionCode').innerText()).toMatch(/6 位/)
    expect(await page.getByTestId('error-links[0]').innerText()).toMatch(/http/)
    await session.app.screenshot('policy-edit-errors')
    await session.app.goto('/policies')
    await page.getByTestId('policy-count').waitFor()
    expect(await page.locator('[data-testid^="policy-row-"]').count()).toBe(before)

    // good input
    await page.getByTestId('policy-new').click()
    await page.getByTestId('edit-title').fill(TITLE)
    await page.getByTestId('edit-level').selectOption('provincial')
    await page.getByTestId('edit-region-name').fill('北京市')
    await page.getByTestId('edit-region-code').fill('110000')
    await page.getByTestId('edit-doc-number').fill('京政办发[2023]15号')
    expect(await page.getByTestId('policy-edit').innerText()).toContain('→ 京政办发〔2023〕15号')
    await page.getByTestId('edit-issued').fill('2023-05')
    await page.getByTestId('edit-save').click()
    await page.getByTestId('policy-page').waitFor()
    expect(await page.getByTestId('policy-title').innerText()).toBe(TITLE)
    expect(await page.getByTestId('policy-page').innerText()).toContain('京政办发〔2023〕15号')
    expect(await page.getByTestId('policy-page').innerText()).toContain('本机录入')
    const url = page.url()

    // found by its number in another spelling
    await page.keyboard.press('Control+k')
    await page.getByTestId('palette-input').fill('京政办发（2023）15号')
    await expect.poll(() => page.getByTestId('palette-result').first().innerText()).toContain(TITLE)
    await page.keyboard.press('Escape')

    // edit the summary; it is there after a reload
    await page.getByTestId('policy-edit').click()
    await page.locator('textarea').first().fill('手工录入的测试摘要。')
    await page.getByTestId('edit-save').click()
    await page.getByTestId('policy-page').waitFor()
    await session.app.reload()
    await expect.poll(() => page.getByTestId('policy-summary').innerText()).toBe('手工录入的测试摘要。')

    // a relation, picked by typing part of the title (the picker never lists every policy)
    await page.getByTestId('policy-edit').click()
    await page.getByRole('button', { name: '＋ 添加关联' }).click()
    await page.getByTestId('policy-picker').fill('新一代')
    await expect.poll(() => page.getByTestId('policy-picker-option').count()).toBe(1)
    await page.getByTestId('policy-picker').press('ArrowDown')
    await page.getByTestId('policy-picker').press('Enter')
    expect(await page.getByTestId('policy-picker').inputValue()).toBe('新一代人工智能发展规划')
    await page.getByTestId('edit-save').click()
    await page.getByTestId('policy-page').waitFor()
    await expect.poll(() => page.getByTestId('policy-page').innerText()).toContain('落实：新一代人工智能发展规划')

    // a note, then delete the policy and undo
    await page.getByTestId('note-add').click()
    await page.getByTestId('note-body').first().fill('删除前的笔记')
    await expect.poll(() => page.getByTestId('note-save-state').innerText()).toBe('已保存')
    await page.getByTestId('policy-delete').click()
    await page.getByTestId('toast').waitFor()
    expect(await page.locator('[data-testid^="policy-row-"]').count()).toBe(before)
    await session.app.screenshot('policy-deleted-toast')
    await page.getByTestId('toast-action').click()
    await expect.poll(() => page.url()).toBe(url)
    await page.getByTestId('policy-title').waitFor()
    expect(await page.getByTestId('note-body').first().inputValue()).toBe('删除前的笔记')
    await session.app.goto('/policies')
    await expect.poll(() => page.locator('[data-testid^="policy-row-"]').count()).toBe(before + 1)
  })
})
