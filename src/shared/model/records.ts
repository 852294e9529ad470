// The record kinds the app stores and bundles carry: policies, vendors, models, events,
// chips, data sets and figures. Schemas validate bundles and hand edits alike.
import { z } from 'zod'
import { baseRecord, httpUrlSchema, idSchema, nonEmptyText, partialDateSchema, sourceRefSchema, textSchema } from './common'

export const POLICY_LEVELS = ['national', 'ministry', 'provincial', 'municipal', 'district'] as const
export const POLICY_STATUSES = [
  'draft',
  'in_force',
  'amended',
  'superseded',
  'repealed',
  'expired',
  'unknown',
] as const
export const TOPICS = [
  'compute',
  'data',
  'models',
  'open_source',
  'applications',
  'safety_governance',
  'talent',
  'funding',
  'ecosystem',
  'innovation',
] as const

const shortList = (max: number, itemMax: number) => z.array(textSchema(itemMax)).max(max)

export const RELATION_TYPES = ['implements', 'supersedes', 'amends', 'supports', 'cites'] as const
export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  targetId: idSchema,
})
export type Relation = z.infer<typeof relationSchema>

/** Compares two partial dates at the precision both give: '2023-05' ≤ '2023' holds, '2024' ≤ '2023-12' does not. */
function startsNoLaterThan(from: string, to: string): boolean {
  const a = from.replace('+', '')
  const b = to.replace('+', '')
  const n = Math.min(a.length, b.length)
  return a.slice(0, n) <= b.slice(0, n)
}

/** A span between two partial dates; the end may not come before the start. */
export const periodSchema = z
  .strictObject({ from: partialDateSchema, to: partialDateSchema })
  .refine((v) => startsNoLaterThan(v.from, v.to), { message: '结束早于开始 / ends before it starts', path: ['to'] })

/** A time-boxed plan's period, e.g. 2023—2025年 → { from: '2023', to: '2025' }. */
export const validitySchema = periodSchema

export const policySchema = z.strictObject({
  ...baseRecord,
  title: nonEmptyText(300),
  /** True when the source gives no document title and the title only describes the record. */
  titleIsDescriptive: z.boolean().default(false),
  aliases: shortList(20, 100).default([]),
  level: z.enum(POLICY_LEVELS),
  regionCode: z.string().regex(/^\d{6}$/, '须为 6 位行政区划代码 / must be a 6-digit GB/T 2260 code').nullable(),
  regionName: nonEmptyText(60),
  issuers: shortList(20, 100).default([]),
  docNumber: textSchema(60).nullable().default(null),
  docType: textSchema(40).nullable().default(null),
  issued: partialDateSchema.nullable().default(null),
  published: partialDateSchema.nullable().default(null),
  effective: partialDateSchema.nullable().default(null),
  expires: partialDateSchema.nullable().default(null),
  validity: validitySchema.nullable().default(null),
  /** The public comment period of a draft (征求意见期), e.g. 2023-04-11 to 2023-05-10. */
  commentPeriod: periodSchema.nullable().default(null),
  status: z.enum(POLICY_STATUSES).default('unknown'),
  topics: z.array(z.enum(TOPICS)).max(20).default([]),
  summary: textSchema(4000).default(''),
  keyMeasures: shortList(50, 1000).default([]),
  fullText: textSchema(2_000_000).nullable().default(null),
  links: z.array(httpUrlSchema).max(20).default([]),
  /** Outgoing relations; the reverse direction is computed (shared/policy/relations.ts). */
  relations: z.array(relationSchema).max(100).default([]),
})
export type Policy = z.infer<typeof policySchema>

/** 'company' is a company whose type the source does not give (listed or startup). */
export const VENDOR_KINDS = ['listed_company', 'startup', 'company', 'research_institute', 'unknown'] as const
/** Where a model or application is used, as the report's scenario chapters name them. */
export const SCENARIOS = ['office', 'manufacturing', 'finance', 'healthcare', 'government', 'media', 'ecommerce', 'education', 'consumer', 'automotive', 'research', 'other'] as const
export const FIGURE_KINDS = ['parameters', 'users', 'downloads', 'revenue', 'compute', 'apps', 'other'] as const
export const DEPLOYMENTS = ['cloud', 'device', 'private'] as const

/** A dated case: where a vendor's models are used, with whom, and what it achieved. */
export const applicationSchema = z.strictObject({
  scenario: z.enum(SCENARIOS),
  title: nonEmptyText(200),
  customer: textSchema(120).nullable().default(null),
  outcome: textSchema(1000).default(''),
  date: partialDateSchema.nullable().default(null),
  modelId: idSchema.nullable().default(null),
  sources: z.array(sourceRefSchema).max(5).default([]),
})
export type Application = z.infer<typeof applicationSchema>

/** A number with its unit and date, e.g. 10,000 A100 GPUs for ChatGPT. */
export const figureSchema = z.strictObject({
  kind: z.enum(FIGURE_KINDS),
  label: nonEmptyText(200),
  value: z.number().finite(),
  unit: nonEmptyText(30),
  /** "超过" / "约" and the like, when the source gives the number as a bound. */
  qualifier: textSchema(20).nullable().default(null),
  date: partialDateSchema.nullable().default(null),
  modelId: idSchema.nullable().default(null),
  sources: z.array(sourceRefSchema).max(5).default([]),
})
export type VendorFigure = z.infer<typeof figureSchema>

/** A policy that touches a vendor; the policy's page shows it from the other side. */
export const policyLinkSchema = z.strictObject({
  policyId: idSchema,
  note: textSchema(500).default(''),
})
export type PolicyLink = z.infer<typeof policyLinkSchema>

export const vendorSchema = z.strictObject({
  ...baseRecord,
  name: nonEmptyText(120),
  aliases: shortList(20, 100).default([]),
  kind: z.enum(VENDOR_KINDS).default('unknown'),
  /** Domestic (cn) or foreign vendor, as the report frames it. */
  origin: z.enum(['cn', 'global']),
  /** Headquarters region (北京市, 合肥市…); null when the source does not say. */
  region: textSchema(60).nullable().default(null),
  summary: textSchema(4000).default(''),
  tags: shortList(30, 40).default([]),
  applications: z.array(applicationSchema).max(200).default([]),
  figures: z.array(figureSchema).max(200).default([]),
  policyLinks: z.array(policyLinkSchema).max(200).default([]),
})
export type Vendor = z.infer<typeof vendorSchema>

export const milestoneSchema = z.strictObject({
  date: partialDateSchema,
  title: nonEmptyText(200),
})
export type Milestone = z.infer<typeof milestoneSchema>

export const MODEL_CATEGORIES = ['general', 'industry', 'edge_cloud', 'edge', 'cloud', 'other'] as const
export const modelSchema = z.strictObject({
  ...baseRecord,
  name: nonEmptyText(120),
  aliases: shortList(20, 100).default([]),
  vendorId: idSchema.nullable(),
  category: z.enum(MODEL_CATEGORIES),
  modalities: shortList(10, 40).default([]),
  parameters: textSchema(60).nullable().default(null),
  openSource: z.boolean().nullable().default(null),
  /** The licence as the source names it ("开源可商用"); null when it does not. */
  licence: textSchema(80).nullable().default(null),
  deployment: z.array(z.enum(DEPLOYMENTS)).max(3).default([]),
  languages: shortList(10, 20).default([]),
  released: partialDateSchema.nullable().default(null),
  industries: shortList(20, 40).default([]),
  milestones: z.array(milestoneSchema).max(50).default([]),
  summary: textSchema(4000).default(''),
})
export type Model = z.infer<typeof modelSchema>

export const EVENT_KINDS = ['open_source', 'milestone', 'product', 'market'] as const
export const eventSchema = z.strictObject({
  ...baseRecord,
  date: partialDateSchema,
  kind: z.enum(EVENT_KINDS),
  scope: z.enum(['cn', 'global']),
  title: nonEmptyText(200),
  summary: textSchema(2000).default(''),
  vendorId: idSchema.nullable().default(null),
  modelIds: z.array(idSchema).max(10).default([]),
})
export type PolicyEvent = z.infer<typeof eventSchema>

export const chipSchema = z.strictObject({
  ...baseRecord,
  name: nonEmptyText(80),
  maker: nonEmptyText(80),
  processNode: textSchema(20).nullable().default(null),
  fp16Tflops: z.number().positive().nullable().default(null),
  /** As the report describes access from China. */
  availability: z.enum(['export_controlled', 'substitute', 'domestic', 'unknown']).default('unknown'),
  /** The chips that followed this one (思元 290 → 思元 370). */
  successorIds: z.array(idSchema).max(10).default([]),
  summary: textSchema(2000).default(''),
})
export type Chip = z.infer<typeof chipSchema>

export const datasetSchema = z.strictObject({
  ...baseRecord,
  name: nonEmptyText(80),
  publisher: textSchema(80).nullable().default(null),
  size: textSchema(40).nullable().default(null),
  sizeGb: z.number().nonnegative().nullable().default(null),
  openness: z.enum(['open', 'partly_open', 'closed', 'unknown']).default('unknown'),
  language: textSchema(40).nullable().default(null),
  summary: textSchema(2000).default(''),
})
export type Dataset = z.infer<typeof datasetSchema>

export const FACT_TOPICS = ['market', 'compute', 'data', 'architecture', 'applications'] as const
export const factSchema = z.strictObject({
  ...baseRecord,
  topic: z.enum(FACT_TOPICS),
  statement: nonEmptyText(1000),
  value: z.number().nullable().default(null),
  unit: textSchema(30).nullable().default(null),
  date: partialDateSchema.nullable().default(null),
})
export type Fact = z.infer<typeof factSchema>

export const RECORD_SCHEMAS = {
  policies: policySchema,
  vendors: vendorSchema,
  models: modelSchema,
  events: eventSchema,
  chips: chipSchema,
  datasets: datasetSchema,
  facts: factSchema,
} as const
export type RecordKind = keyof typeof RECORD_SCHEMAS
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[]
export interface RecordTypes {
  policies: Policy
  vendors: Vendor
  models: Model
  events: PolicyEvent
  chips: Chip
  datasets: Dataset
  facts: Fact
}
export type AnyRecord = RecordTypes[RecordKind]
