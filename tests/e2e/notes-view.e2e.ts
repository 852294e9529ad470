// The notes view: tags and pins set on a policy's note show up across the desk; a note whose
// policy was deleted stays readable and says so.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './harness'

const session = useApp()
let page: Page

async function addNote(route: string, body: string): Promise<void> {
  page = await session.app.goto(route)
  await page.getByTestId('notes-panel').waitFor()
  // the notes already there load first; the new one is the last only once it is shown
  await page.waitForTimeout(300)
  const before = await page.getByTestId('note-body').count()
  await page.getByTestId('note-add').click()
  await expect.poll(() => page.getByTestId('note-body').count()).toBe(before + 1)
  await page.getByTestId('note-body').last().fill(body)
  await expect.poll(() => page.getByTestId('note-save-state').innerText()).toBe('已保存')
}

describe('notes view', () => {
  test('tags, pins, tag filter, and an orphaned note', async () => {
    await addNote('/policies/pol-cn-beijing-2023-large-model-policies', '北京：生态协同')
    await addNote('/policies/pol-cn-shanghai-2023-large-model-policies', '上海：国际竞争力')
    await page.getByTestId('note-tags').last().fill('#竞争力 #地方')
    await page.getByTestId('note-tags').last().press('Enter')
    await page.getByTestId('note-tags').last().blur()
    await page.getByTestId('note-pin').last().click()
    await expect.poll(() => page.getByTestId('note-pin').last().innerText()).toBe('★')

    await page.getByTestId('nav-notes').click()
    await page.getByTestId('notes-view').waitFor()
    await expect.poll(() => page.getByTestId('notes-view-item').count()).toBe(2)
    expect(await page.getByTestId('notes-view-item').first().innerText()).toContain('上海：国际竞争力')
    expect(await page.getByTestId('notes-view-item').first().innerText()).toContain('#竞争力')
    await page.getByTestId('notes-tag-filter').selectOption('地方')
    await expect.poll(() => page.getByTestId('notes-view-item').count()).toBe(1)
    await session.app.screenshot('notes-view')

    // delete the Beijing policy: its note stays, marked as orphaned
    page = await session.app.goto('/policies/pol-cn-beijing-2023-large-model-policies')
    await page.getByTestId('policy-delete').click()
    await page.getByTestId('toast').waitFor()
    await page.getByTestId('nav-notes').click()
    await expect.poll(() => page.getByTestId('note-orphan').count()).toBe(1)
    expect(await page.getByTestId('notes-view').innerText()).toContain('北京：生态协同')
  })
})
