// Turning what an analyst typed in the model form into a valid record, or into messages that
// name each field (and milestone row) and the reason. Lists are typed one per line or with 、，.
import { formRecordBase } from '../model/common'
import { modelSchema, type Model } from '../model/records'
import { toFieldErrors, type FieldError } from '../model/validate'
import { splitList } from '../policy/edit'

export interface MilestoneRow { date: string; title: string }
export interface ModelDraft {
  name: string
  aliases: string
  vendorId: string
  category: string
  modalities: string
  parameters: string
  /** 'yes' | 'no' | '' (unknown) */
  openSource: string
  licence: string
  deployment: string[]
  languages: string
  released: string
  industries: string
  milestones: MilestoneRow[]
  summary: string
}

const orNull = (s: string) => (s.trim() ? s.trim() : null)

export function draftFromModel(m?: Model, vendorId = ''): ModelDraft {
  return {
    name: m?.name ?? '',
    aliases: m?.aliases.join('、') ?? '',
    vendorId: m?.vendorId ?? vendorId,
    category: m?.category ?? 'general',
    modalities: m?.modalities.join('、') ?? '',
    parameters: m?.parameters ?? '',
    openSource: m?.openSource === true ? 'yes' : m?.openSource === false ? 'no' : '',
    licence: m?.licence ?? '',
    deployment: [...(m?.deployment ?? [])],
    languages: m?.languages.join('、') ?? '',
    released: m?.released ?? '',
    industries: m?.industries.join('、') ?? '',
    milestones: (m?.milestones ?? []).map((s) => ({ ...s })),
    summary: m?.summary ?? '',
  }
}

export type ModelDraftResult = { ok: true; model: Model } | { ok: false; errors: FieldError[] }

/** A new model cites the analyst; an edited one keeps its sources and takes the next revision. */
export function modelFromDraft(d: ModelDraft, base: { id: string; existing?: Model }): ModelDraftResult {
  const rows: number[] = []
  const milestones = d.milestones.flatMap((s, i) => (s.date.trim() || s.title.trim() ? (rows.push(i), [{ date: s.date.trim(), title: s.title }]) : []))
  const candidate = {
    ...formRecordBase(base),
    name: d.name,
    aliases: splitList(d.aliases),
    vendorId: orNull(d.vendorId),
    category: d.category,
    modalities: splitList(d.modalities),
    parameters: orNull(d.parameters),
    openSource: d.openSource === 'yes' ? true : d.openSource === 'no' ? false : null,
    licence: orNull(d.licence),
    deployment: [...new Set(d.deployment)],
    languages: splitList(d.languages),
    released: orNull(d.released),
    industries: splitList(d.industries),
    milestones,
    summary: d.summary.trim(),
  }
  const parsed = modelSchema.safeParse(candidate)
  if (parsed.success) return { ok: true, model: parsed.data }
  // error paths name the milestone row as the form shows it, blank rows included
  const errors = toFieldErrors(parsed.error.issues).map((e) => ({ ...e, path: e.path.replace(/^milestones\[(\d+)\]/, (_m, n: string) => `milestones[${rows[Number(n)] ?? n}]`) }))
  return { ok: false, errors }
}
