// The shape of a side-by-side comparison of 2–4 vendors or models: rows of cells, each cell a
// list of items kept language-free (enum values, record texts, partial dates) for the screen
// and the briefing to word, and a capability matrix saying which models give what.
import type { Model, PolicyEvent, Vendor } from '../model/records'

export type CompareKind = 'vendors' | 'models'
export const MIN_COMPARED = 2
export const MAX_COMPARED = 4

/** What a linked policy needs to be named (a PolicyLite will do). */
export interface PolicyTitle {
  id: string
  title: string
}

export interface CompareData {
  vendors: readonly Vendor[]
  models: readonly Model[]
  events: readonly PolicyEvent[]
  policies: readonly PolicyTitle[]
}

/** Message groups an item's text is an enum value of; 'answer' is yes / no / unknown, 'date' a partial date. */
export type ItemGroup = 'vendorKind' | 'origin' | 'category' | 'deployment' | 'scenario' | 'answer' | 'date'
export type Answer = 'yes' | 'no' | 'unknown'

/** One thing a cell lists. */
export interface CellItem {
  /** the text as the record gives it, or the enum value when `group` is set */
  text: string
  group?: ItemGroup
  /** when it happened or was measured (partial date) */
  date?: string | null
  /** the models or applications that give it */
  by?: string[]
  /** the record it stands for */
  ref?: { kind: 'policy' | 'model' | 'vendor' | 'event'; id: string }
  /** a model's release, worded as "<name> 发布" */
  released?: boolean
}

export const VENDOR_ROWS = ['kind', 'origin', 'region', 'models', 'categories', 'modalities', 'openSource', 'deployment', 'licences', 'scenarios', 'milestones', 'policies', 'figures'] as const
export const MODEL_ROWS = ['vendor', 'category', 'modalities', 'parameters', 'openSource', 'licence', 'deployment', 'languages', 'released', 'industries', 'scenarios', 'milestones'] as const
export type RowKey = (typeof VENDOR_ROWS)[number] | (typeof MODEL_ROWS)[number]

export interface CompareRow {
  key: RowKey
  /** one cell per column, in column order; an empty cell means the records say nothing */
  cells: CellItem[][]
}

export interface CompareColumn {
  id: string
  name: string
  /** the vendor cited for this column: the vendor itself, or the model's vendor */
  vendor: Vendor | null
}

export const CAPABILITY_GROUPS = ['category', 'modality', 'openSource', 'deployment', 'scenario', 'industry'] as const
export type CapabilityGroup = (typeof CAPABILITY_GROUPS)[number]

export interface CapabilityRow {
  group: CapabilityGroup
  /** the enum value (category, deployment, scenario), the record's text (modality, industry), or 'open' */
  value: string
  /** per column, the models or applications that give it; empty when none does */
  cells: string[][]
}

export interface Comparison {
  kind: CompareKind
  columns: CompareColumn[]
  rows: CompareRow[]
  matrix: CapabilityRow[]
}
