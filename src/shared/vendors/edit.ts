// Turning what an analyst typed in the vendor form into a valid record, or into messages that
// name each field and the reason. Applications and figures are edited as rows; an empty row is
// dropped, a half-filled one is an error on its own row.
import { LOCAL_SOURCE_ID, formRecordBase, type SourceRef } from '../model/common'
import { vendorSchema, type Application, type Vendor, type VendorFigure } from '../model/records'
import { toFieldErrors, type FieldError } from '../model/validate'
import { splitList } from '../policy/edit'

export interface ApplicationRow { scenario: string; title: string; customer: string; outcome: string; date: string; modelId: string; sources: SourceRef[] }
export interface FigureRow { kind: string; label: string; value: string; unit: string; qualifier: string; date: string; modelId: string; sources: SourceRef[] }

export interface VendorDraft {
  name: string
  aliases: string
  kind: string
  origin: string
  region: string
  summary: string
  tags: string
  applications: ApplicationRow[]
  figures: FigureRow[]
}

const orNull = (s: string) => (s.trim() ? s.trim() : null)
/** A row the analyst added cites the analyst, never the report the vendor's other facts come from. */
const ownSources = (sources: SourceRef[]): SourceRef[] => (sources.length ? sources : [{ sourceId: LOCAL_SOURCE_ID }])

export function emptyApplication(): ApplicationRow {
  return { scenario: 'other', title: '', customer: '', outcome: '', date: '', modelId: '', sources: [] }
}
export function emptyFigure(): FigureRow {
  return { kind: 'other', label: '', value: '', unit: '', qualifier: '', date: '', modelId: '', sources: [] }
}

export function draftFromVendor(v?: Vendor): VendorDraft {
  return {
    name: v?.name ?? '',
    aliases: v?.aliases.join('、') ?? '',
    kind: v?.kind ?? 'company',
    origin: v?.origin ?? 'cn',
    region: v?.region ?? '',
    summary: v?.summary ?? '',
    tags: v?.tags.join('、') ?? '',
    applications: (v?.applications ?? []).map((a) => ({ ...a, customer: a.customer ?? '', date: a.date ?? '', modelId: a.modelId ?? '', sources: [...a.sources] })),
    figures: (v?.figures ?? []).map((f) => ({ ...f, value: String(f.value), qualifier: f.qualifier ?? '', date: f.date ?? '', modelId: f.modelId ?? '', sources: [...f.sources] })),
  }
}

const blankApplication = (a: ApplicationRow) => !a.title.trim() && !a.customer.trim() && !a.outcome.trim() && !a.date.trim()
const blankFigure = (f: FigureRow) => !f.label.trim() && !f.value.trim() && !f.unit.trim()

/** "1万" and "3,000,000" are read as numbers; anything else stays text so the schema can name it. */
export function parseFigureValue(s: string): number | string {
  const t = s.trim().replace(/[,，\s]/g, '')
  const m = /^(-?\d+(?:\.\d+)?)(万|亿)?$/.exec(t)
  if (!m) return s
  const n = Number(m[1]) * (m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1)
  return Number.isFinite(n) ? n : s
}

export type VendorDraftResult = { ok: true; vendor: Vendor } | { ok: false; errors: FieldError[] }

/**
 * Builds the record to store. A new vendor cites the analyst ("entered on this machine"); an
 * edited one keeps its sources, its policy links and gets the next revision.
 */
export function vendorFromDraft(d: VendorDraft, base: { id: string; existing?: Vendor }): VendorDraftResult {
  const errors: FieldError[] = []
  // error paths name the row as the form shows it, blank rows included
  const appRow: number[] = []
  const figRow: number[] = []
  const applications: Partial<Application>[] = []
  d.applications.forEach((a, i) => {
    if (blankApplication(a)) return
    appRow.push(i)
    applications.push({ scenario: a.scenario as Application['scenario'], title: a.title, customer: orNull(a.customer), outcome: a.outcome.trim(), date: orNull(a.date), modelId: orNull(a.modelId), sources: ownSources(a.sources) })
  })
  const figures: Partial<VendorFigure>[] = []
  d.figures.forEach((f, i) => {
    if (blankFigure(f)) return
    figRow.push(i)
    const value = parseFigureValue(f.value)
    if (typeof value !== 'number') errors.push({ path: `figures[${i}].value`, message: '须为数字，可带“万”“亿” / must be a number (万 and 亿 allowed)' })
    figures.push({ kind: f.kind as VendorFigure['kind'], label: f.label, value: typeof value === 'number' ? value : Number.NaN, unit: f.unit, qualifier: orNull(f.qualifier), date: orNull(f.date), modelId: orNull(f.modelId), sources: ownSources(f.sources) })
  })
  const candidate = {
    ...formRecordBase(base),
    name: d.name,
    aliases: splitList(d.aliases),
    kind: d.kind,
    origin: d.origin,
    region: orNull(d.region),
    summary: d.summary.trim(),
    tags: splitList(d.tags),
    applications,
    figures,
    policyLinks: base.existing?.policyLinks ?? [],
  }
  const parsed = vendorSchema.safeParse(candidate)
  if (!parsed.success) {
    const seen = new Set(errors.map((e) => e.path))
    for (const e of toFieldErrors(parsed.error.issues)) {
      const path = e.path
        .replace(/^applications\[(\d+)\]/, (_m, n: string) => `applications[${appRow[Number(n)] ?? n}]`)
        .replace(/^figures\[(\d+)\]/, (_m, n: string) => `figures[${figRow[Number(n)] ?? n}]`)
      if (!seen.has(path)) errors.push({ path, message: e.message })
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors }
  return { ok: true, vendor: parsed.data }
}
