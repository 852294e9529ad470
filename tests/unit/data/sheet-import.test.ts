// A spreadsheet import over fake-indexeddb, end to end below the UI: the default data seeded,
// a sheet whose row repeats a default policy by title and date becomes a change of it, the
// rest are added, a second import is unchanged; mappings are remembered per header set.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { planImport } from '@shared/bundle/plan'
import type { Policy } from '@shared/model/records'
import { sheetToBundle, type StoredPolicies } from '@shared/spreadsheet/bundle'
import { guessMapping } from '@shared/spreadsheet/headers'
import { readXlsx } from '@shared/spreadsheet/xlsx'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { prepareImport } from '../../../src/renderer/data/import-bundle'
import { applyImport, mergeLookup } from '../../../src/renderer/data/repositories/merge'
import { loadMapping, mappingKey, saveMapping } from '../../../src/renderer/data/sheet-mappings'
import { buildXlsx } from '../../fixtures/xlsx-fixture'

let db: PolicyDeskDb
let n = 0
beforeEach(async () => {
  db = new PolicyDeskDb(`sheet-test-${n++}`)
  const seed = await prepareImport(db, readFileSync('resources/default-data/bundle.json', 'utf8'), 'default')
  if (!seed.ok) throw new Error('seed')
  await applyImport(db, seed.bundle, { source: 'default' })
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const stored = (): StoredPolicies => ({ keys: [], get: (ids) => db.policies.bulkGet(ids) as Promise<(Policy | undefined)[]> })
async function importSheet(bytes: Uint8Array) {
  const table = readXlsx(bytes)
  const keys = await db.policies.toArray()
  const res = await sheetToBundle(table, guessMapping(table.headers), { fileName: 'a.xlsx', serialDates: true }, { ...stored(), keys })
  const plan = await planImport(res.bundle, mergeLookup(db))
  await applyImport(db, res.bundle, { source: 'a.xlsx' })
  return { res, plan }
}

describe('spreadsheet import into the database', () => {
  const workbook = buildXlsx([
    {
      name: 'Sheet1',
      rows: [
        ['标题', '发文机关', '发文字号', '成文日期', '层级'],
        ['新一代人工智能发展规划', '国务院', '国发〔2017〕35号', { date: '2017-07-08' }, '国家级'],
        ['关于新政策的通知（测试）', '工业和信息化部', '工信部科〔2025〕1号', { date: '2025-01-02' }, '部委'],
      ],
    },
  ])
  it('changes the stored policy a row repeats, adds the rest, and changes nothing the second time', async () => {
    const before = (await db.policies.get('pol-cn-2017-new-generation-ai-plan'))!
    const first = await importSheet(workbook)
    expect(first.res.matches).toMatchObject([{ row: 2, storedId: 'pol-cn-2017-new-generation-ai-plan', reason: 'titleDate' }])
    expect(first.plan.counts).toMatchObject({ add: 1, change: 1 })
    const after = (await db.policies.get('pol-cn-2017-new-generation-ai-plan'))!
    expect(after).toMatchObject({ docNumber: '国发〔2017〕35号', issued: '2017-07-08', issuers: ['国务院'], rev: before.rev + 1, summary: before.summary, topics: before.topics })
    const second = await importSheet(workbook)
    expect(second.plan.counts).toMatchObject({ add: 0, change: 0, unchanged: 2 })
  })
  it('remembers a mapping for the same headers in any order, ignoring a bad stored value', async () => {
    const headers = ['标题', '备注', '文号']
    await saveMapping(db, headers, ['title', 'summary', 'docNumber'])
    expect(await loadMapping(db, ['文号 ', '*标题', '备注'])).toEqual(['docNumber', 'title', 'summary'])
    expect(await loadMapping(db, ['标题', '别的'])).toBeNull()
    await db.meta.put({ key: mappingKey(headers), value: { version: 1, columns: [['标题', '__proto__']] } })
    expect(await loadMapping(db, headers)).toBeNull()
  })
})
