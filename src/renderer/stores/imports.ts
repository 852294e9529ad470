// The import flow on screen: choose a file, see the plan, apply it, list past imports.
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { ref, shallowRef } from 'vue'
import { planImport } from '@shared/bundle/plan'
import type { Bundle } from '@shared/bundle/schema'
import type { FieldError } from '@shared/model/validate'
import type { ImportEntry } from '@shared/model/user-data'
import { getDb } from '../data/db'
import { prepareImport, type PreparedImport } from '../data/import-bundle'
import { applyPlan, existingLookup, listImports } from '../data/repositories/records'
import { desktop } from '../platform'
import { useSheetImportStore } from './sheet-import'

export const useImportsStore = defineStore('imports', () => {
  const prepared = shallowRef<Extract<PreparedImport, { ok: true }> | null>(null)
  const errors = shallowRef<FieldError[]>([])
  const fileName = ref<string | null>(null)
  const busy = ref(false)
  const lastApplied = shallowRef<ImportEntry | null>(null)
  const history = shallowRef<ImportEntry[]>([])
  let sub: Subscription | null = null

  function watchHistory(): void {
    sub ??= liveQuery(() => listImports(getDb())).subscribe({ next: (rows) => (history.value = rows) })
  }

  function reset(): void {
    prepared.value = null
    errors.value = []
    fileName.value = null
    lastApplied.value = null
  }

  async function prepareText(text: string, name: string): Promise<void> {
    reset()
    fileName.value = name
    busy.value = true
    try {
      const res = await prepareImport(getDb(), text, name)
      if (res.ok) prepared.value = res
      else errors.value = res.errors
    } finally {
      busy.value = false
    }
  }

  /** Plans a bundle made in memory (a spreadsheet import) exactly as a bundle read from a file. */
  async function prepareBundle(bundle: Bundle, name: string): Promise<void> {
    reset()
    fileName.value = name
    busy.value = true
    try {
      prepared.value = { ok: true, bundle, plan: await planImport(bundle, existingLookup(getDb())), source: name }
    } finally {
      busy.value = false
    }
  }

  async function chooseFile(): Promise<void> {
    const res = await desktop.imports.openFile()
    if (!res.ok) {
      reset()
      errors.value = [{ path: '(file)', message: res.error.message }]
      return
    }
    const file = res.data
    if (!file) return
    const sheets = useSheetImportStore()
    sheets.reset()
    if (file.format === 'csv' || file.format === 'xlsx') {
      reset()
      fileName.value = file.name
      const failed = await sheets.open(file)
      if (failed) errors.value = [{ path: '(file)', message: failed }]
      return
    }
    if (file.format !== 'bundle' || file.text === undefined) {
      reset()
      errors.value = [{ path: '(file)', message: `暂不支持此格式 / this format is not supported yet: ${file.name}` }]
      return
    }
    await prepareText(file.text, file.name)
  }

  async function apply(): Promise<void> {
    const p = prepared.value
    if (!p) return
    busy.value = true
    try {
      lastApplied.value = await applyPlan(getDb(), p.bundle, p.plan, p.source)
      prepared.value = null
    } finally {
      busy.value = false
    }
  }

  return { prepared, errors, fileName, busy, lastApplied, history, watchHistory, prepareText, prepareBundle, chooseFile, apply, reset }
})
