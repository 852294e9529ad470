// Turning what an analyst typed in the policy form into a valid record, or into messages
// that name each field and the reason. Lists are typed one per line (or separated by 、，,；).
import { formRecordBase } from '../model/common'
import { policySchema, type Policy } from '../model/records'
import { toFieldErrors, type FieldError } from '../model/validate'
import { docNumberKey, parseDocNumber } from './doc-number'

export interface PolicyDraft {
  title: string
  aliases: string
  level: string
  regionCode: string
  regionName: string
  issuers: string
  docNumber: string
  docType: string
  issued: string
  published: string
  effective: string
  expires: string
  validityFrom: string
  validityTo: string
  commentFrom: string
  commentTo: string
  status: string
  topics: string[]
  summary: string
  keyMeasures: string
  links: string
  relations: { type: string; targetId: string }[]
}

export function splitList(s: string): string[] {
  return s
    .split(/[\n、，,；;]+/)
    .map((x) => x.trim())
    .filter(Boolean)
}
const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean)
const orNull = (s: string) => (s.trim() ? s.trim() : null)

export function draftFromPolicy(p?: Policy): PolicyDraft {
  return {
    title: p?.title ?? '',
    aliases: p?.aliases.join('、') ?? '',
    level: p?.level ?? 'national',
    regionCode: p?.regionCode ?? '',
    regionName: p?.regionName ?? '全国',
    issuers: p?.issuers.join('、') ?? '',
    docNumber: p?.docNumber ?? '',
    docType: p?.docType ?? '',
    issued: p?.issued ?? '',
    published: p?.published ?? '',
    effective: p?.effective ?? '',
    expires: p?.expires ?? '',
    validityFrom: p?.validity?.from ?? '',
    validityTo: p?.validity?.to ?? '',
    commentFrom: p?.commentPeriod?.from ?? '',
    commentTo: p?.commentPeriod?.to ?? '',
    status: p?.status ?? 'unknown',
    topics: [...(p?.topics ?? [])],
    summary: p?.summary ?? '',
    keyMeasures: p?.keyMeasures.join('\n') ?? '',
    links: p?.links.join('\n') ?? '',
    relations: (p?.relations ?? []).map((r) => ({ ...r })),
  }
}

/** A from–to pair of the form: null when both are empty; both are required once one is given. */
function period(from: string, to: string, path: string, name: string, errors: FieldError[]): { from: string; to: string } | null {
  const f = from.trim()
  const t = to.trim()
  if (!f && !t) return null
  if (!f || !t) {
    errors.push({ path: `${path}.${f ? 'to' : 'from'}`, message: `${name}需同时填写起止 / give both start and end` })
    return null
  }
  return { from: f, to: t }
}

export type DraftResult = { ok: true; policy: Policy } | { ok: false; errors: FieldError[] }

/**
 * Builds the record to store. A new policy cites the analyst ("entered on this machine");
 * an edited one keeps its sources and gets the next revision. Document numbers are stored
 * in their normalised spelling when they parse.
 */
export function policyFromDraft(d: PolicyDraft, base: { id: string; existing?: Policy }): DraftResult {
  const errors: FieldError[] = []
  const validity = period(d.validityFrom, d.validityTo, 'validity', '有效期', errors)
  const commentPeriod = period(d.commentFrom, d.commentTo, 'commentPeriod', '征求意见期', errors)
  const docNumber = orNull(d.docNumber)
  const candidate = {
    ...formRecordBase(base),
    title: d.title,
    titleIsDescriptive: base.existing?.titleIsDescriptive ?? false,
    aliases: splitList(d.aliases),
    level: d.level,
    regionCode: orNull(d.regionCode),
    regionName: d.regionName.trim() || (d.level === 'national' ? '全国' : ''),
    issuers: splitList(d.issuers),
    docNumber: docNumber ? (parseDocNumber(docNumber)?.normalized ?? docNumberKey(docNumber)) : null,
    docType: orNull(d.docType),
    issued: orNull(d.issued),
    published: orNull(d.published),
    effective: orNull(d.effective),
    expires: orNull(d.expires),
    validity,
    commentPeriod,
    status: d.status,
    topics: d.topics,
    summary: d.summary.trim(),
    keyMeasures: lines(d.keyMeasures),
    fullText: base.existing?.fullText ?? null,
    links: lines(d.links),
    relations: d.relations.filter((r) => r.targetId && r.targetId !== base.id),
  }
  const parsed = policySchema.safeParse(candidate)
  if (!parsed.success) errors.push(...toFieldErrors(parsed.error.issues))
  if (errors.length || !parsed.success) return { ok: false, errors }
  return { ok: true, policy: parsed.data }
}
