// The first screen's rows: public/open-early.js reads them with bare IndexedDB before the app's
// scripts run, and data/first-rows.ts takes that read only when the database is at the schema
// version the build expects. Run over fake-indexeddb with the script's own text.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import type { Policy } from '@shared/model/records'
import { DB_NAME } from '../../../src/renderer/data/schema-versions'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { prepareImport } from '../../../src/renderer/data/import-bundle'
import { applyImport } from '../../../src/renderer/data/repositories/merge'
import { FIRST_ROWS, IDB_VERSION, takeFirstRows, type EarlyRead } from '../../../src/renderer/data/first-rows'

const SCRIPT = readFileSync('src/renderer/public/open-early.js', 'utf8')

/** Runs open-early.js as the page would, with its globals; returns what it leaves on the page. */
function runEarlyScript(userAgent = 'Mozilla/5.0 (X11; Linux x86_64)', ui: { stored?: string | null; systemDark?: boolean } = {}): { early: Promise<EarlyRead | null>; os: string | undefined; theme: string | undefined; lang: string } {
  const win: { __pdEarly?: Promise<EarlyRead | null>; matchMedia: (q: string) => { matches: boolean } } = { matchMedia: (q) => ({ matches: q.includes('dark') && ui.systemDark === true }) }
  const root = { dataset: {} as Record<string, string>, lang: 'zh-CN' }
  const storage = { getItem: (key: string) => (key === 'policy-desk.ui' ? (ui.stored ?? null) : null) }
  const run = new Function('window', 'document', 'navigator', 'indexedDB', 'performance', 'setTimeout', 'localStorage', SCRIPT)
  run(win, { documentElement: root }, { userAgent }, indexedDB, { mark: () => undefined }, () => 0, storage)
  return { early: win.__pdEarly!, os: root.dataset['os'], theme: root.dataset['theme'], lang: root.lang }
}

async function seededDb(extra = 0): Promise<PolicyDeskDb> {
  const db = new PolicyDeskDb(DB_NAME)
  const prepared = await prepareImport(db, readFileSync('resources/default-data/bundle.json', 'utf8'), 'default')
  if (!prepared.ok) throw new Error('default data invalid')
  await applyImport(db, prepared.bundle, { source: 'default' })
  await db.meta.put({ key: 'seeded', value: true })
  if (extra) {
    const base = (await db.policies.toArray())[0]!
    const more: Policy[] = Array.from({ length: extra }, (_, i) => ({ ...base, id: `pol-test-${i}`, issued: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}` }))
    await db.policies.bulkPut(more)
  }
  return db
}

afterEach(async () => {
  await Dexie.delete(DB_NAME)
  delete (globalThis as { window?: unknown }).window
})

describe('open-early.js', () => {
  it('reads the 50 newest policies by issue date, as Dexie orders them, and whether the data is in', async () => {
    const db = await seededDb(80)
    const expected = (await db.policies.orderBy('issued').reverse().limit(FIRST_ROWS).toArray()).map((p) => p.id)
    db.close()
    const { early, os } = runEarlyScript()
    const read = await early
    expect(read).not.toBeNull()
    expect(read!.version).toBe(IDB_VERSION)
    expect(read!.seeded).toBe(true)
    expect(read!.first.map((p) => p.id)).toEqual(expected)
    expect(read!.first).toHaveLength(FIRST_ROWS)
    expect(os).toBe('linux')
  })

  it('never creates the database: on a first start it answers null and leaves the creating to the app', async () => {
    const { early } = runEarlyScript('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
    expect(await early).toBeNull()
    const names = (await indexedDB.databases()).map((d) => d.name)
    // an aborted upgrade leaves no database of that name behind, or only an empty one
    if (names.includes(DB_NAME)) {
      const db = new PolicyDeskDb(DB_NAME)
      await db.open()
      expect(await db.policies.count()).toBe(0)
      db.close()
    }
  })

  it('names the system for the font stacks', () => {
    expect(runEarlyScript('Mozilla/5.0 (Windows NT 10.0; Win64; x64)').os).toBe('windows')
    expect(runEarlyScript('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)').os).toBe('mac')
  })

  it('paints the loading page in the language and theme the user chose (as stores/ui.ts reads them)', () => {
    expect(runEarlyScript(undefined, { stored: JSON.stringify({ locale: 'en', theme: 'dark' }) })).toMatchObject({ lang: 'en', theme: 'dark' })
    expect(runEarlyScript(undefined, { stored: JSON.stringify({ locale: 'zh-CN', theme: 'light' }), systemDark: true })).toMatchObject({ lang: 'zh-CN', theme: 'light' })
    expect(runEarlyScript(undefined, { stored: JSON.stringify({ theme: 'system' }), systemDark: true })).toMatchObject({ lang: 'zh-CN', theme: 'dark' })
    expect(runEarlyScript(undefined, { stored: null })).toMatchObject({ lang: 'zh-CN', theme: 'light' })
    expect(runEarlyScript(undefined, { stored: '{not json' })).toMatchObject({ lang: 'zh-CN', os: 'linux' })
  })
})

describe('takeFirstRows', () => {
  it('takes the early read when the database is at the expected schema version, once', async () => {
    const first = [{ id: 'pol-a' }] as Policy[]
    ;(globalThis as { window?: unknown }).window = { __pdEarly: Promise.resolve({ version: IDB_VERSION, seeded: true, first }) }
    expect(await takeFirstRows()).toEqual({ seeded: true, first })
    expect((globalThis as unknown as { window: { __pdEarly?: unknown } }).window.__pdEarly).toBeUndefined()
  })

  it('reads through Dexie when the early read is of another schema version, missing or failed', async () => {
    const db = await seededDb()
    const expected = (await db.policies.orderBy('issued').reverse().limit(FIRST_ROWS).toArray()).map((p) => p.id)
    db.close()
    const stale = { version: IDB_VERSION - 10, seeded: true, first: [{ id: 'from-an-old-schema' }] }
    for (const early of [() => Promise.resolve(stale), () => Promise.resolve(null), () => Promise.reject(new Error('no IndexedDB'))]) {
      ;(globalThis as { window?: unknown }).window = { __pdEarly: early() }
      const read = await takeFirstRows()
      expect(read.seeded).toBe(true)
      expect(read.first.map((p) => p.id)).toEqual(expected)
    }
  })
})
