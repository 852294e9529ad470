// The vendor screen's state, kept in the route query: the tab, the chosen facets and the
// search words, plus the vendors they leave and the facet counts. Facet clicks and tab changes
// add a history entry (so Back undoes them); typing replaces the current one.
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { NONE, filterVendors, hasSelection, isScenario, vendorEntries, vendorFacetCounts, type VendorFacet, type VendorSelection } from '@shared/vendors/facets'
import { queryFromState, stateFromQuery, type VendorListState, type VendorTab } from '@shared/vendors/list-query'
import { t, tEnum, translate } from '../i18n'
import { useRecordsStore } from '../stores/records'

/** How a facet value reads in the UI (enum values translated, NONE by facet). */
export function facetValueLabel(facet: VendorFacet, value: string): string {
  switch (facet) {
    case 'category':
      return value === NONE ? t('vendorList.noCategory') : tEnum('category', value)
    case 'origin':
      return tEnum('origin', value)
    case 'kind':
      return tEnum('vendorKind', value)
    case 'region':
      return value === NONE ? t('vendorList.noRegion') : value
    case 'openSource':
      return value === NONE ? t('vendorList.open.unknown') : translate(`vendorList.open.${value}`)
    case 'industry':
      return value === NONE ? t('vendorList.noIndustry') : isScenario(value) ? tEnum('scenario', value) : value
  }
}

export function useVendorListState() {
  const route = useRoute()
  const router = useRouter()
  const r = useRecordsStore()
  const state = computed(() => stateFromQuery(route.query))
  const entries = computed(() => vendorEntries(r.vendors, r.models, r.events))
  const filtered = computed(() => filterVendors(entries.value, state.value.selection, state.value.query).sort((a, b) => a.vendor.origin.localeCompare(b.vendor.origin) || a.vendor.name.localeCompare(b.vendor.name, 'zh-CN')))
  const counts = computed(() => vendorFacetCounts(entries.value, state.value.selection, state.value.query))
  const active = computed(() => hasSelection(state.value.selection, state.value.query))

  function go(next: Partial<VendorListState>, replace = false): void {
    const query = queryFromState({ ...state.value, ...next })
    void (replace ? router.replace({ query }) : router.push({ query }))
  }
  return {
    state,
    entries,
    filtered,
    counts,
    active,
    setSelection: (selection: VendorSelection) => go({ selection }),
    setQuery: (query: string) => go({ query }, true),
    setTab: (tab: VendorTab) => go({ tab }),
    /** A chart's bar clicked: the list of the vendors it counts (one history entry, so Back returns). */
    listOnly: (facet: VendorFacet, value: string) => go({ tab: 'list', selection: { ...state.value.selection, [facet]: [value] } }),
    clear: () => go({ selection: {}, query: '' }),
  }
}
