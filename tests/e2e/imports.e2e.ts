// Imports: a valid update bundle is previewed field by field and applied; the same bundle again
// changes nothing; a tampered bundle (digest mismatch) and one with a "__proto__" key are
// refused without touching the database.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { bundleDigest } from '../../src/shared/bundle/digest'
import { App, ROOT, trailingNumber } from './harness'

type Rec = Record<string, unknown> & { id: string; rev: number }
type BundleJson = Record<string, unknown> & {
  sequence: number
  createdAt: string
  records: Record<string, Rec[]>
  digest: { algorithm: string; value: string }
}

const CHANGED_ID = 'pol-cn-2017-new-generation-ai-plan'
const NEW_ID = 'pol-cn-e2e-2025-ai-plus-action'
const NEW_TITLE = '关于深入实施“人工智能+”行动的意见（测试数据）'
const NEW_SUMMARY = '端到端测试加入的政策：校验导入预览、应用与列表刷新。'
const CHANGED_SUMMARY = '（更新）国务院2017年印发的人工智能发展规划，提出三步走战略目标。'

const defaultText = readFileSync(join(ROOT, 'resources/default-data/bundle.json'), 'utf8')
const defaultBundle = JSON.parse(defaultText) as BundleJson
const totalRecords = Object.values(defaultBundle.records).reduce((n, rows) => n + rows.length, 0)
const defaultPolicies = defaultBundle.records['policies']!.length

const dir = mkdtempSync(join(tmpdir(), 'policy-desk-bundles-'))
const files = { update: join(dir, 'update-2.json'), tampered: join(dir, 'tampered.json'), proto: join(dir, 'proto.json'), partial: join(dir, 'partial-3.json') }
let oldSummary = ''

async function buildBundles(): Promise<void> {
  const b = structuredClone(defaultBundle)
  b.sequence = 2
  b.createdAt = '2026-12-01T00:00:00Z'
  // Re-made by hand, so no longer signed by the default publisher's key: an unsigned bundle.
  delete b['signature']
  const policies = b.records['policies']!
  const changed = policies.find((p) => p.id === CHANGED_ID)!
  oldSummary = changed['summary'] as string
  changed['summary'] = CHANGED_SUMMARY
  changed.rev = 2
  const source = policies.find((p) => p.id === 'pol-cn-2022-ai-scenario-innovation-guideline')!
  policies.push({ ...structuredClone(source), id: NEW_ID, rev: 1, title: NEW_TITLE, summary: NEW_SUMMARY, issued: '2025-08', aliases: [] })
  b.digest = { algorithm: 'sha-256', value: await bundleDigest(b) }
  const updateText = JSON.stringify(b, null, 2)
  writeFileSync(files.update, updateText)

  // changed after the digest was computed
  const tampered = structuredClone(b)
  tampered.records['policies']!.find((p) => p.id === NEW_ID)!['title'] = NEW_TITLE + '（被篡改）'
  writeFileSync(files.tampered, JSON.stringify(tampered, null, 2))

  // a "__proto__" key in the first policy (JSON.parse keeps it as an own key)
  const protoText = updateText.replace(/"id": "pol-cn-2017-new-generation-ai-plan",/, '"id": "pol-cn-2017-new-generation-ai-plan",\n      "__proto__": { "isAdmin": true },')
  expect(protoText).not.toBe(updateText)
  expect(Object.keys((JSON.parse(protoText) as BundleJson).records['policies']![0]!)).toContain('__proto__')
  writeFileSync(files.proto, protoText)

  // one good new policy and one with a javascript: link: the bad one is left out, named
  const p3 = structuredClone(b)
  p3.sequence = 3
  const pol3 = p3.records['policies']!
  pol3.push({ ...structuredClone(source), id: 'pol-cn-e2e-partial-good', rev: 1, title: '部分导入：合格的一条（测试数据）', aliases: [] })
  pol3.push({ ...structuredClone(source), id: 'pol-cn-e2e-partial-bad', rev: 1, title: '部分导入：链接有问题的一条（测试数据）', aliases: [], links: ['javascript:alert(1)'] })
  p3.digest = { algorithm: 'sha-256', value: await bundleDigest(p3) }
  writeFileSync(files.partial, JSON.stringify(p3))
}

let app: App
let page: Page

beforeAll(async () => {
  await buildBundles()
  app = await App.start()
  page = app.page
})
afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})
afterEach(() => {
  expect(app.takeErrors(), 'page errors / console errors').toEqual([])
})

/** Clicks "choose file" and answers the browser's file chooser with `path`. */
async function choose(path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()])
  expect(chooser.isMultiple()).toBe(false)
  await chooser.setFiles(path)
}
const count = async (action: string) => trailingNumber(await page.getByTestId(`count-${action}`).innerText())
const policyRows = () => page.locator('[data-testid^=policy-row-]')
const historyRows = () => page.locator('[data-testid=import-history] tr')

async function policyCount(): Promise<number> {
  await app.goto('/policies')
  // The first rows show at once; the count appears when every row has arrived from the worker.
  await page.getByTestId('policy-count').waitFor()
  return policyRows().count()
}

describe('imports', () => {
  test('a valid update bundle is previewed (1 added, 1 changed: summary) and applied', async () => {
    expect(await policyCount()).toBe(defaultPolicies)
    await app.goto('/imports')
    await expect.poll(() => historyRows().count()).toBe(1) // the default data

    await choose(files.update)
    const preview = page.getByTestId('import-preview')
    await preview.waitFor()
    expect(await preview.innerText()).toContain('update-2.json')
    expect(await count('add')).toBe(1)
    expect(await count('change')).toBe(1)
    expect(await count('unchanged')).toBe(totalRecords - 1)
    expect(await count('remove')).toBe(0)
    expect(await count('older')).toBe(0)

    // the rows: the new policy, and the changed one with exactly one changed field (rev is not a field change)
    const rows = preview.locator('tbody tr')
    expect(await rows.count()).toBe(2)
    const changedRow = rows.filter({ hasText: '新一代人工智能发展规划' })
    expect(await changedRow.locator('li span[title]').allInnerTexts()).toEqual(['摘要'])
    expect(await changedRow.locator('li span[title]').getAttribute('title')).toBe('summary')
    expect(await changedRow.locator('li del').innerText()).toBe(oldSummary)
    expect(await changedRow.locator('li').innerText()).toContain(CHANGED_SUMMARY)
    expect(await rows.filter({ hasText: NEW_TITLE }).count()).toBe(1)
    await app.screenshot('imports-preview')

    // Unsigned: applying waits for the analyst's explicit consent.
    const apply = page.getByTestId('import-apply')
    expect(await page.getByTestId('import-signature').innerText()).toContain('没有签名')
    expect(await apply.isDisabled()).toBe(true)
    await page.getByTestId('import-consent').check()
    expect(await apply.isEnabled()).toBe(true)
    await apply.click()
    await page.getByTestId('import-applied').waitFor()
    expect(await page.getByTestId('import-applied').innerText()).toContain('+1 / ~1 / −0')
    expect(await preview.count()).toBe(0)
    await expect.poll(() => historyRows().count()).toBe(2)
    expect(await historyRows().first().innerText()).toContain('update-2.json')

    // the new policy is in the list, the changed one shows its new summary, the overview counts it
    expect(await policyCount()).toBe(defaultPolicies + 1)
    await page.getByTestId(`policy-row-${NEW_ID}`).click()
    await expect.poll(() => page.url()).toContain(`#/policies/${NEW_ID}`)
    expect(await page.getByTestId('policy-title').innerText()).toBe(NEW_TITLE)
    await app.goto(`/policies/${CHANGED_ID}`)
    expect(await page.getByTestId('policy-summary').innerText()).toBe(CHANGED_SUMMARY)
    await app.goto('/overview')
    expect(Number(await page.locator('[data-testid=overview] .stat').first().innerText())).toBe(defaultPolicies + 1)
  })

  test('the same bundle again: no changes, and Apply is disabled', async () => {
    await app.goto('/imports')
    await choose(files.update)
    await page.getByTestId('import-preview').waitFor()
    expect(await count('add')).toBe(0)
    expect(await count('change')).toBe(0)
    expect(await count('unchanged')).toBe(totalRecords + 1)
    expect(await page.getByTestId('import-preview').innerText()).toContain('此数据包不会改动任何记录。')
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true)
    expect(await historyRows().count()).toBe(2)
  })

  test('a tampered bundle is refused with a digest error and nothing changes', async () => {
    await app.goto('/imports')
    await choose(files.tampered)
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    const text = await errors.innerText()
    expect(text).toContain('tampered.json')
    expect(text).toContain('digest')
    expect(text).toContain('摘要不符')
    expect(await page.getByTestId('import-preview').count()).toBe(0)
    expect(await historyRows().count()).toBe(2)
    await app.screenshot('imports-tampered')

    expect(await policyCount()).toBe(defaultPolicies + 1)
    await app.goto(`/policies/${NEW_ID}`)
    expect(await page.getByTestId('policy-title').innerText()).toBe(NEW_TITLE)
  })

  test('a bundle with a "__proto__" key is refused, naming where the key is', async () => {
    await app.goto('/imports')
    await choose(files.proto)
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    await expect.poll(() => errors.locator('code').allInnerTexts()).toEqual(['records.policies[0].__proto__'])
    expect(await errors.innerText()).toContain('不允许的键名')
    expect(await page.getByTestId('import-preview').count()).toBe(0)
    expect(await historyRows().count()).toBe(2)
    // nothing was polluted in the page either
    expect(await page.evaluate(() => ({} as Record<string, unknown>)['isAdmin'])).toBeUndefined()
    expect(await policyCount()).toBe(defaultPolicies + 1)
  })

  test('a bundle with one bad record imports the rest, naming the bad one; all-or-nothing refuses it', async () => {
    await app.goto('/imports')
    await choose(files.partial)
    const rejected = page.getByTestId('import-rejected')
    await rejected.waitFor()
    expect(await rejected.innerText()).toContain('1 条记录未通过校验')
    expect(await rejected.locator('code').first().innerText()).toMatch(/^records\.policies\[\d+\]\.links\[0\]$/)
    expect(await rejected.locator('li').first().innerText()).toMatch(/http/)
    expect(await count('add')).toBe(1)
    await app.screenshot('imports-partial')
    await page.getByTestId('import-consent').check()
    await page.getByTestId('import-all-or-nothing').check()
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true)
    await page.getByTestId('import-all-or-nothing').uncheck()
    await page.getByTestId('import-apply').click()
    await page.getByTestId('import-applied').waitFor()
    await app.goto('/policies/pol-cn-e2e-partial-good')
    expect(await page.getByTestId('policy-title').innerText()).toBe('部分导入：合格的一条（测试数据）')
    await app.goto('/policies/pol-cn-e2e-partial-bad')
    await expect.poll(() => page.getByTestId('policy-title').count()).toBe(0)
  })
})
