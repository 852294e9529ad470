// The backup file format: what is refused (foreign, corrupt, truncated, newer schema, forbidden
// keys, bombs) and why; digests independent of row order; automatic backup names and rotation.
import { describe, expect, it } from 'vitest'
import { gzipSync } from 'fflate'
import { decodeBackup, encodeBackup } from '@shared/backup/codec'
import { crc32 } from '@shared/backup/crc32'
import { MAX_BACKUP_JSON_BYTES, type BackupEnvelope } from '@shared/backup/format'
import { checkTables, manifestEntry, tableDigest } from '@shared/backup/manifest'
import { autoBackupName, namesToRotate, parseAutoBackupName } from '@shared/backup/auto-names'

const notes = [
  { id: 'note-b', body: '第二条', updatedAt: 2 },
  { id: 'note-a', body: '第一条', updatedAt: 1 },
]
async function envelope(): Promise<BackupEnvelope> {
  return {
    format: 'policy-desk-backup', formatVersion: 2, schemaVersion: 5, appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z',
    reason: 'manual', tables: { notes }, manifest: { notes: await manifestEntry(notes, 'id') },
  }
}
const error = async (bytes: Uint8Array, current = 5) => {
  const r = await decodeBackup(bytes, current)
  if (r.ok) throw new Error('expected a refusal')
  return r.error
}
const gz = (o: unknown) => gzipSync(new TextEncoder().encode(typeof o === 'string' ? o : JSON.stringify(o)))

describe('backup codec', () => {
  it('round-trips an envelope', async () => {
    const e = await envelope()
    const r = await decodeBackup(encodeBackup(e), 5)
    expect(r).toEqual({ ok: true, backup: e, formatVersion: 2 })
  })

  it('carries the settings kept outside the database, and refuses a malformed settings block', async () => {
    const settings = { trustedKeys: [{ publisherId: 'acme', name: '某研究院', publicKey: 'A'.repeat(43) + '=' }], feeds: [{ address: 'https://example.org/feed/index.json' }] }
    const e = { ...(await envelope()), settings }
    expect(await decodeBackup(encodeBackup(e), 5)).toEqual({ ok: true, backup: e, formatVersion: 2 })
    expect(await error(gz({ ...e, settings: { trustedKeys: 'all of them', feeds: [] } }))).toMatch(/settings\.trustedKeys/)
  })

  it('refuses a flipped byte anywhere in the compressed data (checksum or inflate error)', async () => {
    const bytes = encodeBackup(await envelope())
    for (const at of [12, Math.floor(bytes.length / 2), bytes.length - 12]) {
      const bad = bytes.slice()
      bad[at] = bad[at]! ^ 0xff
      expect(await error(bad)).toMatch(/corrupt|checksum|truncated/)
    }
  })

  it('refuses a truncated file', async () => {
    const bytes = encodeBackup(await envelope())
    expect(await error(bytes.slice(0, bytes.length - 20))).toMatch(/truncated|corrupt|checksum/)
    expect(await error(bytes.slice(0, 10))).toMatch(/截断 .* truncated/)
    expect(await error(new TextEncoder().encode('{"format":"policy-desk-backup","formatVer'))).toMatch(/JSON/)
  })

  it('refuses a foreign file, an empty one, and a bundle', async () => {
    expect(await error(new Uint8Array(0))).toMatch(/empty/)
    expect(await error(gz({ format: 'policy-desk-bundle', records: {} }))).toMatch(/不是政策观察台备份文件 \/ not a policy-desk-backup file/)
    expect(await error(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatch(/not a valid backup/)
  })

  it('refuses a backup from a newer schema and accepts an older one', async () => {
    const e = { ...(await envelope()), schemaVersion: 9 }
    expect(await error(encodeBackup(e), 5)).toMatch(/更新版本.*schema 9 > 5/)
    expect((await decodeBackup(encodeBackup({ ...e, schemaVersion: 3 }), 5)).ok).toBe(true)
  })

  it('refuses forbidden keys, naming where', async () => {
    const text = JSON.stringify(await envelope()).replace('"body":"第二条"', '"body":"第二条","__proto__":{"polluted":true}')
    expect(await error(gz(text))).toMatch(/^tables\.notes\[0\]\.__proto__: .*forbidden key/)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('names the field of a malformed envelope', async () => {
    const e = { ...(await envelope()), reason: 'whim' }
    expect(await error(gz(e))).toMatch(/reason/)
    expect(await error(gz({ ...(await envelope()), formatVersion: 3 }))).toMatch(/formatVersion/)
  })

  it('refuses a gzip that declares more than the unpack limit without unpacking it', async () => {
    const bytes = gzipSync(new TextEncoder().encode('{}'))
    new DataView(bytes.buffer).setUint32(bytes.length - 4, MAX_BACKUP_JSON_BYTES + 1, true)
    expect(await error(bytes)).toMatch(/unpacks to more than/)
  })

  it('computes CRC-32 as gzip does', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })
})

describe('table digests', () => {
  it('do not depend on row order or key order, and catch a changed count or row', async () => {
    const swapped = [{ updatedAt: 1, body: '第一条', id: 'note-a' }, notes[0]!]
    expect(await tableDigest(swapped, 'id')).toBe(await tableDigest(notes, 'id'))
    const manifest = { notes: await manifestEntry(notes, 'id') }
    expect((await checkTables({ notes: swapped }, manifest))[0]!.ok).toBe(true)
    const [changed] = await checkTables({ notes: [{ ...notes[0]!, body: 'x' }, notes[1]!] }, manifest)
    expect(changed).toMatchObject({ ok: false, reason: expect.stringMatching(/digest mismatch/) })
    const [short] = await checkTables({ notes: [notes[0]!] }, manifest)
    expect(short).toMatchObject({ ok: false, expected: 2, actual: 1 })
    const missing = await checkTables({}, manifest)
    expect(missing[0]).toMatchObject({ ok: false, reason: expect.stringMatching(/rows missing/) })
  })
})

describe('automatic backup names', () => {
  it('carry reason and UTC time, and nothing else parses', () => {
    const name = autoBackupName('before-restore', new Date('2026-11-28T18:45:12.123Z'))
    expect(name).toBe('policy-desk-before-restore-20261128T184512-123Z.pdbackup')
    expect(parseAutoBackupName(name)).toEqual({ reason: 'before-restore', createdAt: '2026-11-28T18:45:12.123Z' })
    for (const bad of ['../' + name, name + '.tmp', name.replace('before-restore', 'manual'), 'x/' + name, name.replace('.pdbackup', '.json'), '']) {
      expect(parseAutoBackupName(bad)).toBeNull()
    }
  })

  it('rotation deletes all but the newest N of ours and leaves other files alone', () => {
    const names = Array.from({ length: 13 }, (_, i) => autoBackupName('auto', new Date(Date.UTC(2026, 0, 1 + i))))
    const doomed = namesToRotate([...names, 'notes.txt'].reverse(), 10)
    expect(doomed.sort()).toEqual(names.slice(0, 3).sort())
  })
})
