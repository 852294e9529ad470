// The vendor screen's state as a route query (?tab=charts&openSource=yes&q=智谱), so back,
// forward and reload keep the chosen tab, facets and search words.
import { VENDOR_FACETS, type VendorSelection } from './facets'

export const VENDOR_TABS = ['list', 'charts', 'landscape', 'chips', 'datasets', 'facts'] as const
export type VendorTab = (typeof VENDOR_TABS)[number]

export interface VendorListState {
  tab: VendorTab
  selection: VendorSelection
  query: string
}

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '')

export function stateFromQuery(q: Record<string, unknown>): VendorListState {
  const tab = strings(q['tab'])[0]
  const selection: VendorSelection = {}
  for (const f of VENDOR_FACETS) {
    const values = [...new Set(strings(q[f]))]
    if (values.length) selection[f] = values
  }
  return { tab: (VENDOR_TABS as readonly string[]).includes(tab ?? '') ? (tab as VendorTab) : 'list', selection, query: strings(q['q'])[0] ?? '' }
}

/** Only what differs from the defaults, so a plain /vendors stays plain. */
export function queryFromState(s: VendorListState): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  if (s.tab !== 'list') out['tab'] = s.tab
  for (const f of VENDOR_FACETS) {
    const values = s.selection[f]
    if (values?.length) out[f] = values.length === 1 ? values[0]! : [...values]
  }
  if (s.query.trim()) out['q'] = s.query
  return out
}
