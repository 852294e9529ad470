// Subscriptions in the browser build: a feed served by a local HTTP server (with CORS) lists a
// bundle; adding the feed shows the offer (and the rail badge), "preview" opens the normal import
// preview (1 change), applying imports it, and after "check now" it is no longer offered.
// A bad address is refused with a message, and nothing is stored.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { bundleDigest } from '../../src/shared/bundle/digest'
import { App, ROOT, trailingNumber } from './harness'

type BundleJson = Record<string, unknown> & { sequence: number; createdAt: string; records: Record<string, (Record<string, unknown> & { id: string; rev: number })[]>; digest: { algorithm: string; value: string } }
const CHANGED_ID = 'pol-cn-2017-new-generation-ai-plan'

let app: App
let page: Page
let feedServer: Server
let feedBase = ''
const served = new Map<string, string>()
const requests: string[] = []

async function buildFeed(): Promise<void> {
  const b = JSON.parse(readFileSync(join(ROOT, 'resources/default-data/bundle.json'), 'utf8')) as BundleJson
  b.sequence = 2
  b.createdAt = '2026-12-01T00:00:00Z'
  delete b['signature'] // re-made here, so unsigned: the preview asks for consent
  const changed = b.records['policies']!.find((p) => p.id === CHANGED_ID)!
  changed['summary'] = '（订阅更新）国务院2017年印发的人工智能发展规划。'
  changed.rev = 2
  b.digest = { algorithm: 'sha-256', value: await bundleDigest(b) }
  const text = JSON.stringify(b)
  served.set('/feed/bundles/update-2.json', text)
  served.set(
    '/feed/index.json',
    JSON.stringify({
      format: 'policy-desk-feed',
      formatVersion: 1,
      publisher: { id: 'e2e-feed', name: '测试订阅源' },
      bundles: [{ url: 'bundles/update-2.json', sequence: 2, createdAt: b.createdAt, digest: b.digest.value, title: '十二月更新', bytes: Buffer.byteLength(text) }],
    }),
  )
}

beforeAll(async () => {
  await buildFeed()
  feedServer = createServer((req, res) => {
    requests.push(req.url ?? '')
    const body = served.get(req.url ?? '')
    const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json; charset=utf-8' }
    if (body === undefined) res.writeHead(404, headers).end('{}')
    else res.writeHead(200, headers).end(body)
  })
  await new Promise<void>((ok) => feedServer.listen(0, '127.0.0.1', ok))
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`
  app = await App.start()
  page = app.page
})
afterAll(async () => {
  await app?.close()
  feedServer.closeAllConnections()
  await new Promise<void>((ok) => feedServer.close(() => ok()))
})
afterEach(() => {
  expect(app.takeErrors(), 'page errors / console errors').toEqual([])
})

const offers = () => page.getByTestId('subs-offer')

describe('subscriptions', () => {
  test('a bad address is refused with a message and nothing is stored', async () => {
    await app.goto('/imports')
    const panel = page.getByTestId('subscriptions')
    await panel.waitFor()
    expect(await page.getByTestId('subs-inbox-browser').innerText()).toContain('浏览器版无法监视文件夹')
    await page.getByTestId('subs-address').fill('javascript:alert(1)')
    await page.getByTestId('subs-add').click()
    await expect.poll(() => page.getByTestId('subs-add-error').innerText()).toMatch(/不支持的协议 \/ unsupported scheme: javascript:/)
    await page.getByTestId('subs-address').fill('feeds/index.json')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('subs-add-error').innerText()).toMatch(/须为 http\(s\) 网址或绝对文件夹路径/)
    expect(await page.getByTestId('subs-feeds').count()).toBe(0)
    expect(await page.evaluate(() => localStorage.getItem('policy-desk.subscriptions'))).toBeNull()
  })

  test('a feed offers its bundle; preview shows 1 change; once applied it is not offered again', async () => {
    await app.goto('/imports')
    await page.getByTestId('subs-address').fill(`${feedBase}/feed/index.json`)
    await page.getByTestId('subs-add').click()
    await expect.poll(() => offers().count()).toBe(1)
    expect(await page.getByTestId('subs-add-error').innerText()).toBe('')
    expect(await page.getByTestId('subs-address').inputValue()).toBe('')
    const row = await offers().first().innerText()
    expect(row).toContain('十二月更新 (update-2.json)')
    expect(row).toContain('订阅源')
    expect(await page.getByTestId('subs-feed').innerText()).toContain('上次检查')
    expect(await page.getByTestId('offers-badge').locator('[aria-hidden=true]').innerText()).toBe('1')
    // nothing was downloaded but the index
    expect(requests).toEqual(['/feed/index.json'])
    await app.screenshot('subscriptions-panel', { fullPage: true })

    await page.getByTestId('subs-preview').click()
    const preview = page.getByTestId('import-preview')
    await preview.waitFor()
    expect(requests).toContain('/feed/bundles/update-2.json')
    expect(await preview.innerText()).toContain('update-2.json')
    expect(trailingNumber(await page.getByTestId('count-change').innerText())).toBe(1)
    expect(trailingNumber(await page.getByTestId('count-add').innerText())).toBe(0)
    await page.getByTestId('import-consent').check()
    await page.getByTestId('import-apply').click()
    await page.getByTestId('import-applied').waitFor()

    await page.getByTestId('subs-check').click()
    await expect.poll(() => offers().count()).toBe(0)
    expect(await page.getByTestId('subs-offers-none').innerText()).toContain('没有新的数据包')
    expect(await page.getByTestId('offers-badge').count()).toBe(0)
    // after a reload (feed kept in localStorage, checked on start) it is still not offered
    await app.reload()
    await app.goto('/imports')
    await expect.poll(() => page.getByTestId('subs-feed').innerText()).toContain('上次检查')
    expect(await offers().count()).toBe(0)
  })

  test('a feed that cannot be read shows its error; dismiss hides an offer', async () => {
    await app.goto('/imports')
    await page.getByTestId('subs-address').fill(`${feedBase}/missing/index.json`)
    await page.getByTestId('subs-add').click()
    await expect.poll(() => page.getByTestId('subs-feed-error').first().innerText()).toMatch(/HTTP 404/)
    await app.screenshot('subscriptions-feed-error', { fullPage: true })
    // the browser logs the feed's 404 itself; nothing else went wrong
    expect(app.takeErrors().filter((e) => !e.includes('status of 404'))).toEqual([])
    await page.getByRole('button', { name: `删除订阅源 ${feedBase}/missing/index.json` }).click()
    await expect.poll(() => page.getByTestId('subs-feed').count()).toBe(1)

    served.set('/feed2/index.json', JSON.stringify({ format: 'policy-desk-feed', formatVersion: 1, publisher: { id: 'e2e-2', name: '二' }, bundles: [{ url: 'b3.json', sequence: 3, createdAt: '2026-12-02T00:00:00Z', digest: 'e'.repeat(64) }] }))
    await page.getByTestId('subs-address').fill(`${feedBase}/feed2/index.json`)
    await page.getByTestId('subs-add').click()
    await expect.poll(() => offers().count()).toBe(1)
    await page.getByRole('button', { name: '忽略 b3.json' }).click()
    await expect.poll(() => offers().count()).toBe(0)
    await page.getByTestId('subs-check').click()
    await app.reload()
    await app.goto('/imports')
    await expect.poll(() => page.getByTestId('subs-feed').count()).toBe(2)
    await expect.poll(() => page.getByTestId('subs-feed').nth(1).innerText()).toContain('上次检查')
    expect(await offers().count()).toBe(0)
  })

  test('the panel in dark theme and in English', async () => {
    await app.goto('/imports')
    await page.getByTestId('theme-toggle').click()
    await page.getByTestId('locale-toggle').click()
    await expect.poll(() => page.getByTestId('subscriptions').locator('h2').innerText()).toBe('Subscriptions and inbox folder')
    expect(await page.getByTestId('subs-check').innerText()).toBe('Check now')
    await app.screenshot('subscriptions-panel-dark-en', { fullPage: true })
    await page.getByTestId('theme-toggle').click()
    await page.getByTestId('locale-toggle').click()
  })
})
