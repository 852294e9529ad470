// The comparison's items, rows and capabilities in the interface language, and the wording the
// pure briefing-block builders take (shared/vendors/block-wording.ts).
import type { BlockWording } from '@shared/vendors/block-wording'
import type { CapabilityRow, CellItem, RowKey } from '@shared/vendors/compare-types'
import { t, tEnum, translate } from '../../i18n'
import { fmtDate } from '../../composables/useFormat'

export function itemText(i: CellItem): string {
  if (i.group === 'date') return fmtDate(i.text)
  if (i.group === 'answer') return translate(`vendorCompare.answer.${i.text}`)
  if (i.group) return tEnum(i.group, i.text)
  return i.released ? t('vendorCompare.released', { name: i.text }) : i.text
}

export const rowLabel = (key: RowKey): string => translate(`vendorCompare.rowNames.${key}`)

const ENUM_CAPABILITIES = { category: 'category', deployment: 'deployment', scenario: 'scenario' } as const

/** "类别：通用大模型", "模态：文本", or just "开源". */
export function capabilityLabel(r: CapabilityRow): string {
  const group = translate(`vendorCompare.capability.${r.group}`)
  if (r.group === 'openSource') return group
  const e = r.group in ENUM_CAPABILITIES ? ENUM_CAPABILITIES[r.group as keyof typeof ENUM_CAPABILITIES] : null
  return t('vendorCompare.capabilityLine', { group, value: e ? tEnum(e, r.value) : r.value })
}

export function blockWording(compareTitle = ''): BlockWording {
  return {
    item: itemText,
    date: (d) => fmtDate(d),
    row: rowLabel,
    capability: capabilityLabel,
    labels: {
      compareTitle,
      matrixTitle: t('vendorCompare.matrix'),
      field: t('vendorCompare.field'),
      none: t('vendorCompare.none'),
      has: t('vendorCompare.has'),
      models: t('vendorCompare.sections.models'),
      applications: t('vendorCompare.sections.applications'),
      figures: t('vendorCompare.sections.figures'),
      policies: t('vendorCompare.sections.policies'),
      openSource: t('vendorCompare.openSource'),
      parameters: t('vendorCompare.parameters'),
    },
  }
}
