// Merge rules in the app: a summary the analyst rewrote by hand survives a newer bundle that
// changes it (a conflict they settle in the conflicts view), a removed policy with a note is
// kept and marked withdrawn, an import is undone from the history, and the safety backup
// taken before the import restores the state it met.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { bundleDigest } from '../../src/shared/bundle/digest'
import { ROOT, trailingNumber, useApp, type App } from './harness'

type Rec = Record<string, unknown> & { id: string; rev: number }
type BundleJson = Record<string, unknown> & { sequence: number; records: Record<string, Rec[]>; tombstones: unknown[]; digest: { algorithm: string; value: string } }

const EDITED = 'pol-cn-2017-new-generation-ai-plan'
const MY_SUMMARY = '我的判断：这是此后各地行动方案的总纲。'
const THEIR_SUMMARY = '发布方修订后的摘要（测试数据）。'
const NOTED = 'pol-cn-anhui-2023-large-model-policies'
const defaultBundle = JSON.parse(readFileSync(join(ROOT, 'resources/default-data/bundle.json'), 'utf8')) as BundleJson
const dir = mkdtempSync(join(tmpdir(), 'policy-desk-merge-'))
const file = join(dir, 'update-merge.json')
let theirTitle = ''

async function writeBundle(): Promise<void> {
  const b = structuredClone(defaultBundle)
  delete b['signature']
  b.sequence = 2
  const policies = b.records['policies']!
  const edited = policies.find((p) => p.id === EDITED)!
  edited.rev = 2
  edited['summary'] = THEIR_SUMMARY
  theirTitle = `${edited['title'] as string}（修订）`
  edited['title'] = theirTitle
  b.records['policies'] = policies.filter((p) => p.id !== NOTED)
  b.tombstones = [{ kind: 'policies', id: NOTED, rev: 1 }]
  b.digest = { algorithm: 'sha-256', value: await bundleDigest(b) }
  writeFileSync(file, JSON.stringify(b))
}

const session = useApp()
let app: App
let page: Page
beforeAll(async () => {
  await writeBundle()
  app = session.app
  page = app.page
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const count = async (action: string) => trailingNumber(await page.getByTestId(`count-${action}`).innerText())

describe('merge rules', () => {
  test('a hand edit survives a newer bundle as a conflict; a noted policy is withdrawn, not removed', async () => {
    await app.goto(`/policies/${EDITED}/edit`)
    await page.getByTestId('edit-summary').fill(MY_SUMMARY)
    await page.getByTestId('edit-save').click()
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/policies/${EDITED}$`))
    await app.goto(`/policies/${NOTED}`)
    await page.getByTestId('note-add').click()
    await page.getByTestId('note-body').first().fill('合肥的算力券要跟踪')
    await expect.poll(() => page.getByTestId('note-save-state').innerText(), { timeout: 10_000 }).toBe('已保存')

    await app.goto('/imports')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()])
    await chooser.setFiles(file)
    await page.getByTestId('import-preview').waitFor()
    expect(await count('change')).toBe(1)
    expect(await count('withdraw')).toBe(1)
    expect(await count('remove')).toBe(0)
    expect(await count('conflicts')).toBe(1)
    expect(await page.getByTestId('preview-conflict-note').innerText()).toContain('手动改过的字段保持你的值')
    await app.screenshot('imports-merge-preview')
    await page.getByTestId('import-consent').check()
    await page.getByTestId('import-apply').click()
    await page.getByTestId('import-applied').waitFor()

    await app.goto(`/policies/${EDITED}`)
    expect(await page.getByTestId('policy-summary').innerText()).toBe(MY_SUMMARY)
    expect(await page.getByTestId('policy-title').innerText()).toBe(theirTitle)
    await page.getByTestId('record-conflicts').waitFor()
    await app.goto(`/policies/${NOTED}`)
    await page.getByTestId('record-withdrawn').waitFor()
    expect(await page.getByTestId('note-body').first().inputValue().catch(() => page.getByTestId('note-body').first().innerText())).toContain('算力券')
  })

  test('the conflicts view shows both values and takes the publisher\'s on request', async () => {
    await app.goto('/imports')
    await page.getByTestId('open-conflicts').click()
    await page.getByTestId('conflict-field').first().waitFor()
    expect(await page.getByTestId('conflict-mine').innerText()).toBe(MY_SUMMARY)
    expect(await page.getByTestId('conflict-incoming').innerText()).toBe(THEIR_SUMMARY)
    await app.screenshot('imports-conflicts')
    await page.getByTestId('conflict-take').click()
    await page.getByTestId('no-conflicts').waitFor()
    await app.goto(`/policies/${EDITED}`)
    expect(await page.getByTestId('policy-summary').innerText()).toBe(THEIR_SUMMARY)
    expect(await page.getByTestId('record-conflicts').count()).toBe(0)
  })

  test('undoing the import from the history puts back the old title and the withdrawn mark goes', async () => {
    await app.goto('/imports')
    page.once('dialog', (d) => void d.accept())
    await page.getByTestId('import-undo').first().click()
    await page.getByTestId('import-undone').waitFor()
    // The summary was changed by the user (taking theirs) after the import: left as it is.
    expect(await page.getByTestId('import-undone').innerText()).toMatch(/恢复 \d+ 条，1 条此后已有改动/)
    await app.goto(`/policies/${NOTED}`)
    await page.getByTestId('policy-title').waitFor()
    expect(await page.getByTestId('record-withdrawn').count()).toBe(0)
  })

  test('the safety backup taken before the import restores the state the import met', async () => {
    await app.goto('/settings')
    const before = page.getByTestId('backup-auto-before-import')
    await before.first().waitFor()
    await before.first().locator('button').click()
    await page.getByTestId('backup-confirm').waitFor()
    await page.getByTestId('backup-mode-replace').check()
    await page.getByTestId('backup-start').click()
    await page.getByTestId('backup-result').waitFor({ timeout: 30_000 })
    await app.goto(`/policies/${EDITED}`)
    // As before the import: the analyst's summary, the publisher's first title, no conflict.
    await expect.poll(() => page.getByTestId('policy-summary').innerText()).toBe(MY_SUMMARY)
    expect(await page.getByTestId('policy-title').innerText()).not.toBe(theirTitle)
    expect(await page.getByTestId('record-conflicts').count()).toBe(0)
    await app.goto('/imports')
    await expect.poll(() => page.getByTestId('import-history-row').count()).toBe(1)
  })
})
