// Turning what an analyst typed in the training-corpus form into a valid record, or into
// messages that name each field; the size in GB must be a number when given.
import { formRecordBase } from '../model/common'
import { datasetSchema, type Dataset } from '../model/records'
import { toFieldErrors, type FieldError } from '../model/validate'
import { parseFormNumber } from './numbers'

export const DATASET_OPENNESS = datasetSchema.shape.openness.unwrap().options

export interface DatasetDraft {
  name: string
  publisher: string
  size: string
  sizeGb: string
  openness: string
  language: string
  summary: string
}

const orNull = (s: string) => (s.trim() ? s.trim() : null)

export function draftFromDataset(d?: Dataset): DatasetDraft {
  return {
    name: d?.name ?? '',
    publisher: d?.publisher ?? '',
    size: d?.size ?? '',
    sizeGb: d?.sizeGb == null ? '' : String(d.sizeGb),
    openness: d?.openness ?? 'unknown',
    language: d?.language ?? '',
    summary: d?.summary ?? '',
  }
}

export type DatasetDraftResult = { ok: true; dataset: Dataset } | { ok: false; errors: FieldError[] }

/** Builds the record to store; a new corpus cites the analyst, an edited one keeps its sources. */
export function datasetFromDraft(d: DatasetDraft, base: { id: string; existing?: Dataset }): DatasetDraftResult {
  const errors: FieldError[] = []
  const gb = parseFormNumber(d.sizeGb)
  if (gb !== null && Number.isNaN(gb)) errors.push({ path: 'sizeGb', message: '须为数字（GB），如 200 / must be a number of GB, e.g. 200' })
  const candidate = {
    ...formRecordBase(base),
    name: d.name,
    publisher: orNull(d.publisher),
    size: orNull(d.size),
    sizeGb: gb !== null && !Number.isNaN(gb) ? gb : null,
    openness: d.openness,
    language: orNull(d.language),
    summary: d.summary.trim(),
  }
  const parsed = datasetSchema.safeParse(candidate)
  if (!parsed.success) {
    const seen = new Set(errors.map((e) => e.path))
    for (const e of toFieldErrors(parsed.error.issues)) {
      if (seen.has(e.path)) continue
      seen.add(e.path)
      errors.push(e)
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors }
  return { ok: true, dataset: parsed.data }
}
