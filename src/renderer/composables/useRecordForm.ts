// What every record form does the same way: a draft filled once when the stored record arrives
// (later changes never overwrite what is being typed), field errors by path, and a save that
// stores nothing until every problem is fixed, then goes where the caller says.
import { reactive, ref, watch, type Ref } from 'vue'
import type { FieldError } from '@shared/model/validate'

export type Built<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

export function useRecordForm<R, D extends object, T>(opts: {
  existing: Ref<R | undefined>
  draft: D
  toDraft: (record: R) => D
  build: (draft: D) => Built<T>
  /** Stores the record and returns the route to show afterwards. */
  store: (value: T) => Promise<string>
  go: (to: string) => Promise<unknown>
}) {
  const draft = reactive(opts.draft) as D
  let filled = false
  watch(opts.existing, (rec) => {
    if (rec && !filled) {
      filled = true
      Object.assign(draft, opts.toDraft(rec))
    }
  }, { immediate: true })
  const errors = ref<Record<string, string>>({})
  const saving = ref(false)

  async function submit(): Promise<void> {
    const res = opts.build(draft)
    if (!res.ok) {
      errors.value = Object.fromEntries(res.errors.map((e) => [e.path, e.message]))
      await Promise.resolve()
      document.querySelector<HTMLElement>('.field-error')?.scrollIntoView({ block: 'center' })
      return
    }
    errors.value = {}
    saving.value = true
    try {
      await opts.go(await opts.store(res.value))
    } finally {
      saving.value = false
    }
  }
  return { draft, errors, saving, submit }
}
