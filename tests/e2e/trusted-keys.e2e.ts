// Settings → trusted publisher keys in the browser build: the built-in default-data key is
// listed and cannot be removed; a key is added by keyboard with field-by-field validation,
// survives a reload, is refused twice, and is removed. A gzip'd UTF-16 bundle opens in Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { bundleDigest } from '../../src/shared/bundle/digest'
import { generateKeyPair, signBundle, type KeyPair } from '../../src/shared/bundle/signature'
import { ROOT, useApp } from './harness'

const session = useApp()
const dir = mkdtempSync(join(tmpdir(), 'policy-desk-keys-'))
let pair: KeyPair
const BUILT_IN_KEY_ID = '881ea5b324abcfcc'

beforeAll(async () => {
  pair = await generateKeyPair()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('trusted publisher keys', () => {
  test('the built-in key is listed without a remove button', async () => {
    const page = await session.app.goto('/settings')
    const row = page.getByTestId(`trusted-key-${BUILT_IN_KEY_ID}`)
    await row.waitFor()
    expect(await row.innerText()).toContain('policy-desk-default')
    expect(await row.innerText()).toContain('内置')
    expect(await row.getByRole('button').count()).toBe(0)
  })

  test('a key is added by keyboard after field errors are fixed, kept across reloads, refused twice, removed', async () => {
    const page = session.app.page
    // Bad input: every field names its problem and nothing is stored.
    await page.getByTestId('tk-publisher').fill('Acme Research')
    await page.getByTestId('tk-key').fill('dGVzdA==')
    await page.getByTestId('tk-add').click()
    expect(await page.getByTestId('error-publisherId').innerText()).toContain('只能含小写字母')
    expect(await page.getByTestId('error-name').innerText()).toContain('不能为空')
    expect(await page.getByTestId('error-publicKey').innerText()).toContain('32 字节（实为 4）')
    await session.app.screenshot('settings-trusted-keys-errors', { fullPage: true })

    // Fixed, typed and submitted from the keyboard.
    await page.getByTestId('tk-publisher').fill('')
    await page.getByTestId('tk-publisher').focus()
    await page.keyboard.type('acme-research')
    await page.keyboard.press('Tab')
    await page.keyboard.type('某研究院')
    await page.keyboard.press('Tab')
    await page.keyboard.insertText(pair.publicKey)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('tk-status').innerText()).toContain(pair.keyId)
    expect(await page.getByTestId('error-publicKey').count()).toBe(0)
    const row = page.getByTestId(`trusted-key-${pair.keyId}`)
    expect(await row.innerText()).toContain('acme-research')
    await session.app.screenshot('settings-trusted-keys', { fullPage: true })

    await session.app.reload()
    await page.getByTestId(`trusted-key-${pair.keyId}`).waitFor()

    await page.getByTestId('tk-publisher').fill('other')
    await page.getByTestId('tk-name').fill('别名')
    await page.getByTestId('tk-key').fill(pair.publicKey)
    await page.getByTestId('tk-add').click()
    await expect.poll(() => page.getByTestId('error-publicKey').innerText()).toContain('该密钥已受信（某研究院）')

    page.once('dialog', (d) => void d.accept())
    await page.getByRole('button', { name: '移除密钥“某研究院”' }).click()
    await expect.poll(() => page.getByTestId(`trusted-key-${pair.keyId}`).count()).toBe(0)
    await session.app.reload()
    await page.getByTestId(`trusted-key-${BUILT_IN_KEY_ID}`).waitFor()
    expect(await page.getByTestId(`trusted-key-${pair.keyId}`).count()).toBe(0)
  })

  test('the dark theme keeps the section legible', async () => {
    const page = session.app.page
    await page.getByTestId('settings-theme').selectOption('dark')
    await session.app.screenshot('settings-trusted-keys-dark', { fullPage: true })
    await page.getByTestId('settings-theme').selectOption('light')
  })

  test('a gzip-compressed UTF-16 bundle opens and is previewed in the browser build', async () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'resources/default-data/bundle.json'), 'utf8')) as Record<string, unknown>
    delete bundle.signature
    bundle.sequence = 2
    bundle.createdAt = '2026-12-01T00:00:00Z'
    bundle.digest = { algorithm: 'sha-256', value: await bundleDigest(bundle) }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(bundle), 'utf16le')])
    const path = join(dir, 'update-2.json.gz')
    writeFileSync(path, gzipSync(utf16))
    const page = await session.app.goto('/imports')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()])
    await chooser.setFiles(path)
    const preview = page.getByTestId('import-preview')
    await preview.waitFor()
    expect(await preview.innerText()).toContain('update-2.json.gz')
  })

  test('a bundle signed by a trusted key imports without consent; one whose signature was altered is refused', async () => {
    const signer = await generateKeyPair()
    let page = await session.app.goto('/settings')
    await page.getByTestId('tk-publisher').fill('acme-research')
    await page.getByTestId('tk-name').fill('某研究院')
    await page.getByTestId('tk-key').fill(signer.publicKey)
    await page.getByTestId('tk-add').click()
    await page.getByTestId(`trusted-key-${signer.keyId}`).waitFor()

    const base = JSON.parse(readFileSync(join(ROOT, 'resources/default-data/bundle.json'), 'utf8')) as Record<string, unknown>
    delete base.signature
    const policies = (base.records as { policies: Record<string, unknown>[] }).policies
    policies[0] = { ...policies[0], rev: 2, summary: '由某研究院签名更新的摘要（测试数据）。' }
    const signed = await signBundle({ ...base, publisher: { id: 'acme-research', name: '某研究院' }, sequence: 7 }, Uint8Array.from(Buffer.from(signer.privateKey, 'base64')))
    const good = join(dir, 'signed.json')
    writeFileSync(good, JSON.stringify(signed))
    const sig = signed.signature as { value: string }
    const bytes = Buffer.from(sig.value, 'base64')
    bytes[0] = bytes[0]! ^ 0xff
    const bad = join(dir, 'bad-signature.json')
    writeFileSync(bad, JSON.stringify({ ...signed, signature: { ...sig, value: bytes.toString('base64') } }))

    page = await session.app.goto('/imports')
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()])
    await chooser.setFiles(good)
    await page.getByTestId('import-preview').waitFor()
    expect(await page.getByTestId('import-signature').innerText()).toContain('某研究院')
    expect(await page.getByTestId('import-consent').count()).toBe(0)
    expect(await page.getByTestId('import-apply').isEnabled()).toBe(true)
    await session.app.screenshot('imports-signed')

    ;[chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()])
    await chooser.setFiles(bad)
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    expect(await errors.innerText()).toContain('签名与内容不符')
    expect(await page.getByTestId('import-preview').count()).toBe(0)
  })
})
