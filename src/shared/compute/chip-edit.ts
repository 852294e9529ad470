// Turning what an analyst typed in the chip form into a valid record, or into messages that name
// each field: the TFLOPS figure must be a number, successors must be other known chips, and a
// successor chain may never lead back to the chip itself.
import { formRecordBase } from '../model/common'
import { chipSchema, type Chip } from '../model/records'
import { toFieldErrors, type FieldError } from '../model/validate'
import { successorCycle } from './links'
import { parseFormNumber } from './numbers'

export const CHIP_AVAILABILITY = chipSchema.shape.availability.unwrap().options

export interface ChipDraft {
  name: string
  maker: string
  processNode: string
  fp16Tflops: string
  availability: string
  successorIds: string[]
  summary: string
}

const orNull = (s: string) => (s.trim() ? s.trim() : null)

export function draftFromChip(c?: Chip): ChipDraft {
  return {
    name: c?.name ?? '',
    maker: c?.maker ?? '',
    processNode: c?.processNode ?? '',
    fp16Tflops: c?.fp16Tflops == null ? '' : String(c.fp16Tflops),
    availability: c?.availability ?? 'unknown',
    successorIds: [...(c?.successorIds ?? [])],
    summary: c?.summary ?? '',
  }
}

export type ChipDraftResult = { ok: true; chip: Chip } | { ok: false; errors: FieldError[] }

/**
 * Builds the record to store. A new chip cites the analyst ("entered on this machine"); an edited
 * one keeps its sources and gets the next revision. `chips` are all stored chips, for successors.
 */
export function chipFromDraft(d: ChipDraft, base: { id: string; existing?: Chip; chips: readonly Chip[] }): ChipDraftResult {
  const errors: FieldError[] = []
  const tflops = parseFormNumber(d.fp16Tflops)
  if (tflops !== null && !(tflops > 0)) errors.push({ path: 'fp16Tflops', message: '须为正数，如 256 / must be a positive number, e.g. 256' })
  const successorIds = [...new Set(d.successorIds.filter(Boolean))]
  const known = new Set(base.chips.map((c) => c.id))
  if (successorIds.includes(base.id)) {
    errors.push({ path: 'successorIds', message: '不能把芯片本身列为后继型号 / a chip cannot succeed itself' })
  } else if (successorIds.some((s) => !known.has(s))) {
    errors.push({ path: 'successorIds', message: `找不到后继型号 ${successorIds.filter((s) => !known.has(s)).join('、')} / unknown successor` })
  } else {
    const cycle = successorCycle({ id: base.id, name: d.name }, successorIds, base.chips)
    if (cycle) errors.push({ path: 'successorIds', message: `后继型号形成循环：${cycle.join(' → ')} / successors form a cycle` })
  }
  const candidate = {
    ...formRecordBase(base),
    name: d.name,
    maker: d.maker,
    processNode: orNull(d.processNode),
    fp16Tflops: tflops !== null && tflops > 0 ? tflops : null,
    availability: d.availability,
    successorIds,
    summary: d.summary.trim(),
  }
  const parsed = chipSchema.safeParse(candidate)
  if (!parsed.success) {
    const seen = new Set(errors.map((e) => e.path))
    for (const e of toFieldErrors(parsed.error.issues)) {
      const path = e.path.replace(/^successorIds\[\d+\]$/, 'successorIds')
      if (seen.has(path)) continue
      seen.add(path)
      errors.push({ path, message: e.message })
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors }
  return { ok: true, chip: parsed.data }
}
