// The column-mapping step of a CSV or XLSX import: the parsed sheet, the mapping (remembered
// per header signature, else recognised from the headers), and the bundle it makes for the
// ordinary preview and apply, with the rows that had problems and the duplicates found.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Bundle } from '@shared/bundle/schema'
import type { OpenedFile } from '@shared/ipc/contract'
import type { Policy } from '@shared/model/records'
import { sheetToBundle, type SheetImport, type StoredPolicies } from '@shared/spreadsheet/bundle'
import type { StoredPolicyKey } from '@shared/spreadsheet/duplicates'
import { guessMapping, type SheetField, type SheetMapping } from '@shared/spreadsheet/headers'
import type { SheetTable } from '@shared/spreadsheet/table'
import { getDb } from '../data/db'
import { loadMapping, saveMapping } from '../data/sheet-mappings'
import { parseSheet } from '../workers/sheet-client'
import { useRecordsStore } from './records'

export const useSheetImportStore = defineStore('sheet-import', () => {
  const file = shallowRef<OpenedFile | null>(null)
  const table = shallowRef<SheetTable | null>(null)
  const sheetNames = shallowRef<string[]>([])
  const sheetName = ref<string | null>(null)
  const date1904 = ref(false)
  const mapping = ref<SheetMapping>([])
  const remembered = ref(false)
  const busy = ref(false)
  const result = shallowRef<Omit<SheetImport, 'bundle'> | null>(null)

  function reset(): void {
    file.value = null
    table.value = null
    sheetNames.value = []
    sheetName.value = null
    mapping.value = []
    remembered.value = false
    result.value = null
  }

  /** Reads the file (or another sheet of it); returns an error message, or null when it worked. */
  async function open(f: OpenedFile, sheet: string | null = null): Promise<string | null> {
    if (f.format === 'bundle') return null
    busy.value = true
    result.value = null
    try {
      const reply = await parseSheet({ format: f.format, text: f.text, bytes: f.bytes, sheet })
      if (!reply.ok) {
        reset()
        return reply.message
      }
      file.value = f
      table.value = reply.table
      sheetNames.value = reply.sheetNames
      sheetName.value = reply.sheetName
      date1904.value = reply.date1904
      const saved = await loadMapping(getDb(), reply.table.headers)
      remembered.value = saved !== null && saved.some((x) => x !== null)
      mapping.value = remembered.value ? saved! : guessMapping(reply.table.headers)
      return null
    } finally {
      busy.value = false
    }
  }

  /** Sets a column's field; another column that had the field is set to ignore. */
  function setField(column: number, field: SheetField | null): void {
    mapping.value = mapping.value.map((f, i) => (i === column ? field : field !== null && f === field ? null : f))
    result.value = null
  }

  async function storedPolicies(): Promise<StoredPolicies> {
    const db = getDb()
    const records = useRecordsStore()
    // The light rows the desk worker sends carry every key; before they are all in, read the table.
    const keys: StoredPolicyKey[] = records.complete ? records.policies : await db.policies.toArray()
    return { keys, get: (ids) => db.policies.bulkGet(ids) as Promise<(Policy | undefined)[]> }
  }

  /** The import as a bundle for the ordinary preview; remembers the mapping. */
  async function buildBundle(): Promise<{ bundle: Bundle; source: string } | null> {
    const f = file.value
    const t = table.value
    if (!f || !t) return null
    busy.value = true
    try {
      const current = [...mapping.value]
      await saveMapping(getDb(), t.headers, current)
      const src = { fileName: f.name, sheetName: f.format === 'xlsx' ? sheetName.value : null, serialDates: f.format === 'xlsx', date1904: date1904.value }
      const { bundle, ...rest } = await sheetToBundle(t, current, src, await storedPolicies())
      result.value = rest
      return { bundle, source: [src.fileName, src.sheetName].filter(Boolean).join(' · ') }
    } finally {
      busy.value = false
    }
  }

  return { file, table, sheetNames, sheetName, mapping, remembered, busy, result, reset, open, setField, buildBundle }
})
