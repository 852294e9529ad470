// The import flow on screen: choose a file, see the plan by the merge rules, apply it with a
// progress bar, undo a past import, list past imports. The work runs in the import worker.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { needsConsent, type BundleVerification } from '@shared/bundle/signature'
import type { Bundle } from '@shared/bundle/schema'
import type { FieldError } from '@shared/model/validate'
import type { ImportEntry } from '@shared/model/user-data'
import { watchQuery } from '../data/db-lazy'
import { listImports } from '../data/repositories/import-history'
import { importsWorker } from '../workers/imports-client'
import type { ImportsResult, Preview } from '../workers/imports/protocol'
import { desktop } from '../platform'
import { takeAutomaticBackup } from '../data/backup/auto'
import { useSheetImportStore } from './sheet-import'
import { t } from '../i18n'

/** What the import history says of a bundle's signature. */
function signatureNote(v: BundleVerification | null): string | undefined {
  if (!v) return undefined
  if (v.status === 'trusted') return `signed: ${v.trustedName ?? v.keyId ?? ''}`.trim()
  return v.status === 'unknown_key' ? `unknown key ${v.keyId ?? ''}`.trim() : v.status
}

const ALL_OR_NOTHING_KEY = 'policy-desk:imports-all-or-nothing'

export const useImportsStore = defineStore('imports', () => {
  const preview = shallowRef<Preview | null>(null)
  const errors = shallowRef<FieldError[]>([])
  const fileName = ref<string | null>(null)
  const busy = ref(false)
  const progress = ref<{ done: number; total: number } | null>(null)
  const lastApplied = shallowRef<ImportEntry | null>(null)
  const lastUndo = shallowRef<{ restored: number; skipped: number } | null>(null)
  const failure = ref<string | null>(null)
  const backingUp = ref(false)
  const verification = shallowRef<BundleVerification | null>(null)
  /** The user's explicit yes for an unsigned bundle or one signed by an unknown key. */
  const consent = ref(false)
  /** The user's choice to refuse a bundle outright when any record fails validation (remembered). */
  const allOrNothing = ref(localStorage.getItem(ALL_OR_NOTHING_KEY) === '1')
  watch(allOrNothing, (v) => localStorage.setItem(ALL_OR_NOTHING_KEY, v ? '1' : '0'))
  const mayApply = computed(
    () => (!needsConsent(verification.value ?? undefined) || consent.value) && !(allOrNothing.value && (preview.value?.rejected.length ?? 0) > 0),
  )
  const history = shallowRef<ImportEntry[]>([])
  let watching = false

  function watchHistory(): void {
    if (watching) return
    watching = true
    void watchQuery(listImports, (rows) => (history.value = rows))
  }

  function reset(): void {
    preview.value = null
    verification.value = null
    consent.value = false
    errors.value = []
    fileName.value = null
    lastApplied.value = null
    lastUndo.value = null
    failure.value = null
  }

  async function run(work: () => Promise<ImportsResult>): Promise<ImportsResult | null> {
    busy.value = true
    failure.value = null
    try {
      return await work()
    } catch (err) {
      failure.value = err instanceof Error ? err.message : String(err)
      return null
    } finally {
      busy.value = false
      progress.value = null
    }
  }

  function showPrepared(res: ImportsResult | null): void {
    if (res?.kind === 'preview') preview.value = res.preview
    else if (res?.kind === 'invalid') errors.value = res.errors
  }

  /**
   * Reads and plans a bundle; `checked` is how its digest and signature verified when the file
   * was opened (OpenedFile.verification). Unsigned or unknown-key bundles then need consent.
   */
  async function prepareText(text: string, name: string, checked: BundleVerification | undefined): Promise<void> {
    reset()
    fileName.value = name
    verification.value = checked ?? null
    const res = await run(() => importsWorker.prepare(text, name))
    if (checked?.status === 'invalid' && res?.kind !== 'invalid') {
      // The file reads as a bundle, but its digest or signature does not hold: refused.
      const m = /^([\w.[\]]+): (.*)$/s.exec(checked.reason ?? '')
      errors.value = [{ path: m?.[1] ?? 'signature', message: m?.[2] ?? checked.reason ?? t('trustedKeys.verification.invalid') }]
      return
    }
    showPrepared(res)
  }

  /** For bundles built in the app (spreadsheets): the same preview and merge rules. */
  async function prepareBundle(bundle: Bundle, name: string): Promise<void> {
    reset()
    fileName.value = name
    showPrepared(await run(() => importsWorker.prepareBundle(structuredClone(bundle), name)))
  }

  async function chooseFile(): Promise<void> {
    // What the last file showed goes at once, so nothing on screen belongs to another file.
    reset()
    const res = await desktop.imports.openFile()
    if (!res.ok) {
      errors.value = [{ path: '(file)', message: res.error.message }]
      return
    }
    const file = res.data
    if (!file) return
    const sheets = useSheetImportStore()
    sheets.reset()
    if (file.format === 'csv' || file.format === 'xlsx') {
      fileName.value = file.name
      const failed = await sheets.open(file)
      if (failed) errors.value = [{ path: '(file)', message: failed }]
      return
    }
    if (file.format !== 'bundle' || file.text === undefined) {
      errors.value = [{ path: '(file)', message: `暂不支持此格式 / this format is not supported yet: ${file.name}` }]
      return
    }
    await prepareText(file.text, file.name, file.verification ?? { status: 'unsigned' })
  }

  /** Applies the previewed import after a safety backup; if the backup fails, nothing is applied. */
  async function apply(): Promise<void> {
    if (!preview.value || !mayApply.value) return
    const signature = signatureNote(verification.value)
    progress.value = { done: 0, total: 0 }
    const res = await run(async () => {
      backingUp.value = true
      try {
        await takeAutomaticBackup('before-import')
      } catch (err) {
        throw new Error(`导入前的自动备份失败，未应用导入 / the safety backup failed, so nothing was applied: ${err instanceof Error ? err.message : String(err)}`)
      } finally {
        backingUp.value = false
      }
      return importsWorker.apply((done, total) => (progress.value = { done, total }), signature)
    })
    if (res?.kind === 'applied') {
      lastApplied.value = res.entry
      preview.value = null
    }
  }

  async function undo(importId: string): Promise<void> {
    lastUndo.value = null
    const res = await run(() => importsWorker.undo(importId))
    if (res?.kind === 'undone') lastUndo.value = { restored: res.restored, skipped: res.skipped }
  }

  return { preview, errors, fileName, busy, progress, backingUp, verification, consent, allOrNothing, mayApply, failure, lastApplied, lastUndo, history, watchHistory, prepareText, prepareBundle, chooseFile, apply, undo, reset }
})
