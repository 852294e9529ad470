// The policy-desk CLI, run as a child process on real files the way a data maintainer runs it:
// exit codes, messages naming JSON paths, and the keygen → build → sign → verify round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'fflate'

const BIN = resolve('bin/policy-desk.mjs')
const DEFAULT = resolve('resources/default-data/bundle.json')
let dir = ''
/** How many records the default data holds: the build below uses them all. */
let recordCount = 0

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0
      done({ code, stdout, stderr })
    })
  })
}

type Json = Record<string, unknown> & { records: { policies: { id: string; title: string; level: string }[] } }
const read = (name: string): Json => {
  const bytes = readFileSync(join(dir, name))
  return JSON.parse(new TextDecoder().decode(name.endsWith('.gz') ? gunzipSync(bytes) : bytes)) as Json
}
const write = (name: string, value: unknown): void => writeFileSync(join(dir, name), JSON.stringify(value))

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pd-cli-'))
  const source = JSON.parse(readFileSync(DEFAULT, 'utf8')) as Json
  recordCount = Object.values(source.records).reduce((n, list) => n + (list as unknown[]).length, 0)
  // Build input: the default data's records and sources, without the envelope.
  write('records.json', { sources: source.sources, ...source.records })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Each run starts Node and tsx (about a second, more on a busy machine).
describe('policy-desk bundle', { timeout: 120_000 }, () => {
  it('keygen writes a private key only its owner can read, and will not overwrite it', async () => {
    const res = await cli('bundle', 'keygen', '-o', 'acme')
    expect(res.code).toBe(0)
    expect(res.stdout).toMatch(/key id [0-9a-f]{16}/)
    expect(statSync(join(dir, 'acme.key')).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(dir, 'acme.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
    expect(Buffer.from(readFileSync(join(dir, 'acme.pub'), 'utf8').trim(), 'base64')).toHaveLength(32)
    const again = await cli('bundle', 'keygen', '-o', 'acme')
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/acme\.key: .*exists, not overwritten/) })
    expect((await cli('bundle', 'keygen', '-o', 'other')).code).toBe(0)
  })

  it('builds a signed gzip bundle from records that validates and verifies; tampering is caught', async () => {
    const built = await cli('bundle', 'build', 'records.json', '-o', 'acme.json.gz', '--publisher-id', 'acme', '--publisher-name', '甲方数据',
      '--sequence', '3', '--title', '第三期', '--sign', 'acme.key')
    expect(built).toMatchObject({ code: 0, stdout: expect.stringMatching(/built — sha-256 [0-9a-f]{64}, signed/) })
    expect(read('acme.json.gz')).toMatchObject({ publisher: { id: 'acme', name: '甲方数据' }, sequence: 3, title: '第三期', signature: { algorithm: 'ed25519' } })
    expect(await cli('bundle', 'validate', 'acme.json.gz')).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`valid — acme #3, ${recordCount} records.*signed by key`)) })
    expect(await cli('bundle', 'verify', 'acme.json.gz', '--pubkey', 'acme.pub')).toMatchObject({ code: 0, stdout: expect.stringMatching(/signature valid/) })
    const other = await cli('bundle', 'verify', 'acme.json.gz', '--pubkey', readFileSync(join(dir, 'other.pub'), 'utf8').trim())
    expect(other).toMatchObject({ code: 1, stderr: expect.stringMatching(/not valid \(unknown_key\)/) })
    const bound = await cli('bundle', 'verify', 'acme.json.gz', '--pubkey', 'acme.pub', '--publisher-id', 'someone-else')
    expect(bound).toMatchObject({ code: 1, stderr: expect.stringMatching(/trusted for publisher someone-else, not acme/) })

    const tampered = read('acme.json.gz')
    tampered.records.policies[0]!.title = '被改过的标题'
    write('tampered.json', tampered)
    const v = await cli('bundle', 'verify', 'tampered.json', '--pubkey', 'acme.pub')
    expect(v).toMatchObject({ code: 1, stderr: expect.stringMatching(/digest\.value: .*digest mismatch/) })
    // Re-sealing the digest does not help: the signature covers the old one.
    expect((await cli('bundle', 'sign', 'acme.json.gz', '--key', 'other.key', '-o', 'resigned.json')).code).toBe(0)
    expect((await cli('bundle', 'verify', 'resigned.json', '--pubkey', 'acme.pub')).code).toBe(1)
    expect((await cli('bundle', 'verify', 'resigned.json', '--pubkey', 'other.pub')).code).toBe(0)
  })

  it('validate names the JSON path and reason of each error and exits 1; build writes nothing then', async () => {
    const bad = read('acme.json.gz')
    bad.records.policies[1]!.level = 'galactic'
    delete (bad as Record<string, unknown>).createdAt
    write('bad.json', bad)
    const res = await cli('bundle', 'validate', 'bad.json')
    expect(res.code).toBe(1)
    expect(res.stderr).toMatch(/^records\.policies\[1\]\.level: /m)
    expect(res.stderr).toMatch(/^createdAt: /m)
    expect(res.stderr).toMatch(/bad\.json: 2 处错误 \/ 2 error\(s\)/)
    write('bad-records.json', { policies: [{ id: 'Not An Id' }] })
    const b = await cli('bundle', 'build', 'bad-records.json', '-o', 'never.json', '--publisher-id', 'acme', '--publisher-name', 'x', '--sequence', '1')
    expect(b).toMatchObject({ code: 1, stderr: expect.stringMatching(/records\.policies\[0\]\.id: .*nothing written/s) })
    expect(existsSync(join(dir, 'never.json'))).toBe(false)
  })

  it('diff lists added, changed (field by field) and removed records per kind', async () => {
    const b = read('acme.json.gz')
    const [first, second] = b.records.policies
    first!.title = '新标题'
    b.records.policies = b.records.policies.filter((p) => p !== second)
    b.records.policies.push({ ...first!, id: 'pol-new-one', title: '新增政策' })
    delete (b as Record<string, unknown>).signature
    delete (b as Record<string, unknown>).digest
    write('b-source.json', b)
    // Seal b through build so its digest is right.
    const { records, sources } = b as unknown as { records: Record<string, unknown>; sources: unknown }
    write('b-records.json', { records, sources })
    await cli('bundle', 'build', 'b-records.json', '-o', 'b.json', '--publisher-id', 'acme', '--publisher-name', '甲方数据', '--sequence', '4')
    const res = await cli('bundle', 'diff', 'acme.json.gz', 'b.json')
    expect(res.code).toBe(0)
    expect(res.stdout).toMatch(/^policies: \+1 ~1 -1$/m)
    expect(res.stdout).toContain(`  ~ ${first!.id}  新标题`)
    expect(res.stdout).toMatch(/^ {6}title: ".*" → "新标题"$/m)
    expect(res.stdout).toContain('  + pol-new-one  新增政策')
    expect(res.stdout).toContain(`  - ${second!.id}`)
  })

  it('reports wrong usage with exit code 2', async () => {
    expect(await cli('bundle', 'frobnicate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown bundle command: frobnicate/) })
    expect(await cli('bundle', 'sign', 'x.json')).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing --key/) })
  })
})
