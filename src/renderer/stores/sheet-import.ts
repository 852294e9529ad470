// The column-mapping step of a CSV or XLSX import: the parsed sheet, the mapping (remembered
// per header signature, else recognised from the headers), and the bundle it makes for the
// ordinary preview and apply, with the rows that had problems and the duplicates found.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Bundle } from '@shared/bundle/schema'
import type { OpenedFile } from '@shared/ipc/contract'
import type { SheetImport } from '@shared/spreadsheet/bundle'
import { guessMapping, type SheetField, type SheetMapping } from '@shared/spreadsheet/headers'
import type { SheetTable } from '@shared/spreadsheet/table'
import { loadDb } from '../data/db-lazy'
import { buildSheetImport, parseSheet } from '../workers/sheet-client'
import { useRecordsStore } from './records'

// the remembered mappings (and their schema) load with the first spreadsheet
const mappings = () => import('../data/sheet-mappings')

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
      const { table: parsed, sheetNames: names, sheetName: name, date1904: d1904 } = reply.value
      // read before anything is shown, so the table and its mapping change together
      const saved = await (await mappings()).loadMapping(await loadDb(), parsed.headers)
      file.value = f
      table.value = parsed
      sheetNames.value = names
      sheetName.value = name
      date1904.value = d1904
      remembered.value = saved !== null && saved.some((x) => x !== null)
      mapping.value = remembered.value ? saved! : guessMapping(parsed.headers)
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

  /** The import as a bundle for the ordinary preview (built in the worker); remembers the mapping. */
  async function buildBundle(): Promise<{ bundle: Bundle; source: string } | string | null> {
    const f = file.value
    const t = table.value
    if (!f || !t) return null
    busy.value = true
    try {
      const current = [...mapping.value]
      await (await mappings()).saveMapping(await loadDb(), t.headers, current)
      const src = { fileName: f.name, sheetName: f.format === 'xlsx' ? sheetName.value : null, serialDates: f.format === 'xlsx', date1904: date1904.value }
      // The desk worker's light rows carry every key; until they are all in, the worker reads the table.
      const records = useRecordsStore()
      const keys = records.complete ? records.policies.map(({ id, title, docNumber, issued, published }) => ({ id, title, docNumber, issued, published })) : null
      const built = await buildSheetImport({ table: t, mapping: current, src, keys, now: new Date().toISOString() })
      if (!built.ok) return built.message
      const { bundle, ...rest } = built.value
      result.value = rest
      return { bundle, source: [src.fileName, src.sheetName].filter(Boolean).join(' · ') }
    } finally {
      busy.value = false
    }
  }

  return { file, table, sheetNames, sheetName, mapping, remembered, busy, result, reset, open, setField, buildBundle }
})
