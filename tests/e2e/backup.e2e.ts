// Backups: a note and a briefing are backed up to a file (a real download), the note deleted,
// the file restored (replace) with verified counts shown and a "before restore" automatic backup
// listed; a corrupted file is refused and changes nothing; a fresh profile restored from the file
// has everything (also the trusted keys kept outside the database), and search finds the note;
// an automatic backup restores in merge mode.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { decodeBackup } from '../../src/shared/backup/codec'
import { App, useApp } from './harness'
import { generateKeyPair, type KeyPair } from '../../src/shared/bundle/signature'

const POLICY_ID = 'pol-cn-2017-new-generation-ai-plan'
const NOTE = '备份演练笔记：核对三步走目标的时间节点'
const TITLE = '备份演练简报'
const dir = mkdtempSync(join(tmpdir(), 'policy-desk-backup-'))
const file = join(dir, 'policy-desk-backup.pdbackup')
const corrupt = join(dir, 'corrupt.pdbackup')

const session = useApp({ acceptDownloads: true })
let app: App
let page: Page
let keyPair: KeyPair
beforeAll(() => {
  app = session.app
  page = app.page
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const noteBodies = (p: Page) => p.getByTestId('note-body')
async function openSettings(a: App): Promise<Page> {
  const p = await a.goto('/settings')
  await p.getByTestId('backup-section').waitFor()
  return p
}
/** Chooses `path` in "restore from a file" and waits for the confirm dialog or an error. */
async function chooseFile(p: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.getByTestId('backup-restore-file').click()])
  await chooser.setFiles(path)
}
async function restoreReplace(a: App, path: string): Promise<string> {
  const p = await openSettings(a)
  await chooseFile(p, path)
  await p.getByTestId('backup-confirm').waitFor({ state: 'visible' })
  expect(await p.getByTestId('backup-mode-replace').isChecked()).toBe(true)
  await p.getByTestId('backup-start').click()
  await p.getByTestId('backup-result').waitFor()
  return p.getByTestId('backup-result').innerText()
}

describe('backup and restore', () => {
  test('back up to a file, delete a note, restore the file: note and briefing are back, verified', async () => {
    page = await app.goto(`/policies/${POLICY_ID}`)
    await page.getByTestId('note-add').click()
    await expect.poll(() => noteBodies(page).count()).toBe(1)
    await noteBodies(page).first().fill(NOTE)
    await expect.poll(() => page.getByTestId('note-save-state').innerText()).toBe('已保存')
    await app.goto('/briefings')
    await page.getByTestId('briefing-new').click()
    await page.getByTestId('new-create').click() // blank briefing
    await page.getByTestId('briefing-title').fill(TITLE)
    await expect.poll(() => page.getByTestId('briefing-save-state').innerText()).toBe('已保存')

    // A trusted key lives outside the database (localStorage here, main's settings file in the app).
    keyPair = await generateKeyPair()
    await openSettings(app)
    await page.getByTestId('tk-publisher').fill('backup-drill')
    await page.getByTestId('tk-name').fill('备份演练发布方')
    await page.getByTestId('tk-key').fill(keyPair.publicKey)
    await page.getByTestId('tk-add').click()
    await page.getByTestId(`trusted-key-${keyPair.keyId}`).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('settings-backup').click()])
    expect(download.suggestedFilename()).toMatch(/^policy-desk-backup-\d{4}-\d{2}-\d{2}\.pdbackup$/)
    await download.saveAs(file)
    await expect.poll(() => page.getByTestId('backup-outcome').innerText()).toContain('已保存备份')
    // the file itself: a v2 backup holding the note and the briefing, and no cache
    const decoded = await decodeBackup(new Uint8Array(readFileSync(file)), 99)
    if (!decoded.ok) throw new Error(decoded.error)
    expect(decoded.backup.tables['notes']!.map((n) => n['body'])).toEqual([NOTE])
    expect(decoded.backup.settings?.trustedKeys).toEqual([{ publisherId: 'backup-drill', name: '备份演练发布方', publicKey: keyPair.publicKey }])
    expect(decoded.backup.tables['briefings']!.map((b) => b['title'])).toEqual([TITLE])
    expect(decoded.backup.tables).not.toHaveProperty('cache')
    const policies = decoded.backup.manifest['policies']!.count

    page = await app.goto(`/policies/${POLICY_ID}`)
    await expect.poll(() => noteBodies(page).count()).toBe(1)
    page.once('dialog', (d) => void d.accept())
    await page.getByTestId('note-delete').click()
    await expect.poll(() => noteBodies(page).count()).toBe(0)

    await openSettings(app)
    await chooseFile(page, file)
    await page.getByTestId('backup-confirm').waitFor({ state: 'visible' })
    expect(await page.getByTestId('backup-file-counts').innerText()).toContain('笔记 1 条')
    await app.screenshot('backup-confirm')
    await page.getByTestId('backup-start').click()
    await page.getByTestId('backup-result').waitFor()
    const verified = await page.getByTestId('backup-verified').innerText()
    expect(verified).toContain(`已校验：政策 ${policies} 条`)
    expect(verified).toContain('笔记 1 条')
    expect(verified).toContain('简报 1 条')
    expect(await page.getByTestId('backup-result').innerText()).toContain('数量与摘要全部相符')
    // the safety backup taken before the restore is listed
    await expect.poll(() => page.getByTestId('backup-auto-before-restore').count()).toBe(1)
    await app.screenshot('backup-section')

    page = await app.goto(`/policies/${POLICY_ID}`)
    await expect.poll(() => noteBodies(page).count()).toBe(1)
    expect(await noteBodies(page).first().inputValue()).toBe(NOTE)
    await app.goto('/briefings')
    await expect.poll(() => page.getByTestId('briefing-link').allInnerTexts()).toEqual([TITLE])
  })

  test('a corrupted file is refused with a message and nothing changes', async () => {
    const bytes = readFileSync(file)
    for (const at of [200, Math.floor(bytes.length / 2)]) bytes[at] = bytes[at]! ^ 0x5a
    writeFileSync(corrupt, bytes)
    await openSettings(app)
    const autoBefore = await page.locator('[data-testid^=backup-auto-]').count()
    await chooseFile(page, corrupt)
    await page.getByTestId('backup-error').waitFor()
    expect(await page.getByTestId('backup-error').innerText()).toMatch(/未能恢复，数据库未作任何改动：.*(corrupt|checksum)/)
    expect(await page.getByTestId('backup-confirm').isVisible()).toBe(false)
    expect(await page.locator('[data-testid^=backup-auto-]').count()).toBe(autoBefore)
    page = await app.goto(`/policies/${POLICY_ID}`)
    await expect.poll(() => noteBodies(page).count()).toBe(1)
  })

  test('an automatic backup from the list restores in merge mode: rows the backup lacks are kept', async () => {
    await openSettings(app)
    // the "before restore" backup was taken after the note was deleted
    await page.getByTestId('backup-auto-before-restore').first().getByRole('button').click()
    await page.getByTestId('backup-confirm').waitFor({ state: 'visible' })
    expect(await page.getByTestId('backup-file-counts').innerText()).toContain('笔记 0 条')
    await page.getByTestId('backup-mode-merge').check()
    await page.getByTestId('backup-start').click()
    await page.getByTestId('backup-result').waitFor()
    expect(await page.getByTestId('backup-result').innerText()).toMatch(/已恢复（合并[^]*笔记 1 条/)
    await expect.poll(() => page.getByTestId('backup-auto-before-restore').count()).toBe(2)
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('backup-section-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    page = await app.goto(`/policies/${POLICY_ID}`)
    await expect.poll(() => noteBodies(page).count()).toBe(1)
  })

  test('a fresh profile restored from the file has everything, and search finds the note', async () => {
    const fresh = await App.start()
    try {
      const text = await restoreReplace(fresh, file)
      expect(text).toContain('笔记 1 条')
      expect(text).toContain('受信任密钥 1 个')
      await fresh.page.getByTestId(`trusted-key-${keyPair.keyId}`).waitFor()
      const p = await fresh.goto(`/policies/${POLICY_ID}`)
      await expect.poll(() => noteBodies(p).count()).toBe(1)
      expect(await noteBodies(p).first().inputValue()).toBe(NOTE)
      await p.keyboard.press('Control+k')
      await p.getByTestId('palette-input').fill('时间节点')
      await expect.poll(() => p.getByTestId('palette').innerText()).toContain('三步走目标')
      expect(fresh.takeErrors()).toEqual([])
    } finally {
      await fresh.close()
    }
  })
})
